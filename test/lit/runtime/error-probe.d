/*
 * A fault abandons its clause (and only that clause) and fires ERROR with
 * DTrace's arguments: arg1 the faulting probe's ID, arg2 the clause index,
 * arg3 the fault site (the "BPF pc" of the message, never 0), arg4 the
 * DTRACEFLT_* code, arg5 the address; a NULL struct pointer faults at 0, not
 * at the member's offset.  `id` is the probe ID (BEGIN 1, ERROR 3), epid the
 * probe ID and the clause (statement) ID, and timestamp has one value per
 * clause (DTrace reads it once per enabling), so a later clause of the
 * same firing sees a later one.  BEGIN calls exit(), so its own records are
 * printed before the ERROR clauses' (dt_consume_begin()).
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err
 * CHECK: {{^}}begin id 1 epid 100000001 same 1{{$}}
 * CHECK-NEXT: {{^}}after the fault{{$}}
 * CHECK-NEXT: {{^}}error id 3 epid 300000000: 1 2 pc 1 1 0{{$}}
 * CHECK-NEXT: {{^}}error id 3 epid 300000000: 1 4 pc 1 4 0{{$}}
 * CHECK-NEXT: {{^}}error id 3 epid 300000000: 1 5 pc 1 1 16{{$}}
 * CHECK-NOT: not reached
 * ERR: dtrace: error in dt_clause_2 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0) at BPF pc {{[1-9][0-9]*}}
 * ERR: dtrace: error in dt_clause_4 for probe ID 1 (dtrace:::BEGIN): divide-by-zero at BPF pc {{[1-9][0-9]*}}
 * ERR: dtrace: error in dt_clause_5 for probe ID 1 (dtrace:::BEGIN): invalid address (0x10) at BPF pc {{[1-9][0-9]*}}
 */
#pragma D option quiet

ERROR
{
	printf("error id %d epid %x: %d %d pc %d %d %d\n", id, epid, arg1, arg2, arg3 > 0,
	       arg4, arg5);
}

BEGIN
{
	t = timestamp;
	printf("begin id %d epid %x same %d\n", id, epid, t == timestamp);
}

BEGIN
{
	trace(((struct task_struct *)NULL)->pid);
	printf("not reached\n");
}

BEGIN
{
	printf("after the fault\n");
	x = 0;
}

BEGIN
/arg0 / x == 0/
{
	printf("not reached\n");
}

BEGIN
{
	trace(*(int *)16);
}

BEGIN
/t == timestamp || arg4 != DTRACEFLT_UNKNOWN || DTRACEFLT_BADADDR != 1 || DTRACEFLT_DIVZERO != 4/
{
	printf("not reached\n");
}

BEGIN
{
	exit(0);
}
