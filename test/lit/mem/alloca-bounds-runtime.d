/*
 * A load or store of alloca'd memory is checked as dt_cg_alloca_access_check()
 * checks it: an address outside the clause's allocations is a bad address;
 * one that starts inside but whose size reaches past their top is a bad
 * size, reported with the size.  A string is sizeof (string), strsize bytes
 * (dt_node_type_size()): alloca(sizeof (string) - 1), rounded up to 8 bytes,
 * holds one, alloca(sizeof (string) - 9) does not.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s
 * CHECK-DAG: invalid size (0x4)
 * CHECK-DAG: fault 10 4
 * CHECK-DAG: fault 1 {{[0-9a-f]+}}
 * CHECK-DAG: {{^}}abc
 * CHECK-DAG: invalid size (0x100)
 * CHECK-DAG: fault 10 100
 */
#pragma D option quiet

BEGIN
{
	s = (char *)alloca(10);
	trace(*(int *)(s + 14));
}

BEGIN
{
	t = (char *)alloca(10);
	trace(*(int *)(t + 16));
}

BEGIN
{
	x = (string *)alloca(sizeof (string) - 1);
	*x = "abc";
	printf("%s\n", *x);
}

BEGIN
{
	y = (string *)alloca(sizeof (string) - 9);
	*y = "def";
	printf("%s\n", *y);
}

BEGIN
{
	exit(0);
}

ERROR
{
	printf("fault %d %x\n", arg4, arg5);
}
