/*
 * @a[keys] = f(args) is cooked as dt_cook_op2() cooks it: the right-hand
 * side first (every argument, then their number and types against f's
 * prototype: dt_ident_cook()), then D_AGG_FUNC and D_AGG_REDEF, then the
 * aggregation with its keys (dt_cook_aggregation(): every key cooked, then
 * checked against the first signature, where void and dynamic keys are
 * incompatible, or as the first: D_KEY_TYPE).  Code generation checks
 * the rest (dt_cg_agg()): the value, lquantize()'s parameters and their
 * match with the first ones, the increment, and (dt_cg_agg_opt_incr())
 * nothing past it: D_PROTO_LEN at the increment, after the declaration,
 * so a later D_AGG_REDEF is the first error.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+20]]:21: error: failed to resolve y: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+20]]:30: error: aggregation redefined: @b
 * CHECK: previous: @b = sum( ) : line [[@LINE+19]] [D_AGG_REDEF]
 * CHECK: :[[@LINE+19]]:17: error: @c must be assigned the result of an aggregating function [D_AGG_FUNC]
 * CHECK: :[[@LINE+19]]:17: error: count( ) prototype mismatch: 1 arg passed, 0 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+19]]:49: error: aggregation redefined: @e
 * CHECK: previous: @e = lquantize( ) : line [[@LINE+18]] [D_AGG_REDEF]
 * CHECK: :[[@LINE+17]]:37: error: lquantize( ) prototype mismatch: 6 args passed, at most 5 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+17]]:14: error: lquantize( ) increment value (argument #5) must be of scalar type [D_PROTO_ARG]
 * CHECK: :[[@LINE+17]]:43: error: lquantize( ) limit (argument #2) doesn't match previous declaration: expected 10, found 20 [D_LQUANT_MATCHLIM]
 * CHECK: :[[@LINE+17]]:25: error: @h[ ] key #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: int
 * CHECK-NEXT: key: void [D_PROTO_ARG]
 * CHECK: :[[@LINE+15]]:21: error: failed to resolve x: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+15]]:15: error: failed to resolve @k: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+15]]:39: error: @l[ ] key #1 is incompatible with prototype:
 * CHECK: key: aggregation [D_PROTO_ARG]
 * CHECK: :[[@LINE+14]]:26: error: quantize( ) prototype mismatch: 3 args passed, at most 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+13]]:50: error: quantize( ) prototype mismatch: 3 args passed, at most 2 expected [D_PROTO_LEN]
 */
BEGIN { @a[x] = sum(y); }
BEGIN { @b = sum(1); @b[x] = max(1); }
BEGIN { @c[x] = 1; }
BEGIN { @d[x] = count(1); }
BEGIN { @e = lquantize(1, 0, 10, 1, 1, 2); @e = sum(1); }
BEGIN { @f = lquantize(1, 0, 10, 1, "a", 2); }
BEGIN { @g = lquantize(1, 0, 10, 1); @g = lquantize(1, 0, 20, 1, "a"); }
BEGIN { @h[1] = sum(1); @h[(void)0] = sum(1); }
BEGIN { @i[(void)0, x] = sum(1); }
BEGIN { @j[1, @k] = sum(1); }
BEGIN { @l[1] = sum(1); @m = count(); @l[@m] = sum(1); }
BEGIN { @n = quantize(1, 1, 2); @n = quantize(1, 1, 2); }
