/*
 * trace() of an aggregation: DTrace's D_TRACE_DYN; &@a: D_ADDROF_VAR.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+9]]:8: error: cannot take address of dynamic variable [D_ADDROF_VAR]
 * CHECK: :[[@LINE+7]]:8: error: trace( ) may not be applied to a dynamic expression [D_TRACE_DYN]
 * CHECK: :[[@LINE+8]]:8: error: trace( ) may not be applied to a dynamic expression [D_TRACE_DYN]
 */
BEGIN
{
	@a = count();
	@b[1] = count();
	trace(@a);
	trace(&@a);
	trace(@b[1]);
}
