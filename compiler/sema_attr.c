/*
 * sema_attr.c: stability attributes (the Dynamic Tracing Guide's "Stability"
 * chapter; libdtrace dt_parser.c, dt_cc.c, dt_probe.c).
 *
 * Every expression has name/data/class attributes: a constant or a variable
 * of the program's is Stable/Stable/Common, a built-in identifier has its
 * dt_open.c attributes (builtins.c builtin_attr()), probeprov ... probename
 * and args[] those of the clause's provider, a kernel symbol or type
 * Private/Private/Unknown, an inline those a "#pragma D attributes" gives it
 * (else its value's), and any other expression the minimum of its parts'.
 * check_expr() computes them as it checks each node (sema_attr_expr()); a
 * clause's description attributes come from its probe descriptions (as
 * dt_probe_info() does), its statement attributes are the minimum of its
 * actions' and predicate's.  With -x amin (or #pragma D option amin), the
 * first node below it is DTrace's D_ATTR_MIN (dt_node_attr_assign()); the
 * clause's own check comes before its statements'.  The emitter records each
 * clause's attributes for dtrun -v's report ("cattr", dtc_abi.h).
 */
#include <stdio.h>
#include <string.h>

#include "../runtime/dt_attr.h"
#include "sema.h"

#define ATTR_SET (1 << 24)

static int has_glob(const char *s)
{
	return strpbrk(s, "*?[\\") != NULL;
}

/* The node's attributes; Stable/Stable/Common when none were computed (a
 * part checked other than by check_expr(), as an assignment's target). */
static int attr_of(const struct node *n)
{
	return n && (n->attr & ATTR_SET) ? n->attr & ~ATTR_SET : DT_ATTR_DEF;
}

/* The attributes a #pragma D attributes gives name (the latest), or -1. */
static int pragma_attr(struct dtc *dx, const char *name)
{
	for (struct dpragma_id *p = dx->pragma_ids; p; p = p->next)
		if (!p->binding && !strcmp(p->name, name))
			return (int)p->value;
	return -1;
}

/* Provider prov's attributes, with the program's "#pragma D attributes A
 * provider prov part" applied; 0 when DTrace has no such provider. */
static int prov_pattr(struct dtc *dx, const char *prov, struct dt_pattr *out)
{
	const struct dt_pattr *pa = strchr(prov, '$') ? dt_pattr_find("pid")
						       : dt_pattr_find(prov);

	if (!pa)
		pa = dt_pattr_find("pid"); /* a USDT provider (dt_prov_uprobe.c) */
	*out = *pa;
	for (int part = 0; part < DT_PA_N; part++) {
		char key[160];
		int a;

		snprintf(key, sizeof(key), "provider %s %d", prov, part);
		if ((a = pragma_attr(dx, key)) >= 0)
			out->a[part] = a;
	}
	return 1;
}

/*
 * One probe description's attributes (dt_probe_info()) into *desc, and the
 * provider attributes its identifiers take (dt_setcontext()) into *pa.  A
 * description whose provider is empty or a glob is Unstable; one that
 * matches several probes while leaving empty (or globbing) a field whose
 * names are Evolving or better is Unstable throughout; else the minimum of
 * the provider's attributes and those of the fields it names.
 */
static void pdesc_attr(struct dtc *dx, const struct node *pd, int *desc, struct dt_pattr *pa)
{
	struct pdesc_fields f;
	const char *fields[3];
	int i;

	*pa = dt_pattr_unstable;
	*desc = DT_ATTR_UNSTABLE;
	if (sema_pdesc_fields(pd->str, &f) < 0)
		return;
	fields[0] = f.mod, fields[1] = f.func, fields[2] = f.name;
	if (!*f.prov || has_glob(f.prov)) {
		/* "BEGIN": the one probe is dtrace's, whose attributes its
		 * identifiers take; the description is still Unstable */
		if (!*f.mod && !*f.func &&
		    (!strcmp(f.name, "BEGIN") || !strcmp(f.name, "END") || !strcmp(f.name, "ERROR")))
			*pa = *dt_pattr_find("dtrace");
		return;
	}
	prov_pattr(dx, f.prov, pa);
	/* several probes (the name left open): dt_probe_info()'s EDT_UNSTABLE */
	if (!*f.name || has_glob(f.name))
		for (i = 0; i < 3; i++)
			if ((!*fields[i] || has_glob(fields[i])) &&
			    DT_ATTR_NAME(pa->a[DT_PA_MOD + i]) >= DT_STAB_EVOLVING) {
				*pa = dt_pattr_unstable;
				return;
			}
	*desc = pa->a[DT_PA_PROV];
	for (i = 0; i < 3; i++)
		if (*fields[i] && !has_glob(fields[i]))
			*desc = dt_attr_min(*desc, pa->a[DT_PA_MOD + i]);
}

