/*
 * Aggregation keys: not an aggregation, same types as the first definition.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+6]]:4: error: @ key #1 is of an invalid type: aggregation [D_KEY_TYPE]
 * CHECK: :[[@LINE+7]]:2: error: @b[ ] key #1 is incompatible with prototype:
 */
BEGIN
{
	@a = count();
	@[@a] = count();
	@b[1] = count();
	@b["x"] = count();
}
