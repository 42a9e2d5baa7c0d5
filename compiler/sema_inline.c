/*
 * sema_inline.c: the declarations that stand for expressions.
 *
 *   - inline definitions: a use of an inline is replaced in the AST by a
 *     copy of its (checked) value expression, cast to its declared type;
 *   - translators: `xlate <T> (e).m`, `xlate <T *> (e)->m` and inlines of
 *     them (curpsinfo->pr_pid) are replaced by a copy of the translator's
 *     member expression with the input parameter bound to e.
 *
 * D library items (dlib/) are registered before any clause and only
 * checked when a script uses them; a script's own are checked where they
 * appear.  Member access on the result is sema_types.c's.
 */
#include <string.h>

#include "sema.h"

struct inl {
	const char *name;
	struct node *n;            /* N_INLINE */
	struct dtype *type;        /* declared type, once checked */
	int checking;              /* 1 while checked, 2 once its check failed */
	struct inl *next;
};

struct xl {
	struct node *n;            /* N_TRANSLATOR */
	struct dtype *out, *in;    /* resolved on first use */
	int resolved;
	struct xl *next;
};

struct st_inline {
	struct inl *inls;
	struct xl *xls;
};

static struct st_inline *inl_state(struct dtc *dx)
{
	if (!dx->inlines)
		dx->inlines = arena_alloc(dx, sizeof(struct st_inline));
	return dx->inlines;
}

/* ---- AST copies ------------------------------------------------------- */

/* A deep copy of an expression, with identifier `param` replaced by copies
 * of `arg` (translator input); sema annotations are dropped. */
static struct node *clone(struct dtc *dx, struct node *n, const char *param, struct node *arg)
{
	struct node *c;
	if (!n)
		return NULL;
	if (param && n->kind == N_IDENT && !strcmp(n->str, param)) {
		/* the argument alone, not its own list; n's list goes on (T is
		 * not always a call's last argument) */
		struct node *next = arg->next;

		arg->next = NULL;
		c = clone(dx, arg, NULL, NULL);
		arg->next = next;
		c->next = clone(dx, n->next, param, arg);
		return c;
	}
	c = arena_alloc(dx, sizeof(*c));
	*c = *n;
	/* a type name sema made (args[] casts) has no specifiers: its type is all it has */
	c->type = n->kind == N_TYPENAME && !n->a ? n->type : NULL;
	c->sym = NULL;
	c->member = NULL;
	c->flags = 0;
	c->id = 0;
	c->a = clone(dx, n->a, param, arg);
	c->b = clone(dx, n->b, param, arg);
	c->c = clone(dx, n->c, param, arg);
	c->d = clone(dx, n->d, param, arg);
	c->e = clone(dx, n->e, param, arg);
	c->next = clone(dx, n->next, param, arg);
	return c;
}

/* Whether expression n names identifier `name` anywhere. */
static int mentions(const struct node *n, const char *name)
{
	for (; n; n = n->next) {
		if (n->kind == N_IDENT && n->str && !strcmp(n->str, name))
			return 1;
		if (mentions(n->a, name) || mentions(n->b, name) || mentions(n->c, name) ||
		    mentions(n->d, name) || mentions(n->e, name))
			return 1;
	}
	return 0;
}

/* Replace *n by r, keeping n's span for diagnostics and its list link. */
static void replace(struct node *n, struct node *r)
{
	struct node *next = n->next;
	struct loc loc = n->loc;
	*n = *r;
	n->next = next;
	n->loc = loc;
}

/* ---- registration ----------------------------------------------------- */

static struct inl *inl_find(struct dtc *dx, const char *name)
{
	struct inl *i;
	for (i = inl_state(dx)->inls; i; i = i->next)
		if (!strcmp(i->name, name))
			return i;
	return NULL;
}

/* The inline named name that code at loc sees: not the D library's when it
 * is bound to a later version than the program asks for (sym.c
 * sema_ident_newer()). */
static struct inl *inl_visible(struct dtc *dx, const char *name, struct loc loc)
{
	struct inl *in = inl_find(dx, name);

	return in && dtc_is_dlib_item(dx, in->n) && sema_ident_newer(dx, name, loc) ? NULL : in;
}

static struct dtype *inline_type(struct dtc *dx, struct cctx *cc, struct inl *in);
static struct node *typename_of(struct dtc *dx, struct node *spec, struct node *decl);

/*
 * Walk the program's declarations before any clause: D library items are
 * registered for lazy use; the script's own are checked now, in order, so
 * their errors are reported as DTrace reports them.
 */
