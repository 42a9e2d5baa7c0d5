/*
 * Every operand DTrace cooks as an aggregation node is of dynamic type: @a,
 * @a[k] (dt_cook_aggregation()), and an aggregation assignment, which
 * dt_cook_op2() turns into the aggregation itself; so a statement of a comma
 * with one of them is D_OP_DYN, not an aggregation (dtc died of an internal
 * error on @a, @b; and of SIGSEGV on @a = count(), 1;).  The assignment's
 * own errors come first; a key in ?: is dynamic too (was D_AGG_NULL).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+9]]:23: error: operator , operands cannot be of dynamic type [D_OP_DYN]
 * CHECK: :[[@LINE+9]]:23: error: operator , operands cannot be of dynamic type [D_OP_DYN]
 * CHECK: :[[@LINE+9]]:9: error: operator , operands cannot be of dynamic type [D_OP_DYN]
 * CHECK: :[[@LINE+9]]:9: error: operator , operands cannot be of dynamic type [D_OP_DYN]
 * CHECK: :[[@LINE+9]]:26: error: operator , operands cannot be of dynamic type [D_OP_DYN]
 * CHECK: :[[@LINE+9]]:14: error: count( ) prototype mismatch: 1 arg passed, 0 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+9]]:37: error: operator ?: operands cannot be of dynamic type [D_OP_DYN]
 * CHECK: :[[@LINE+9]]:38: error: operator , operands cannot be of dynamic type [D_OP_DYN]
 */
BEGIN { @a = count(); @a, @a; }
BEGIN { @b = count(); @b[1], 1; }
BEGIN { @c = count(), 1; }
BEGIN { 1, @d[1] = sum(1); }
BEGIN { @e[1] = count(); @e[1], @e[2]; }
BEGIN { @f = count(1), 1; }
BEGIN { x = 1; @g[1] = count(); y = x ? @g[1] : 2; }
BEGIN { x = 1; @h[1] = count(); y = (x, @h[1]); }
