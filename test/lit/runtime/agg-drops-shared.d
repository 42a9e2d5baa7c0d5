/*
 * DTrace keeps every aggregation in one map per CPU of aggsize / (the
 * largest tuple + the largest data) entries (gmap_create_aggs(); here
 * 64 / (16 + 16), two), an entry per aggregation and key made on that CPU
 * (dt_get_agg()), @b = count() included: @c[2] and @a[3] find no room.
 * dtc's maps, one per aggregation, keep that room as a per-CPU budget.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s --implicit-check-not=3
 * CHECK-DAG: {{^}}        1                1{{$}}
 * CHECK-DAG: {{^}}                1{{$}}
 * CHECK-DAG: dtrace: 2 aggregation drops on CPU {{[0-9]+}}
 */
#pragma D option quiet
#pragma D option aggsize=64
BEGIN
{
	@a[1] = count();
	@b = count();
	@c[2] = count();
	@a[3] = count();
	exit(0);
}
