/*
 * args[] is typed by the probe of the clause it is in (dt_idcook_args()):
 * in an inline's definition or a declaration there is none, D_ARGS_NONE,
 * after the prototype checks (D_PROTO_LEN, D_PROTO_ARG).  An inline whose
 * definition failed is not reported again where it is used.
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_ARGS_NONE.d:[[@LINE+6]]:18: error: args[ ] may not be referenced outside of a probe clause [D_ARGS_NONE]
 * CHECK: D_ARGS_NONE.d:[[@LINE+6]]:18: error: args[ ] prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: D_ARGS_NONE.d:[[@LINE+6]]:7: error: args[ ] may not be referenced outside of a probe clause [D_ARGS_NONE]
 * CHECK: D_ARGS_NONE.d:[[@LINE+5]]:7: error: positive integral constant expression or tuple signature expected as array declaration subscript [D_DECL_ARRSUB]
 * CHECK: D_ARGS_NONE.d:[[@LINE+7]]:20: error: failed to resolve nosuch: Unknown variable name [D_IDENT_UNDEF]
 */
inline int foo = args[0];
inline int bar = args[0, 1];
int x[args[1]];
BEGIN
{
	trace(foo + bar + nosuch);
}
