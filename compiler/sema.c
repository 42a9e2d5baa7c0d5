/*
 * sema.c: semantic analysis, the driver.  Walks the parsed program once, in
 * source order (D types a variable by its first assignment, so order
 * matters): collects options, decides which probe families each clause
 * needs, then checks each clause's predicate and statements (sema_expr.c,
 * sema_call.c).
 *
 * Results: node->type / node->sym / node->id on the AST, and struct
 * sema_state (sema.h) for the emitter.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "../runtime/dt_opt.h"
#include "agg.h"
#include "sema.h"

/* ---- probe descriptions ---------------------------------------------- */

/* An empty description field matches anything (dt_pdesc.c). */
static int field_match(const char *pat, const char *s)
{
	return dt_pdesc_gmatch(s, pat);
}

int sema_field_match(const char *pat, const char *s)
{
	return field_match(pat, s);
}

/* A description's fields by name (dt_pdesc.c splits it); -1 if malformed. */
int sema_pdesc_fields(const char *desc, struct pdesc_fields *pf)
{
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];
	int n = dt_pdesc_split(desc, f);

	memcpy(pf->inst, f[DT_PD_INST], DT_PDESC_LEN);
	memcpy(pf->prov, f[DT_PD_PROV], DT_PDESC_LEN);
	memcpy(pf->mod, f[DT_PD_MOD], DT_PDESC_LEN);
	memcpy(pf->func, f[DT_PD_FUNC], DT_PDESC_LEN);
	memcpy(pf->name, f[DT_PD_NAME], DT_PDESC_LEN);
	return n;
}

static struct prog *prog_get(struct dtc *dx, int family, const char *param)
{
	struct prog *p;
	for (p = st(dx)->progs; p; p = p->next)
		if (p->family == family && !strcmp(p->param, param))
			return p;
	p = arena_alloc(dx, sizeof(*p));
	p->id = st(dx)->nprogs++;
	p->family = family;
	p->param = arena_strdup(dx, param);
	*st(dx)->progs_tail = p;
	st(dx)->progs_tail = &p->next;
	return p;
}

/*
 * Clause `clause` fires in the program of (family, param): each of its
 * descriptions that reaches the program is a statement of its own there
 * (DTrace's dt_compile_one_clause()), counted in ndesc.
 */
void sema_prog_add_clause(struct dtc *dx, int family, const char *param, int clause)
{
	struct prog *p = prog_get(dx, family, param);
	int d = st(dx)->clauses[clause].cur_desc;

	if (p->nclauses && p->clauses[p->nclauses - 1] == clause) {
		int i = p->nclauses - 1;

		if (p->last_desc[i] != d) {
			p->last_desc[i] = d;
			p->ndesc[i]++;
		}
		return;
	}
	if (p->nclauses == p->maxclauses) {
		/* no limit on the clauses of one probe (DTrace has none) */
		int n = p->maxclauses ? 2 * p->maxclauses : 16;
		int **v[] = { &p->clauses, &p->ndesc,     &p->desc0,
			       &p->maxdup,  &p->last_desc, &p->dsc_off };

		for (size_t k = 0; k < sizeof(v) / sizeof(v[0]); k++) {
			int *c = arena_alloc(dx, sizeof(int) * (size_t)n);

			if (p->nclauses)
				memcpy(c, *v[k], sizeof(int) * (size_t)p->nclauses);
			*v[k] = c;
		}
		p->maxclauses = n;
	}
	p->ndesc[p->nclauses] = 1;
	p->desc0[p->nclauses] = d;
	p->last_desc[p->nclauses] = d;
	p->maxdup[p->nclauses] = 1;
	p->clauses[p->nclauses++] = clause;
}

/*
 * An integer constant DTrace folds at parse time because the macro
 * arguments in it are integer constants there (dt_lex.l substitutes $1,
 * $target; dt_node_op1()/op2() fold): *macros counts them.  dtc sets them
 * at load time.
 */