/* D_ATTR_MIN, once per program, for node name what with attributes a. */
static void check_min(struct dtc *dx, struct loc loc, const char *what, int a)
{
	char buf[64];
	int amin;

	/* the D library's code is its identifiers' business (their pragmas) */
	if (dx->attr_reported || !sema_option(dx, "amin") || st(dx)->attr_quiet ||
	    dtc_is_dlib_file(dx, loc.file))
		return;
	amin = (int)sema_option_num(dx, "amin", DT_ATTR_MAX);
	if (!dt_attr_below(a, amin))
		return;
	dx->attr_reported = 1;
	diag_error(dx, loc, "D_ATTR_MIN", "attributes for %s (%s) are less than predefined minimum",
		   what, dt_attr_str(a, buf, sizeof(buf)));
}

/*
 * The clause's description attributes, and the provider attributes its
 * identifiers take: the minimum over its descriptions (DTrace compiles a
 * clause once per description, and a program's report takes the minimum).
 * Checked against amin before its statements, named "clause" at its '}'
 * (where the parser made DTrace's clause node).
 */
void sema_attr_clause(struct dtc *dx, struct clause_info *ci)
{
	struct loc end = ci->n->loc;
	int first = 1;

	ci->desc_attr = DT_ATTR_UNSTABLE;
	for (int i = 0; i < DT_PA_N; i++)
		ci->pattr[i] = DT_ATTR_UNSTABLE;
	for (struct node *pd = ci->n->a; pd; pd = pd->next) {
		struct dt_pattr pa;
		int d;

		pdesc_attr(dx, pd, &d, &pa);
		ci->desc_attr = first ? d : dt_attr_min(ci->desc_attr, d);
		for (int i = 0; i < DT_PA_N; i++)
			ci->pattr[i] = first ? pa.a[i] : dt_attr_min(ci->pattr[i], pa.a[i]);
		first = 0;
	}
	if (end.len > 0) {
		end.off += end.len - 1;
		end.len = 1;
	}
	check_min(dx, end, "clause", ci->desc_attr);
}

static int stmts_attr(const struct node *s)
{
	int a = DT_ATTR_DEF;

	for (; s; s = s->next) {
		switch (s->kind) {
		case N_EXPR_STMT:
			a = dt_attr_min(a, attr_of(s->a));
			break;
		case N_BLOCK:
			a = dt_attr_min(a, stmts_attr(s->a));
			break;
		case N_IF:
			a = dt_attr_min(a, attr_of(s->a));
			a = dt_attr_min(a, stmts_attr(s->b));
			a = dt_attr_min(a, stmts_attr(s->c));
			break;
		default:
			break;
		}
	}
	return a;
}

/* The clause's statement attributes: its actions' and predicate's minimum
 * (dt_cook_clause()). */
void sema_attr_clause_end(struct dtc *dx, struct clause_info *ci)
{
	(void)dx;
	ci->stmt_attr = stmts_attr(ci->n->c);
	if (ci->n->b)
		ci->stmt_attr = dt_attr_min(ci->stmt_attr, attr_of(ci->n->b));
}

