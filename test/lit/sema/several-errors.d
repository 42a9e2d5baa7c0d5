/*
 * One run reports every independent error.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s
 * CHECK: :[[@LINE+4]]:15: error: failed to resolve a: Unknown variable name
 * CHECK: :[[@LINE+4]]:15: error: failed to resolve b: Unknown variable name
 * CHECK: :[[@LINE+4]]:9: error: undefined function name: f [D_FUNC_UNDEF]
 */
BEGIN { trace(a); }
BEGIN { trace(b); }
BEGIN { f(1); }
