/*
 * A function or associative-array parameter may be register, no other
 * storage class (DTrace's dt_decl_pop_param()).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+3]]:14: error: inappropriate storage class for function or associative array parameter [D_DECL_PARMCLASS]
 * CHECK: :[[@LINE+3]]:7: error: inappropriate storage class for function or associative array parameter [D_DECL_PARMCLASS]
 */
extern int f(static int a);
int a[extern int];
extern int g(register int a);
BEGIN { exit(0); }