static int macro_const(const struct node *n, int *macros)
{
	switch (n->kind) {
	case N_INT:
		return 1;
	case N_MACRO:
		(*macros)++;
		return n->str[1] != '$' && strcmp(n->str, "$0") != 0; /* $$1, $0: strings */
	case N_UNARY:
		return n->op != OP_DEREF && n->op != OP_ADDR && macro_const(n->a, macros);
	case N_BINARY:
		return macro_const(n->a, macros) && macro_const(n->b, macros);
	default:
		return 0;
	}
}

/*
 * The statement c ? f() : g() with actions f and g and a condition made of
 * macro arguments ($1 ? printf(...) : printf(...), the DTraceToolkit's
 * cpuwalk.d): DTrace's dt_node_op3() makes it the chosen operand before
 * dt_cook_op3() could refuse the actions (D_OP_ACT), the condition being an
 * integer constant.  dtc knows the arguments at load time only: the
 * statement becomes if (c) f(); else g();, which runs the same action.
 */
static int cond_action_stmt(struct dtc *dx, struct node *s)
{
	struct node *c = s->a, *then, *els;
	int macros = 0;

	if (c->kind != N_COND || !macro_const(c->a, &macros) || !macros ||
	    (!builtin_is(c->b, BI_ACT) && !builtin_is(c->c, BI_ACT)))
		return 0;
	then = node_new(dx, N_EXPR_STMT, c->b->loc);
	then->a = c->b;
	els = node_new(dx, N_EXPR_STMT, c->c->loc);
	els->a = c->c;
	s->kind = N_IF;
	s->a = c->a;
	s->b = then;
	s->c = els;
	return 1;
}

static void check_stmt(struct dtc *dx, struct cctx *cc, struct node *s)
{
	struct dtype *t;

	for (; s; s = s->next) {
		int mark = cc->ci->ntmp;

		if (s->kind == N_EXPR_STMT)
			cond_action_stmt(dx, s); /* then checked as N_IF */
		switch (s->kind) {
		case N_EXPR_STMT:
			if (s->a->kind == N_AGG ||
			    (s->a->kind == N_INDEX && s->a->a->kind == N_AGG)) {
				/* @a; and @a[k];: dt_node_statement() keeps the
				 * aggregation itself as the statement, which
				 * dt_cg_agg() finds with no function, once cooked:
				 * "@a;" before any "@a = f()" fails to resolve */
				if (!sema_agg_misuse(dx, cc, s->a))
					break;
				diag_error(dx, s->a->loc, "D_AGG_NULL", "expression has null effect: @%s",
					   s->a->kind == N_AGG ? s->a->str : s->a->a->str);
				break;
			}
			if (sema_stack_stmt(dx, cc, s->a)) /* sym(x); and kin */
				break;
			check_expr(dx, cc, s->a);
			/* a statement's string temporaries are dead once it has run
			 * (variables hold copies), so the next one reuses them */
			cc->ci->ntmp = mark;
			break;
		case N_EMPTY:
			break;
		case N_BLOCK:
			check_stmt(dx, cc, s->a);
			break;
		case N_IF:
			t = check_expr(dx, cc, s->a);
			cc->ci->ntmp = mark; /* tested before either branch runs */
			if (t && !type_is_scalar(t) && t->kind != TY_STRING) {
				diag_error(dx, s->a->loc, "D_COND_TYPE",
					   "if-condition must be of scalar type");
			}
			check_stmt(dx, cc, s->b);
			if (s->c)
				check_stmt(dx, cc, s->c);
			break;
		default:
			diag_error(dx, s->loc, "D_SYNTAX", "unexpected statement");
		}
	}
}

/* Whether an expression assigns a variable (=, op=, ++, --). */
static int assigns(const struct node *n)
{
	for (; n; n = n->next) {
		if (n->kind == N_ASSIGN || n->kind == N_INCDEC)
			return 1;
		if (assigns(n->a) || assigns(n->b) || assigns(n->c) || assigns(n->d) || assigns(n->e))
			return 1;
	}
	return 0;
}

/*
 * dt_cook_clause() checks the cooked predicate's type at the clause's own
 * line, where the parser built the clause node: its closing '}'.
 */
