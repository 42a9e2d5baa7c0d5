/*
 * An inline and a D enumerator are values, not variables: assigning one,
 * or ++/-- on one, is D_OP_LVAL (DTrace cooks them to their values, which
 * are not lvalues), the D library's inlines (ENOENT) included; declaring a
 * variable with an enumerator's name is D_DECL_IDRED (an enumerator is a
 * global identifier: dt_decl_enumerator()).
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_OP_LVAL-inline-enum.d:[[@LINE+9]]:5: error: identifier redeclared: RED{{$}}
 * CHECK: previous: enumerator enum color [D_DECL_IDRED]
 * CHECK: D_OP_LVAL-inline-enum.d:[[@LINE+12]]:2: error: operator = requires modifiable lvalue as an operand [D_OP_LVAL]
 * CHECK: D_OP_LVAL-inline-enum.d:[[@LINE+12]]:2: error: operator ++ requires modifiable lvalue as an operand [D_OP_LVAL]
 * CHECK: D_OP_LVAL-inline-enum.d:[[@LINE+12]]:2: error: operator -- requires modifiable lvalue as an operand [D_OP_LVAL]
 * CHECK: D_OP_LVAL-inline-enum.d:[[@LINE+12]]:2: error: operator += requires modifiable lvalue as an operand [D_OP_LVAL]
 * CHECK: D_OP_LVAL-inline-enum.d:[[@LINE+12]]:2: error: operator = requires modifiable lvalue as an operand [D_OP_LVAL]
 */
enum color { RED, GREEN };
int RED;
inline int LIMIT = 10;
BEGIN
{
	self->RED = 1;
	LIMIT = 2;
	LIMIT++;
	--GREEN;
	GREEN += 1;
	ENOENT = 3;
}