void types_register_items(struct dtc *dx)
{
	struct node *it;
	struct st_inline *s = inl_state(dx);
	struct xl **xtail = &s->xls;

	if (!dx->program)
		return;
	while (*xtail)
		xtail = &(*xtail)->next;
	for (it = dx->program->a; it; it = it->next) {
		if (!dtc_is_dlib_item(dx, it))
			continue;
		if (it->kind == N_DECL) {
			types_declare_lazy(dx, it);
		} else if (it->kind == N_INLINE && it->b && it->b->str) {
			struct inl *in = arena_alloc(dx, sizeof(*in));
			in->name = it->b->str;
			in->n = it;
			in->next = s->inls;
			s->inls = in;
		} else if (it->kind == N_TRANSLATOR) {
			struct xl *x = arena_alloc(dx, sizeof(*x));
			x->n = it;
			*xtail = x; /* in the order of definition */
			xtail = &x->next;
		}
	}
}

static int xl_resolve(struct dtc *dx, struct xl *x);
static int xl_types(struct dtc *dx, struct xl *x);
static int xl_check_out(struct dtc *dx, struct xl *x);
static int xl_check_member(struct dtc *dx, struct xl *x, struct node *m);
static int xl_same_type(struct dtype *a, struct dtype *b);

/*
 * The global identifier name names, as dt_node_inline()'s message gives its
 * kind (dt_idkind_name()) and "inline" when it is one; NULL when there is
 * none.
 */
static const char *global_kind(struct dtc *dx, const char *name, struct loc loc)
{
	const struct builtin *b = builtin_find(name);
	struct inl *in = inl_visible(dx, name, loc);
	struct sym *sy = sym_find(dx, name);
	int64_t v;

	if (in && in->n->b->a && in->n->b->a->op == DT_ARRAY)
		return "associative array inline";
	if (in)
		return "scalar inline";
	if (types_enum_find(dx, name, &v))
		return "enumerator inline";
	if (b && builtin_is_func(name))
		return b->kind == BI_ACT ? "tracing function " :
		       b->kind == BI_AGGFN ? "aggregating function " : "function ";
	if (!strcmp(name, "args") || !strcmp(name, "uregs") || (sy && sy->kind == SYM_ASSOC))
		return "associative array ";
	if (sy || builtin_var_find(name))
		return "scalar ";
	return NULL;
}

/* A script's inline definition, checked where it appears. */
void sema_types_inline(struct dtc *dx, struct node *it)
{
	struct st_inline *s = inl_state(dx);
	const char *prev;
	struct inl *in;
	struct clause_info ci = { 0 };
	struct cctx cc = { .ci = &ci };

	if (it->ival) { /* dt_node_inline()'s checks, in its order */
		diag_error(dx, it->loc, "D_DECL_BADCLASS",
			   "specified storage class not appropriate for inline declaration");
		return;
	}
	if (!it->b || !it->b->str)
		return;
	if ((prev = global_kind(dx, it->b->str, it->b->loc))) {
		diag_error(dx, it->b->loc, "D_DECL_IDRED",
			   "identifier redefined: %s\n\t current: inline definition\n\tprevious: %s",
			   it->b->str, prev);
		return;
	}
	in = arena_alloc(dx, sizeof(*in));
	in->name = it->b->str;
	in->n = it;
	in->next = s->inls;
	s->inls = in;
	(void)inline_type(dx, &cc, in);
}

/*
 * Where a translator's error is reported: dt_node_xlator() and
 * dt_cook_xlator() run as its closing ';' is shifted, so dtrace reports
 * them on that line (--dtrace-diags); dtc's own diagnostics point at what
 * is wrong.
 */
static struct loc xl_at(struct dtc *dx, const struct node *xl, struct loc own)
{
	return dx->dtrace_diags ? loc_last_token(dx, xl->loc) : own;
}

/* A translator's type as its declaration writes it, for D_XLATE_REDECL
 * (dt_node_type_name() of the declared type: a typedef keeps its name). */
static const char *xl_name(struct dtc *dx, struct node *spec, struct dtype *t)
{
	struct dtype *bt = spec && spec->kind == N_TYPESPEC && spec->op == TK_NAME && spec->str ?
				   type_from_typename(dx, spec) :
				   NULL;

	return bt == t ? spec->str : t->name;
}

/*
 * A script's translator definition, checked in dt_node_xlator()'s and
 * dt_cook_xlator()'s order: the output and input types, a second
 * translator for the same pair of types (named as this one writes them),
 * the output's kind, then each member in turn: its name, then (for a
 * scalar or struct input, with a typed stand-in for the input parameter)
 * its expression and the assignment's types.
 */