static void check_pred(struct dtc *dx, struct cctx *cc, struct node *cl)
{
	struct loc end = cl->loc;
	struct dtype *t;

	if (!cl->b)
		return;
	if (end.len > 0) {
		end.off += end.len - 1;
		end.len = 1;
	}
	/* an aggregation is of the dynamic type, no scalar (one never
	 * assigned fails to resolve first: sema_agg_misuse()) */
	cc->in_pred = 1;
	t = check_expr(dx, cc, cl->b);
	cc->in_pred = 0;
	if (t && !type_is_scalar(t))
		diag_error(dx, end, "D_PRED_SCALAR", "predicate result must be of scalar type");
}

/* dt_cook_clause() labels what it cooks (yylabel()): dtrace -n's messages
 * say "in predicate: " or "in action list: " (util.c diag_dtrace()). */
static void check_pred_in(struct dtc *dx, struct cctx *cc, struct node *cl)
{
	dx->diag_region = "predicate";
	check_pred(dx, cc, cl);
	dx->diag_region = NULL;
}

static void check_body_in(struct dtc *dx, struct cctx *cc, struct node *cl)
{
	dx->diag_region = "action list";
	check_stmt(dx, cc, cl->c);
	dx->diag_region = NULL;
}

/*
 * The first $N or $$N past the macro arguments given, as the lexer scanned
 * it (lex_note_macro()): dt_lex.l raises D_MACRO_UNDEF there, before any
 * clause is cooked, when the parser has come that far.
 */
static void check_macros_scanned(struct dtc *dx, struct node *unused)
{
	(void)unused;
	const struct node *first = dx->macro_undef;
	const char *d;

	/* scanned before the syntax error, which may be at the macro itself */
	if (!first || (dx->presyntax && (first->loc.file > dx->parse_err.file ||
					 (first->loc.file == dx->parse_err.file &&
					  first->loc.off > dx->parse_err.off))))
		return;
	d = first->str + 1 + (first->str[1] == '$');
	if (!isdigit((unsigned char)*d)) { /* a macro variable (lexer.l) */
		diag_error(dx, first->loc, "D_MACRO_UNDEF", "macro variable %s is not defined",
			   first->str);
		return;
	}
	if (sema_option(dx, "defaultargs"))
		return;
	st(dx)->macro_said = 1 + (int)strtol(d, NULL, 10);
	diag_error(dx, first->loc, "D_MACRO_UNDEF", "macro argument %s is not defined",
		   first->str);
}

/* Whether an expression mentions $target (checked before the clause body). */
static int mentions_target(const struct node *n)
{
	for (; n; n = n->next) {
		if (n->kind == N_MACRO && n->str && !strcmp(n->str, "$target"))
			return 1;
		if (mentions_target(n->a) || mentions_target(n->b) || mentions_target(n->c) ||
		    mentions_target(n->d) || mentions_target(n->e))
			return 1;
	}
	return 0;
}

/* The tags on which dt_cook_clause() cooks a clause again, predicate first. */
static int undef_tag(const char *tag)
{
	return tag && (!strcmp(tag, "D_IDENT_UNDEF") || !strcmp(tag, "D_VAR_UNDEF"));
}

