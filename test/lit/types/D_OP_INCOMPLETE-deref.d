/*
 * *p of a pointer to a forward struct is a value of that incomplete type,
 * as dt_cook_op1() makes it (dtc said D_DEREF_NONPTR): (*p).x is
 * D_OP_INCOMPLETE (dt_cook_op2() finds no definition), sizeof(*p)
 * D_SIZEOF_TYPE, and a variable assigned *p D_OP_INCOMPAT
 * (dt_node_is_argcompat() takes no forward tag).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+9]]:8: error: operator . cannot be applied to a forward declaration: no struct fw definition is available [D_OP_INCOMPLETE]
 * CHECK: :[[@LINE+9]]:8: error: cannot apply sizeof to an operand of unknown size [D_SIZEOF_TYPE]
 * CHECK: :[[@LINE+9]]:2: error: operands have incompatible types: "struct fw" = "struct fw" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+9]]:2: error: operands have incompatible types: "struct fw" = "struct fw" [D_OP_INCOMPAT]
 */
struct fw *p;

BEGIN
{
	trace((*p).x);
	trace(sizeof(*p));
	x = *p;
	this->y = *p;
}
