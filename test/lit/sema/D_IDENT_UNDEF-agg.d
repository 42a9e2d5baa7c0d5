/*
 * An aggregation action naming an aggregation that no earlier statement
 * assigns fails to resolve it: the parser cooks @a as an identifier
 * (dt_xcook_ident()) before dt_cg.c's "undefined aggregation" check could
 * see it, so the error is D_IDENT_UNDEF "failed to resolve @a: Unknown
 * variable name", for printa(), clear(), trunc(), normalize() and
 * denormalize() alike (checked against Oracle's dtrace).  Clauses are
 * compiled in order, so an aggregation assigned only in a later clause is
 * undefined here too.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+14]]:9: error: failed to resolve @a: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+14]]:8: error: failed to resolve @b: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+14]]:8: error: failed to resolve @c: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+14]]:12: error: failed to resolve @d: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+14]]:14: error: failed to resolve @e: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+14]]:22: error: failed to resolve @g: Unknown variable name [D_IDENT_UNDEF]
 */
BEGIN
{
	@f = count();
}

BEGIN
{
	printa(@a);
	clear(@b);
	trunc(@c, 2);
	normalize(@d, 2);
	denormalize(@e);
	printa("%@d\n", @f, @g);
}

tick-1s
{
	@a = count(); @b = count(); @c = count(); @d = count(); @e = count();
	@g = count();
}
