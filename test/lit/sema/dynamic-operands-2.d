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
 * (Second half: aggregating functions, void and tracing values.)
 * Every line's first error is the one Oracle's dtrace reports for it.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+21]]:13: error: invalid cast expression: "aggregating function" to "int" [D_CAST_INVAL]
 * CHECK: :[[@LINE+21]]:13: error: cannot apply sizeof to an operand of unknown size [D_SIZEOF_TYPE]
 * CHECK: :[[@LINE+21]]:11: error: aggregating function expression may not be used as associative array index: key #1 [D_KEY_TYPE]
 * CHECK: :[[@LINE+21]]:12: error: aggregating function expression may not be used as aggregation index: key #1 [D_KEY_TYPE]
 * CHECK: :[[@LINE+21]]:15: error: trace( ) may not be applied to a dynamic expression [D_TRACE_DYN]
 * CHECK: :[[@LINE+21]]:22: error: printf( ) argument #2 is incompatible with conversion #1 prototype:
 * CHECK: :[[@LINE+21]]:13: error: operator ?: expression must be of scalar type [D_OP_SCALAR]
 * CHECK: :[[@LINE+21]]:20: error: strlen( ) argument #1 is incompatible with prototype:
 * CHECK: :[[@LINE+21]]:13: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+21]]:13: error: cannot take address of dynamic variable [D_ADDROF_VAR]
 * CHECK: :[[@LINE+21]]:13: error: cannot apply stringof to a value of type aggregating function [D_STRINGOF_TYPE]
 * CHECK: :[[@LINE+21]]:19: error: predicate result must be of scalar type [D_PRED_SCALAR]
 * CHECK: :[[@LINE+21]]:13: error: count( ) prototype mismatch: 1 arg passed, 0 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+21]]:13: error: sum( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+21]]:13: error: lquantize( ) prototype mismatch: 2 args passed, at least 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+21]]:9: error: aggregating function avg( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+21]]:9: error: operands have incompatible types: "void" = "void" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+21]]:13: error: operands have incompatible types: "void" + "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+21]]:13: error: operands have incompatible types: "stack" + "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+21]]:13: error: operands have incompatible types: "_symaddr" + "int" [D_OP_INCOMPAT]
 */
BEGIN { x = (int)count(); }
BEGIN { x = sizeof (count()); }
BEGIN { y[count()] = 1; }
BEGIN { @b[count()] = count(); }
BEGIN { trace(count()); }
BEGIN { printf("%d", count()); }
BEGIN { x = count() ? 1 : 2; }
BEGIN { x = strlen(count()); }
BEGIN { x = *count(); }
BEGIN { x = &count(); }
BEGIN { x = stringof(count()); }
BEGIN /count()/ { }
BEGIN { x = count(1); }
BEGIN { x = sum(); }
BEGIN { x = lquantize(1, 2); }
BEGIN { avg(1); }
BEGIN { x = trace(1); }
BEGIN { x = printf("x") + 1; }
BEGIN { x = stack() + 1; }
BEGIN { x = func(0) + 1; }
