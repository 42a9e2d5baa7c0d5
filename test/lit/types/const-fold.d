/*
 * A constant division by zero is a compile-time error, as in DTrace's
 * dt_node_op2(); the rules of the folded values: const-fold-raw64.d.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: const-fold.d:[[@LINE+5]]:8: error: expression contains division by zero [D_DIV_ZERO]
 * CHECK: const-fold.d:[[@LINE+5]]:8: error: expression contains division by zero [D_DIV_ZERO]
 */
BEGIN
{
	trace(1 / (2 - 2));
	trace(5 % 0);
}
