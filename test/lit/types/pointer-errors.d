/*
 * Pointer and member operators on the wrong operand types: DTrace's tags
 * and messages.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * offsetof() is checked as the grammar reduces it (dt_node_offsetof()),
 * before the clause is cooked: its errors come first.
 * CHECK: pointer-errors.d:[[@LINE+15]]:8: error: offsetof operand must be a struct or union type [D_OFFSETOF_TYPE]
 * CHECK: pointer-errors.d:[[@LINE+15]]:8: error: cannot take offset of a bit-field: b [D_OFFSETOF_BITFIELD]
 * CHECK: pointer-errors.d:[[@LINE+9]]:8: error: operator -> must be applied to a pointer [D_OP_PTR]
 * CHECK: pointer-errors.d:[[@LINE+9]]:8: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: pointer-errors.d:[[@LINE+9]]:8: error: cannot dereference pointer to void [D_DEREF_VOID]
 * CHECK: pointer-errors.d:[[@LINE+9]]:8: error: operator . cannot be applied to type "int64_t"; must be applied to a struct or union [D_OP_SOU]
 * CHECK: pointer-errors.d:[[@LINE+11]]:8: error: cannot apply sizeof to a bit-field [D_SIZEOF_BITFIELD]
 */
struct bf { int a; int b : 3; };
BEGIN
{
	trace(arg0->pid);
	trace(*arg0);
	trace(*(void *)arg0);
	trace(arg0.pid);
	trace(offsetof(int, x));
	trace(offsetof(struct bf, b));
	trace(sizeof(((struct bf *)arg0)->b));
}
