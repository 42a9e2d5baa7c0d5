/*
 * Declaration errors with DTrace's tags: duplicate members and
 * enumerators, storage classes D has no use for, a second translator for
 * the same types, a translator member the output type lacks.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: decl-errors.d:[[@LINE+10]]:25: error: failed to define member 'x': Duplicate member or variable name. [D_UNKNOWN]
 * CHECK: decl-errors.d:[[@LINE+10]]:16: error: failed to define enumerator 'A': Duplicate member or variable name. [D_UNKNOWN]
 * CHECK: decl-errors.d:[[@LINE+10]]:1: error: specified storage class not appropriate in D [D_DECL_BADCLASS]
 * CHECK: decl-errors.d:[[@LINE+14]]:1: error: translator from struct task_struct * to struct out has already been declared [D_XLATE_REDECL]
 * CHECK: decl-errors.d:[[@LINE+17]]:2: error: translator member nosuch is not a member of struct out [D_XLATE_MEMB]
 * CHECK: decl-errors.d:[[@LINE+20]]:8: error: invalid cast expression: "pointer to translated data" to "uintptr_t" [D_CAST_INVAL]
 * CHECK: decl-errors.d:[[@LINE+21]]:8: error: cannot take address of dynamic variable [D_ADDROF_VAR]
 * CHECK: decl-errors.d:[[@LINE+21]]:8: error: operands have incompatible types: "void *" + "int" [D_OP_INCOMPAT]
 * CHECK: decl-errors.d:[[@LINE+18]]:8: error: trace( ) may not be applied to a dynamic expression [D_TRACE_DYN]
 */
struct dup { int x; int x; };
enum e { A, B, A };
register r;
struct out { int pid; };
translator struct out < struct task_struct *t > {
	pid = t->pid;
};
translator struct out < struct task_struct *t > {
	pid = t->tgid;
};
translator struct out < int i > {
	nosuch = i;
};
BEGIN
{
	trace((uintptr_t)xlate <struct out *> (curthread));
	trace(xlate <struct out *> (curthread));
	trace(&pid);
	trace((void *)arg0 + 1);
}
