/*
 * Aggregation space is bounded by aggsize: DTrace's aggs map holds aggsize /
 * (the largest key tuple + the largest data) entries (gmap_create_aggs()),
 * here 40 / (4 + 4 + 8 + 16), one count() entry with an int key; failed
 * inserts are counted and reported as dtrace does.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s
 * CHECK: dtrace: 2 aggregation drops on CPU {{[0-9]+}}
 * CHECK: {{^}}        1                1{{$}}
 */
#pragma D option quiet
#pragma D option aggsize=40
BEGIN
{
	@[1] = count();
	@[2] = count();
	@[3] = count();
	exit(0);
}
