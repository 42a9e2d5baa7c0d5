/*
 * printa() of several aggregations fills a key an aggregation lacks with
 * zeroed data, min() and max() too (dtrace_aggregate_walk_joined()'s
 * zaggdata); a printa() that printed no row (the aggregation had no data
 * yet: @e gets its data in a later tick-1s) does not mark it printed, so exit
 * prints it (DTRACE_AGD_PRINTED is set per printed row).  (Not END: BEGIN
 * calls no exit() here, which would have END run before BEGIN's records
 * are read, printa-begin-exit.d.)
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}1 10 0 0{{$}}
 * CHECK-NEXT: {{^}}2 20 -5 -5{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}        1               10                0                0{{$}}
 * CHECK-NEXT: {{^}}        2               20               -5               -5{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}begin{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}                1{{$}}
 * CHECK-NOT: {{.}}
 */
#pragma D option quiet

tick-1s
{
	@e = count();
	exit(0);
}

BEGIN
{
	@a[1] = sum(10); @a[2] = sum(20);
	@mn[2] = min(-5); @mx[2] = max(-5);
	printa("%d %@d %@d %@d\n", @a, @mn, @mx);
	printa(@a, @mn, @mx);
	printa(@e);
	printa("%@d\n", @e);
	printf("begin\n");
}
