#!/usr/bin/env bash
# bench/oformat.sh: what the output drivers cost (issue 15, "Speed").
#
# (a) dtrun's own CPU per event for a printf() per event, text output
#     (-q) and -x oformat=json, interleaved, R rounds, medians and their
#     ratio (the bar: JSON within 1.5x of text), and the records written;
# (b) dtrun --metrics: the wall time of a scrape of an aggregation of
#     10,000 series while it is being updated (a trigger makes getppid()
#     calls that keep adding to @s[timestamp % 10000]), S scrapes, median
#     and worst (the bar: under 50 ms), and dtrun's CPU time per scrape
#     (what the wall time is made of on an idle machine; on a busy one it
#     waits its turn for a CPU several times over).
#
#   N=500000 (events per run)  R=5 (rounds)  S=20 (scrapes)  BUILD_DIR=build
# Needs root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
n=${N:-500000}
rounds=${R:-5}
scrapes=${S:-20}
build=${BUILD_DIR:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/trig.c" <<'C'
#include <stdlib.h>
#include <unistd.h>
#include <sys/syscall.h>
int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	usleep(300000); /* let dtrun attach */
	for (long i = 0; n < 0 || i < n; i++)
		syscall(SYS_getppid);
	return 0;
}
C
cc -O2 -o "$work/trig" "$work/trig.c"
cat >"$work/p.d" <<'D'
syscall::getppid:entry /pid == $target/ { printf("%d %d %s\n", pid, arg0, execname); }
D
"$build/dtc" -o "$work/p.o" "$work/p.d"

# dtrun_cpu OUT ARGS...: dtrun's CPU time in ns minus its -c child's
cpu_of() {
	python3 - "$@" <<'PY'
import resource, subprocess, sys
out = sys.argv[1]
r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "w") as o:
    subprocess.run(sys.argv[2:], stdout=o, stderr=subprocess.DEVNULL)
r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
print(int(((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)) * 1e9))
PY
}
# the trigger alone, for its own CPU
trig_cpu=$(cpu_of /dev/null "$work/trig" "$n")
text=() json=() tl=0 jl=0
for ((r = 0; r < rounds; r++)); do
	text+=("$(($(cpu_of "$work/t.out" "$build/dtrun" -q -c "$work/trig $n" "$work/p.o") - trig_cpu))")
	tl=$((tl + $(wc -l <"$work/t.out")))
	json+=("$(($(cpu_of "$work/j.out" "$build/dtrun" -O json -c "$work/trig $n" "$work/p.o") - trig_cpu))")
	jl=$((jl + $(wc -l <"$work/j.out")))
done
python3 - "$n" "$tl" "$jl" "${text[@]}" -- "${json[@]}" <<'PY'
import statistics, sys
n, tl, jl = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rest = sys.argv[4:]
i = rest.index("--")
t = statistics.median(int(x) for x in rest[:i]) / n
j = statistics.median(int(x) for x in rest[i + 1:]) / n
print("(a) printf per event, %d events: dtrun CPU text %.0f ns/event, json %.0f ns/event, "
      "ratio %.2f (lines: text %d, json %d)" % (n, t, j, j / t, tl, jl))
PY

cat >"$work/s.d" <<'D'
syscall::getppid:entry /pid == $target/ { @s[timestamp % 10000] = count(); }
D
"$build/dtc" -o "$work/s.o" "$work/s.d"
python3 - "$build/dtrun" "$work/s.o" "$work/trig" "$scrapes" <<'PY'
import os, signal, socket, statistics, subprocess, sys, time, urllib.request
dtrun, obj, trig, k = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
p = subprocess.Popen([dtrun, "-q", "--metrics", "127.0.0.1:%d" % port, "-c", trig + " -1", obj],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
url = "http://127.0.0.1:%d/metrics" % port
try:
    deadline = time.monotonic() + 60
    while True:  # until all 10,000 keys exist
        try:
            body = urllib.request.urlopen(url, timeout=5).read().decode()
            if body.count("dtrace_s_total{") >= 10000:
                break
        except OSError:
            pass
        if time.monotonic() > deadline:
            sys.exit("no 10,000 series in time")
        time.sleep(0.2)
    def cpu_ms():  # dtrun's user + system time, in clock ticks of 10 ms
        f = open("/proc/%d/stat" % p.pid).read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) * 1000 / os.sysconf("SC_CLK_TCK")
    ts, size, c0 = [], 0, cpu_ms()
    for _ in range(k):
        t0 = time.perf_counter()
        body = urllib.request.urlopen(url, timeout=5).read()
        ts.append((time.perf_counter() - t0) * 1000)
        size = len(body)
    c1 = cpu_ms()
    print("(b) scrape of %d series (%d bytes) while updated: median %.1f ms, worst %.1f ms; "
          "dtrun CPU %.1f ms a scrape; load average %s"
          % (body.decode().count("dtrace_s_total{"), size, statistics.median(ts), max(ts),
             (c1 - c0) / k, " ".join(open("/proc/loadavg").read().split()[:3])))
finally:
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(20)
    except subprocess.TimeoutExpired:
        p.kill()
PY