static void check_clause(struct dtc *dx, struct node *cl, int id)
{
	struct sema_state *ss = st(dx);
	struct clause_info *ci = &ss->clauses[id];
	struct cctx cc = { .ci = ci };
	struct diag_hold later = { 0 };
	struct node *pd;
	int nerrors = dx->nerrors;

	if (cl->a)
		cc.cg_line = cl->a->loc; /* dt_compile_one_clause(): yylineno */
	ci->n = cl;
	ci->id = id;
	cl->id = id;
	dx->cg_defer = 1; /* util.c diag_cg_flush() */
	ci->stmt0 = id ? ss->clauses[id - 1].stmt0 + ss->clauses[id - 1].cur_desc : 0;
	/*
	 * dt_compile_one_clause() runs once per description: the context
	 * (dt_setcontext(): pid probes, matching) of the first, the clause
	 * cooked and generated, then the next description's context.  So a
	 * later description's errors wait for the clause's own (said below).
	 */
	for (pd = cl->a, ci->cur_desc = 0; pd; pd = pd->next, ci->cur_desc++) {
		if (pd == cl->a->next)
			diag_hold_begin(dx, &later);
		if (!(pd->flags & NF_PARSED_BAD)) /* said as it was parsed */
			prov_check_pdesc(dx, pd, id); /* prov.c */
	}
	if (cl->a && cl->a->next)
		diag_hold_end(dx, &later);
	sema_attr_clause(dx, ci); /* stability attributes: sema_attr.c */
	if (!cl->c)
		ci->records = 1; /* the default action: trace the probe */
	sema_spec_clause(dx, cl->c); /* what may follow speculate() ...: sema_spec.c */
	/*
	 * DTrace cooks the action list before the predicate (dt_cook_clause()),
	 * so a predicate may test a variable the clause's body declares by
	 * assigning it: /!done/ { ...; done = 1; }.  A predicate that assigns
	 * (/i++ < 10/ { @ = count(i); }) declares for the body, so it goes first.
	 */
	if (cl->b && mentions_target(cl->b))
		ss->target_used = 1; /* printf's %A checks in the body depend on it */
	if (cl->b) {
		/*
		 * And when the action list fails on an undefined identifier
		 * (D_IDENT_UNDEF, D_VAR_UNDEF), dt_cook_clause() cooks again,
		 * the predicate first: its errors come first then.  Each part's
		 * diagnostics wait, and are said in that order.
		 */
		int pfirst = assigns(cl->b);
		struct diag_hold h1, h2, *p, *b;

		diag_hold_begin(dx, &h1);
		pfirst ? check_pred_in(dx, &cc, cl) : check_body_in(dx, &cc, cl);
		diag_hold_end(dx, &h1);
		diag_hold_begin(dx, &h2);
		pfirst ? check_body_in(dx, &cc, cl) : check_pred_in(dx, &cc, cl);
		diag_hold_end(dx, &h2);
		p = pfirst ? &h1 : &h2;
		b = pfirst ? &h2 : &h1;
		if (b->nerrs && !undef_tag(b->tag)) {
			diag_hold_say(dx, b, 1);
			diag_hold_say(dx, p, !dx->dtrace_diags);
		} else {
			diag_hold_say(dx, p, 1);
			diag_hold_say(dx, b, !(dx->dtrace_diags && p->nerrs));
		}
	} else {
		check_body_in(dx, &cc, cl);
	}
	sema_stack_cg_check(dx, &cc, cl, nerrors); /* code generation's D_CG_EXPR */
	sema_mem_clause_end(dx, &cc);                /* and D_ALLOCA_INCOMPAT */
	diag_cg_flush(dx);
	sema_attr_clause_end(dx, ci);
	ci->cook_errs = dx->nerrors - nerrors;
	if (cl->a && cl->a->next)
		diag_hold_say(dx, &later, !(dx->dtrace_diags && dx->nerrors > nerrors));
}

/* A provider the program defines (for its USDT probes) named name. */
static int provider_defined(struct dtc *dx, const char *name)
{
	for (struct node *it = dx->program->a; it; it = it->next)
		if (it->kind == N_PROVIDER && it->str && !strcmp(it->str, name))
			return 1;
	return 0;
}

/*
 * "#pragma D attributes" and "binding" name a global identifier, defined
 * before or after them: one that names none by the end of the program is
 * D_PRAGMA_UNUSED (DTrace's dt_cc.c).
 */
static void check_pragmas_unused(struct dtc *dx)
{
	struct node *it;

	for (it = dx->program ? dx->program->a : NULL; it; it = it->next) {
		char word[64], name[128];
		int64_t v;
		struct dtype *t;

		if (dtc_is_dlib_item(dx, it) ||
		    !pragma_ident(it, word, sizeof(word), name, sizeof(name)))
			continue;
		/* the D library's inlines are defined before the program, as
		 * the built-in identifiers are (pragma.c checks those) */
		if (sema_types_is_dlib_inline(dx, name)) {
			diag_error(dx, it->loc, "D_PRAGMA_SCOPE",
				   "#pragma %s cannot modify entity defined outside program scope",
				   word);
			continue;
		}
		if (sema_types_is_inline(dx, name) || sym_find(dx, name) ||
		    builtin_var_find(name) || builtin_is_func(name) ||
		    types_enum_const(dx, name, &v, &t) || provider_defined(dx, name))
			continue;
		diag_error(dx, it->loc, "D_PRAGMA_UNUSED", "unused #pragma %s", word);
	}
}

