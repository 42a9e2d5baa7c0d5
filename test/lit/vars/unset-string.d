/*
 * Reading a string variable that was never stored faults on its NULL
 * pointer (DTRACEFLT_BADADDR, address 0) and runs ERROR, as in DTrace.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %S/../Inputs/status.sh 0 %dtrun %t.o 2>&1 | FileCheck %s
 * CHECK: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * CHECK: fault 1 0
 */
#pragma D option quiet
self string x;
BEGIN
{
	trace(self->x);
	exit(1);
}
ERROR
{
	printf("fault %d %d\n", arg4, arg5);
	exit(0);
}
