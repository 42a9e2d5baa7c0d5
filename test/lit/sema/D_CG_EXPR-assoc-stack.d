/*
 * An associative array key of a tracing function's value, stack() or
 * sym() and kin: DTrace's dt_idcook_assc() lets it through, as
 * dt_node_is_void() is false for its stack and _symaddr typedefs of void,
 * then generating the key's code fails (dt_cg_arglist() records only an
 * aggregation's such keys): D_CG_EXPR, for global and thread-local arrays.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:11: error: tracing function stack( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+4]]:14: error: tracing function ustack( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+4]]:17: error: tracing function usym( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 */
BEGIN { a[stack()] = 1; }
BEGIN { b[1, ustack()] = 1; }
BEGIN { self->c[usym(arg0)] = 1; }
