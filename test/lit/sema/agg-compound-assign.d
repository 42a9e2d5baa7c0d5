/*
 * An aggregation under an operator's assignment (dt_cook_op2()): the
 * left-hand side is cooked as a variable's value, so a bare @a is "not yet
 * declared or assigned" (D_VAR_UNDEF, even after @a = count()), and @a[k]
 * is of the dynamic type, which each operator refuses with its own tag.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+8]]:9: error: @a has not yet been declared or assigned [D_VAR_UNDEF]
 * CHECK: :[[@LINE+8]]:23: error: @b has not yet been declared or assigned [D_VAR_UNDEF]
 * CHECK: :[[@LINE+8]]:9: error: operator += requires left-hand scalar operand of known size [D_OP_VFPTR]
 * CHECK: :[[@LINE+8]]:9: error: operator -= requires left-hand scalar operand of known size [D_OP_VFPTR]
 * CHECK: :[[@LINE+8]]:9: error: operator *= requires operands of arithmetic type [D_OP_ARITH]
 * CHECK: :[[@LINE+8]]:9: error: operator %= requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+8]]:9: error: operator <<= requires operands of integral type [D_OP_INT]
 */
BEGIN { @a += 1; }
BEGIN { @b = count(); @b -= 1; }
BEGIN { @c[1] += 1; }
BEGIN { @c[1] -= 1; }
BEGIN { @c[1] *= 2; }
BEGIN { @c[1] %= 2; }
BEGIN { @c[1] <<= 2; }
