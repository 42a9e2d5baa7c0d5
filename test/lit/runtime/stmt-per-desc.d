/*
 * A clause is one statement per probe description (dt_compile_one_clause()),
 * and a probe runs every statement that matched it, in program order
 * (dt_probe_add_stmt() appends each; dt_cg_tramp_call_clauses() calls each):
 * `BEGIN, BEGIN` runs twice, as statements 0 and 1, epid's lower half.  A
 * statement after one that called exit() does not run on that probe
 * (DRAINING), but END's do; ERROR's statements run for each fault, arg2
 * the statement that faulted, which the fault message names too.
 * "matched N probes" counts a probe once per statement (dt_prog_stmt()).
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out
 * RUN: FileCheck %s --input-file %t.err --check-prefix=ERR
 * CHECK: {{^}}BEGIN 100000000 n 1{{$}}
 * CHECK-NEXT: {{^}}BEGIN 100000001 n 2{{$}}
 * CHECK-NEXT: {{^}}BEGIN 100000003 n 3{{$}}
 * CHECK-NEXT: {{^}}exit 100000008{{$}}
 * CHECK-NEXT: {{^}}ERROR 300000006 arg2 4{{$}}
 * CHECK-NEXT: {{^}}ERROR 300000007 arg2 4{{$}}
 * CHECK-NEXT: {{^}}ERROR 300000006 arg2 5{{$}}
 * CHECK-NEXT: {{^}}ERROR 300000007 arg2 5{{$}}
 * CHECK-NEXT: {{^}}END 20000000b{{$}}
 * CHECK-NEXT: {{^}}END 20000000c{{$}}
 * CHECK-EMPTY:
 * CHECK-NOT: {{.}}
 * ERR: dtrace: error in dt_clause_4 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * ERR-NEXT: dtrace: error in dt_clause_5 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 *
 * RUN: %dtrun -n 'BEGIN, BEGIN, dtrace:::BEGIN { exit(0); }' 2>&1 | FileCheck %s --check-prefix=N
 * N: dtrace: description 'BEGIN, BEGIN, dtrace:::BEGIN ' matched 3 probes
 * N-COUNT-1: :BEGIN
 */
BEGIN, BEGIN
{
	printf("BEGIN %x n %d\n", epid, ++n);
}

tick-1s, BEGIN
{
	printf("BEGIN %x n %d\n", epid, ++n);
}

BEGIN, BEGIN
{
	trace(*(int *)0);
}

ERROR, ERROR
{
	printf("ERROR %x arg2 %d\n", epid, arg2);
}

BEGIN, BEGIN, BEGIN
{
	printf("exit %x\n", epid);
	exit(0);
}

END, END
{
	printf("END %x\n", epid);
}
