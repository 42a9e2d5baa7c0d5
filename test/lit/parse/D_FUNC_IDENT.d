/*
 * A call's callee must be a function name (DTrace's dt_node_func()); once a
 * null name reached sema and dtc crashed (issue 14, item 1).
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_FUNC_IDENT.d:[[@LINE+4]]:10: error: function designator is not of function type [D_FUNC_IDENT]
 * CHECK: D_FUNC_IDENT.d:[[@LINE+5]]:2: error: function designator is not of function type [D_FUNC_IDENT]
 * CHECK: D_FUNC_IDENT.d:[[@LINE+5]]:7: error: function designator is not of function type [D_FUNC_IDENT]
 */
BEGIN { (1)(2); }
BEGIN {
	x[1]();
	@a = count()();
}
