/*
 * An aggregation keeps the function of its first definition.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+5]]:7: error: aggregation redefined: @a
 */
BEGIN
{
	@a = count();
	@a = sum(1);
}
