/*
 * A string and a void pointer compare as strings: dt_cook_op2() takes them
 * as compatible pointers (dt_node_is_ptrcompat(): a void pointer matches
 * any), and with a string operand dt_cg_compare_op() calls dt_strcmp(),
 * reading the string at the pointer.  dtc said D_OP_INCOMPAT.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK: 1 0 1
 */
string s;
void *vp;

BEGIN
{
	s = "dtrace";
	vp = (void *)curthread->comm;
	printf("%d %d %d\n", s == vp, vp != s, vp >= "dtrace");
	exit(0);
}