/*
 * DTrace's D_EMPTY: a program with no clause, inline, translator or
 * provider is an error unless -x empty (dt_compile(): pcb_root's list is
 * empty, and dt_node_decl() adds nothing to it, so declarations alone are
 * empty too); reported at the end of the script, where the parser stopped,
 * after the declarations' own errors.
 */
static void check_empty(struct dtc *dx)
{
	struct loc loc = { -1, 0, 0 };
	struct node *it;
	int f;

	for (it = dx->program ? dx->program->a : NULL; it; it = it->next)
		if (it->kind != N_PRAGMA && it->kind != N_DECL && !dtc_is_dlib_item(dx, it))
			return;
	if (sema_option(dx, "empty"))
		return;
	for (f = 0; f < dx->nfiles; f++)
		if (!dtc_is_dlib_file(dx, f)) {
			loc.file = f;
			loc.off = (int)dx->files[f].len;
		}
	diag_error(dx, loc, "D_EMPTY", "empty D program translation unit");
}

/*
 * One-step mode (dtrun -s/-n: --pdesc-at-load) leaves a description no
 * provider serves to dtrun, which says D_PDESC_ZERO once the object is
 * loaded.  But DTrace matches a clause's descriptions before it cooks the
 * clause (dt_compile_one_clause(): dt_setcontext() first), and stops there:
 * no error of that clause or a later one shows.  So while no error has been
 * said, each clause's diagnostics wait; when there is one and a description
 * no provider serves (NF_NOPROV) came first, its D_PDESC_ZERO is said
 * instead.  -Z (zdefs) lets such a description be.
 */
struct pdesc_first {
	FILE *out, *mem;
	char *text;
	size_t len;
	struct node *dead; /* the first description no provider serves, or NULL */
};

static void pdesc_first_begin(struct dtc *dx, struct pdesc_first *pf)
{
	pf->mem = NULL;
	if (!dx->pdesc_at_load || !dx->dtrace_diags || dx->nerrors || sema_option(dx, "zdefs"))
		return;
	pf->out = dx->diag_out;
	pf->mem = open_memstream(&pf->text, &pf->len);
	if (pf->mem)
		dx->diag_out = pf->mem;
}

/* After clause cl (NULL: the checks after the clauses). */
static void pdesc_first_end(struct dtc *dx, struct pdesc_first *pf, const struct node *cl)
{
	struct pdesc_fields f;

	if (!pf->mem)
		return;
	fclose(pf->mem);
	dx->diag_out = pf->out;
	/* a later description's context after the clause's own errors */
	for (struct node *pd = cl ? cl->a : NULL; pd && !pf->dead; pd = pd->next)
		if ((pd->flags & NF_NOPROV) && (pd == cl->a || !st(dx)->clauses[cl->id].cook_errs))
			pf->dead = pd;
	if (pf->dead && dx->nerrors) {
		dx->nerrors = 0;
		sema_pdesc_fields(pf->dead->str, &f);
		diag_error(dx, pf->dead->loc, "D_PDESC_ZERO",
			   "probe description %s:%s:%s:%s does not match any probes", f.prov,
			   f.mod, f.func, f.name);
	} else if (pf->len) {
		fwrite(pf->text, 1, pf->len, dx->diag_out);
		fflush(dx->diag_out);
	}
	free(pf->text);
	pf->text = NULL;
}

/*
 * What DTrace checks as it scans (each #pragma, the first $N past the
 * arguments) comes in its turn among what it checks as it reduces
 * (declarations, inlines, translators): "char x; int x; #pragma D option
 * nosuch" is D_DECL_IDRED, "BEGIN { trace($1); } #pragma D option nosuch"
 * D_MACRO_UNDEF.  dtc checks the scanned ones first (their options act on
 * the whole program) and holds what they say until the item after them.
 */
