/*
 * An aggregation, or an aggregating function's call, where an expression
 * wants a value is of DTrace's dynamic type (dt_idcook_func(): DT_DYN_TYPE),
 * which dt_node_type_name() names by its identifier's kind: each operator
 * refuses it with its own error (dt_cook_op1(), dt_cook_op2(),
 * dt_idcook_assc(), dt_cg_act_trace()...), after the call's arguments are
 * cooked and checked against its prototype (dt_ident_cook(),
 * dt_idcook_sign()); a call no operator refuses is dt_cg_call_subr()'s
 * D_CG_EXPR.  An aggregation no earlier statement assigns is undefined.
 * Assigning void makes a new variable void, which no assignment takes;
 * + and - of anything but integers and pointers are D_OP_INCOMPAT.
 * Every line's first error is the one Oracle's dtrace reports for it.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+21]]:23: error: operands have incompatible types: "scalar" = "aggregation" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+21]]:27: error: operands have incompatible types: "aggregation" + "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+21]]:27: error: operator - requires an operand of arithmetic type [D_OP_ARITH]
 * CHECK: :[[@LINE+21]]:27: error: operator ! requires an operand of scalar type [D_OP_SCALAR]
 * CHECK: :[[@LINE+21]]:27: error: invalid cast expression: "aggregation" to "int" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:27: error: cannot apply sizeof to an operand of unknown size [D_SIZEOF_TYPE]
 * CHECK: :[[@LINE+21]]:25: error: aggregation expression may not be used as associative array index: key #1 [D_KEY_TYPE]
 * CHECK: :[[@LINE+21]]:29: error: trace( ) may not be applied to a dynamic expression [D_TRACE_DYN]
 * CHECK: :[[@LINE+21]]:36: error: printf( ) argument #2 is incompatible with conversion #1 prototype:
 * CHECK: :[[@LINE+21]]:27: error: operator ?: expression must be of scalar type [D_OP_SCALAR]
 * CHECK: :[[@LINE+21]]:34: error: strlen( ) argument #1 is incompatible with prototype:
 * CHECK: :[[@LINE+21]]:27: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+21]]:27: error: operator -> must be applied to a pointer [D_OP_PTR]
 * CHECK: :[[@LINE+21]]:27: error: cannot apply stringof to a value of type aggregation [D_STRINGOF_TYPE]
 * CHECK: :[[@LINE+21]]:15: error: failed to resolve @nosuch: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+21]]:9: error: operands have incompatible types: "scalar" = "aggregating function" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+21]]:13: error: operands have incompatible types: "aggregating function" + "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+21]]:13: error: operator - requires an operand of arithmetic type [D_OP_ARITH]
 * CHECK: :[[@LINE+21]]:13: error: operator ! requires an operand of scalar type [D_OP_SCALAR]
 * CHECK: :[[@LINE+21]]:9: error: operands have incompatible types: "scalar" = "aggregating function" [D_OP_INCOMPAT]
 */
BEGIN { @a = count(); x = @a; }
BEGIN { @a = count(); x = @a + 1; }
BEGIN { @a = count(); x = -@a; }
BEGIN { @a = count(); x = !@a; }
BEGIN { @a = count(); x = (int)@a; }
BEGIN { @a = count(); x = sizeof (@a); }
BEGIN { @a = count(); y[@a] = 1; }
BEGIN { @a = count(); trace(@a); }
BEGIN { @a = count(); printf("%d", @a); }
BEGIN { @a = count(); x = @a ? 1 : 2; }
BEGIN { @a = count(); x = strlen(@a); }
BEGIN { @a = count(); x = *@a; }
BEGIN { @a = count(); x = @a->a; }
BEGIN { @a = count(); x = stringof(@a); }
BEGIN { trace(@nosuch); }
BEGIN { x = count(); }
BEGIN { x = sum(1) + 1; }
BEGIN { x = -quantize(1); }
BEGIN { x = !count(); }
BEGIN { self->x = sum(1); y[1] = trace(1); }