void sema_types_translator(struct dtc *dx, struct node *it)
{
	struct st_inline *s = inl_state(dx);
	struct xl *x = arena_alloc(dx, sizeof(*x)), *o, **xp;
	struct clause_info ci = { 0 };
	struct cctx cc = { .ci = &ci };
	struct node *m;

	x->n = it;
	x->resolved = 1;
	if (!xl_types(dx, x))
		return;
	for (o = s->xls; o; o = o->next) {
		if (xl_resolve(dx, o) && type_compatible(o->out, x->out) &&
		    xl_same_type(o->in, x->in)) { /* dt_xlator_lookup(DT_XLATE_EXACT) */
			diag_error(dx, xl_at(dx, it, it->loc), "D_XLATE_REDECL",
				   "translator from %s to %s has already been declared",
				   xl_name(dx, it->c, x->in), xl_name(dx, it->a, x->out));
			x->out = NULL;
			return;
		}
	}
	if (!xl_check_out(dx, x))
		return;
	for (m = it->e; m; m = m->next) {
		struct node *in, *e;
		struct dtype *mt, *t;

		if (!xl_check_member(dx, x, m))
			return;
		if (!type_is_scalar(x->in) && !type_is_sou(x->in))
			continue;
		in = node_new(dx, N_CAST, it->loc);
		mt = type_member(dx, x->out, m->str)->type;
		in->a = typename_of(dx, it->c, it->d);
		in->b = node_new(dx, N_INT, it->loc);
		in->b->str = "0";
		if (type_is_sou(x->in)) { /* a struct input: *(T *)0 */
			struct node *d = node_new(dx, N_UNARY, it->loc);

			in->a = node_new(dx, N_TYPENAME, it->loc);
			in->a->type = type_ptr(dx, x->in);
			d->op = OP_DEREF;
			d->a = in;
			in = d;
		}
		e = clone(dx, m->a, it->str, in);
		t = check_expr(dx, &cc, e);
		if (!t)
			return;
		/* dt_cook_xlator(); the input's stand-in is a constant 0,
		 * no constant of the member's expression */
		if (!type_argcompat(mt, t, sema_const_zero(e) && !mentions(m->a, it->str))) {
			/* a char array is named as declared (dt_node_type_name()) */
			struct dtype *ca = sema_char_array_value(dx, e);
			diag_error(dx, xl_at(dx, it, m->loc), "D_XLATE_INCOMPAT",
				   "translator member %s definition uses incompatible types: \"%s\" = \"%s\"",
				   m->str, mt->name, ca ? ca->name : t->name);
			return;
		}
	}
	for (xp = &s->xls; *xp; xp = &(*xp)->next)
		; /* in the order of definition, as dt_xlator_create() lists them */
	*xp = x;
}

/* ---- inlines ---------------------------------------------------------- */

static struct node *typename_of(struct dtc *dx, struct node *spec, struct node *decl)
{
	struct node *tn = node_new(dx, N_TYPENAME, spec->loc);
	tn->a = spec;
	tn->b = decl;
	return tn;
}

/* The tuple of "inline T name[T1 p1, ...] = expr;", or NULL. */
static struct node *inl_params(const struct inl *in)
{
	struct node *d = in->n->b;
	if (d && d->a && d->a->op == DT_ARRAY && d->a->a && d->a->a->kind == N_TYPENAME)
		return d->a->a;
	return NULL;
}

/* The inline's declarator without its tuple: the declarator of its value. */
static struct node *inl_value_decl(struct dtc *dx, const struct inl *in)
{
	struct node *d = in->n->b, *v;
	if (!inl_params(in))
		return d;
	v = arena_alloc(dx, sizeof(*v));
	*v = *d;
	v->a = d->a->b;
	return v;
}

/* An inline the program sees (not one of the D library's bound to a later
 * version than the program asks for: sema_ident_newer()). */
int sema_types_is_inline(struct dtc *dx, const char *name)
{
	struct loc prog = { -1, 0, 0 };

	return inl_visible(dx, name, prog) != NULL;
}

/* An inline the program defines after loc: dt_node_ident() had not met it
 * when it parsed the name there, so the name is a variable there, one that
 * cooks to the inline and is not writable (D_OP_WRITE, not D_OP_LVAL). */
int sema_types_inline_after(struct dtc *dx, const char *name, struct loc loc)
{
	struct loc prog = { -1, 0, 0 };
	struct inl *in = inl_visible(dx, name, prog);

	return in && !dtc_is_dlib_item(dx, in->n) &&
	       (in->n->loc.file > loc.file ||
		(in->n->loc.file == loc.file && in->n->loc.off > loc.off));
}