/*
 * A node whose parts are not its attributes' (DTrace cooks the identifier,
 * not what dtc rewrites it to): an identifier (an inline's value, a kernel
 * symbol's read), args[N] or an inline array's element: their parts'
 * attributes are computed quietly.  And a member of a struct, whose
 * attributes are its struct's (dt_cook_op2()), also where dtc rewrites a
 * translated struct's member to its translator's expression (the D
 * library's code, not checked).  Notes in *pre what n was.
 */
void sema_attr_enter(struct dtc *dx, struct node *n, struct attr_pre *pre)
{
	memset(pre, 0, sizeof(*pre));
	if (n->kind == N_IDENT) {
		pre->ident = n->str;
	} else if (n->kind == N_INDEX && n->a && n->a->kind == N_IDENT &&
		   (!strcmp(n->a->str, "args") || sema_types_is_inline(dx, n->a->str))) {
		pre->base = n->a->str;
	} else if (n->kind == N_PTR_MEMBER || n->kind == N_MEMBER_OF) {
		pre->mbase = n->a;
		pre->op = n->kind == N_PTR_MEMBER ? "operator ->" : "operator .";
		return;
	} else {
		return;
	}
	pre->opaque = 1;
	st(dx)->attr_quiet++;
}

/* What dt_node_name() calls a call of a built-in function. */
static const char *call_name(struct dtc *dx, const struct node *n)
{
	const struct builtin *b = builtin_find(n->str);
	const char *kind = !b ? "function" : b->kind == BI_ACT ? "tracing function"
					   : b->kind == BI_AGGFN ? "aggregating function"
								 : "function";

	return arena_printf(dx, "%s %s( )", kind, n->str);
}

/* The attributes of a type (a cast's, sizeof's ...): a kernel type's are
 * Private (dt_node_type()). */
static int type_attr(const struct dtype *t)
{
	while (t && (t->kind == TY_PTR || t->kind == TY_ARRAY) && !t->kernel)
		t = t->base;
	return t && t->kernel ? DT_ATTR_TYP : DT_ATTR_DEF;
}

/*
 * After check_expr() checked n (t its type, NULL after an error): n's
 * attributes, checked against amin; pre is what n was before the check.
 */
void sema_attr_expr(struct dtc *dx, struct cctx *cc, struct node *n, const struct attr_pre *pre,
		    struct dtype *t)
{
	const char *what = NULL, *ident = pre->ident, *base = pre->base;
	int a = DT_ATTR_DEF, pa;
	/* names for D_ATTR_MIN only when it may be reported */
	int named = !dx->attr_reported && sema_option(dx, "amin") != NULL;

