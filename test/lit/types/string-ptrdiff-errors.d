/*
 * What dt_cook_op2() still refuses of strings under + and -: a string and
 * a pointer to other than char (dt_node_is_ptrcompat()), an integer minus
 * a string, the sum of two strings, and a void pointer, which is no
 * pointer there (dt_node_is_vfptr()).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:8: error: operands have incompatible types: "string" - "int *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+11]]:8: error: operands have incompatible types: "int" - "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+11]]:8: error: operands have incompatible types: "string" + "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+11]]:8: error: operands have incompatible types: "string" - "void *" [D_OP_INCOMPAT]
 */
string s;
int *ip;
void *vp;

BEGIN
{
	trace(s - ip);
	trace(1 - s);
	trace(s + s);
	trace(s - vp);
}