static int parse_int_const(struct dtc *dx, const struct node *e, int depth);

/*
 * What an inline's name is where the parser meets it, at loc
 * (dt_node_ident()): SEMA_INL_INT when it is an integer constant, which the
 * parser replaces by a copy of the constant (a D enumerator is one too), so
 * that the name is gone ("NULL(1)" calls no name: D_FUNC_IDENT);
 * SEMA_INL_SCALAR or SEMA_INL_ARRAY for another inline defined above loc;
 * SEMA_INL_NONE when there is none yet.
 */
int sema_inline_at(struct dtc *dx, const char *name, struct loc loc)
{
	struct inl *in = inl_visible(dx, name, loc);
	int64_t v;

	if (in && !sema_types_inline_after(dx, name, loc)) {
		if (inl_params(in))
			return SEMA_INL_ARRAY;
		return in->n->b && parse_int_const(dx, in->n->b->b, 0) ? SEMA_INL_INT
									: SEMA_INL_SCALAR;
	}
	return !in && types_enum_find(dx, name, &v) ? SEMA_INL_INT : SEMA_INL_NONE;
}

/* An inline of the D library's (defined outside the program's scope). */
int sema_types_is_dlib_inline(struct dtc *dx, const char *name)
{
	struct loc prog = { -1, 0, 0 };
	struct inl *in = inl_visible(dx, name, prog);

	return in && dtc_is_dlib_item(dx, in->n);
}

static struct dtype *inline_check(struct dtc *dx, struct cctx *cc, struct inl *in)
{
	struct node *it = in->n, *v;
	struct dtype *t, *r;

	t = type_from_typename(dx, typename_of(dx, it->a, inl_value_decl(dx, in)));
	if (!t)
		return NULL;
	if (t->kind == TY_ARRAY && !inl_params(in)) {
		diag_error(dx, it->loc, "D_DECL_ARRNULL",
			   "inline declaration cannot be of scalar array type: %s", in->name);
		return NULL;
	}
	if (t->kind == TY_VOID) {
		diag_error(dx, it->loc, "D_DECL_VOIDOBJ", "cannot declare void inline: %s", in->name);
		return NULL;
	}
	if (type_is_sou(t) && !t->complete) {
		diag_error(dx, it->loc, "D_DECL_INCOMPLETE", "incomplete struct/union/enum %s: %s",
			   t->name, in->name);
		return NULL;
	}
	if (inl_params(in)) {
		/* name[args]: the body is checked where it is used, with its
		 * arguments in place of the parameters */
		struct node *p;
		for (p = inl_params(in); p; p = p->next)
			if (!type_from_typename(dx, p))
				return NULL;
		return t;
	}
	v = clone(dx, it->b->b, NULL, NULL);
	r = check_expr(dx, cc, v);
	if (!r)
		return NULL;
	if (!type_assignable(t, r) && !(type_is_sou(t) && v->kind == N_XLATE)) {
		diag_error(dx, it->loc, "D_OP_INCOMPAT",
			   "inline %s definition uses incompatible types: \"%s\" = \"%s\"", in->name,
			   t->name, r->name);
		return NULL;
	}
	return t;
}

/* The inline's type, its definition checked once (an inline used in its
 * own definition is undefined there); NULL after an error, reported once. */
static struct dtype *inline_type(struct dtc *dx, struct cctx *cc, struct inl *in)
{
	if (in->type)
		return in->type;
	if (in->checking == 2)
		return NULL;
	if (in->checking) {
		diag_error(dx, in->n->loc, "D_IDENT_UNDEF",
			   "failed to resolve %s: Unknown variable name", in->name);
		return NULL;
	}
	in->checking = 1;
	in->type = inline_check(dx, cc, in);
	in->checking = in->type ? 0 : 2;
	return in->type;
}

/* Copy n, its argument lists included, with each N_IDENT named names[i]
 * replaced by a copy of the lone node args[i]. */
static struct node *clone_subst(struct dtc *dx, struct node *n, const char **names,
				struct node **args, int np)
{
	struct node *c;
	int i;