struct held {
	struct loc loc;
	struct diag_hold h;
	struct held *next;
};

static void held_add(struct dtc *dx, struct held **list, struct loc loc,
		     void (*check)(struct dtc *, struct node *), struct node *n)
{
	struct held *e = arena_alloc(dx, sizeof(*e)), **pp = list;

	e->loc = loc;
	diag_hold_begin(dx, &e->h);
	check(dx, n);
	diag_hold_end(dx, &e->h);
	if (!e->h.len && !e->h.nerrs) {
		free(e->h.text); /* open_memstream()'s, even when empty */
		return;
	}
	while (*pp && ((*pp)->loc.file < loc.file ||
		       ((*pp)->loc.file == loc.file && (*pp)->loc.off <= loc.off)))
		pp = &(*pp)->next;
	e->next = *pp;
	*pp = e;
}

/* Says what was held from before loc (all of it: NULL), in order. */
static void held_say(struct dtc *dx, struct held **list, const struct loc *loc)
{
	while (*list && (!loc || (*list)->loc.file < loc->file ||
			 ((*list)->loc.file == loc->file && (*list)->loc.off < loc->off))) {
		diag_hold_say(dx, &(*list)->h, !(dx->nerrors && dx->dtrace_diags));
		*list = (*list)->next;
	}
}

/*
 * A clause's parse-time checks (sema_parse.c), in their turn too: what was
 * scanned before the expression in error was reduced comes first ("$$1(0)"
 * with no arguments is D_MACRO_UNDEF, not the call's D_FUNC_IDENT).
 */
static int held_parse_clause(struct dtc *dx, struct held **list, struct node *cl)
{
	struct diag_hold h;
	struct loc end;
	int bad;

	diag_hold_begin(dx, &h);
	bad = sema_parse_clause(dx, cl);
	diag_hold_end(dx, &h);
	if (h.nerrs && h.tag) {
		end = h.loc;
		end.off += end.len > 0 ? end.len : 1;
		held_say(dx, list, &end);
	}
	diag_hold_say(dx, &h, !(dx->nerrors && dx->dtrace_diags));
	return bad;
}

/*
 * dt_cc.c's check after each program parses, before its clauses compile
 * (dt_compile(): after the pragmas, before D_EMPTY and the clauses): the
 * last macro argument must be referenced unless -x argref (only the last:
 * "a b" with only $2 used is fine).  Each program (input) on its own, as
 * dtrace compiles them one by one: here the programs from *done up to
 * UPTO; the first that fails is said, and no later one.
 */
static void check_args_unused(struct dtc *dx, int *done, int upto)
{
	int last, f = *done;

	if (upto > dx->nfiles)
		upto = dx->nfiles;
	if (f >= upto)
		return;
	*done = upto;
	if (dx->macro_bound <= 1 || dx->unused_at_load || sema_option(dx, "argref"))
		return;
	last = (dx->macro_bound - 1) & (DT_MAX_MACROS - 1);
	while (f < upto && (dx->files[f].macro_ref >> last & 1))
		f++;
	if (f < upto) {
		diag_file(dx, f, "D_MACRO_UNUSED", "extraneous argument '%s' ($%d is not referenced)",
			  dx->macro_argv[last], last);
		*done = dx->nfiles;
	}
}

