#!/usr/bin/env bash
# bench/sched-oncpu.sh: the per-switch cost of sched:::on-cpu (sched_switch
# with the incoming thread's context, runtime/dtc.bpf.h dt_cur_task()) next
# to sched:::off-cpu on the same tracepoint, as the BPF program's own run
# time per firing (kernel.bpf_stats_enabled, run_time_ns / run_cnt from the
# program's fdinfo in dtrun), while two processes ping-pong over pipes.
#
#   SECS=3 (per script)   BUILD_DIR=build   needs root
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
secs=${SECS:-3}
build=${BUILD_DIR:-build}
work=$(mktemp -d)
old=$(cat /proc/sys/kernel/bpf_stats_enabled)
trap 'echo "$old" > /proc/sys/kernel/bpf_stats_enabled; rm -rf "$work"' EXIT

cat > "$work/pp.c" <<'C'
#include <unistd.h>
int main(void)
{
	int a[2], b[2];
	char c = 0;
	if (pipe(a) || pipe(b))
		return 1;
	if (fork() == 0) {
		close(a[1]); /* the parent's end: read() sees EOF when it is killed */
		close(b[0]);
		while (read(a[0], &c, 1) == 1 && write(b[1], &c, 1) == 1)
			;
		return 0;
	}
	for (;;)
		if (write(a[1], &c, 1) != 1 || read(b[0], &c, 1) != 1)
			return 0;
}
C
cc -O2 -o "$work/pp" "$work/pp.c"
echo 1 > /proc/sys/kernel/bpf_stats_enabled

# run NAME D: dtrun D for SECS while pp runs; print ns per firing
run() {
	"$build/dtc" -n "$2" -o "$work/x.bpf.o"
	"$build/dtrun" -q "$work/x.bpf.o" > /dev/null &
	local dp=$!
	sleep 1
	"$work/pp" &
	local pp=$!
	sleep "$secs"
	python3 - "$1" "$dp" <<'PY'
import os, sys
name, pid = sys.argv[1], sys.argv[2]
t = n = 0
for fd in os.listdir(f"/proc/{pid}/fdinfo"):
    try:
        info = dict(l.split(":", 1) for l in open(f"/proc/{pid}/fdinfo/{fd}") if ":" in l)
    except OSError:
        continue
    if "run_cnt" in info:
        t += int(info["run_time_ns"]); n += int(info["run_cnt"])
print(f"{name:44s} {n:10d} firings {t / max(n, 1):7.1f} ns each")
PY
	kill "$pp" "$dp"
	wait "$dp" 2>/dev/null || true
}

run "off-cpu, predicate false" 'sched:::off-cpu /pid == -1/ {}'
run "on-cpu, predicate false" 'sched:::on-cpu /pid == -1/ {}'
run "off-cpu { @[execname] = count(); }" 'sched:::off-cpu { @[execname] = count(); }'
run "on-cpu { @[execname] = count(); }" 'sched:::on-cpu { @[execname] = count(); }'
run "on-cpu { @[execname, pid, tid] = count(); }" 'sched:::on-cpu { @[execname, pid, tid] = count(); }'
