/*
 * printa() of several aggregations joins their entries whose keys are
 * equal by dt_aggregate_keycmp() (dtrace_aggregate_walk_joined()): of the
 * same record sizes, integers compared as unsigned of their size.  @a[1]
 * (an int) and @b[(long)1] are two rows, each key printed as its own
 * aggregation lays it out; (int)-1 and (unsigned)0xffffffff are one; a
 * string key joins any other string (execname and a literal).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}                1                0                4{{$}}
 * CHECK-NEXT: {{^}}        1                1                0{{$}}
 * CHECK: {{^}}       -1                1                4{{$}}
 * CHECK: {{^}}  x                                                                 0                1{{$}}
 * CHECK-NEXT: {{^}}  dtrace                                                            1                4{{$}}
 * CHECK: {{^}}1 0 4{{$}}
 * CHECK-NEXT: {{^}}1 1 0{{$}}
 */
#pragma D option quiet

BEGIN
{
	@a[1] = count(); @b[(long)1] = sum(4);
	@c[(int)-1] = count(); @d[(unsigned)0xffffffff] = sum(4);
	@e[execname] = count(); @f["dtrace"] = sum(4); @f["x"] = sum(1);
	printa(@a, @b);
	printa(@c, @d);
	printa(@e, @f);
	printa("%d %@d %@d\n", @a, @b);
	exit(0);
}
