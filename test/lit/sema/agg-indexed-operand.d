/*
 * @a[keys] outside an aggregation's assignment is the aggregation @a
 * itself (dt_node_op2()'s "[": dn_aggtup kept, uncooked; @a declared if
 * no statement assigns it yet): of the dynamic type, which each operator
 * refuses with its own error, and an aggregation for printa( ), clear( ),
 * trunc( ), normalize( ), whose code generation finds one never assigned
 * undefined (D_*_AGGBAD).  Indexed twice it is D_AGG_MDIM.  dtc said
 * D_AGG_NULL ('@a[ ] must be assigned ...') or D_*_AGGARG.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+18]]:2: error: operands have incompatible types: "int" = "aggregation" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:6: error: operands have incompatible types: "aggregation" + "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+18]]:2: error: operator ++ requires operand of scalar type [D_OP_SCALAR]
 * CHECK: :[[@LINE+18]]:6: error: operator - requires an operand of arithmetic type [D_OP_ARITH]
 * CHECK: :[[@LINE+18]]:9: error: improper attempt to reference @a as a multi-dimensional array [D_AGG_MDIM]
 * CHECK: :[[@LINE+18]]:9: error: undefined aggregation: @b [D_PRINTA_AGGBAD]
 * CHECK: :[[@LINE+18]]:8: error: undefined aggregation: @b [D_CLEAR_AGGBAD]
 * CHECK: :[[@LINE+18]]:8: error: undefined aggregation: @b [D_TRUNC_AGGBAD]
 * CHECK: :[[@LINE+18]]:12: error: undefined aggregation: @b [D_NORMALIZE_AGGBAD]
 */
int x;

BEGIN
{
	@a[1] = count();
	printa(@a["not an int key"]);
	printa("%d %@d\n", @a[nosuchvar]);
	clear(@a[1, 2]);
	x = @a[1];
	x = @a[1] + 1;
	@a[1]++;
	x = -@b[1];
	printa(@a[1][2]);
	printa(@b[1]);
	clear(@b[1]);
	trunc(@b[1]);
	normalize(@b[1], 2);
}
