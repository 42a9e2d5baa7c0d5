/*
 * printa() in a periodic probe prints the aggregation as it is when that
 * firing's record is read, and DTrace reads each record as it comes
 * (dt_peb.c: wakeup_events = 1; dtrace_consume() snapshots first): each
 * tick prints its own count, not the last tick's count three times
 * (dtrun wakes for such a record: dt_rec_commit_wake(), even when it reads
 * the others only every switchrate).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -x switchrate=2s %t.o | FileCheck %s
 * CHECK: tick t 1
 * CHECK-NEXT: tick t 2
 * CHECK-NEXT: tick t 3
 */
#pragma D option quiet

tick-100ms
{
	@a["t"] = count();
	printa("tick %s %@d\n", @a);
}

tick-100ms
/++n == 3/
{
	exit(0);
}