int sema_check(struct dtc *dx)
{
	struct sema_state *ss = arena_alloc(dx, sizeof(*ss));
	struct pdesc_first pf = { 0 };
	struct node *it;
	struct held *held = NULL;
	int nclauses = 0, id = 0, udone = dx->ndlib_files; /* check_args_unused() */

	dx->sema = ss;
	ss->acts_tail = &ss->acts;
	ss->progs_tail = &ss->progs;
	ss->strsize = 264; /* strsize characters and a NUL, in 8-byte units */
	ss->strmax = 256;
	types_init(dx);

	if (!dx->program)
		return 0;
	for (it = dx->program->a; it; it = it->next) {
		if (it->kind == N_PRAGMA) /* pragma.c; said in its turn */
			held_add(dx, &held, it->loc, pragma_check, it);
		if (it->kind == N_CLAUSE)
			nclauses++;
	}
	if (dx->macro_undef)
		held_add(dx, &held, dx->macro_undef->loc, check_macros_scanned, NULL);
	if (sema_option(dx, "strsize")) {
		/* checked when set (sema_set_option); as in DTrace, a string keeps
		 * strsize characters and its NUL */
		int64_t n = sema_option_num(dx, "strsize", 256);

		/* DTrace takes any strsize up to UINT_MAX (dt_opt_strsize()) and
		 * fails as it creates its per-CPU 'mem' map, which holds its
		 * string temporaries ("could not enable tracing: failed to
		 * create BPF map 'mem': Too big", dt_bpf.c create_gmap()):
		 * dtc's are strsize + 1 bytes each in dtc_tmp, whose value is
		 * at most the kernel's per-CPU unit (32 KB) */
		if (n > DT_MAX_STRSIZE) {
			/* dtrun says so once the probes matched, after a too
			 * small aggsize (dt_bpf_gmap_create()'s order) */
			if (!dx->dtrace_diags)
				diag_enable(dx, "could not enable tracing: failed to create BPF "
						"map 'dtc_tmp': Too big");
			ss->strbig = n;
			n = DT_MAX_STRSIZE;
		}
		ss->strsize = (int)((n + 1 + 7) & ~7L);
		ss->strmax = (int)n;
	}
	types_register_items(dx);
	ss->clauses = arena_alloc(dx, sizeof(*ss->clauses) * (nclauses + 1));
	ss->nclauses = nclauses;
	/*
	 * DTrace declares as it parses (dt_grammar.y: dt_node_decl(),
	 * dt_node_inline(), dt_node_xlator(), dt_node_provider()) and compiles
	 * the clauses after the parse (dt_compile()): a clause may use a
	 * variable, inline or type declared below it.  So the declarations
	 * first, in source order, then the clauses.
	 */
	for (it = dx->program->a; it; it = it->next) {
		held_say(dx, &held, &it->loc);
		/* the programs before this one were parsed whole */
		if (!dtc_is_dlib_item(dx, it) && it->loc.file > udone)
			check_args_unused(dx, &udone, it->loc.file);
		switch (it->kind) {
		case N_CLAUSE: /* what DTrace checks as it parses: sema_parse.c */
			if (!dtc_is_dlib_item(dx, it) && held_parse_clause(dx, &held, it))
				it->flags |= NF_PARSED_BAD;
			break;
		case N_DECL:
			if (dtc_is_dlib_item(dx, it))
				break; /* D library: resolved when used (sema_decl.c) */
			if (types_declare_decl(dx, it))
				sema_declare_vars(dx, it); /* variables: sema_var.c */
			break;
		case N_INLINE:
			if (!dtc_is_dlib_item(dx, it))
				sema_types_inline(dx, it);
			break;
		case N_TRANSLATOR:
			if (!dtc_is_dlib_item(dx, it))
				sema_types_translator(dx, it);
			break;
		case N_PROVIDER:
			prov_usdt_define(dx, it); /* sema_usdt.c */
			break;
		default:
			break;
		}
	}
	held_say(dx, &held, NULL);
	if (!dx->presyntax && !dx->nerrors) {
		for (it = dx->program->a; it; it = it->next)
			if (it->kind == N_CLAUSE && !dtc_is_dlib_item(dx, it))
				break;
		if (!it) /* no clause: the arguments, then D_EMPTY */
			check_args_unused(dx, &udone, dx->nfiles);
		if (!dx->nerrors)
			check_empty(dx);
	}
	/* presyntax: the programs before the one that fails to parse were
	 * compiled whole (dtrace compiles each -n/-s in its turn) */
	for (it = dx->program->a; it; it = it->next)
		if (it->kind == N_CLAUSE &&
		    (!dx->presyntax || it->loc.file < dx->parse_err.file)) {
			if (!dtc_is_dlib_item(dx, it))
				check_args_unused(dx, &udone, it->loc.file + 1);
			pdesc_first_begin(dx, &pf);
			check_clause(dx, it, id++);
			sema_types_check_clause(dx, it); /* sema_types.c */
			pdesc_first_end(dx, &pf, it);
		}
	if (dx->presyntax) {
		/* the programs compiled before the one that fails to parse */
		check_args_unused(dx, &udone, dx->parse_err.file);
		return dx->nerrors ? -1 : 0;
	}
	pdesc_first_begin(dx, &pf);
	check_pragmas_unused(dx);
	sema_types_deferred(dx); /* after every clause, as DTrace's code generator */
	sema_var_limits(dx);     /* sema_var.c */
	pdesc_first_end(dx, &pf, NULL);
	/*
	 * Macro arguments given to dtc: the checks dtrace makes.  A $N past
	 * the last argument is D_MACRO_UNDEF unless -x defaultargs; the last
	 * argument must be referenced unless -x argref (dt_cc.c checks only
	 * the last one: "a b" with only $2 used is fine).
	 */
	if (dx->macro_bound && !sema_option(dx, "defaultargs")) {
		for (int i = 1; i < DT_MAX_MACROS; i++)
			if (ss->macros_used[i] && i >= dx->macro_bound && i + 1 != ss->macro_said)
				diag_error(dx, ss->macro_loc[i], "D_MACRO_UNDEF",
					   "macro argument $%s%d is not defined",
					   ss->macros_used[i] & MAC_INT ? "" : "$", i);
	}
	check_args_unused(dx, &udone, dx->nfiles);
	/* pair indices: consecutive per program */
	{
		struct prog *p;
		int pair = 0;
		for (p = ss->progs; p; p = p->next) {
			p->pair0 = pair;
			pair += p->nclauses;
		}
		ss->npairs = pair;
	}
	return dx->nerrors ? -1 : 0;
}

