/*
 * An aggregation is of dynamic type: no operand of ?: or of the comma
 * operator (DTrace's dt_cook_op3() and dt_cook_op2()); a ?: condition that
 * is no scalar is reported first.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+6]]:27: error: operator ?: operands cannot be of dynamic type [D_OP_DYN]
 * CHECK: :[[@LINE+6]]:27: error: operator ?: operands cannot be of dynamic type [D_OP_DYN]
 * CHECK: :[[@LINE+6]]:28: error: operator , operands cannot be of dynamic type [D_OP_DYN]
 * CHECK: :[[@LINE+6]]:28: error: operator , operands cannot be of dynamic type [D_OP_DYN]
 * CHECK: :[[@LINE+6]]:27: error: operator ?: expression must be of scalar type [D_OP_SCALAR]
 */
BEGIN { @a = count(); x = 1 ? @a : 2; }
BEGIN { @b = count(); y = 1 ? 2 : @b; }
BEGIN { @c = count(); z = (1, @c); }
BEGIN { @d = count(); w = (@d, 1); }
BEGIN { @e = count(); v = "a" ? @e : 1; }
