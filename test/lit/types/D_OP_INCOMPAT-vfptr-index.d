/*
 * p[i] of a pointer is *(p + i) (dt_cook_op2()): a void or function
 * pointer has no size to step by, so it is the operands' D_OP_INCOMPAT,
 * not a dereference's error (a function pointer used to reach the C
 * compiler).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+6]]:8: error: operands have incompatible types: "void *" + "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+7]]:8: error: operands have incompatible types: "function pointer" + "int" [D_OP_INCOMPAT]
 */
BEGIN
{
	this->p = alloca(4);
	trace(this->p[1]);
	this->f = (int (*)())0;
	trace(this->f[0]);
}
