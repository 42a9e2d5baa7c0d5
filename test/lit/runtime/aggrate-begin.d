/*
 * -x aggrate: dtrace_consume() resets dt_lastagg once BEGIN's records are
 * processed, so the drain after BEGIN's snapshots again whatever aggrate
 * says: a printa() long after sees the tick's update made between those
 * two drains (2), not BEGIN's count alone (1); later updates wait for
 * aggrate (an hour).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -x aggrate=1h %t.o | FileCheck %s
 * CHECK: {{^ +2$}}
 */
#pragma D option quiet

BEGIN
{
	@ = count();
}

tick-1ms
/i++ == 0/
{
	@ = count();
}

tick-400ms
{
	printa(@);
	exit(0);
}
