/*
 * An aggregation action's argument that is no aggregation is named by its
 * cooked type (dt_node_type_name()): stack(), ustack() and jstack() are of
 * type stack, sym() mod() func() of _symaddr, usym() umod() uaddr() ufunc()
 * of _usymaddr, an aggregating function is the dynamic "aggregating
 * function", an action void, a subroutine its return type (checked against
 * Oracle's dtrace; dtc said int for every call).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+21]]:9: error: printa( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: aggregation
 * CHECK-NEXT: argument: stack [D_PRINTA_AGGARG]
 * CHECK: :[[@LINE+19]]:8: error: clear( ) argument #1 is incompatible with prototype:
 * CHECK: argument: _symaddr [D_CLEAR_AGGARG]
 * CHECK: :[[@LINE+18]]:8: error: trunc( ) argument #1 is incompatible with prototype:
 * CHECK: argument: stack [D_TRUNC_AGGARG]
 * CHECK: :[[@LINE+17]]:12: error: normalize( ) argument #1 is incompatible with prototype:
 * CHECK: argument: _usymaddr [D_NORMALIZE_AGGARG]
 * CHECK: :[[@LINE+16]]:9: error: printa( ) argument #1 is incompatible with prototype:
 * CHECK: argument: aggregating function [D_PRINTA_AGGARG]
 * CHECK: :[[@LINE+15]]:14: error: denormalize( ) argument #1 is incompatible with prototype:
 * CHECK: argument: size_t [D_NORMALIZE_AGGARG]
 * CHECK: :[[@LINE+14]]:9: error: printa( ) argument #1 is incompatible with prototype:
 * CHECK: argument: void [D_PRINTA_AGGARG]
 * CHECK: :[[@LINE+13]]:15: error: printa( ) argument #2 is incompatible with prototype:
 * CHECK: argument: stack [D_PRINTA_AGGARG]
 */
BEGIN
{
	@a = count();
	printa(stack());
	clear(sym(0));
	trunc(ustack());
	normalize(uaddr(0), 2);
	printa(count());
	denormalize(strlen("a"));
	printa(trace(1));
	printa("%d", jstack());
}

/*
 * A stack() whose own arguments are bad is of type stack all the same (dtc
 * goes on to its own error; dtrace stops at the first).
 * CHECK: :[[@LINE+6]]:9: error: printa( ) argument #1 is incompatible with prototype:
 * CHECK: argument: stack [D_PRINTA_AGGARG]
 * CHECK: :[[@LINE+4]]:15: error: stack( ) argument #1 must be a non-zero positive integer constant [D_STACK_SIZE]
 */
END
{
	printa(stack(-1));
}