	if (!n)
		return NULL;
	for (i = 0; n->kind == N_IDENT && i < np; i++) {
		if (names[i] && !strcmp(n->str, names[i])) {
			struct node *next = args[i]->next;
			args[i]->next = NULL;
			c = clone(dx, args[i], NULL, NULL);
			args[i]->next = next;
			c->next = clone_subst(dx, n->next, names, args, np);
			return c;
		}
	}
	c = clone(dx, n, NULL, NULL);
	c->a = clone_subst(dx, n->a, names, args, np);
	c->b = clone_subst(dx, n->b, names, args, np);
	c->c = clone_subst(dx, n->c, names, args, np);
	c->d = clone_subst(dx, n->d, names, args, np);
	c->e = clone_subst(dx, n->e, names, args, np);
	c->next = clone_subst(dx, n->next, names, args, np);
	return c;
}

/*
 * name[args] of an inline with a tuple (DTrace's associative inline): its
 * body with each parameter replaced by the argument cast to the parameter's
 * type, checked in place of n.  Returns 0 when name is no such inline, else
 * 1 with the type in *tp (NULL after an error).
 */
int sema_types_inline_index(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype **tp)
{
	struct inl *in;
	struct node *params, *p, *a, *e, *args[16];
	const char *names[16];
	struct dtype *t;
	int np = 0, na = 0;

	if (n->kind != N_INDEX || n->a->kind != N_IDENT ||
	    !(in = inl_visible(dx, n->a->str, n->loc)) || !(params = inl_params(in)))
		return 0;
	*tp = NULL;
	t = inline_type(dx, cc, in);
	if (!t)
		return 1;
	for (p = params; p; p = p->next)
		np++;
	for (a = n->b; a; a = a->next)
		na++;
	if (na != np || np > 16) {
		diag_error(dx, n->loc, "D_PROTO_LEN", "%s[ ] prototype mismatch: %d arg%spassed, %d expected",
			   in->name, na, na == 1 ? " " : "s ", np);
		return 1;
	}
	for (p = params, a = n->b, np = 0; p; p = p->next, a = a->next, np++) {
		struct node *c = node_new(dx, N_CAST, a->loc);
		struct node *next = a->next;
		c->a = p;
		a->next = NULL;
		c->b = clone(dx, a, NULL, NULL);
		a->next = next;
		names[np] = p->b ? p->b->str : NULL;
		args[np] = c;
	}
	e = clone_subst(dx, in->n->b->b, names, args, np);
	if (type_is_int(t) && e->kind != N_XLATE) {
		struct node *c = node_new(dx, N_CAST, n->loc);
		c->a = typename_of(dx, in->n->a, inl_value_decl(dx, in));
		c->b = e;
		e = c;
	}
	replace(n, e);
	*tp = check_expr(dx, cc, n);
	return 1;
}

/*
 * Whether DTrace's parser folds e into an integer constant as it builds it
 * (dt_node_op1(), dt_node_op2(): literals, unary - + ~ !, sizeof of a type
 * or a string literal, binary and logical operators over two constants,
 * a cast of a constant to an integer type), an inline of such a constant
 * included (dt_node_ident()).
 */
static int parse_int_const(struct dtc *dx, const struct node *e, int depth)
{
	struct inl *in;
	struct dtype *t;

	if (!e || depth > 64)
		return 0;
	switch (e->kind) {
	case N_INT:
	case N_CHAR:
	case N_SIZEOF_TYPE:
		return 1;
	case N_SIZEOF_EXPR:
		return e->a && e->a->kind == N_STRING;
	case N_UNARY:
		return (e->op == OP_NEG || e->op == OP_PLUS || e->op == OP_BNOT ||
			e->op == OP_LNOT) && parse_int_const(dx, e->a, depth + 1);
	case N_BINARY:
	case N_LOGICAL:
		return parse_int_const(dx, e->a, depth + 1) && parse_int_const(dx, e->b, depth + 1);
	case N_CAST:
		if (!parse_int_const(dx, e->b, depth + 1))
			return 0;
		t = type_from_typename(dx, e->a);
		return t && t->kind == TY_INT;
	case N_IDENT:
		in = inl_find(dx, e->str);
		return in && !inl_params(in) && in->n->b && parse_int_const(dx, in->n->b->b, depth + 1);
	default:
		return 0;
	}
}

/*
 * An identifier naming an inline or an enumerator: rewrite it in place.
 * A use of an inline: its value expression, converted to its declared type,
 * except where the value is an integer constant as the parser folds it:
 * dt_node_ident() then hands out a copy of that constant node, with the
 * constant's own type (inline char c = 300; c is 300, sizeof (c) 4).
 */
