/*
 * c ? s : 0 and c ? 0 : s are strings: dt_cook_op3() takes a string and
 * the constant 0 as compatible pointers (dt_node_is_ptrcompat()) and types
 * the result as the string; a void pointer is compatible with a string
 * too.  dtc said D_OP_INCOMPAT.  The 0 is the NULL string: == NULL sees
 * it, a variable stores it, and used as a string it faults as DTrace's
 * read of address 0 does.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o 2>&1 | FileCheck %s
 * CHECK: abc 0 1 1 abc
 * CHECK: dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * CHECK: fault 1
 */
string s;
void *vp;

BEGIN
{
	s = "abc";
	x = pid ? s : 0;
	y = pid ? 0 : s;
	vp = (void *)&curthread->comm;
	printf("%s %d %d %d %s\n", x, (pid ? s : 0) == NULL, (pid ? 0 : s) == NULL,
	    y == NULL, pid ? s : vp);
}

BEGIN
{
	trace(pid ? 0 : s);
}

ERROR
{
	printf("fault %d\n", arg4);
	exit(0);
}
