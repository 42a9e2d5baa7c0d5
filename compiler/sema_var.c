/*
 * sema_var.c: D variables other than global scalars, and variable
 * declarations.
 *
 *   a[k1, k2, ...]   global associative array; the key is a tuple of any
 *                    integer and string types, fixed by the first use
 *   self->x          thread-local scalar; self->a[k, ...] a thread-local
 *                    associative array
 *   this->x          clause-local scalar
 *   int x; self int y; this int z; int a[int, string]; extern int k;
 *                    declarations (storage class, type, key signature)
 *
 * D types a variable by its declaration or else by its first assignment, in
 * program order, so a read before either is an error, as in DTrace: D_IDENT_UNDEF
 * for a global scalar, D_VAR_UNDEF for the variables operators [ and -> name.  sema_check() calls sema_declare_vars() for each top-level
 * declaration with declarators, and check_expr() calls sema_var_expr()
 * first for every expression; it handles the forms above and returns 0 for
 * anything else.  emit_var.c writes the code.
 */
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "sema.h"

/* self->, this-> and global names are separate name spaces. */
static struct sym *var_find(struct dtc *dx, enum sym_kind ns, const char *name)
{
	return sym_lookup(dx, ns, name);
}

/* The storage a self->x / this->x node names: SYM_TLS, SYM_LOCAL or -1. */
static int member_ns(struct node *n)
{
	if (n->kind != N_PTR_MEMBER || n->a->kind != N_IDENT)
		return -1;
	if (!strcmp(n->a->str, "self"))
		return SYM_TLS;
	if (!strcmp(n->a->str, "this"))
		return SYM_LOCAL;
	return -1;
}

static const char *ns_prefix(int ns)
{
	return ns == SYM_TLS ? "self->" : ns == SYM_LOCAL ? "this->" : "";
}

/*
 * x = *p of a forward struct: DTrace types the new variable as the value,
 * then dt_node_is_argcompat() finds no forward tag compatible (it is no
 * struct, union or pointer).  1 after reporting it.
 */
int sema_incomplete_value(struct dtc *dx, struct loc loc, struct dtype *t)
{
	if (!type_is_sou(t) || (t->kernel ? type_resolve(dx, t) : t)->complete)
		return 0;
	diag_error(dx, loc, "D_OP_INCOMPAT", "operands have incompatible types: \"%s\" = \"%s\"",
		   t->name, t->name);
	return 1;
}

/* Types a variable may hold in dtc: integers, pointers, strings. */
static int value_type_ok(struct dtc *dx, struct loc loc, struct dtype *t, const char *name)
{
	if (t->kind == TY_ENUM && !t->kernel && !t->complete) {
		/* dt_node_decl(): enum nosuch is a forward tag (dt_decl_type()) */
		diag_error(dx, loc, "D_DECL_INCOMPLETE", "incomplete struct/union/enum %s: %s",
			   t->name, name);
		return 0;
	}
	if (t->kind == TY_INT || t->kind == TY_ENUM || t->kind == TY_PTR || t->kind == TY_STRING)
		return 1;
	if (type_is_sou(t) && t->complete && !t->kernel && t->size > 0) {
		t->used = 1; /* a[k] = s: struct and union values (emit_var.c) */
		return 1;
	}
	if (type_is_sou(t) && t->kernel && !t->tag && !t->tdname) {
		/* CO-RE finds a type on the running kernel by its name (or its typedef's) */
		diag_error(dx, loc, "D_UNSUPPORTED",
			   "variables of anonymous kernel type %s are not yet supported by dtc: %s",
			   t->name, name);
		return 0;
	}
	if (type_is_sou(t) && t->kernel && type_resolve(dx, t)->complete && t->size > 0) {
		/* a kernel struct's bytes, copied with CO-RE sizes (emit_var.c) */
		t->used = 1;
		return 1;
	}
	if (t->kind == TY_VOID) {
		diag_error(dx, loc, "D_DECL_VOIDOBJ", "cannot have void object: %s", name);
		return 0;
	}
	if (type_is_sou(t) && !(t->kernel ? type_resolve(dx, t) : t)->complete) {
		/* dt_node_decl(): a forward struct or union, an associative
		 * array's value too */
		diag_error(dx, loc, "D_DECL_INCOMPLETE", "incomplete struct/union/enum %s: %s",
			   t->name, name);
		return 0;
	}
	diag_error(dx, loc, "D_UNSUPPORTED",
		   "variables of type %s are not yet supported by dtc: %s", t->name, name);
	return 0;
}

/* dt_idkind_name() of a variable's kind */
static const char *idkind(int assoc)
{
	return assoc ? "associative array" : "scalar";
}

/* libctf's ctf_type_cmp(): the same type, not a compatible one (int and
 * int32_t differ); dtc's types of one name are the same */
static int same_type(struct dtype *a, struct dtype *b)
{
	return !strcmp(a->name, b->name) && type_compatible(a, b) && a->size == b->size;
}

/* dt_node_decl()'s D_DECL_IDRED of another kind or type */
static void idred_kind(struct dtc *dx, const struct node *d, const char *ckind, const char *ctype,
		       const char *pkind, const char *ptype)
{
	diag_error(dx, d->loc, "D_DECL_IDRED",
		   "identifier redeclared: %s\n\t current: %s %s\n\tprevious: %s %s", d->str,
		   ckind, ctype, pkind, ptype);
}

/*
 * dt_node_decl()'s D_DECL_IDRED for a variable declared again, with its
 * details: another kind (dt_idkind_name(): scalar or associative array) or
 * value type first, then the first key of another type among those both
 * have, then the tuple's length.
 */
