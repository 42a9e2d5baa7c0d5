/*
 * One run reports every independent error (an undefined function first:
 * DTrace finds it as it parses, before any clause is cooked).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s
 * CHECK: :[[@LINE+6]]:9: error: undefined function name: f [D_FUNC_UNDEF]
 * CHECK: :[[@LINE+3]]:15: error: failed to resolve a: Unknown variable name
 * CHECK: :[[@LINE+3]]:15: error: failed to resolve b: Unknown variable name
 */
BEGIN { trace(a); }
BEGIN { trace(b); }
BEGIN { f(1); }
