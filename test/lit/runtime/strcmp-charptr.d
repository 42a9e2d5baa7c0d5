/*
 * A string compared with a char pointer compares the strings
 * (dt_cook_op2(): both string-compatible, one of them a string): the
 * pointer is read as a string; a pointer to another type is
 * D_OP_INCOMPAT.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: 1 1 1 0 0
 * RUN: not %dtc -S -o /dev/null -n 'BEGIN { p = (int *)0; trace(p == "x"); }' 2>&1 | FileCheck %s --check-prefix=INT
 * INT: error: operands have incompatible types: "int *" == "string" [D_OP_INCOMPAT]
 */
BEGIN
{
	p = (char *)curthread->comm;
	printf("%d %d %d %d %d\n", p == execname, execname == p, "a" < p, p != execname,
	    p == "x");
	exit(0);
}
