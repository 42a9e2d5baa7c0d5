/*
 * DTrace's dt_node_func(): calling a global identifier that is not a
 * function is D_FUNC_IDKIND, naming its kind; a name that is no identifier
 * is D_FUNC_UNDEF; an aggregating function in an expression is of the
 * dynamic type, which = refuses (D_OP_INCOMPAT, dt_cook_op2()), and a
 * non-aggregating one assigned to an aggregation D_AGG_FUNC.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:9: error: scalar 'pid' may not be referenced as a function [D_FUNC_IDKIND]
 * CHECK: :[[@LINE+11]]:9: error: associative array 'args' may not be referenced as a function [D_FUNC_IDKIND]
 * CHECK: :[[@LINE+11]]:9: error: pointer 'self' may not be referenced as a function [D_FUNC_IDKIND]
 * CHECK: :[[@LINE+11]]:9: error: scalar 'g' may not be referenced as a function [D_FUNC_IDKIND]
 * CHECK: :[[@LINE+11]]:19: error: associative array 'a' may not be referenced as a function [D_FUNC_IDKIND]
 * CHECK: :[[@LINE+11]]:9: error: undefined function name: nosuch [D_FUNC_UNDEF]
 * CHECK: :[[@LINE+13]]:14: error: undefined function name: nosuch [D_FUNC_UNDEF]
 * CHECK: :[[@LINE+10]]:9: error: operands have incompatible types: "scalar" = "aggregating function" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+10]]:14: error: @a must be assigned the result of an aggregating function [D_AGG_FUNC]
 */
int g; int a[int];
BEGIN { pid(1); }
BEGIN { args(1); }
BEGIN { self(1); }
BEGIN { g(1); }
BEGIN { a[1] = 1; a(1); }
BEGIN { nosuch(1); }
BEGIN { x = count(); }
BEGIN { @a = strlen("x"); }
BEGIN { @b = nosuch(); }
