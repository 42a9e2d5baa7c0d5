/*
 * dt_cook_op2() returns the aggregation itself for @a[k] = f(): of the
 * dynamic type, which an operator or action around it refuses by the name
 * "aggregation" (dtc said "void").  dt_node_op3() makes c ? x : y with a
 * condition the parser folds to an integer constant the chosen operand,
 * the other never cooked, so @j = 0 ? sum(x) : count() is @j = count()
 * (dtc said D_AGG_FUNC).  Any other ?: is cooked as dt_cook_op3() cooks
 * it: the condition's type, then dynamic operands (an aggregating
 * function's call: D_OP_DYN), then the operands' types (an action's type
 * matches only its kind: D_OP_INCOMPAT), then D_OP_ACT.  Operator , refuses
 * a dynamic operand, an aggregating function's call too, once both are
 * cooked (@a never assigned: D_IDENT_UNDEF first).  sizeof of a type or
 * string constant folds too (dt_node_op1()), and && || ^^ of constants
 * (dt_node_op2()).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+15]]:9: error: operands have incompatible types: "scalar" = "aggregation" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+15]]:15: error: trace( ) may not be applied to a dynamic expression [D_TRACE_DYN]
 * CHECK: :[[@LINE+15]]:15: error: operands have incompatible types: "aggregation" + "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+15]]:26: error: @d[ ] key #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: int
 * CHECK-NEXT: key: aggregation [D_PROTO_ARG]
 * CHECK: :[[@LINE+13]]:14: error: failed to resolve y: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+13]]:18: error: @h must be assigned the result of an aggregating function [D_AGG_FUNC]
 * CHECK: :[[@LINE+13]]:36: error: failed to resolve z: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+16]]:21: error: operator ?: operands cannot be of dynamic type [D_OP_DYN]
 * CHECK: :[[@LINE+16]]:22: error: operator ?: operands must have compatible types [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+16]]:16: error: action cannot be used in a conditional context [D_OP_ACT]
 * CHECK: :[[@LINE+16]]:15: error: operator , operands cannot be of dynamic type [D_OP_DYN]
 * CHECK: :[[@LINE+16]]:16: error: failed to resolve @o: Unknown variable name [D_IDENT_UNDEF]
 */
BEGIN { x = @a = sum(1); }
BEGIN { trace(@b = sum(1)); }
BEGIN { trace((@c = sum(1)) + 1); }
BEGIN { @d[1] = count(); @d[(@e = count())] = count(); }
BEGIN { @f = y ? sum(1) : count(); }
BEGIN { @h = 1 ? 2 : sum(1); }
BEGIN { @i = 1 ? 0 ? count() : sum(z) : max(1); }
BEGIN { @j = 0 ? sum(x) : count(); @j = count(); }
BEGIN { @k = (char)2 - 2 ? sum(1) : max(1); @k = max(2); }
BEGIN { @l = -1 ? (0 ? count() : sum(2)) : count(); @l = sum(3); }
BEGIN { v = 1; @m = v ? sum(1) : count(); }
BEGIN { w = 1; trace(w ? trace(1) : 1); }
BEGIN { u = 1; u ? trace(1) : trace(2); }
BEGIN { @n = (sum(1), count()); }
BEGIN { trace((@o, 1)); }
BEGIN { @p = sizeof(int) - 4 ? sum(1) : avg(2); @p = avg(3); }
BEGIN { @q = sizeof("abc") ? sum(1) : avg(2); @q = sum(3); }
BEGIN { @r = 1 && 1 ? sum(1) : avg(2); @r = sum(3); }
