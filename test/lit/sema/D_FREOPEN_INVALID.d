/*
 * freopen() is printf()-like: its literal path cannot be "." or ".."
 * (D_FREOPEN_INVALID), it takes at least the format string, a string
 * constant (D_PRINTF_ARG_FMT);
 * ftruncate() takes no argument.  Format errors name freopen().
 * RUN: not %dtc -S -o - --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:17: error: freopen( ) argument #1 cannot be "." [D_FREOPEN_INVALID]
 * CHECK: :[[@LINE+10]]:17: error: freopen( ) argument #1 cannot be ".." [D_FREOPEN_INVALID]
 * CHECK: :[[@LINE+10]]:9: error: freopen( ) prototype mismatch: 0 args passed, at least 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+10]]:9: error: freopen( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: string constant
 * CHECK: :[[@LINE+9]]:9: error: ftruncate( ) prototype mismatch: 1 arg passed, 0 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+9]]:28: error: freopen( ) argument #2 is incompatible with conversion #1 prototype:
 */
#pragma D option destructive

BEGIN { freopen("."); }
BEGIN { freopen(".."); }
BEGIN { freopen(); }
BEGIN { freopen(1); }
BEGIN { ftruncate(1); }
BEGIN { freopen("/tmp/%d", "x"); }