static void redeclared(struct dtc *dx, const struct node *d, const struct sym *s,
		       struct dtype *t, int assoc, struct dtype *const *keys, int nkeys)
{
	int passoc = s->kind == SYM_ASSOC || s->nkeys != 0, pn = s->nkeys < 0 ? 0 : s->nkeys;
	const char *ck = idkind(assoc), *pk = idkind(passoc);

	if (assoc != passoc || !same_type(s->type, t)) {
		idred_kind(dx, d, ck, t->name, pk, s->type->name);
		return;
	}
	if (!assoc)
		return;
	for (int i = 0; i < nkeys && i < pn; i++)
		if (!same_type(s->keys[i], keys[i])) {
			diag_error(dx, d->loc, "D_DECL_IDRED",
				   "identifier redeclared: %s\n\t current: %s, key #%d of type %s\n"
				   "\tprevious: %s, key #%d of type %s",
				   d->str, ck, i + 1, keys[i]->name, pk, i + 1, s->keys[i]->name);
			return;
		}
	if (pn != nkeys)
		diag_error(dx, d->loc, "D_DECL_IDRED",
			   "identifier redeclared: %s\n\t current: %s of %s, tuple length %d\n"
			   "\tprevious: %s of %s, tuple length %d",
			   d->str, ck, t->name, nkeys, pk, s->type->name, pn);
}

/*
 * Declared global scalars may also be structs, unions and fixed-size
 * arrays (of any such type): C globals in .bss, members and elements
 * plain C lvalues.
 */
static int global_type_ok(struct dtc *dx, struct loc loc, struct dtype *t, const char *name)
{
	struct dtype *e = t;

	while (e->kind == TY_ARRAY) {
		if (e->nelem <= 0) {
			diag_error(dx, loc, "D_DECL_ARRNULL",
				   "array declaration requires array dimension or tuple signature: %s",
				   name);
			return 0;
		}
		e = e->base;
	}
	if (type_is_sou(e)) {
		if (e->kernel && !e->tag && !e->tdname)
			return value_type_ok(dx, loc, e, name); /* anonymous: refused there */
		if (e->kernel)
			type_resolve(dx, e);
		if (!e->complete) {
			diag_error(dx, loc, "D_DECL_INCOMPLETE",
				   "incomplete struct/union/enum %s: %s", e->name, name);
			return 0;
		}
		e->used = 1;
		return 1;
	}
	if (e->kind == TY_FLOAT)
		return 1; /* float f; declared, never computed with (D has no FP arithmetic) */
	return value_type_ok(dx, loc, e, name); /* string a[4]: strsize bytes each */
}

static int key_type_ok(struct dtc *dx, struct dtype *t)
{
	if (type_key_byref(dx, t) > 0)
		return 1; /* a[s]: the struct's or array's bytes (emit_var.c) */
	return t->kind == TY_INT || t->kind == TY_ENUM || t->kind == TY_PTR ||
	       t->kind == TY_STRING;
}

/* ---- declarations ------------------------------------------------------- */

/* The declarator's type with its outermost associative dimension removed:
 * `int *a[int]` is an array of int * keyed by int. */
static struct dtype *decl_type(struct dtc *dx, struct node *decl, struct node *d,
			       struct node **assoc)
{
	struct node *spec = decl->a, *tn, *dd;

	*assoc = NULL;
	/* the struct body was defined by types_declare_decl(): refer by tag */
	if (spec->ival & TS_HAS_BODY) {
		struct node *s2 = arena_alloc(dx, sizeof(*s2));
		*s2 = *spec;
		s2->ival &= ~TS_HAS_BODY;
		s2->a = NULL;
		spec = s2;
	}
	dd = arena_alloc(dx, sizeof(*dd));
	*dd = *d;
	dd->next = NULL;
	if (dd->a && dd->a->op == DT_ARRAY && dd->a->a && dd->a->a->kind == N_TYPENAME) {
		*assoc = dd->a;
		dd->a = dd->a->b;
	}
	tn = node_new(dx, N_TYPENAME, d->loc);
	tn->a = spec;
	tn->b = dd;
	return type_from_typename(dx, tn);
}

/* A variable named as a D enumerator: dt_node_decl()'s words, the
 * enumerator's kind (dt_idkind_name()) and its enum type as "previous" */
static void redeclared_enum(struct dtc *dx, struct node *d, int assoc, struct dtype *t,
			    const char *pkind, struct dtype *pt)
{
	idred_kind(dx, d, idkind(assoc), t->name, pkind, pt ? pt->name : "<unknown>");
}

