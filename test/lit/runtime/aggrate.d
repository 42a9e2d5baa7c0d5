/*
 * -x aggrate: as dtrace_aggregate_snap(), the consumer snapshots the
 * aggregations at most once per aggrate, when it reads the buffer, and
 * printa() prints the last snapshot: with aggrate=10sec every printa()
 * shows the count as of the first snapshot (BEGIN's), as
 * options/tst.aggrate-slow.d shows stale counts.  Without aggrate (and
 * after tracing stopped, for the END output) printa() reads the maps, as
 * dtrun consumes the record: within a switchrate (50 ms) of the tick, and
 * long before the next one, 500 ms later, even on a loaded machine.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -x aggrate=10sec %t.o | FileCheck %s --check-prefix=SLOW
 * RUN: %dtrun %t.o | FileCheck %s --check-prefix=LIVE
 * SLOW-NOT: {{[2-9]}}
 * SLOW: {{^ +1$}}
 * SLOW: {{^ +1$}}
 * SLOW: {{^ +1$}}
 * SLOW: end{{ +}}4
 * LIVE: {{^ +2$}}
 * LIVE: {{^ +3$}}
 * LIVE: {{^ +4$}}
 * LIVE: end{{ +}}4
 */
#pragma D option quiet

BEGIN
{
	@ = count();
}

tick-500ms
{
	@ = count();
	printa(@);
}

tick-500ms
/++n == 3/
{
	exit(0);
}

END
{
	printa("end %@8u\n", @);
}
