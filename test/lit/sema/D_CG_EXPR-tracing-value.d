/*
 * A tracing function's value (stack(), ustack(), jstack(), sym(), func(),
 * mod(), usym(), ufunc(), umod(), uaddr(): DTrace's typedefs of void
 * stack, _symaddr, _usymaddr) is recorded only by the statement itself or
 * as an aggregation key.  Anywhere else the types are checked as usual
 * (_symaddr == int and _symaddr + 1 are D_OP_INCOMPAT), and where
 * they pass, generating the value's code fails: dt_cg_call_subr()'s
 * D_CG_EXPR, for trace(), printf(), an assignment to any variable, a
 * comparison of two of them, a predicate.  DTrace cooks a whole clause
 * before it generates its code, so another error of the clause comes
 * first; one clause's D_CG_EXPR comes before a later clause's errors.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+16]]:15: error: tracing function sym( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+16]]:15: error: tracing function stack( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+16]]:22: error: tracing function ufunc( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+16]]:13: error: tracing function mod( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+16]]:19: error: tracing function uaddr( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+16]]:19: error: tracing function jstack( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+16]]:15: error: tracing function func( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+16]]:8: error: tracing function umod( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+16]]:42: error: failed to resolve nosuch: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+16]]:48: error: tracing function stack( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+16]]:43: error: tracing function ustack( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+16]]:51: error: tracing function usym( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+16]]:15: error: operands have incompatible types: "_symaddr" + "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+16]]:15: error: operands have incompatible types: "_usymaddr" == "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+16]]:15: error: invalid cast expression: "_symaddr" to "long" [D_CAST_INVAL]
 */
BEGIN { trace(sym(arg0)); }
BEGIN { trace(stack()); }
BEGIN { printf("%A", ufunc(arg0)); }
BEGIN { x = mod(arg0); }
BEGIN { this->y = uaddr(arg0); }
BEGIN { self->z = jstack(); }
BEGIN { trace(func(arg0) == func(arg1)); }
BEGIN /umod(arg0) == umod(arg1)/ { }
BEGIN { trace(ustack()); trace(1); trace(nosuch); }
BEGIN { @[stack(), sym(arg0)] = count(); trace(stack()); }
BEGIN { sym(arg0); ustack(); printf("%d", ustack(2) == stack()); }
BEGIN { @u[usym(arg0)] = count(); printf("%A %d", usym(arg0), $target); }
BEGIN { trace(sym(arg0) + 1); }
BEGIN { trace(usym(arg0) == 0); }
BEGIN { trace((long)sym(arg0)); }
