/*
 * What BEGIN's system() runs is traced, as in DTrace, which enables every
 * probe before BEGIN fires (builtinvar/tst.errno2.d): with system() in a
 * BEGIN clause dtrun attaches the other probes first, inactive until BEGIN
 * has run; BEGIN's later clauses still run.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -w %t.o 2>&1 | FileCheck %s
 * CHECK: begin 2
 * CHECK: traced openat
 * CHECK-NOT: timeout
 */
#pragma D option quiet
#pragma D option destructive

BEGIN
{
	system("cat /nonexistent/dtc-begin-system-traced");
}

BEGIN
{
	printf("begin 2\n");
}

syscall::openat:entry
/copyinstr(arg1) == "/nonexistent/dtc-begin-system-traced"/
{
	printf("traced %s\n", probefunc);
	exit(0);
}

/* a guard against a hang only: system() may take seconds on a loaded machine */
tick-30s
{
	printf("timeout\n");
	exit(1);
}
