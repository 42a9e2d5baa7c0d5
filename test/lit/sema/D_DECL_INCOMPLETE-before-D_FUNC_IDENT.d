/*
 * DTrace declares types as it parses, so an error in a declaration comes
 * before a D_FUNC_IDENT in a later clause (dt_node_func() raises that one
 * when the call is parsed): dtc reports the declaration's first.
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s
 * CHECK: D_DECL_INCOMPLETE-before-D_FUNC_IDENT.d:[[@LINE+4]]:15: error: {{.*}}[D_DECL_INCOMPLETE]
 * CHECK: error: function designator is not of function type [D_FUNC_IDENT]
 */
struct outer {
	struct inner in;
	int x;
};
BEGIN { trace((1)(2)); }