static void declare_one(struct dtc *dx, struct node *decl, struct node *d)
{
	int cls = (int)(decl->ival & (DS_SELF | DS_THIS));
	enum sym_kind ns = cls == DS_SELF ? SYM_TLS : cls == DS_THIS ? SYM_LOCAL : SYM_GLOBAL;
	struct node *assoc, *k;
	struct dtype *t, *et = NULL, *keys[16];
	struct sym *s;
	int nkeys = 0;

	/* int a[]; (dt_node_decl(): the declarator's own dimension, before
	 * any other check, names the variable) */
	if (d->a && d->a->kind == N_DTYPE && d->a->op == DT_ARRAY && !d->a->a) {
		diag_error(dx, d->loc, "D_DECL_ARRNULL",
			   "array declaration requires array dimension or tuple signature: %s",
			   d->str);
		return;
	}
	t = decl_type(dx, decl, d, &assoc);
	if (!t)
		return;
	/*
	 * dt_node_decl(): a global identifier of libdtrace's own (di_gen 0):
	 * built-in variables, subroutines, actions and aggregating functions,
	 * those newer than -x version excepted (dt_reduce() removed them)
	 */
	if (ns == SYM_GLOBAL && (builtin_var_find(d->str) || builtin_is_func(d->str)) &&
	    !sema_ident_newer(dx, d->str, d->loc)) {
		diag_error(dx, d->loc, "D_DECL_IDRED", "built-in identifier redeclared: %s", d->str);
		return;
	}
	/* nor a typedef name of D's, a D program's or the D library's, in
	 * any scope (dt_node_decl(); the kernel's typedefs are not looked at) */
	if (types_is_d_typedef(dx, d->str)) {
		diag_error(dx, d->loc, "D_DECL_IDRED", "typedef identifier redeclared: %s", d->str);
		return;
	}
	if (assoc) {
		if (types_proto_check(dx, assoc->a, "array", 0)) /* dt_decl_array(): DT_DP_ANON */
			return;
		if (ns == SYM_LOCAL) {
			diag_error(dx, d->loc, "D_DECL_LOCASSC",
				   "associative arrays may not be declared as local variables: %s",
				   d->str);
			return;
		}
		for (k = assoc->a; k; k = k->next) {
			struct dtype *kt = type_from_typename(dx, k);
			if (!kt)
				return;
			if (kt->kind == TY_VOID && nkeys == 0 && !k->next)
				break; /* a[void] */
			if (!key_type_ok(dx, kt)) {
				diag_error(dx, k->loc, "D_UNSUPPORTED",
					   "associative array keys of type %s are not yet supported by dtc",
					   kt->name);
				return;
			}
			if (nkeys == 16) {
				diag_error(dx, k->loc, "D_ARR_KEYS",
					   "associative array has too many keys: %s", d->str);
				return;
			}
			keys[nkeys++] = kt;
		}
	}
	s = var_find(dx, ns, d->str);
	/* the D enumerators are global identifiers too (dt_decl_enumerator()) */
	if (ns == SYM_GLOBAL && types_enum_const(dx, d->str, &(int64_t){ 0 }, &et)) {
		redeclared_enum(dx, d, assoc != NULL, t, "enumerator", et);
		return;
	}
	if (s) {
		redeclared(dx, d, s, t, assoc != NULL, keys, nkeys);
		return;
	}
	/* a new variable's type, last (dt_node_decl()'s idp == NULL branch) */
	if (!assoc && !global_type_ok(dx, d->loc, t, d->str))
		return;
	if (assoc && !value_type_ok(dx, d->loc, t, d->str))
		return;
	s = sym_add(dx, assoc && ns == SYM_GLOBAL ? SYM_ASSOC : ns, d->str, t, d->loc);
	s->declared = 1;
	if (assoc) {
		s->nkeys = nkeys ? nkeys : -1; /* -1: a[void], declared without keys */
		s->keys = arena_alloc(dx, sizeof(*s->keys) * (nkeys + 1));
		memcpy(s->keys, keys, sizeof(*keys) * nkeys);
		if (ns == SYM_TLS && !nkeys)
			s->nkeys = 0;
	}
}

/*
 * extern T name;  DTrace enters the symbol with type T in its D module,
 * and a redeclaration with another type is an error (dt_node_decl()).  dtc
 * records it as "extern`name" (no D variable, nothing emitted); `name then
 * has type T where the kernel's BTF has no variable of that name, read at
 * its /proc/kallsyms address (ksym.c), and must match the BTF variable's
 * type where there is one.
 */
static void declare_extern(struct dtc *dx, struct node *decl, struct node *d)
{
	struct node *assoc, *dt;
	struct dtype *t;
	const char *key;
	struct sym *s;

	for (dt = d->a; dt; dt = dt->b)
		if (dt->kind == N_DTYPE && dt->op == DT_ARRAY && !dt->a)
			return; /* extern int a[]: accepted; `a (an array) is not read by dtc */
	t = decl_type(dx, decl, d, &assoc);
	if (!t || assoc)
		return; /* extern int a[int]: no kernel symbol has that type */
	key = arena_printf(dx, "extern`%s", d->str);
	s = sym_find(dx, key);
	if (s) {
		if (!type_compatible(s->type, t) || s->type->size != t->size)
			diag_error(dx, d->loc, "D_DECL_IDRED",
				   "identifier redeclared: D`%s\n\t current: %s\n\tprevious: %s",
				   d->str, t->name, s->type->name);
		return;
	}
	s = sym_add(dx, SYM_BUILTIN, key, t, d->loc); /* bv NULL: never an identifier */
	s->declared = 1;
}

void sema_declare_vars(struct dtc *dx, struct node *decl)
{
	struct node *d;

	if (decl->ival & DS_TYPEDEF)
		return;
	for (d = decl->b; d; d = d->next) {
		if (!d->str)
			continue;
		if (d->a && d->a->op == DT_FUNC) {
			/*
			 * DTrace makes a function prototype an extern declaration
			 * in its D module: no D variable, nothing to emit.
			 */
			(void)types_proto_check(dx, d->a->a, "function", PROTO_VARARGS | PROTO_VOID);
			continue;
		}
		if (decl->ival & DS_EXTERN) {
			declare_extern(dx, decl, d); /* a kernel symbol's type (its use is `name) */
			continue;
		}
		declare_one(dx, decl, d);
	}
}

/*
 * this-> variables share one per-CPU array value (at most 32768 bytes,
 * the kernel's PCPU_MIN_UNIT_SIZE), self-> scalars one task-storage value
 * (at most 65535 bytes less the kernel's element header: dtc allows
 * 65000).  Kernel structs make either easy to outgrow: refused here, with
 * the variable that does, rather than by the kernel at load.
 */
