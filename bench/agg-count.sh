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
#
# Then, when bpftool is there (STATS=0 to skip), the programs themselves:
# with kernel.bpf_stats_enabled the kernel times each run of a BPF program
# (run_time_ns / run_cnt), which leaves out the tracepoint dispatch both
# pay and most of a virtual machine's noise.  S rounds (default R),
# interleaved, N/2 calls each; the stats add their own clock reads to both.
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

# stats CMD...: CMD runs stormstat.sh, which runs the storm and prints the
# program's stats; its ns per run
cat >"$work/stormstat.sh" <<EOF
#!/bin/sh
"$work/storm" $((n / 2)) >/dev/null
bpftool prog show name "\$1"
EOF
chmod +x "$work/stormstat.sh"
stats() {
	"$@" 2>/dev/null | sed -n 's/.*run_time_ns \([0-9]*\) run_cnt \([0-9]*\).*/\1 \2/p' |
		awk '$2 > 0 { printf "%.2f\n", $1 / $2 }'
}
if [[ ${STATS:-1} = 1 ]] && command -v bpftool >/dev/null; then
	old_stats=$(sysctl -n kernel.bpf_stats_enabled)
	sysctl -q kernel.bpf_stats_enabled=1
	for ((i = 0; i < ${S:-$rounds}; i++)); do
		stats "${rt[@]}" "$build/dtrun" -q -c "$work/stormstat.sh dtc_p0" "$work/count.o" >>"$work/dtrun_run"
		stats "${rt[@]}" "$work/loader" "$work/count.bpf.o" "$work/stormstat.sh" count_enter >>"$work/libbpf_run"
	done
	sysctl -q kernel.bpf_stats_enabled="$old_stats"
fi

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
import os
if os.path.exists(f"{w}/dtrun_run") and os.path.exists(f"{w}/libbpf_run"):
    run = {k: [float(x) for x in open(f"{w}/{k}_run") if x.strip()] for k in ("dtrun", "libbpf")}
    if run["dtrun"] and run["libbpf"]:
        md, ml = statistics.median(run["dtrun"]), statistics.median(run["libbpf"])
        print(f"BPF program run time, ns/run (bpf_stats, median of {len(run['dtrun'])} rounds):")
        print(f"  dtrun  dtc_p0       {md:8.1f}   (min {min(run['dtrun']):.1f})")
        print(f"  libbpf count_enter  {ml:8.1f}   (min {min(run['libbpf']):.1f})")
        print(f"ratio dtrun/libbpf: program {md / ml:.3f}")
PY
