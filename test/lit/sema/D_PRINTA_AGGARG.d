/*
 * Aggregation actions take aggregations; aggregating functions only feed them.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:9: error: printa( ) argument #1 is incompatible with prototype:
 * CHECK: :[[@LINE+10]]:2: error: printa( ) prototype mismatch: 1 args passed, 2 expected [D_PRINTA_PROTO]
 * CHECK: :[[@LINE+10]]:2: error: aggregating function avg( ) may not be called from a D expression (D program context required) [D_CG_EXPR]
 * CHECK: :[[@LINE+10]]:12: error: normalize( ) argument #1 is incompatible with prototype:
 * CHECK: :[[@LINE+10]]:12: error: trunc( ) argument #2 is incompatible with prototype:
 * CHECK: :[[@LINE+10]]:8: error: aggregation @a may only be used as an argument of an aggregation action [D_OP_INCOMPAT]
 */
BEGIN
{
	@a = count();
	printa(123);
	printa("%d");
	avg(1);
	normalize(count(), 4);
	trunc(@a, @a);
	trace(@a + 3);
}
