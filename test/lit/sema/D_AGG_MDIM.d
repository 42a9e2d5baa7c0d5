/*
 * An aggregation indexed twice: dt_node_op2()'s D_AGG_MDIM message.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:2: error: improper attempt to reference @a as a multi-dimensional array [D_AGG_MDIM]
 */
BEGIN
{
	@a[1][2] = count();
}
