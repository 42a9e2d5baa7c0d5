/*
 * An aggregation action naming an aggregation that no earlier statement
 * assigns is "undefined aggregation" with the action's own tag
 * (dt_cg.c: D_PRINTA_AGGBAD, D_CLEAR_AGGBAD, D_TRUNC_AGGBAD,
 * D_NORMALIZE_AGGBAD, at the action).  Clauses are compiled in order, so an
 * aggregation assigned only in a later clause is undefined here too.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:2: error: undefined aggregation: @a [D_PRINTA_AGGBAD]
 * CHECK: :[[@LINE+11]]:2: error: undefined aggregation: @b [D_CLEAR_AGGBAD]
 * CHECK: :[[@LINE+11]]:2: error: undefined aggregation: @c [D_TRUNC_AGGBAD]
 * CHECK: :[[@LINE+11]]:2: error: undefined aggregation: @d [D_NORMALIZE_AGGBAD]
 * CHECK: :[[@LINE+11]]:2: error: undefined aggregation: @e [D_NORMALIZE_AGGBAD]
 * CHECK: :[[@LINE+11]]:2: error: undefined aggregation: @f [D_PRINTA_AGGBAD]
 */
int x;

BEGIN
{
	printa(@a);
	clear(@b);
	trunc(@c, 2);
	normalize(@d, 2);
	denormalize(@e);
	printa("%@d\n", @f);
}

tick-1s
{
	@a = count(); @b = count(); @c = count(); @d = count(); @e = count();
	@f = count();
}
