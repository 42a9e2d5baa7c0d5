/*
 * signed and unsigned need an integer base type, checked as each
 * specifier arrives (DTrace's dt_decl_check()): a typedef name, string,
 * float, struct, union or enum with either is D_DECL_SIGNINT.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:1: error: invalid type declaration: signed and unsigned may only be used with integer type [D_DECL_SIGNINT]
 * CHECK: :[[@LINE+4]]:1: error: invalid type declaration: signed and unsigned may only be used with integer type [D_DECL_SIGNINT]
 * CHECK: :[[@LINE+4]]:1: error: invalid type declaration: signed and unsigned may only be used with integer type [D_DECL_SIGNINT]
 */
unsigned uint32_t a;
signed float b;
struct s { int x; } unsigned c;
unsigned long int d;
signed char e;
BEGIN { exit(0); }
