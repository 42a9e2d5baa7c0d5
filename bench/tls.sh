#!/usr/bin/env bash
# bench/tls.sh: per-event cost of thread-local variables (self->), two
# designs dtc can emit: BPF_MAP_TYPE_TASK_STORAGE (the default) and a hash
# map keyed by tid (-x dtc=tls-hash).  The D script is DTrace's classic
# entry/return timestamp pattern; the load is a read(2) storm (dd bs=1).
#
#   N=2000000 (reads per run)  R=5 (runs, median)  BUILD_DIR=build
# Prints ns per read() added over an untraced run, for each design.  Root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
n=${N:-2000000}
runs=${R:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/tls.d" <<'D'
syscall::read:entry /pid == $target/ { self->ts = timestamp; }
syscall::read:return /self->ts/ { x = timestamp - self->ts; self->ts = 0; }
D

# the load: n 1-byte read()s, timed by the reader itself (ns per read)
cat >"$work/reader.c" <<'C'
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
int main(int argc, char **argv)
{
	long n = atol(argv[1]), i;
	struct timespec a, b;
	char c;
	int fd = open("/dev/zero", O_RDONLY);
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (i = 0; i < n; i++)
		if (read(fd, &c, 1) != 1)
			return 1;
	clock_gettime(CLOCK_MONOTONIC, &b);
	FILE *f = fopen(argv[2], "a");
	fprintf(f, "%.1f\n", ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / n);
	return 0;
}
C
cc -O2 -o "$work/reader" "$work/reader.c"
"$build/dtc" -o "$work/task.o" "$work/tls.d"
"$build/dtc" -x dtc=tls-hash -o "$work/hash.o" "$work/tls.d"
for i in $(seq "$runs"); do
	"$work/reader" "$n" "$work/base"
	"$build/dtrun" -q -c "$work/reader $n $work/task" "$work/task.o" >/dev/null
	"$build/dtrun" -q -c "$work/reader $n $work/hash" "$work/hash.o" >/dev/null
done
med() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
b=$(med "$work/base") t=$(med "$work/task") h=$(med "$work/hash")
echo "untraced read(): $b ns"
echo "task storage:    $t ns (+$(echo "$t - $b" | bc) ns per read, entry+return)"
echo "hash by tid:     $h ns (+$(echo "$h - $b" | bc) ns per read, entry+return)"