int sema_ident_hook(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct inl *in = inl_visible(dx, n->str, n->loc);
	struct dtype *t;
	int64_t v;
	int cast;

	if (in && inl_params(in)) { /* dt_xcook_ident(): an array inline's name alone */
		diag_error(dx, n->loc, "D_IDENT_BADREF",
			   "associative array '%s' may not be referenced as scalar", n->str);
		return -1;
	}
	if (in) {
		struct node *e;
		t = inline_type(dx, cc, in);
		if (!t)
			return -1;
		e = clone(dx, in->n->b->b, NULL, NULL);
		cast = type_is_int(t) && !(e->kind == N_XLATE) && !parse_int_const(dx, e, 0);
		if (cast) {
			struct node *c = node_new(dx, N_CAST, n->loc);
			c->a = typename_of(dx, in->n->a, in->n->b);
			c->b = e;
			e = c;
		} else if (e->kind == N_STRING) {
			e->flags |= NF_INLINED;
		}
		replace(n, e);
		if (!check_expr(dx, cc, n))
			return -1;
		if (cast && (n->b->flags & NF_CONST)) {
			n->flags |= NF_CONST;
		}
		return 1;
	}
	if (types_enum_const(dx, n->str, &v, &t)) {
		n->kind = N_INT;
		n->ival = v;
		n->str = "";
		n->flags |= NF_CONST;
		n->type = t->kind == TY_ENUM && !t->kernel ? t : type_int(dx, 4, 1);
		return 1;
	}
	return 0;
}

/* ---- translators ------------------------------------------------------ */

/* dt_node_xlator(): the output type, then the input type (dt_decl_type()). */
static int xl_types(struct dtc *dx, struct xl *x)
{
	struct node *n = x->n;

	x->out = type_from_typename(dx, typename_of(dx, n->a, n->b));
	if (!x->out)
		return 0;
	x->in = type_from_typename(dx, typename_of(dx, n->c, n->d));
	if (!x->in) {
		x->out = NULL;
		return 0;
	}
	return 1;
}

/* dt_node_xlator(): the output must be a complete struct or union. */
static int xl_check_out(struct dtc *dx, struct xl *x)
{
	struct node *n = x->n;

	if (!type_is_sou(x->out)) {
		diag_error(dx, xl_at(dx, n, n->loc), "D_XLATE_SOU",
			   "translator output type must be a struct or union");
		x->out = NULL;
		return 0;
	}
	if (!x->out->complete) {
		diag_error(dx, xl_at(dx, n, n->loc), "D_XLATE_SOU", "incomplete struct/union/enum %s",
			   x->out->name);
		x->out = NULL;
		return 0;
	}
	return 1;
}

/* dt_cook_xlator(): a member of the output type. */
static int xl_check_member(struct dtc *dx, struct xl *x, struct node *m)
{
	if (type_member(dx, x->out, m->str))
		return 1;
	diag_error(dx, xl_at(dx, x->n, m->loc), "D_XLATE_MEMB",
		   "translator member %s is not a member of %s", m->str, x->out->name);
	x->out = NULL;
	return 0;
}

/* A translator's types, resolved and checked on first use (the D
 * library's are used only when a script names them). */
static int xl_resolve(struct dtc *dx, struct xl *x)
{
	if (x->resolved)
		return x->out != NULL;
	x->resolved = 1;
	if (!xl_types(dx, x) || !xl_check_out(dx, x))
		return 0;
	for (struct node *m = x->n->e; m; m = m->next)
		if (!xl_check_member(dx, x, m))
			return 0;
	return 1;
}

/* ctf_type_compat(): the same type, pointers to the same type (a void
 * pointer is no other pointer here, as it is in type_compatible()). */
static int xl_same_type(struct dtype *a, struct dtype *b)
{
	while (a && b && a->kind == TY_PTR && b->kind == TY_PTR) {
		a = a->base;
		b = b->base;
	}
	if (a && b && (a->kind == TY_VOID) != (b->kind == TY_VOID))
		return 0;
	return type_compatible(a, b);
}

/*
 * The translator for output struct `out` from an input of type `in`, as
 * dt_xlator_lookup() looks in the order the translators were defined: first
 * one from the same input type, then one whose input takes `in` as a
 * function's parameter would (dt_node_is_argcompat(): any integer for an
 * integer, a compatible or void pointer, the constant 0 (`zero`) for a
 * pointer).
 */
static struct xl *xl_find(struct dtc *dx, struct dtype *out, struct dtype *in, int zero)
{
	struct xl *x;
	int pass;

	for (pass = 0; pass < 2; pass++) {
		for (x = inl_state(dx)->xls; x; x = x->next) {
			if (!xl_resolve(dx, x) || !type_compatible(x->out, out))
				continue;
			if (pass == 0 ? xl_same_type(x->in, in) : type_argcompat(x->in, in, zero))
				return x;
		}
	}
	return NULL;
}

