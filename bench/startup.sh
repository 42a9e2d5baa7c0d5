#!/usr/bin/env bash
# bench/startup.sh: dtrun's start-up time and memory (issue 16, "A system
# tool") against the hand-written libbpf loader of bench/agg-count/, all in
# the same run, interleaved, R rounds, medians.
#
# For `syscall:::entry { @[execname] = count(); }` (dtrun) and its libbpf
# equivalents (count.bpf.c: the comm from bpf_get_current_comm(), no CO-RE;
# startup/count_core.bpf.c: the comm read with CO-RE, as libbpf-tools do),
# each loader runs startup/stamp as its -c command once attached:
#   attach ms   launch (before fork) to the command's first instruction
#   steady KB   the loader's VmRSS then, less its trace buffers (the ring
#               buffer's mappings, which the kernel maps whole: 8 MB for the
#               default 4 MB buffer; dtrun runs with -b 64k here, so that
#               the peak, which may come before they are mapped, is bounded
#               tightly)
#   peak KB     its peak RSS over the whole run (wait4's ru_maxrss, END and
#               the aggregation's printing included; startup/launch.c forks
#               it), less the same buffers
#   bufs KB     the trace buffers themselves
# and for dtrun `BEGIN { exit(0); }`: launch to exit, and its peak.
#
#   R=15 (rounds)   BUILD_DIR=build   STATIC_DIR=build-static (built if absent)
#   DTRUNS="DIR/dtrun ..." (default: both builds; add an older dtrun to compare)
# Needs root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
rounds=${R:-15}
build=${BUILD_DIR:-build}
static=${STATIC_DIR:-build-static}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[[ -x $build/dtc && -x $build/dtrun ]] || { echo "bench: $build/dtc, dtrun not built" >&2; exit 1; }
if [[ ! -x $static/dtrun ]]; then
	cmake -S . -B "$static" -DCMAKE_BUILD_TYPE=MinSizeRel -DDTRUN_STATIC=ON >/dev/null &&
		cmake --build "$static" --target dtrun -j"$(nproc)" >/dev/null || true
fi
dtruns=${DTRUNS:-$build/dtrun}
[[ -z ${DTRUNS:-} && -x $static/dtrun ]] && dtruns+=" $static/dtrun"

inc=/usr/include/$(gcc -print-multiarch)
cc -O2 -o "$work/stamp" bench/startup/stamp.c
cc -O2 -static -o "$work/launch" bench/startup/launch.c
clang-19 -O2 -g -target bpf -I"$inc" -c bench/agg-count/count.bpf.c -o "$work/count.bpf.o"
clang-19 -O2 -g -target bpf -I"$inc" -c bench/startup/count_core.bpf.c -o "$work/count_core.bpf.o"
# the loader as libbpf-tools ship theirs: static
cc -O2 -static -o "$work/loader" bench/agg-count/loader.c -l:libbpf.a -l:libelf.a -l:libz.a
echo 'syscall:::entry { @[execname] = count(); }' >"$work/count.d"
echo 'BEGIN { exit(0); }' >"$work/begin.d"
"$build/dtc" -o "$work/count.o" "$work/count.d"
"$build/dtc" -o "$work/begin.o" "$work/begin.d"

python3 - "$rounds" "$work" $dtruns <<'PY'
import os, statistics, subprocess, sys
rounds, work, dtruns = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
stamp = os.path.join(work, "stamp")
out = os.path.join(work, "stamp.out")
cases = []
for d in dtruns:
    cases.append(("%s count" % d, [d, "-q", "-b", "64k", "-c", "%s %s" % (stamp, out),
                                   os.path.join(work, "count.o")]))
cases.append(("libbpf loader, no CO-RE", [os.path.join(work, "loader"), os.path.join(work, "count.bpf.o"), stamp, out]))
cases.append(("libbpf loader, CO-RE", [os.path.join(work, "loader"), os.path.join(work, "count_core.bpf.o"), stamp, out]))
begins = [("%s BEGIN{exit(0)}" % d, [d, "-q", os.path.join(work, "begin.o")]) for d in dtruns]
res = {name: [] for name, _ in cases + begins}


launch, lout = os.path.join(work, "launch"), os.path.join(work, "launch.out")


def run(cmd):
    subprocess.run([launch, lout] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    t0, t1, status, maxrss = (int(x) for x in open(lout).read().split())
    if status != 0:
        sys.exit("bench: %s failed (status %d)" % (" ".join(cmd), status))
    return t0, t1, maxrss


for _ in range(rounds):
    for name, cmd in cases:
        if os.path.exists(out):
            os.unlink(out)
        t0, t1, maxrss = run(cmd)
        ts, rss, hwm, bufs = (int(x) for x in open(out).read().split())
        res[name].append(((ts - t0) / 1e6, rss - bufs, max(maxrss, hwm) - bufs, bufs))
    for name, cmd in begins:
        t0, t1, maxrss = run(cmd)
        res[name].append(((t1 - t0) / 1e6, None, maxrss, None))

load = open("/proc/loadavg").read().split()[:3]
print("%d rounds, interleaved; load average %s; %d CPUs" % (rounds, " ".join(load), os.cpu_count()))
print("%-40s %10s %10s %10s %8s" % ("median of each", "attach ms", "steady KB", "peak KB", "bufs KB"))
med = lambda v: statistics.median(v) if v and v[0] is not None else None
for name, _ in cases:
    r = res[name]
    print("%-40s %10.1f %10d %10d %8d" % (name, med([x[0] for x in r]), med([x[1] for x in r]),
                                         med([x[2] for x in r]), med([x[3] for x in r])))
print("%-40s %10s %10s %10s" % ("", "exit ms", "", "peak KB"))
for name, _ in begins:
    r = res[name]
    print("%-40s %10.1f %10s %10d" % (name, med([x[0] for x in r]), "", med([x[2] for x in r])))
PY