void sema_var_limits(struct dtc *dx)
{
	struct sema_state *ss = st(dx);
	int used[2] = { 0, 0 };
	static const int max[2] = { 32768, 65000 };
	struct sym *s, *last[2] = { NULL, NULL }; /* syms: the latest first */

	for (s = ss->syms; s; s = s->next) {
		int i = s->kind == SYM_LOCAL ? 0 : s->kind == SYM_TLS && !s->keys ? 1 : -1;
		int size;
		if (i < 0)
			continue;
		size = s->type->kind == TY_STRING ? ss->strsize : s->type->size;
		if (type_is_sou(s->type) && s->type->kernel)
			size = (size + 7) & ~7;
		used[i] += (size + 7) & ~7;
		if (!last[i])
			last[i] = s;
	}
	for (int i = 0; i < 2; i++)
		if (used[i] > max[i])
			diag_error(dx, last[i]->decl, "D_UNSUPPORTED",
				   "%s%s does not fit: %s variables need %d bytes, more than the %d "
				   "bytes dtc can hold for them",
				   i ? "self->" : "this->", last[i]->name,
				   i ? "thread-local" : "clause-local", used[i], max[i]);
}

/* ---- references --------------------------------------------------------- */

/*
 * dt_cg_arglist(): a tuple takes one tuple register per key after the
 * first, dtc_diftupregs of them (the tregs option, DIF_DTR_NREGS = 8 by
 * default): more keys are EDT_NOTUPREG, an error of the code generator,
 * after the keys were checked.
 */
int sema_tuple_regs(struct dtc *dx, int nkeys, struct loc loc)
{
	int64_t tregs = sema_option_num(dx, "tregs", 8);

	if (tregs > 0 && nkeys > tregs + 1) {
		diag_error_edt(dx, loc, "Insufficient tuple registers to generate code");
		return -1;
	}
	return 0;
}

/* Check the keys of a[...] against (or to create) the variable's tuple. */
static int check_keys(struct dtc *dx, struct cctx *cc, struct node *n, struct sym *s,
		      const char *vname)
{
	struct dtype *kt[16];
	struct node *k;
	int nk = 0;

	for (k = n->b; k; k = k->next) {
		struct dtype *t = check_expr(dx, cc, k);
		if (!t)
			return -1;
		if (nk == 16) {
			diag_error(dx, k->loc, "D_ARR_KEYS", "%s[ ] has too many keys", vname);
			return -1;
		}
		if (sema_is_actval(t)) {
			/* a[stack()]: dt_node_is_void() is false for DTrace's
			 * stack and _symaddr, then D_CG_EXPR (sema_stack.c) */
			sema_actval_used(cc, k);
			return -1;
		}
		if (t->kind == TY_VOID || t->kind == TY_DYN) { /* dt_idcook_assc() */
			diag_error(dx, k->loc, "D_KEY_TYPE",
				   "%s expression may not be used as associative array index: key #%d",
				   t->name, nk + 1);
			return -1;
		}
		if (!key_type_ok(dx, t)) {
			diag_error(dx, k->loc, "D_UNSUPPORTED",
				   "associative array keys of type %s are not yet supported by dtc",
				   t->name);
			return -1;
		}
		if (type_key_byref(dx, t) > 0 && sema_byref_unaddressable(dx, k))
			return -1;
		kt[nk++] = t; /* strings are copied into the key: any pointer will do */
	}
	if (sema_tuple_regs(dx, nk, n->loc))
		return -1;
	if (!s)
		return nk;
	if (s->nkeys <= 0 && nk) {
		/* declared without keys or typed on first use: first keys fix them */
		if (s->nkeys < 0 || !s->keys) {
			s->keys = arena_alloc(dx, sizeof(*s->keys) * nk);
			memcpy(s->keys, kt, sizeof(*kt) * nk);
			s->nkeys = nk;
			return nk;
		}
	}
	if (nk != s->nkeys) {
		diag_error(dx, n->loc, "D_PROTO_LEN", "%s[ ] prototype mismatch: %d key%s passed, %d expected",
			   vname, nk, nk == 1 ? "" : "s", s->nkeys);
		return -1;
	}
	for (int i = 0; i < nk; i++) {
		/* dt_idcook_sign(): each key against the prototype's, by
		 * dt_node_is_argcompat() */
		struct node **kp = &n->b, *kn;
		for (int j = 0; j < i; j++)
			kp = &(*kp)->next;
		kn = *kp;
		if (type_argcompat(s->keys[i], kt[i],
				   (kn->flags & NF_CONST) && type_is_int(kt[i]) && !kn->ival)) {
			if (s->keys[i]->kind == TY_STRING) /* a char pointer: its string */
				sema_str_arg(dx, cc, kp);
		} else {
			diag_error(dx, kn->loc, "D_PROTO_ARG",
				   "%s[ ] key #%d is incompatible with prototype:\n"
				   "\tprototype: %s\n\t      key: %s",
				   vname, i + 1, s->keys[i]->name, kt[i]->name);
			return -1;
		}
	}
	return nk;
}

/*
 * x[i] of a scalar variable that has its type already: DTrace's
 * dt_cook_op2() makes it *(x + i) (K&R A7.3.1), and an integer is no
 * pointer (D_DEREF_NONPTR), a struct no operand of + (D_OP_INCOMPAT);
 * x[i, j] is D_ARR_BADREF, in dt_node_name()'s words ("scalar x").
 */
static void scalar_index_error(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype *t,
			       const char *name)
{
	struct dtype *it;

	if (n->b->next) {
		diag_error(dx, n->loc, "D_ARR_BADREF", "cannot access scalar %s as an associative array",
			   name);
		return;
	}
	if (!(it = check_expr(dx, cc, n->b)))
		return;
	if (type_is_int(t))
		diag_error(dx, n->loc, "D_DEREF_NONPTR", "cannot dereference non-pointer type");
	else
		diag_error(dx, n->loc, "D_OP_INCOMPAT",
			   "operands have incompatible types: \"%s\" + \"%s\"", t->name, it->name);
}

