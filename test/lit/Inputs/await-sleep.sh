#!/bin/sh
# await-sleep.sh PID: wait until process PID sleeps in clock_nanosleep(2)
# (x86-64 system call 230, /proc/PID/syscall), that is until a test program
# started in the background (Inputs/trig.c with a second argument,
# dp-loop.c) has exec'd, mapped its libraries and reached the sleep of its
# main loop, where dtrun -p can grab it.  A fixed `sleep 0.3` lost that race
# on a loaded machine.  Fails after 30 s, or as soon as PID is gone.
i=0
while [ "$i" -lt 600 ]; do
	read -r nr rest < /proc/"$1"/syscall 2>/dev/null || {
		echo "await-sleep.sh: process $1 is gone" >&2
		exit 1
	}
	[ "$nr" = 230 ] && exit 0
	sleep 0.05
	i=$((i + 1))
done
echo "await-sleep.sh: process $1 did not reach its sleep in 30 s" >&2
exit 1
