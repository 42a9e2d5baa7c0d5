#!/usr/bin/env bash
# bench/read-quantize.sh: per-event cost of
#   syscall::read:entry { self->ts = timestamp; }
#   syscall::read:return /self->ts/ { @ = quantize(timestamp - self->ts); self->ts = 0; }
# under a read() storm (1-byte reads from /dev/zero), dtrun vs the
# hand-written libbpf programs in bench/read-quantize/ (built here with
# clang-19; not part of the main build): rawtp (raw_tp + a hash by tid),
# btf (tp_btf + task storage) and tp (syscalls:sys_{enter,exit}_read
# tracepoints + a hash by tid), each with a per-CPU log2 histogram array.
#
# Each round runs, interleaved: the storm alone, under dtrun -c, under each
# libbpf variant; the storm prints ns per read().  Reports the medians, the
# tracing overhead per event (traced - untraced: one read() is one entry and
# one return) and the ratios against the cheapest libbpf variant.
#
#   N=2000000 (reads per run)   R=11 (rounds)   BUILD_DIR=build   (needs root)
#   RT=1 (default): run everything SCHED_FIFO (chrt -f 50) so other load on
#   the machine does not preempt the storm; RT=0 to run at normal priority.
#   DTC_FLAGS="-x dtc=tls-hash" (say) to compile the D script differently.
# Run it as root from anywhere, after building dtc and dtrun:
#   BUILD_DIR=/tmp/build R=21 bench/read-quantize.sh
# Compare ratios from one run only (rounds interleave, so load drifts hit all
# columns alike); absolute ns depend on the machine and its load.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
n=${N:-2000000}
rounds=${R:-11}
build=${BUILD_DIR:-build}
src=bench/read-quantize
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
variants=(rawtp btf tp)

[[ -x $build/dtc && -x $build/dtrun ]] || { echo "bench: $build/dtc, dtrun not built" >&2; exit 1; }
cc -O2 -o "$work/reader" $src/reader.c
clang-19 -O2 -g -target bpf -I/usr/include/$(gcc -print-multiarch) -c $src/rq.bpf.c -o "$work/rq.bpf.o"
cc -O2 -o "$work/loader" $src/loader.c -lbpf -lelf -lz
cat >"$work/rq.d" <<'D'
syscall::read:entry { self->ts = timestamp; }
syscall::read:return /self->ts/ { @ = quantize(timestamp - self->ts); self->ts = 0; }
D
# shellcheck disable=SC2086
"$build/dtc" ${DTC_FLAGS:-} -o "$work/rq.o" "$work/rq.d"

rt=()
[[ ${RT:-1} = 1 ]] && command -v chrt >/dev/null && rt=(chrt -f 50)
for ((i = 0; i < rounds; i++)); do
	"${rt[@]}" "$work/reader" "$n" >>"$work/base"
	"${rt[@]}" "$build/dtrun" -q -c "$work/reader $n" "$work/rq.o" >"$work/out" 2>/dev/null
	head -1 "$work/out" >>"$work/dtrun"
	for v in "${variants[@]}"; do
		"${rt[@]}" "$work/loader" "$work/rq.bpf.o" "$v" "$work/reader" "$n" 2>/dev/null >>"$work/$v"
	done
done

python3 - "$work" "${variants[@]}" <<'PY'
import statistics, sys
w, variants = sys.argv[1], sys.argv[2:]
med = {k: statistics.median(float(x) for x in open(f"{w}/{k}") if x.strip())
       for k in ["base", "dtrun"] + variants}
over = {k: med[k] - med["base"] for k in med}
best = min(variants, key=lambda k: med[k])
print(f"read() ns/call (median of {sum(1 for _ in open(w + '/base'))} rounds):")
print(f"  untraced            {med['base']:8.1f}")
print(f"  dtrun               {med['dtrun']:8.1f}   overhead {over['dtrun']:6.1f} ns/read")
for k in variants:
    print(f"  libbpf {k:<12} {med[k]:8.1f}   overhead {over[k]:6.1f} ns/read")
ob = over[best]
print(f"ratio dtrun/libbpf {best} (the cheapest): per call {med['dtrun'] / med[best]:.3f}, "
      f"overhead {over['dtrun'] / ob if ob > 0 else float('nan'):.3f}")
PY
