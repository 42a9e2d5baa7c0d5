/*
 * trace( )'s prototype "void(@)" takes an expression of any type, and code
 * generation refuses a void one (Oracle dt_cg.c dt_cg_act_trace()).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:8: error: trace( ) may not be applied to a void expression [D_TRACE_VOID]
 * CHECK: :[[@LINE+4]]:8: error: trace( ) may not be applied to a void expression [D_TRACE_VOID]
 */
BEGIN {
	trace((void)0);
	trace(bcopy("a", alloca(1), 1));
}
