#!/usr/bin/env bash
# bench/agg-count.sh: per-event cost of `syscall:::entry { @[execname] = count(); }`
# under a getppid() storm, dtrun vs the hand-written libbpf program in
# bench/agg-count/ (built here with clang-19; not part of the main build).
#
# Each round runs, interleaved: the storm alone, under dtrun -c, under the
# libbpf loader; the storm prints ns per call.  Reports the medians, the
# tracing overhead per event (traced - untraced) and the ratios.
#
#   N=2000000 (calls per run)   R=11 (rounds)   BUILD_DIR=build   (needs root)
#   RT=1 (default): run everything SCHED_FIFO (chrt -f 50) so other load on
#   the machine does not preempt the storm; RT=0 to run at normal priority.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
n=${N:-2000000}
rounds=${R:-11}
build=${BUILD_DIR:-build}
src=bench/agg-count
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[[ -x $build/dtc && -x $build/dtrun ]] || { echo "bench: $build/dtc, dtrun not built" >&2; exit 1; }
cc -O2 -o "$work/storm" $src/storm.c
clang-19 -O2 -g -target bpf -I/usr/include/$(gcc -print-multiarch) -c $src/count.bpf.c -o "$work/count.bpf.o"
cc -O2 -o "$work/loader" $src/loader.c -lbpf -lelf -lz
echo 'syscall:::entry { @[execname] = count(); }' >"$work/count.d"
"$build/dtc" -o "$work/count.o" "$work/count.d"

rt=()
[[ ${RT:-1} = 1 ]] && command -v chrt >/dev/null && rt=(chrt -f 50)
for ((i = 0; i < rounds; i++)); do
	"${rt[@]}" "$work/storm" "$n" >>"$work/base"
	"${rt[@]}" "$build/dtrun" -q -c "$work/storm $n" "$work/count.o" >"$work/out" 2>/dev/null
	head -1 "$work/out" >>"$work/dtrun"
	"${rt[@]}" "$work/loader" "$work/count.bpf.o" "$work/storm" "$n" 2>/dev/null >>"$work/libbpf"
done

python3 - "$work" <<'PY'
import statistics, sys
w = sys.argv[1]
med = {k: statistics.median(float(x) for x in open(f"{w}/{k}") if x.strip()) for k in ("base", "dtrun", "libbpf")}
od, ol = med["dtrun"] - med["base"], med["libbpf"] - med["base"]
print(f"getppid() ns/call (median of {sum(1 for _ in open(w + '/base'))} rounds):")
print(f"  untraced            {med['base']:8.1f}")
print(f"  dtrun  @[execname]  {med['dtrun']:8.1f}   overhead {od:6.1f} ns/event")
print(f"  libbpf equivalent   {med['libbpf']:8.1f}   overhead {ol:6.1f} ns/event")
print(f"ratio dtrun/libbpf: per call {med['dtrun'] / med['libbpf']:.3f}, overhead {od / ol if ol > 0 else float('nan'):.3f}")
PY
