#!/usr/bin/env bash
# bench/dtc-oneliners.sh: dtc's compile time for the benchmark one-liners
# (issue 16: each under 120 ms), R rounds interleaved, medians.
#
# Per script: the wall time from launch to exit as any user runs it, the
# same under SCHED_FIFO (chrt -f 50: what it takes when it gets the CPU it
# asks for, on a machine whose other work would otherwise preempt it), and
# its CPU time (user + system, all threads: clang runs in its own).  On a
# busy machine the first grows with the load; the other two do not.
#
#   R=11 (rounds)   BUILD_DIR=build   RT=1 (0: no chrt column)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
rounds=${R:-11}
build=${BUILD_DIR:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -x $build/dtc ]] || { echo "bench: $build/dtc not built" >&2; exit 1; }

# the one-liners of bench/*.sh and run.sh
cat >"$work/scripts" <<'D'
begin	BEGIN { printf("%d\n", pid); exit(0); }
count	syscall:::entry { @[execname] = count(); }
printf	syscall::getppid:entry /pid == $target/ { printf("%d %d %s\n", pid, arg0, execname); }
quantize	syscall::read:entry { self->ts = timestamp; } syscall::read:return /self->ts/ { @ = quantize(timestamp - self->ts); self->ts = 0; }
series	syscall::getppid:entry /pid == $target/ { @s[timestamp % 10000] = count(); }
D
rt=0
[[ ${RT:-1} = 1 && $(id -u) = 0 ]] && command -v chrt >/dev/null && rt=1

python3 - "$build/dtc" "$work" "$rounds" "$rt" <<'PY'
import os, resource, statistics, subprocess, sys, time
dtc, work, rounds, rt = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
scripts = []
for line in open(os.path.join(work, "scripts")):
    name, text = line.rstrip("\n").split("\t")
    path = os.path.join(work, name + ".d")
    open(path, "w").write(text + "\n")
    scripts.append((name, path))
res = {n: ([], [], []) for n, _ in scripts}


def run(cmd):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    t1 = time.perf_counter()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (t1 - t0) * 1e3, ((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)) * 1e3


for _ in range(rounds):
    for name, path in scripts:
        out = os.path.join(work, name + ".o")
        wall, cpu = run([dtc, path, "-o", out])
        res[name][0].append(wall)
        res[name][2].append(cpu)
        if rt:
            res[name][1].append(run(["chrt", "-f", "50", dtc, path, "-o", out])[0])
load = open("/proc/loadavg").read().split()[:3]
print("%d rounds, interleaved; load average %s; %d CPUs" % (rounds, " ".join(load), os.cpu_count()))
print("%-10s %10s %14s %10s" % ("script", "wall ms", "SCHED_FIFO ms", "CPU ms"))
for name, _ in scripts:
    w, f, c = res[name]
    print("%-10s %10.1f %14s %10.1f" % (name, statistics.median(w),
                                        "%.1f" % statistics.median(f) if f else "-",
                                        statistics.median(c)))
PY