/*
 * The variable an lvalue or rvalue names, or NULL when n is not one of
 * ours.  rtype: the assigned value's type when n is being assigned (NULL
 * for reads; the compound-assignment and ++/-- forms pass int64).
 * *err is set when a diagnostic was reported.
 */
static struct sym *resolve(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype *rtype,
			   int *err)
{
	struct node *base = n->kind == N_INDEX ? n->a : n;
	int ns = member_ns(base);
	const char *name;
	char vname[256];
	struct sym *s;
	int nk;

	if (n->kind == N_INDEX) {
		if (ns < 0 && base->kind != N_IDENT)
			return NULL;
		if (ns < 0) {
			/* a plain name: ours unless it is a builtin (args[]) or a
			 * variable of array/pointer type the types code indexes */
			if (builtin_var_find(base->str) || !strcmp(base->str, "args") ||
			    !strcmp(base->str, "uregs") || strchr(base->str, '`') ||
			    sema_types_is_inline(dx, base->str) ||
			    types_enum_const(dx, base->str, &(int64_t){ 0 }, &(struct dtype *){ NULL }))
				return NULL;
			s = sym_find(dx, base->str);
			if (s && s->kind != SYM_ASSOC) {
				if (s->kind == SYM_GLOBAL &&
				    (s->type->kind == TY_PTR || s->type->kind == TY_ARRAY ||
				     s->type->kind == TY_STRING)) /* s[i]: a character */
					return NULL;
				if (s->kind == SYM_GLOBAL) {
					scalar_index_error(dx, cc, n, s->type, base->str);
					*err = 1;
					return NULL;
				}
				return NULL;
			}
			if (!s && !rtype) {
				/* operator [ made the array: DTrace's dt_cook_var() */
				diag_error(dx, base->loc, "D_VAR_UNDEF",
					   "%s has not yet been declared or assigned", base->str);
				*err = 1;
				return NULL;
			}
			ns = SYM_ASSOC;
		}
	} else if (ns < 0) {
		return NULL;
	}
	name = n->kind == N_INDEX ? (base->kind == N_IDENT ? base->str : base->str) : n->str;
	if ((ns == SYM_TLS || ns == SYM_LOCAL) && strchr(name, '`')) {
		/* dt_xcook_ident(): a scoping mark names no TLS or local variable */
		diag_error(dx, base->loc, "D_IDENT_UNDEF", "failed to resolve %s: Unknown variable name",
			   name);
		*err = 1;
		return NULL;
	}
	snprintf(vname, sizeof(vname), "%s%s", ns_prefix(ns), name);
	if (n->kind == N_INDEX && !n->b->next && (s = var_find(dx, ns, name)) &&
	    s->kind != SYM_ASSOC && !s->keys && s->type->kind == TY_STRING)
		return NULL; /* self->s[i], this->s[i]: a character of the string (sema_types.c) */
	if (n->kind == N_INDEX && (ns == SYM_TLS || ns == SYM_LOCAL) &&
	    (s = var_find(dx, ns, name)) && s->kind != SYM_ASSOC && !s->keys &&
	    (type_is_int(s->type) || type_is_sou(s->type))) {
		scalar_index_error(dx, cc, n, s->type, name); /* not fresh: no array */
		*err = 1;
		return NULL;
	}
	if (ns == SYM_LOCAL && n->kind == N_INDEX) {
		/* operator [ on a fresh this->x: DTrace's dt_cook_op2() */
		diag_error(dx, n->loc, "D_ARR_LOCAL",
			   "local variables may not be used as associative arrays: %s", name);
		*err = 1;
		return NULL;
	}
	s = var_find(dx, ns, name);
	if (s && (n->kind == N_INDEX) != (s->kind == SYM_ASSOC || (s->kind == SYM_TLS && s->keys))) {
		if (n->kind == N_INDEX)
			diag_error(dx, n->loc, "D_ARR_BADREF",
				   "cannot access scalar %s as an associative array", vname);
		else if (s->kind == SYM_ASSOC) /* a global: DTrace's dt_cook_ident() */
			diag_error(dx, n->loc, "D_IDENT_BADREF",
				   "associative array '%s' may not be referenced as scalar", name);
		else
			diag_error(dx, n->loc, "D_ARR_BADREF",
				   "cannot access associative array %s as a scalar", vname);
		*err = 1;
		return NULL;
	}
	if (n->kind == N_INDEX) {
		nk = check_keys(dx, cc, n, s, vname);
		if (nk < 0) {
			*err = 1;
			return NULL;
		}
	}
	(void)nk;
	if (!s) {
		struct dtype *t = rtype;
		if (!t) {
			/* operators [ and -> create the variable before a read
			 * finds it unassigned: DTrace's dt_cook_var() */
			diag_error(dx, n->loc, "D_VAR_UNDEF", "%s has not yet been declared or assigned",
				   vname);
			*err = 1;
			return NULL;
		}
		if (sema_is_actval(t)) {
			/* x = stack(): cooked, then D_CG_EXPR (sema_stack.c) */
			sema_actval_used(cc, n);
			*err = 1;
			return NULL;
		}
		if (t->kind == TY_ARRAY || t->kind == TY_FUNC) {
			/* DTrace types the variable as the value (a char array
			 * too), then refuses = on it (dt_cook_op2()) */
			diag_error(dx, n->loc, "D_OP_ARRFUN",
				   "operator = may not be applied to operand of type \"%s\"", t->name);
			*err = 1;
			return NULL;
		}
		if (t->kind == TY_VOID || t->kind == TY_DYN) {
			/* dt_cook_op2(): as a global's (sema_expr.c), named as
			 * dt_node_type_name() names the new variable */
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"%s\" = \"%s\"",
				   t->kind == TY_VOID ? "void" : n->kind == N_INDEX ? "associative array"
									: "scalar", t->name);
			*err = 1;
			return NULL;
		}
		if (t->kind == TY_FLOAT) {
			/* DTrace types the variable as the value, then finds a
			 * float not assignable (dt_node_is_argcompat()) */
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"%s\" = \"%s\"", t->name,
				   t->name);
			*err = 1;
			return NULL;
		}
		if (sema_incomplete_value(dx, n->loc, t)) {
			*err = 1;
			return NULL;
		}
		if (ns != SYM_ASSOC && n->kind != N_INDEX && type_is_sou(t)
			    ? !global_type_ok(dx, n->loc, t, vname)
						      : !value_type_ok(dx, n->loc, t, vname)) {
			*err = 1;
			return NULL;
		}
		s = sym_add(dx, ns, arena_strdup(dx, name), t, n->loc);
		if (n->kind == N_INDEX) {
			struct node *k;
			int i = 0;
			for (k = n->b; k; k = k->next)
				i++;
			s->keys = arena_alloc(dx, sizeof(*s->keys) * (i + 1));
			s->nkeys = i;
			for (k = n->b, i = 0; k; k = k->next)
				s->keys[i++] = k->type;
		}
	}
	n->sym = s;
	n->id = -1;
	if (n->kind == N_INDEX) {
		/* keys with strings are built in consecutive temporaries */
		int slots = sema_var_key_slots(st(dx), s);
		for (int i = 0; i < slots; i++) {
			int t = new_tmp(dx, cc, n);
			if (i == 0)
				n->id = t;
		}
	}
	return s;
}

