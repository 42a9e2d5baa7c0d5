/*
 * A stack()/ustack()/jstack() argument of printf(), system() or freopen():
 * the format check takes it as a stack (%k's pfcheck_stack(), and another
 * conversion names the argument's type, stack), then DTrace generates the
 * argument's code, which a tracing function has not: D_CG_EXPR, as
 * dt_cg_call_subr() words it.
 * RUN: not %dtc -w -S -o - --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+8]]:22: error: tracing function stack( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+8]]:28: error: tracing function ustack( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+8]]:22: error: tracing function jstack( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+8]]:22: error: printf( ) argument #2 is incompatible with conversion #1 prototype:
 * CHECK-NEXT: conversion: %d
 * CHECK-NEXT: prototype: char, short, int, long, or long long
 * CHECK-NEXT: argument: stack [D_PRINTF_ARG_TYPE]
 */
BEGIN { printf("%k", stack()); }
BEGIN { printf("%d %k", 1, ustack(3)); }
BEGIN { system("%k", jstack()); }
BEGIN { printf("%d", stack()); }
