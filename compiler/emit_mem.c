/*
 * emit_mem.c: calls of alloca(), bcopy(), copyin(), copyinto(), copyout()
 * and copyoutstr() (checked by sema_mem.c) as the macros of
 * runtime/dtc_mem.bpf.h.  DTrace evaluates a subroutine's arguments left to
 * right (test/unittest/funcs/bcopy/tst.bcopy_arg_order), so each goes to a
 * temporary first; C leaves the order of macro arguments unspecified.
 */
#include <string.h>

#include "emit.h"

/*
 * A string argument as its address.  DTrace's string is a pointer: a cast to
 * string or stringof() of a pointer is that pointer, not a copy, so bcopy()
 * reads from it and, where it is alloca-derived, writes into it
 * (dt_cg_subr_bcopy_impl() takes the cast's register).  dtc's string
 * conversion copies into a temporary, so such arguments skip it.
 */
static void str_addr(struct ectx *ec, struct node *a, struct strbuf *sb)
{
	struct node *in = a->kind == N_CAST ? a->b : a->kind == N_STRINGOF ? a->a : NULL;

	if (in && in->type && in->type->kind != TY_STRING) {
		emit_expr(ec, in, sb);
		return;
	}
	if (in && in->type && in->type->kind == TY_STRING) {
		str_addr(ec, in, sb);
		return;
	}
	if (a->kind == N_COND && (a->b->kind == N_CAST || a->b->kind == N_STRINGOF ||
				  a->c->kind == N_CAST || a->c->kind == N_STRINGOF)) {
		sb_puts(sb, "((");
		emit_expr_reg(ec, a->a, sb);
		sb_puts(sb, ") ? (__u64)(");
		str_addr(ec, a->b, sb);
		sb_puts(sb, ") : (__u64)(");
		str_addr(ec, a->c, sb);
		sb_puts(sb, "))");
		return;
	}
	emit_str(ec, a, sb);
}

/* __u64 _mK = (argument K); for each argument, strings as their address. */
static void args_in_order(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct node *a;
	int i = 1;

	for (a = n->a; a; a = a->next, i++) {
		sb_printf(sb, "__u64 _m%d = (__u64)(", i);
		if (a->type && a->type->kind == TY_STRING)
			str_addr(ec, a, sb);
		else
			emit_expr(ec, a, sb);
		sb_puts(sb, "); ");
	}
}

int emit_mem_call(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	const char *f = n->str;

	if (!strcmp(f, "alloca")) {
		sb_puts(sb, "DT_ALLOCA(c, ");
		emit_expr(ec, n->a, sb);
		sb_puts(sb, ")");
		return 1;
	}
	if (strcmp(f, "bcopy") && strcmp(f, "copyin") && strcmp(f, "copyinto") &&
	    strcmp(f, "copyout") && strcmp(f, "copyoutstr"))
		return 0;
	sb_puts(sb, "({ ");
	args_in_order(ec, n, sb);
	if (!strcmp(f, "bcopy"))
		sb_printf(sb, "DT_ACOPY(c, _m2, _m3, _m1, %s); 0; })",
			  sema_mem_ptr_is_alloca(n->a) ? "DT_ACOPY_ALLOCA" : "DT_ACOPY_KERNEL");
	else if (!strcmp(f, "copyinto"))
		sb_puts(sb, "DT_ACOPY(c, _m3, _m2, _m1, DT_ACOPY_USER); 0; })");
	else if (!strcmp(f, "copyin"))
		sb_puts(sb, "DT_COPYIN(c, _m1, _m2); })");
	else if (!strcmp(f, "copyout"))
		sb_puts(sb, "DT_COPYOUT(c, _m1, _m2, _m3); 0; })");
	else
		sb_puts(sb, "DT_COPYOUTSTR(c, _m1, _m2, _m3); 0; })");
	return 1;
}