	st(dx)->attr_quiet -= pre->opaque;
	if (!t)
		return;
	if (pre->mbase) {
		/* self->x, this->x: the base is no expression */
		a = pre->mbase->kind == N_IDENT &&
				(!strcmp(pre->mbase->str, "self") || !strcmp(pre->mbase->str, "this"))
			? DT_ATTR_DEF : attr_of(pre->mbase);
		what = pre->op;
	} else if (ident) {
		if (n->kind == N_IDENT && n->sym && n->sym->kind == SYM_BUILTIN && n->sym->bv) {
			static const char *const ctxvars[] = { "probeprov", "probemod", "probefunc",
							       "probename" };

			a = builtin_attr(ident);
			for (int i = 0; i < 4; i++)
				if (!strcmp(ident, ctxvars[i]))
					a = cc && cc->ci && cc->ci->n ? cc->ci->pattr[i]
								      : DT_ATTR_DEF;
		} else if (strchr(ident, '`')) {
			a = DT_ATTR_SYM;
			what = named ? arena_printf(dx, "symbol %s%s",
						    ident[0] == '`' ? "vmlinux" : "", ident) : "";
		} else if ((pa = pragma_attr(dx, ident)) >= 0) {
			a = pa;
		} else if (sema_types_is_inline(dx, ident)) {
			a = attr_of(n); /* its value's, computed as it was checked */
		}
		if (!what)
			what = named ? arena_printf(dx, "scalar %s", ident) : "";
	} else if (base) {
		if (!strcmp(base, "args"))
			a = cc && cc->ci && cc->ci->n ? cc->ci->pattr[DT_PA_ARGS] : DT_ATTR_DEF;
		else if ((pa = pragma_attr(dx, base)) >= 0)
			a = pa;
		else
			a = attr_of(n);
		what = named ? arena_printf(dx, "associative array %s", base) : "";
	} else {
		switch (n->kind) {
		case N_CALL:
			for (struct node *arg = n->a; arg; arg = arg->next)
				a = dt_attr_min(a, attr_of(arg));
			if (n->str) {
				a = dt_attr_min(a, builtin_attr(n->str));
				if (named)
					check_min(dx, n->loc, call_name(dx, n), a);
			}
			n->attr = a | ATTR_SET;
			return;
		case N_INDEX:
			a = attr_of(n->a);
			for (struct node *k = n->b; k; k = k->next)
				a = dt_attr_min(a, attr_of(k));
			what = "operator [";
			break;
		case N_CAST:
		case N_SIZEOF_TYPE:
		case N_OFFSETOF:
		case N_XLATE: {
			/* the type first: DTrace checks its node as it parses it */
			const struct dtype *ty = n->kind == N_CAST || n->kind == N_XLATE ? n->type
						 : NULL;
			int ta = type_attr(ty);

			if (ty && named)
				check_min(dx, n->loc, arena_printf(dx, "type %s", ty->name), ta);
			a = dt_attr_min(ta, attr_of(n->b));
			what = n->kind == N_CAST ? "operator (" : n->kind == N_XLATE ? "operator xlate"
				: n->kind == N_OFFSETOF ? "operator offsetof" : "operator sizeof";
			break;
		}
		case N_INT:
		case N_CHAR:
		case N_STRING:
		case N_FLOAT:
		case N_MACRO:
		case N_AGG:
			break;
		default:
			a = dt_attr_min(attr_of(n->a), dt_attr_min(attr_of(n->b), attr_of(n->c)));
			what = n->kind == N_MEMBER_OF ? "operator ." : n->kind == N_PTR_MEMBER
				? "operator ->" : n->kind == N_COND ? "operator ?" : n->kind == N_COMMA
				? "operator ," : n->kind == N_SIZEOF_EXPR ? "operator sizeof"
				: n->kind == N_STRINGOF ? "operator stringof"
				: named ? arena_printf(dx, "operator %s", op_str(n->op)) : "";
			break;
		}
	}
	n->attr = a | ATTR_SET;
	if (what && named)
		check_min(dx, n->loc, what, a);
}

static void report_attr(FILE *out, const char *title, int a)
{
	fprintf(out, "\n\t%s\n", title);
	fprintf(out, "\t\tIdentifier Names: %s\n", dt_stab_name(DT_ATTR_NAME(a)));
	fprintf(out, "\t\tData Semantics:   %s\n", dt_stab_name(DT_ATTR_DATA(a)));
	fprintf(out, "\t\tDependency Class: %s\n", dt_class_name(DT_ATTR_CLASS(a)));
}

/*
 * dtrace -v's report (dtrace(8)'s exec_prog(), dtrace_program_info()): the
 * minimum description and statement attributes of the clauses of file
 * (-1: all of them), Stable/Stable/Common when there is none.
 */
void sema_attr_report(struct dtc *dx, FILE *out, const char *kind, const char *name, int file)
{
	struct sema_state *ss = st(dx);
	int desc = DT_ATTR_DEF, stmt = DT_ATTR_DEF, first = 1;

	for (int i = 0; ss && i < ss->nclauses; i++) {
		const struct clause_info *ci = &ss->clauses[i];

		if (file >= 0 && ci->n->loc.file != file)
			continue;
		desc = first ? ci->desc_attr : dt_attr_min(desc, ci->desc_attr);
		stmt = first ? ci->stmt_attr : dt_attr_min(stmt, ci->stmt_attr);
		first = 0;
	}
	fprintf(out, "\nStability attributes for %s %s:\n", kind, name);
	report_attr(out, "Minimum Probe Description Attributes", desc);
	report_attr(out, "Minimum Statement Attributes", stmt);
	fprintf(out, "\n");
}