/* Key layout: integers 8 bytes (sign- or zero-extended), strings strsize
 * bytes NUL-padded; a thread-local array's key starts with the tid. */
int sema_var_keysize(const struct sema_state *ss, const struct sym *s)
{
	int size = s->kind == SYM_TLS ? 8 : 0;
	for (int i = 0; i < s->nkeys; i++)
		size += s->keys[i]->kind == TY_STRING ? ss->strsize
			: type_is_sou(s->keys[i]) || s->keys[i]->kind == TY_ARRAY
			? (s->keys[i]->size + 7) & ~7 : 8;
	return size;
}

/* Temporaries a key needs: 0 when it fits on the BPF stack (integers only). */
int sema_var_key_slots(const struct sema_state *ss, const struct sym *s)
{
	int size = sema_var_keysize(ss, s), str = 0;
	for (int i = 0; i < s->nkeys; i++)
		str |= s->keys[i]->kind == TY_STRING;
	if (!str && size <= 64)
		return 0;
	return (size + ss->strsize - 1) / ss->strsize;
}

/*
 * DTrace's assignment compatibility (type_argcompat()), plus its special
 * case: a dynamic variable (self->x, a[k]) takes the constant 0, which
 * releases it, whatever its type.
 */
static int types_assignable(const struct sym *s, struct dtype *l, struct node *rn)
{
	struct dtype *r = rn->type;
	int zero = (rn->flags & NF_CONST) && type_is_int(r) && rn->ival == 0;

	if (zero && (s->kind == SYM_TLS || s->kind == SYM_ASSOC))
		return 1;
	return type_argcompat(l, r, zero);
}

/*
 * A kernel struct or union is copied into a variable straight from where it
 * lies (bpf_probe_read_kernel() of its CO-RE size, emit_var.c): from memory
 * (*p, p->m), a variable, or a member of either; 0 = releases it.
 */
int sema_var_kernel_copy_ok(struct dtc *dx, struct dtype *t, struct node *src, struct node *dst)
{
	struct node *b = src;

	if (!type_is_sou(t) ||
	    (!t->kernel && (t->size <= 256 || dst->kind != N_INDEX || !dst->sym || !dst->sym->keys)))
		return 1; /* a large D struct in a[k] is copied as a kernel struct is */
	if (!t->tag && !t->tdname) { /* g = p->anon, typed by its first assignment */
		const char *ns = member_ns(dst) >= 0 ? ns_prefix(member_ns(dst)) : "";
		return value_type_ok(dx, dst->loc, t,
				     arena_printf(dx, "%s%s", ns, dst->str ? dst->str : dst->a->str));
	}
	if (type_is_int(src->type) || sema_node_is_mem(src))
		return 1;
	while (b->kind == N_MEMBER_OF || (b->kind == N_INDEX && !b->sym))
		b = b->a;
	if ((b->kind == N_IDENT && b->sym && b->sym->kind == SYM_GLOBAL) ||
	    (b->kind == N_PTR_MEMBER && b->sym && member_ns(b) >= 0) ||
	    (b->kind == N_INDEX && b->sym && b->sym->keys))
		return 1;
	diag_error(dx, src->loc, "D_UNSUPPORTED",
		   "a %s is copied from memory or a variable, not from this expression, by dtc",
		   t->name);
	return 0;
}

static int is_var_lvalue(struct dtc *dx, struct node *n)
{
	if (member_ns(n) >= 0)
		return 1;
	/* i[k] of an inline or a D enumerator indexes its value, *(i + k)
	 * (dt_cook_op2()): sema_types.c */
	if (n->kind == N_INDEX && n->a->kind == N_IDENT &&
	    (sema_types_is_inline(dx, n->a->str) || strchr(n->a->str, '`') || /* a kernel symbol */
	     types_enum_const(dx, n->a->str, &(int64_t){ 0 }, &(struct dtype *){ NULL })))
		return 0;
	if (n->kind == N_INDEX)
		return n->a->kind == N_IDENT || member_ns(n->a) >= 0;
	return 0;
}

/* this->v[i] of a declared `this int v[4]`, or this->p[i] / self->p[i] of a pointer
 * variable (proc/tst.exitkilled.sh): an element, not an associative array. */
