/*
 * copyinstr()'s prototype is string(uintptr_t, [size_t]): no pointer
 * passes as either (dt_node_is_argcompat()).  setopt()'s is void(const
 * char *, [const char *]): a char * takes the constant 0, the empty string
 * then (dt_node_is_ptrcompat()).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:18: error: copyinstr( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: uintptr_t
 * CHECK-NEXT: argument: char * [D_PROTO_ARG]
 * CHECK: :[[@LINE+9]]:24: error: copyinstr( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: size_t
 * CHECK-NEXT: argument: struct task_struct * [D_PROTO_ARG]
 */
char *cp;

BEGIN
{
	trace(copyinstr(cp));
	trace(copyinstr(arg0, curthread));
	setopt(0, "abc");
	setopt("quiet", 0);
}
