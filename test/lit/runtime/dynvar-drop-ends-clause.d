/*
 * A dynamic variable store that finds no room is a dynamic variable drop
 * and ends the clause there, as Oracle DTrace's dt_cg_store_var() returns
 * from the clause when dt_get_dvar() fails: no fault, no ERROR, and the
 * clause's record is not written; the clauses after it run.  The drop is
 * counted once (the clause stops at the first store that fails) and
 * reported with the speculation and dynamic variable drops, read at the
 * status tick, as dtrace_status() does.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace --implicit-check-not=reached
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err --implicit-check-not=dtrace:
 * CHECK: {{^}}a[1] 1 a[20] 0 b 0{{$}}
 * ERR: dtrace: 1 dynamic variable drop{{$}}
 */
#pragma D option quiet
#pragma D option dynvarsize=64
ERROR { printf("ERROR reached\n"); }
BEGIN
{
	printf("not reached\n");
	a[1] = 1; a[2] = 2; a[3] = 3; a[4] = 4; a[5] = 5;
	a[6] = 6; a[7] = 7; a[8] = 8; a[9] = 9; a[10] = 10;
	a[11] = 11; a[12] = 12; a[13] = 13; a[14] = 14; a[15] = 15;
	a[16] = 16; a[17] = 17; a[18] = 18; a[19] = 19; a[20] = 20;
	b = 1;
}
BEGIN { printf("a[1] %d a[20] %d b %d\n", a[1], a[20], b); exit(0); }
