/*
 * long and long long need an integer or floating-point base type (DTrace's
 * dt_decl_check()); long double is a type, long string is D_DECL_LONGINT.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:1: error: invalid type declaration: long and long long may only be used with integer or floating-point type [D_DECL_LONGINT]
 * CHECK: :[[@LINE+4]]:1: error: invalid type declaration: long and long long may only be used with integer or floating-point type [D_DECL_LONGINT]
 * CHECK: :[[@LINE+4]]:1: error: invalid type declaration: long and long long may only be used with integer or floating-point type [D_DECL_LONGINT]
 */
long string a;
long long uint64_t b;
enum e { E0 } long c;
long long int d;
BEGIN { exit(0); }
