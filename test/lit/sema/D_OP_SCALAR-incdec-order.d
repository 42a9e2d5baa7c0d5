/*
 * dt_cook_op1() cooks a ++/-- operand first, then checks that it is a
 * scalar, of known size, an lvalue: "a"++ is D_OP_SCALAR, 3++ D_OP_LVAL,
 * (x + 1)++ of an unknown x D_IDENT_UNDEF.  dtc said D_OP_LVAL for all.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+8]]:2: error: operator ++ requires operand of scalar type [D_OP_SCALAR]
 * CHECK: :[[@LINE+8]]:2: error: operator -- requires operand of scalar type [D_OP_SCALAR]
 * CHECK: :[[@LINE+8]]:2: error: operator ++ requires modifiable lvalue as an operand [D_OP_LVAL]
 * CHECK: :[[@LINE+8]]:3: error: failed to resolve x: Unknown variable name [D_IDENT_UNDEF]
 */
inline string s = "a";
BEGIN
{
	"a"++;
	s--;
	3++;
	(x + 1)++;
}
