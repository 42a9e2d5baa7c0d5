/*
 * One firing in interrupt context (tick-N, profile-N) may create many keys
 * of one aggregation or associative array, as DTrace's preallocated maps
 * allow: dtrun's hash maps, allocated as used (startup.c), take their
 * elements from per-CPU caches that start with 4 small elements and one
 * per-CPU value and refill only once the interrupt is over, so the first
 * tick kept @a[1] and x[1] .. x[4] and reported the others as drops.
 * dtrun fills every CPU's caches after load, before any probe fires.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s --implicit-check-not=drop
 * CHECK: 1 2 3 4 5 6 7 8
 * CHECK-DAG: {{^ +1 +1$}}
 * CHECK-DAG: {{^ +2 +1$}}
 * CHECK-DAG: {{^ +3 +1$}}
 * CHECK-DAG: {{^ +4 +1$}}
 * CHECK-DAG: {{^ +5 +1$}}
 * CHECK-DAG: {{^ +6 +1$}}
 * CHECK-DAG: {{^ +7 +1$}}
 * CHECK-DAG: {{^ +8 +1$}}
 */
#pragma D option quiet

tick-100ms
/i++ == 0/
{
	@a[1] = count(); @a[2] = count(); @a[3] = count(); @a[4] = count();
	@a[5] = count(); @a[6] = count(); @a[7] = count(); @a[8] = count();
	x[1] = 1; x[2] = 2; x[3] = 3; x[4] = 4; x[5] = 5; x[6] = 6; x[7] = 7; x[8] = 8;
}

tick-100ms
/i == 3/
{
	printf("%d %d %d %d %d %d %d %d\n", x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8]);
	exit(0);
}