/*
 * DTrace declares as it parses (dt_grammar.y calls dt_node_decl(),
 * dt_node_inline(), dt_node_xlator(), dt_node_provider() as each is
 * reduced, and the scanner runs each #pragma as it reads it): an error in a
 * declaration or pragma that precedes a syntax error is reported first, and
 * the parse stops there.  dtc parses whole, keeping the parse's own
 * diagnostics aside; when there are any, sema checks the items that end
 * before the first (no clause: DTrace compiles those after the parse), and
 * its errors come first.
 */
static int item_precedes(struct dtc *dx, const struct node *it, struct loc err)
{
	if (dtc_is_dlib_item(dx, it) || it->loc.file < err.file)
		return 1;
	if (it->flags & NF_CUT) /* its clause's "expected predicate" is at its descriptions */
		return it->loc.file == err.file;
	if (it->kind == N_CLAUSE) /* begun before: what of it was parsed is checked */
		return it->loc.file == err.file && it->loc.off < err.off;
	return it->loc.file == err.file && it->loc.off + (it->loc.len > 0 ? it->loc.len : 0) <= err.off;
}

void sema_parse_all(struct dtc *dx)
{
	struct diag_hold h;
	int nerrors;

	diag_hold_begin(dx, &h);
	for (int i = 0; i < dx->nfiles; i++)
		parse_file(dx, i);
	diag_hold_end(dx, &h);
	if (h.nerrs && h.tag && dx->program) {
		struct node **pp = &dx->program->a, *rest;

		dx->parse_err = h.loc;
		while (*pp && item_precedes(dx, *pp, dx->parse_err))
			pp = &(*pp)->next;
		rest = *pp;
		*pp = NULL;
		if (dx->combo_item && item_precedes(dx, dx->combo_item, dx->parse_err)) {
			/* struct s { ... } int: the body is declared first */
			dx->combo_item->next = NULL;
			*pp = dx->combo_item;
		}
		nerrors = dx->nerrors;
		dx->presyntax = 1;
		sema_check(dx);
		if (dx->nerrors == nerrors)
			sema_parse_orphans(dx);
		dx->presyntax = 0;
		*pp = rest;
	}
	/* dtrace says the first error only */
	diag_hold_say(dx, &h, !(dx->nerrors && dx->dtrace_diags));
}