static int local_array(struct dtc *dx, struct node *n)
{
	struct sym *s;

	if (n->kind != N_INDEX || member_ns(n->a) < 0)
		return 0;
	s = var_find(dx, member_ns(n->a), n->a->str);
	return s && (s->type->kind == TY_ARRAY || s->type->kind == TY_PTR) &&
	       !s->keys; /* self int v[4] too */
}

/* s[i] of a string variable, s, this->s or self->s, stored to (s[i] = c,
 * s[i]++): a character of the string (sema_types.c, emit_types.c), which
 * DTrace stores through the string's address (dt_cg_asgn_op()). */
static int str_var_char(struct dtc *dx, struct node *n)
{
	struct sym *s;

	if (n->kind != N_INDEX || n->b->next)
		return 0;
	if (n->a->kind == N_IDENT)
		s = sym_find(dx, n->a->str);
	else if (member_ns(n->a) >= 0)
		s = var_find(dx, member_ns(n->a), n->a->str);
	else
		return 0;
	return s && (s->kind == SYM_GLOBAL || s->kind == SYM_LOCAL || s->kind == SYM_TLS) &&
	       !s->keys && s->type->kind == TY_STRING;
}

/*
 * f[i] of a built-in function f: DTrace cooks f as a call without
 * arguments (dt_xcook_ident(), dt_idcook_sign()): D_PROTO_LEN when f
 * requires some, else *(f() + i) (dt_cook_op2()), which void + i refuses.
 * Returns -1 after an error, 1 when ix is now f()[i] for the typed
 * expressions (sema_types.c), 0 when its base is no such function.
 */
static int builtin_index(struct dtc *dx, struct cctx *cc, struct node *ix)
{
	struct node *base = ix->a;
	const struct builtin *b;
	const char *want;
	struct dtype *it;

	if (ix->kind != N_INDEX || base->kind != N_IDENT || !builtin_is_func(base->str) ||
	    sema_ident_newer(dx, base->str, base->loc))
		return 0;
	b = builtin_find(base->str);
	want = builtin_noargs_want(dx, b);
	if (want) {
		diag_error(dx, base->loc, "D_PROTO_LEN",
			   "%s( ) prototype mismatch: 0 args passed, %s expected", base->str, want);
		return -1;
	}
	if (!strncmp(b->proto, "void(", 5)) {
		it = check_expr(dx, cc, ix->b);
		if (it)
			diag_error(dx, ix->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"void\" + \"%s\"", it->name);
		return -1;
	}
	base->kind = N_CALL;
	base->a = NULL;
	return 1;
}

/* name[i] of a built-in: args[i], uregs[i], or a scalar such as pid
 * indexed, which sema_expr.c and sema_types.c check (they are no
 * associative arrays of ours, written or read). */
static int builtin_indexed(const char *name)
{
	return builtin_var_find(name) || !strcmp(name, "args") || !strcmp(name, "uregs");
}

/*
 * The operand of a unary operator (dt_cook_op1()): a self->x, this->x or
 * a[k] that operator -> or [ made and nothing assigned yet is cooked
 * without a reference, then typed int64_t.  So -self->x is 0, sizeof
 * (self->x) is 8, *self->x is D_DEREF_NONPTR, and a later self->x = "a"
 * is D_OP_INCOMPAT.  1 when resolving it reported an error.
 */
int sema_var_unary_operand(struct dtc *dx, struct cctx *cc, struct node *n)
{
	int ns = member_ns(n), err = 0;

	if (ns >= 0) {
		if (var_find(dx, ns, n->str))
			return 0;
	} else if (n->kind == N_INDEX && is_var_lvalue(dx, n) && !local_array(dx, n)) {
		struct node *b = n->a;

		if (b->kind == N_IDENT ? sym_find(dx, b->str) || builtin_indexed(b->str)
				       : member_ns(b) < 0 || var_find(dx, member_ns(b), b->str) != NULL)
			return 0;
	} else {
		return 0;
	}
	(void)resolve(dx, cc, n, type_int(dx, 8, 1), &err);
	return err;
}

/*
 * A global name an assignment creates (dt_cook_op2() passes B_TRUE to
 * dt_xcook_ident() for its left side): no variable, built-in, inline,
 * enumerator, kernel symbol or identifier of another kind has it.
 */
static int fresh_global(struct dtc *dx, struct node *n)
{
	return n->kind == N_IDENT &&
	       !(builtin_var_find(n->str) && !sema_ident_newer(dx, n->str, n->loc)) &&
	       !sym_find(dx, n->str) && !sema_types_is_inline(dx, n->str) &&
	       !types_enum_find(dx, n->str, &(int64_t){ 0 }) && !strchr(n->str, '`') &&
	       !sema_ident_kind(dx, n->str, n->loc);
}

int sema_var_fresh_read(struct dtc *dx, const struct cctx *cc, struct node *n)
{
	for (const struct asgn_fresh *f = cc->asgn_fresh; f; f = f->up) {
		if (strcmp(f->name, n->str))
			continue;
		if (f->assoc)
			diag_error(dx, n->loc, "D_IDENT_BADREF",
				   "associative array '%s' may not be referenced as scalar", n->str);
		else
			diag_error(dx, n->loc, "D_VAR_UNDEF",
				   "%s has not yet been declared or assigned", n->str);
		return 1;
	}
	return 0;
}

struct dtype *sema_var_global_asgn_rhs(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct asgn_fresh f = { n->a->str, 0, cc->asgn_fresh };
	struct dtype *r;

	if (n->op != OP_ASSIGN && fresh_global(dx, n->a)) {
		/* created, then cooked as read and modified: dt_cook_var() */
		diag_error(dx, n->a->loc, "D_VAR_UNDEF", "%s has not yet been declared or assigned",
			   n->a->str);
		return NULL;
	}
	if (fresh_global(dx, n->a))
		cc->asgn_fresh = &f;
	r = check_expr(dx, cc, n->b);
	cc->asgn_fresh = f.up;
	return r;
}

