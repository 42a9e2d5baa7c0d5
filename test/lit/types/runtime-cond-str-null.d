/*
 * c ? s : 0 and c ? 0 : s compile: dt_cook_op3() takes a string and the
 * constant 0 as compatible pointers (dt_node_is_ptrcompat()), and a void
 * pointer and a string too.  dtc said D_OP_INCOMPAT.  The 0 is the NULL
 * string: == NULL sees it, and used as a string (strlen()) it faults as
 * DTrace's read of address 0 does.  (DTrace types the result char
 * [strsize], the string's resolved type, which = refuses, D_OP_ARRFUN;
 * dtc types it string.)
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o 2>&1 | FileCheck %s
 * CHECK: 0 1 abc 3
 * CHECK: dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * CHECK: fault 1
 */
string s;
void *vp;

BEGIN
{
	s = "abc";
	vp = (void *)curthread->comm;
	printf("%d %d %s %d\n", (pid ? s : 0) == NULL, (pid ? 0 : s) == NULL, pid ? s : vp,
	    strlen(pid ? s : 0));
}

BEGIN
{
	trace(strlen(pid ? 0 : s));
}

ERROR
{
	printf("fault %d\n", arg4);
	exit(0);
}
