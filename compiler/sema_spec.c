/*
 * sema_spec.c: speculations: speculation(), speculate(id), commit(id),
 * discard(id), and DTrace's rules on what may follow what in a clause
 * (Oracle dt_cg.c dt_cg_clsflags(): D_SPEC_*, D_COMM_DREC, D_DREC_COMM,
 * D_AGG_SPEC, D_AGG_COMM, D_ACT_SPEC, D_EXIT_SPEC).  Runtime:
 * runtime/dt_spec.bpf.h; dtrun holds speculative records until commit() or
 * discard() (loader/spec.c).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "sema.h"

enum {
	SP_SPEC = 1,   /* speculate() seen in this clause */
	SP_COMM = 2,   /* commit() */
	SP_DREC = 4,   /* any other action: data-recording or destructive */
	SP_AGG = 8,    /* an aggregating action: @a[...] = f(...) */
};

static int is_call(const struct node *e, const char *name)
{
	return e && e->kind == N_CALL && e->str && strcmp(e->str, name) == 0;
}

static int is_agg_stmt(const struct node *e)
{
	const struct node *l;

	if (!e || e->kind != N_ASSIGN)
		return 0;
	l = e->a;
	return l && (l->kind == N_AGG || (l->kind == N_INDEX && l->a && l->a->kind == N_AGG));
}

/* destructive actions and copyout()/copyoutstr(): the table's BI_DESTRUCTIVE */
static int is_destructive(const struct node *e)
{
	return builtin_has(e, BI_DESTRUCTIVE);
}

/* an action: every row of the table's actions, or a destructive subroutine */
static int is_action(const struct node *e)
{
	const struct builtin *b;

	if (!e || e->kind != N_CALL)
		return 0;
	b = builtin_find(e->str);
	return b && (b->kind == BI_ACT || (b->flags & BI_DESTRUCTIVE));
}

/*
 * One statement of a clause, in order: dt_cg_clsflags()'s rules (libdtrace
 * dt_cg.c), checked for every action as it is compiled.  commit() may not
 * follow a data-recording or aggregating action; discard() restricts
 * nothing; speculate() may not follow speculate(), commit(), or a
 * data-recording or aggregating action; an aggregating action may not
 * follow commit() or speculate(); after speculate() no destructive action
 * and no exit(); after commit() no other action at all.  Every other action
 * counts as data-recording, destructive ones and copyout() included.
 * Returns 0, or -1 after an error.
 */
static int order_check(struct dtc *dx, int *st, struct node *e)
{
	if (is_call(e, "commit")) {
		if (*st & (SP_DREC | SP_AGG)) {
			diag_error(dx, e->loc, "D_COMM_DREC",
				   "commit( ) may not follow data-recording action(s)");
			return -1;
		}
		*st |= SP_COMM;
		return 0;
	}
	if (is_call(e, "discard"))
		return 0;
	if (is_call(e, "speculate")) {
		if (*st & SP_SPEC)
			diag_error(dx, e->loc, "D_SPEC_SPEC", "speculate( ) may not follow speculate( )");
		else if (*st & SP_COMM)
			diag_error(dx, e->loc, "D_SPEC_COMM", "speculate( ) may not follow commit( )");
		else if (*st & (SP_DREC | SP_AGG))
			diag_error(dx, e->loc, "D_SPEC_DREC",
				   "speculate( ) may not follow data-recording action(s)");
		else {
			*st |= SP_SPEC;
			return 0;
		}
		return -1;
	}
	if (is_agg_stmt(e)) {
		if (*st & SP_COMM)
			diag_error(dx, e->loc, "D_AGG_COMM",
				   "aggregating actions may not follow commit( )");
		else if (*st & SP_SPEC)
			diag_error(dx, e->loc, "D_AGG_SPEC",
				   "aggregating actions may not follow speculate( )");
		else {
			*st |= SP_AGG;
			return 0;
		}
		return -1;
	}
	if (!is_action(e))
		return 0;
	if (is_destructive(e) && !dx->nerrors && !dx->destructive_at_load &&
	    !sema_option(dx, "destructive")) {
		/*
		 * An object runs on hosts whose operators did not write it:
		 * dtc accepts a destructive action only with the build host's
		 * consent (-w, -x destructive or the pragma), and dtrun runs
		 * the object only with the run host's (dtrun -w).  In one-step
		 * mode dtrun decides at load, as dtrace does at enabling.
		 */
		diag_error(dx, e->loc, "D_ACT_DESTRUCTIVE",
			   "%s( ) is a destructive action: allow it with -w or "
			   "-x destructive (dtrun then runs the object only with -w)",
			   e->str ? e->str : "this");
		return -1;
	}
	if (*st & SP_SPEC) {
		if (is_destructive(e)) {
			diag_error(dx, e->loc, "D_ACT_SPEC",
				   "destructive actions may not follow speculate( )");
			return -1;
		}
		if (is_call(e, "exit")) {
			diag_error(dx, e->loc, "D_EXIT_SPEC", "exit( ) may not follow speculate( )");
			return -1;
		}
	}
	if (*st & SP_COMM) {
		diag_error(dx, e->loc, "D_DREC_COMM",
			   "data-recording actions may not follow commit( )");
		return -1;
	}
	*st |= SP_DREC;
	return 0;
}

static void order_walk(struct dtc *dx, int *st, struct node *s)
{
	for (; s; s = s->next) {
		if (s->kind == N_EXPR_STMT && s->a)
			order_check(dx, st, s->a);
		else if (s->kind == N_BLOCK)
			order_walk(dx, st, s->a);
		else if (s->kind == N_IF) {
			order_walk(dx, st, s->b);
			order_walk(dx, st, s->c);
		}
	}
}

/* Before a clause's statements are checked: the ordering rules. */
void sema_spec_clause(struct dtc *dx, struct node *body)
{
	int st = 0;

	order_walk(dx, &st, body);
}

/* speculation(), speculate(), commit(), discard(): 1 when n is one. */
int sema_spec_call(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype **type)
{
	int nargs = 0, want;
	struct node *a;
	struct dtype *t;

	if (!n->str)
		return 0;
	if (!strcmp(n->str, "speculation"))
		want = 0;
	else if (!strcmp(n->str, "speculate") || !strcmp(n->str, "commit") ||
		 !strcmp(n->str, "discard"))
		want = 1;
	else
		return 0;
	*type = NULL;
	for (a = n->a; a; a = a->next)
		nargs++;
	if (nargs != want) {
		diag_error(dx, n->loc, "D_PROTO_LEN", "%s( ) prototype mismatch: %d arg%s passed, "
			   "%d expected", n->str, nargs, nargs == 1 ? "" : "s", want);
		return 1;
	}
	if (want) {
		t = check_expr(dx, cc, n->a);
		if (!t)
			return 1;
		if (!type_is_int(t)) {
			diag_error(dx, n->a->loc, "D_PROTO_ARG",
				   "%s( ) argument #1 is incompatible with prototype:\n"
				   "\tprototype: int\n\t argument: %s", n->str, t->name);
			return 1;
		}
		if (n->str[0] == 's')
			cc->ci->records = 1; /* the speculative record, even when empty */
		*type = type_void(dx);
		return 1;
	}
	*type = type_int(dx, 4, 1);
	return 1;
}

/* The table's check hook (builtins.c). */
struct dtype *sema_spec_check(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *t = NULL;

	if (!sema_spec_call(dx, cc, n, &t))
		dtc_bug("%s( ) is not a speculation call", n->str);
	return t;
}
