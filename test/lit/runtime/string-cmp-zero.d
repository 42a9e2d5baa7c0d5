/*
 * A string and the integer constant 0 compare under every relational
 * operator (dt_cook_op2(): dt_node_is_ptrcompat() takes a char array and a
 * 0 constant), as addresses: a string is never 0, so == is 0, != 1, s > 0
 * and s >= 0 are 1, s < 0 and s <= 0 are 0, whichever side the 0 is on.
 * Any other integer, or a variable holding 0, is D_OP_INCOMPAT.
 * REQUIRES: root
 * RUN: %dtrun -qs %s | FileCheck %s
 * CHECK: 0010110100001
 * RUN: not %dtc -e -n 'BEGIN { x = 0; trace("a" < x); }' 2>&1 | FileCheck %s --check-prefix=VAR
 * VAR: error: operands have incompatible types: "string" < "int" [D_OP_INCOMPAT]
 * RUN: not %dtc -e -n 'BEGIN { trace(1 >= "a"); }' 2>&1 | FileCheck %s --check-prefix=ONE
 * ONE: error: operands have incompatible types: "int" >= "string" [D_OP_INCOMPAT]
 */
BEGIN
{
	trace("a" == 0); trace(0 == "a"); trace("a" != 0); trace("a" < 0);
	trace("a" > 0); trace("a" >= 0); trace("a" <= 0); trace(0 < "a");
	s = "x";
	trace(s == 0); trace(execname == 0); trace(0 > "a"); trace(0 >= execname);
	trace(0 <= execname);
	exit(0);
}