/* The variable of self->x, this->x, a[..] or self->a[..] exists (declared
 * or assigned before) */
static int var_exists(struct dtc *dx, struct node *n)
{
	struct node *base = n->kind == N_INDEX ? n->a : n;
	int ns = member_ns(base);

	if (ns >= 0)
		return var_find(dx, ns, base->str) != NULL;
	return base->kind != N_IDENT || sym_find(dx, base->str) != NULL;
}

int sema_var_expr(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype **tp)
{
	struct dtype *r, *t;
	struct sym *s;
	int err = 0;

	*tp = NULL;
	switch (builtin_index(dx, cc, n->kind == N_ASSIGN || n->kind == N_INCDEC ? n->a : n)) {
	case -1:
		return 1;
	case 1:
		return 0; /* f()[i]: sema_types.c */
	default:
		break;
	}
	if (local_array(dx, n) ||
	    ((n->kind == N_ASSIGN || n->kind == N_INCDEC) &&
	     (local_array(dx, n->a) || str_var_char(dx, n->a))))
		return 0; /* sema_types.c */
	/* an associative array's name alone, read or assigned */
	{
		struct node *id = n->kind == N_IDENT ? n
				  : (n->kind == N_ASSIGN || n->kind == N_INCDEC) ? n->a : NULL;
		if (id && id->kind == N_IDENT && (s = sym_find(dx, id->str)) &&
		    s->kind == SYM_ASSOC) {
			diag_error(dx, id->loc, "D_IDENT_BADREF",
				   "associative array '%s' may not be referenced as scalar", id->str);
			return 1;
		}
	}
	switch (n->kind) {
	case N_INDEX:
	case N_PTR_MEMBER:
		s = resolve(dx, cc, n, NULL, &err);
		if (err)
			return 1;
		if (!s)
			return 0;
		*tp = n->type = s->type;
		return 1;
	case N_ASSIGN:
		if (!is_var_lvalue(dx, n->a))
			return 0;
		if (n->a->kind == N_INDEX && n->a->a->kind == N_IDENT) {
			struct sym *g = sym_find(dx, n->a->a->str);
			if ((g && g->kind != SYM_ASSOC && g->kind != SYM_GLOBAL) ||
			    builtin_indexed(n->a->a->str))
				return 0;
			if (g && g->kind == SYM_GLOBAL &&
			    (g->type->kind == TY_PTR || g->type->kind == TY_ARRAY))
				return 0;
		}
		if (n->op != OP_ASSIGN && !var_exists(dx, n->a)) {
			/* the left side is cooked first, as read and modified:
			 * a fresh variable is D_VAR_UNDEF (dt_cook_var()) */
			if (!resolve(dx, cc, n->a, NULL, &err) || err)
				return 1;
		}
		{
			struct asgn_fresh f = { NULL, 1, cc->asgn_fresh };

			if (n->a->kind == N_INDEX && n->a->a->kind == N_IDENT && !var_exists(dx, n->a)) {
				f.name = n->a->a->str; /* a[k] = ...: a is an array now */
				cc->asgn_fresh = &f;
			}
			r = check_expr(dx, cc, n->b);
			cc->asgn_fresh = f.up;
		}
		if (!r)
			return 1;
		s = resolve(dx, cc, n->a,
			    n->op != OP_ASSIGN		      ? type_int(dx, 8, 1)
			    : sema_char_array_value(dx, n->b) ? sema_char_array_value(dx, n->b)
							      : r,
			    &err);
		if (!s)
			return 1;
		t = s->type;
		n->a->type = t;
		if (n->op != OP_ASSIGN) {
			if (sema_compound_check(dx, n, t, r))
				return 1;
		} else if (t->kind == TY_ARRAY || t->kind == TY_FUNC) {
			/* DTrace's dt_cook_op2(), before the types are compared */
			diag_error(dx, n->loc, "D_OP_ARRFUN",
				   "operator %s may not be applied to operand of type \"%s\"",
				   op_str(n->op), t->name);
			return 1;
		} else if (!types_assignable(s, t, n->b)) {
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"%s\" = \"%s\"", t->name, r->name);
			return 1;
		} else if (!sema_var_kernel_copy_ok(dx, t, n->b, n->a)) {
			return 1;
		} else if (t->kind == TY_STRING && r->kind == TY_PTR) {
			sema_str_from_ptr(dx, cc, &n->b);
		}
		if (t->kind == TY_STRING) {
			str_sized(dx, cc, n->b);
			n->id = new_tmp(dx, cc, n); /* value buffer / result */
		}
		*tp = n->type = t;
		return 1;
	case N_INCDEC:
		if (!is_var_lvalue(dx, n->a))
			return 0;
		if (n->a->kind == N_INDEX && n->a->a->kind == N_IDENT) {
			struct sym *g = sym_find(dx, n->a->a->str);
			if ((g && g->kind != SYM_ASSOC) || builtin_indexed(n->a->a->str))
				return 0;
		}
		s = resolve(dx, cc, n->a, type_int(dx, 8, 1), &err);
		if (!s)
			return 1;
		n->a->type = s->type;
		if (!type_is_scalar(s->type)) {
			diag_error(dx, n->loc, "D_OP_SCALAR", "operator %s requires operand of scalar type",
				   op_str(n->op));
			return 1;
		}
		if (type_is_vfptr(s->type)) { /* DTrace's dt_cook_op1() */
			diag_error(dx, n->loc, "D_OP_VFPTR", "operator %s requires an operand of known size",
				   op_str(n->op));
			return 1;
		}
		*tp = n->type = s->type;
		return 1;
	default:
		return 0;
	}
}
