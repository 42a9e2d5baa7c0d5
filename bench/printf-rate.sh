#!/usr/bin/env bash
# bench/printf-rate.sh: the cost of one printf() per event at a high event
# rate, and whether anything is lost at default buffer sizes.
#
# A trigger makes N getppid() calls; we time it alone and while dtrun runs
#   syscall::getppid:entry /pid == $target/ { printf("%d %d\n", pid, arg0); }
# (output to a file), interleaved, R rounds, and print the median added
# cost per event (the trigger's wall time: the BPF program plus whatever the
# consumer takes from it on a busy machine), dtrun's own CPU time per event
# (its children's rusage minus the traced trigger's own),
# and the drops dtrun reported (stderr "drops on CPU").
#
#   N=1000000 (events per run)  R=7 (rounds)  BUILD_DIR=build
# Needs root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
n=${N:-1000000}
rounds=${R:-7}
build=${BUILD_DIR:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/trig.c" <<'C'
#include <stdlib.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/syscall.h>
int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	struct timespec a, b;
	usleep(300000); /* let dtrun attach (it releases -c children first) */
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (long i = 0; i < n; i++)
		syscall(SYS_getppid);
	clock_gettime(CLOCK_MONOTONIC, &b);
	fprintf(stderr, "elapsed_ns %lld\n",
		(long long)(b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec));
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	fprintf(stderr, "cpu_ns %lld\n",
		(long long)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000LL +
			(long long)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000LL);
	return 0;
}
C
cc -O2 -o "$work/trig" "$work/trig.c"
cat >"$work/p.d" <<'D'
syscall::getppid:entry /pid == $target/ { printf("%d %d\n", pid, arg0); }
D
"$build/dtc" -o "$work/p.o" "$work/p.d"

base=() traced=() cpu=() drops=0 lines=0
for ((r = 0; r < rounds; r++)); do
	t=$("$work/trig" "$n" 2>&1 >/dev/null | awk '/elapsed_ns/ { print $2 }')
	base+=("$t")
	# dtrun's own CPU time (the consumer), from the kernel's child rusage
	python3 -c '
import resource, subprocess, sys
r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as out, open(sys.argv[2], "w") as err:
    subprocess.run(sys.argv[3:], stdout=out, stderr=err)
r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
print(int(((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)) * 1e9))
' "$work/out" "$work/err" "$build/dtrun" -q -c "$work/trig $n" "$work/p.o" >"$work/cpu" || true
	# minus the trigger's own CPU: it is dtrun's child (-c)
	tc=$(awk '/cpu_ns/ { print $2 }' "$work/err")
	cpu+=("$(($(cat "$work/cpu") - ${tc:-0}))")
	t=$(awk '/elapsed_ns/ { print $2 }' "$work/err")
	traced+=("$t")
	l=$(wc -l <"$work/out")
	lines=$((lines + l))
	d=$(awk '/drops? on CPU/ { s += $2 } END { print s + 0 }' "$work/err")
	drops=$((drops + d))
done
python3 - "$n" "$rounds" "$lines" "$drops" "${base[@]}" -- "${traced[@]}" -- "${cpu[@]}" <<'PY'
import statistics, sys
n, rounds, lines, drops = map(int, sys.argv[1:5])
rest = sys.argv[5:]
i = rest.index("--")
j = rest.index("--", i + 1)
base = [int(x) for x in rest[:i]]
traced = [int(x) for x in rest[i + 1:j]]
cpu = [int(x) for x in rest[j + 1:]]
mb, mt = statistics.median(base), statistics.median(traced)
print(f"events per run {n}, rounds {rounds}")
print(f"untraced: {mb / n:.1f} ns/event, median {mb / 1e6:.1f} ms")
print(f"traced:   {mt / n:.1f} ns/event, median {mt / 1e6:.1f} ms")
print(f"added per event: {(mt - mb) / n / 1000:.3f} us")
print(f"dtrun CPU (consumer, includes load and exit; not the traced process): {statistics.median(cpu) / n / 1000:.3f} us/event")
print(f"lines printed: {lines} of {n * rounds}; drops reported: {drops}")
PY