int sema_types_has_xlator(struct dtc *dx, struct dtype *out, struct dtype *in)
{
	return xl_find(dx, out, in, 0) != NULL;
}

struct dtype *sema_check_xlate(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *t = type_from_typename(dx, n->a), *in, *out;
	struct xl *x;

	if (!t)
		return NULL;
	in = check_expr(dx, cc, n->b);
	if (!in)
		return NULL;
	/* dt_xlator_lookup(): one pointer level is followed, and an output
	 * that is no struct or union has no translator */
	out = t->kind == TY_PTR ? t->base : t;
	x = type_is_sou(out) ? xl_find(dx, out, in, sema_const_zero(n->b)) : NULL;
	if (!x) {
		struct dtype *ca = sema_char_array_value(dx, n->b);
		diag_error(dx, n->loc, "D_XLATE_NONE", "cannot translate from \"%s\" to \"%s\"",
			   ca ? ca->name : in->name, t->name);
		return NULL;
	}
	if (type_is_scalar(x->in) && type_is_scalar(in) && !type_compatible(x->in, in)) {
		/* the input parameter has the translator's input type: a
		 * char for a long, 0 for a pointer (dt_xlator_lookup()'s
		 * third pass) */
		struct node *cast = node_new(dx, N_CAST, n->b->loc);
		struct node *tn = node_new(dx, N_TYPENAME, n->b->loc);

		tn->type = x->in; /* no specifiers: type_from_typename() takes it as is */
		cast->a = tn;
		cast->b = n->b;
		cast->next = n->b->next;
		n->b->next = NULL;
		n->b = cast;
	}
	n->id = 0;
	n->member = (struct dmember *)(void *)x; /* the translator, for member rewriting */
	return n->type = t;
}

/* xlate<T>(e).m or xlate<T *>(e)->m: the translator's member expression. */
struct dtype *sema_xlate_member(struct dtc *dx, struct cctx *cc, struct node *n,
				 struct node *xn)
{
	struct xl *x = (struct xl *)(void *)xn->member;
	struct dmember *dm;
	struct dtype *t;
	struct node *m;
	int ptr;

	/* dt_cook_op2() asks the translator first (dt_xlator_member()):
	 * a name it does not convert, member of the output type or not, is
	 * D_XLATE_NOCONV */
	for (m = x->n->e; m; m = m->next)
		if (!strcmp(m->str, n->str))
			break;
	if (!m) {
		diag_error(dx, n->loc, "D_XLATE_NOCONV",
			   "translator does not define conversion for member: %s", n->str);
		xn->type = NULL; /* reported */
		return NULL;
	}
	dm = type_member(dx, x->out, n->str);
	if (!dm) {
		diag_error(dx, n->loc, "D_TYPE_MEMBER", "%s is not a member of %s", n->str,
			   x->out->name);
		xn->type = NULL; /* reported */
		return NULL;
	}
	ptr = n->kind == N_PTR_MEMBER;
	replace(n, clone(dx, m->a, x->n->str, xn->b));
	if (dm->type && type_is_int(dm->type)) {
		/*
		 * A member has the type the output struct gives it
		 * (dt_parser.c types xlate->m by the translator's output
		 * member): an integer member's value is converted to it
		 * (psinfo_t pr_argc is an int from a 64-bit expression).
		 */
		struct node *cast = node_new(dx, N_CAST, n->loc), *tn = node_new(dx, N_TYPENAME, n->loc),
			    *e = node_new(dx, N_IDENT, n->loc);

		*e = *n;
		e->next = NULL;
		tn->type = dm->type; /* no specifiers: type_from_typename() takes it as is */
		cast->a = tn;
		cast->b = e;
		replace(n, cast);
	}
	/* the translator's code: its attributes are not the member's (sema_attr.c) */
	st(dx)->attr_quiet++;
	t = check_expr(dx, cc, n);
	st(dx)->attr_quiet--;
	if (t && dm->type && dm->type->kind == TY_STRING && (n->flags & NF_CHARARR))
		n->flags |= NF_XLSTR; /* a string member: trace() prints the string */
	if (t)
		n->xltype = dm->type; /* sizeof: the member's, as dt_cook_op2() types it */
	if (t && ptr)
		n->flags |= NF_XLPTR;
	return t;
}

/*
 * Translated data is only reachable through its members: an xlate still in
 * the tree after checking is used as a whole value (sizeof's operand is not
 * evaluated: its type is enough).  DTrace's words for each use: trace() of
 * it (dt_cg_act_trace()), a variable assigned a translated pointer
 * (dt_cook_op2(): the variable's type is then <DYN>, which nothing
 * converts to) or a translated struct (dt_cg_asgn_op(), which Oracle's code
 * generator does not do either).
 */
