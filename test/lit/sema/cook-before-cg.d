/*
 * libdtrace compiles a clause in two steps: it cooks the action list and
 * the predicate (types, identifiers, each call's arguments and then its
 * prototype: dt_cook_clause(), dt_ident_cook()), then generates their code,
 * where the actions' own checks are (dt_cg.c, and dt_printf.c's format
 * checks); it stops at the first error.  So a clause's cooking errors come
 * before its code generation's, which come in source order and before the
 * next clause's errors.  dtc reports them in that order (and goes on).
 * An aggregation assigned anything but an aggregating function is
 * D_AGG_FUNC once the right-hand side is cooked.  Every clause's first
 * error is the one Oracle's dtrace reports for it; @b = pid() is D_FUNC_IDKIND
 * as DTrace parses it, before any clause is cooked, so it comes first.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+31]]:14: error: scalar 'pid' may not be referenced as a function [D_FUNC_IDKIND]
 * CHECK: :[[@LINE+20]]:32: error: failed to resolve nosuch1: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+19]]:22: error: printf( ) argument #2 is incompatible with conversion #1 prototype:
 * CHECK: :[[@LINE+19]]:33: error: failed to resolve nosuch2: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+18]]:18: error: commit( ) may not follow data-recording action(s) [D_COMM_DREC]
 * CHECK: :[[@LINE+18]]:21: error: tracemem( ) argument #2 must be a non-zero positive integral constant expression [D_TRACEMEM_SIZE]
 * CHECK: :[[@LINE+18]]:13: error: failed to resolve nosuch6: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+18]]:42: error: failed to resolve nosuch3: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+17]]:34: error: lquantize( ) argument #3 must be a non-zero positive integer constant [D_LQUANT_STEPTYPE]
 * CHECK: :[[@LINE+17]]:29: error: predicate result must be of scalar type [D_PRED_SCALAR]
 * CHECK: :[[@LINE+16]]:21: error: printf( ) argument #2 is incompatible with conversion #1 prototype:
 * CHECK: :[[@LINE+16]]:21: error: failed to resolve nosuch4: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+16]]:19: error: failed to resolve nosuch5: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+16]]:14: error: speculation( ) prototype mismatch: 3 args passed, 0 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+16]]:21: error: strlen( ) argument #1 is incompatible with prototype:
 * CHECK: :[[@LINE+17]]:22: error: printf( ) argument #2 is incompatible with conversion #1 prototype:
 * CHECK: :[[@LINE+17]]:16: error: printa( ) argument #1 is incompatible with prototype:
 * CHECK: :[[@LINE+17]]:26: error: quantize( ) prototype mismatch: 3 args passed, at most 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+16]]:38: error: avg( ) argument #1 must be of scalar type [D_AGG_SCALAR]
 * CHECK: :[[@LINE+16]]:13: error: substr( ) prototype mismatch: 1 arg passed, at least 2 expected [D_PROTO_LEN]
 */
BEGIN { printf("%d", "s"); x = nosuch1; }
BEGIN { exit(0); commit(1); x = nosuch2; }
BEGIN { tracemem(1, 0); }
BEGIN { x = nosuch6; }
BEGIN { @a = lquantize(1, 0, 10, 0); x = nosuch3; }
BEGIN /printf("%d", "s")/ { }
BEGIN { x = strtok(&nosuch4); }
BEGIN { copyinstr(nosuch5); }
BEGIN { @b = speculation(1, 2, 3); }
BEGIN { @b = strlen(1); }
BEGIN { @b = pid(); }
BEGIN { printf("%d", stack()); }
BEGIN { printa(123); avg(1); }
BEGIN { @q = quantize(1, 2, 3); @r = avg("s"); }
BEGIN { x = substr(1 + "a"); }
