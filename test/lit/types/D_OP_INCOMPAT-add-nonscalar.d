/*
 * dt_cook_op2()'s + and - take integers and pointers (a string as one)
 * only; any other operand is D_OP_INCOMPAT with both types named, not
 * D_OP_ARITH, which only * and / say.  dtc said D_OP_ARITH.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+8]]:8: error: operands have incompatible types: "struct s" + "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+8]]:8: error: operands have incompatible types: "int" - "struct s" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+8]]:8: error: operator * requires operands of arithmetic type [D_OP_ARITH]
 */
struct s { int a; } g;

BEGIN
{
	trace(g + 1);
	trace(1 - g);
	trace(g * 1);
}