static int xlate_value(const struct node *n)
{
	if (n && n->kind == N_UNARY && n->op == OP_DEREF)
		n = n->a; /* *xlate<T *>(x) is translated data too */
	return n && n->kind == N_XLATE && n->type;
}

/* dt_node_type_name() of what is assigned: a new variable is <DYN>, named
 * by its kind; memory keeps its type */
static const char *xlate_lhs_name(const struct node *l)
{
	if (l->kind == N_INDEX && l->sym && l->sym->keys)
		return "associative array";
	if (l->kind == N_IDENT || (l->kind == N_PTR_MEMBER && l->a->kind == N_IDENT &&
				   (!strcmp(l->a->str, "self") || !strcmp(l->a->str, "this"))))
		return "scalar";
	return l->type ? l->type->name : "scalar";
}

/* Translated data given to a function whose prototype names the argument:
 * no prototype's type is compatible with it (dt_idcook_func()'s
 * dt_node_is_argcompat(): a dynamic type is not a pointer). 1: reported. */
static int xlate_call_arg(struct dtc *dx, struct node *n)
{
	const struct builtin *b = builtin_find(n->str);
	struct node *a;
	int i = 0;

	if (!b || (!b->protos && !b->proto))
		return 0;
	for (a = n->a; a; a = a->next, i++) {
		const char *proto;
		if (!xlate_value(a))
			continue;
		if (b->protos) {
			proto = sema_proto_of(dx, b->protos, i);
		} else {
			/* "void(void *)": the i-th of the parenthesized list */
			const char *p = strchr(b->proto, '('), *e;
			int k = i;
			if (!p)
				return 0;
			for (p++; k > 0 && p; k--)
				p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL;
			if (!p)
				return 0;
			while (*p == ' ')
				p++;
			e = p + strcspn(p, ",)");
			if (e == p || !strncmp(p, "...", 3) || *p == '@' || *p == '[')
				return 0; /* any type, or optional: checked elsewhere */
			proto = arena_strndup(dx, p, (size_t)(e - p));
		}
		diag_error(dx, a->loc, "D_PROTO_ARG",
			   "%s( ) argument #%d is incompatible with prototype:\n"
			   "\tprototype: %s\n\t argument: %s",
			   n->str, i + 1, proto,
			   a->kind == N_XLATE && a->type->kind == TY_PTR ? "pointer to translated data" :
									    "translated data");
		return 1;
	}
	return 0;
}

static void find_xlate_values(struct dtc *dx, struct node *n)
{
	for (; n; n = n->next) {
		if (n->kind == N_SIZEOF_EXPR)
			continue;
		if (n->kind == N_CALL && n->str && !strcmp(n->str, "trace") && xlate_value(n->a)) {
			diag_error(dx, n->a->loc, "D_TRACE_DYN",
				   "trace( ) may not be applied to a dynamic expression");
			continue;
		}
		if ((n->kind == N_ASSIGN || n->kind == N_INCDEC) && xlate_value(n->a))
			continue; /* curpsinfo = p: refused, D_OP_WRITE (sema_expr.c) */
		if (n->kind == N_ASSIGN && n->op == OP_ASSIGN && xlate_value(n->b)) {
			if (n->b->kind == N_XLATE && n->b->type->kind == TY_PTR)
				diag_error(dx, n->loc, "D_OP_INCOMPAT",
					   "operands have incompatible types: \"%s\" = \"pointer to translated data\"",
					   xlate_lhs_name(n->a));
			else
				diag_error(dx, n->loc, "D_UNKNOWN",
					   "internal error -- no support for translated types yet");
			continue;
		}
		if (n->kind == N_CALL && n->str && xlate_call_arg(dx, n))
			continue;
		if (xlate_value(n)) {
			diag_error(dx, n->loc, "D_UNSUPPORTED",
				   "translated data may only be used through its members (xlate <%s>) in this dtc",
				   (n->kind == N_XLATE ? n : n->a)->type->name);
			continue;
		}
		find_xlate_values(dx, n->a);
		find_xlate_values(dx, n->b);
		find_xlate_values(dx, n->c);
		find_xlate_values(dx, n->d);
		find_xlate_values(dx, n->e);
	}
}

void sema_types_check_clause(struct dtc *dx, struct node *cl)
{
	find_xlate_values(dx, cl->b);
	find_xlate_values(dx, cl->c);
}
