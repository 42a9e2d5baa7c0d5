/*
 * sema_types.c: expressions over structured types: member access (`.` and
 * `->`) on D and kernel structs and unions, `*p`, `&x`, `p[i]` on pointers
 * and arrays, offsetof, stringof of kernel char pointers and char arrays,
 * and stores through them; string temporaries and the strings read from
 * pointers.
 *
 * Inlines and translators (xlate) are sema_inline.c's.  The emitter
 * (emit_types.c) writes memory accesses as CO-RE reads.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "sema.h"

/* A store DTrace's parser accepts but dtc cannot make (sema_types_deferred()). */
struct late_err {
	struct loc loc;
	int op;
	struct late_err *next;
};

struct st_types {
	struct late_err *late, **late_tail;
};

static struct st_types *sty(struct dtc *dx)
{
	if (!dx->types_sema)
		dx->types_sema = arena_alloc(dx, sizeof(struct st_types));
	return dx->types_sema;
}

/* ---- memory ----------------------------------------------------------- */

/* Does n designate memory read through a pointer (kernel or D)? */
int sema_node_is_mem(struct node *n)
{
	return (n->flags & NF_MEM) != 0;
}

/* Is the (checked, non-memory) lvalue n a member or element of a D global? */
static int global_lvalue(struct node *n)
{
	while (n->kind == N_MEMBER_OF || n->kind == N_INDEX)
		n = n->a;
	if (n->kind == N_PTR_MEMBER) /* this struct foo x, self struct foo y */
		return n->sym && (n->sym->kind == SYM_LOCAL || n->sym->kind == SYM_TLS) &&
		       !n->sym->keys;
	return n->kind == N_IDENT && n->sym && n->sym->kind == SYM_GLOBAL;
}

/*
 * Is the lvalue n a member or element of an associative array's struct or
 * union value (a[k].m, self->a[k].m)?  DTrace stores it in place, the
 * element created all zero by the store (a by-reference dynamic variable,
 * DTRACE_DYNVAR_ALLOC), and never releases it for that store
 * (emit_var.c).
 */
static int assoc_elem_lvalue(struct node *n)
{
	while (n->kind == N_MEMBER_OF || (n->kind == N_INDEX && !(n->sym && n->sym->keys)))
		n = n->a;
	return n->kind == N_INDEX && n->sym && n->sym->keys && type_is_sou(n->sym->type);
}

/* Is n a member or element of an associative array's kernel struct value
 * (a[k].comm), read in place (emit_var.c)? */
static int kernel_elem_member(struct node *n)
{
	while (n->kind == N_MEMBER_OF || (n->kind == N_INDEX && !(n->sym && n->sym->keys)))
		n = n->a;
	return n->kind == N_INDEX && n->sym && n->sym->keys && type_is_sou(n->sym->type) &&
	       n->sym->type->kernel;
}

static int dtrace_writable(struct dtc *dx, struct node *n);

/*
 * A store to s[i] where s is a string but no variable: DTrace's
 * dt_cook_op1()/op2() find no DT_NF_WRITABLE (execname[0] = 'x',
 * "abc"[1]++: D_OP_WRITE).  A character of an associative array's string
 * element is one DTrace stores, dtc does not (D_UNSUPPORTED).  1 when
 * reported.
 */
static int str_char_unwritable(struct dtc *dx, struct node *n)
{
	struct node *s = n->a->a;

	if (n->a->kind != N_INDEX || !s->type || s->type->kind != TY_STRING ||
	    (global_lvalue(n->a) && dtrace_writable(dx, n->a)))
		return 0;
	if (s->kind == N_INDEX && s->sym && s->sym->keys)
		diag_error(dx, n->loc, "D_UNSUPPORTED",
			   "a character of an associative array's string element is not stored "
			   "to by dtc: copy the string to a variable first");
	else
		diag_error(dx, n->loc, "D_OP_WRITE",
			   "operator %s can only be applied to a writable variable", op_str(n->op));
	return 1;
}

/* The value type of a member or element: char arrays read as strings. */
static struct dtype *value_type(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype *t)
{
	if (type_is_char_array(t) &&
	    (sema_node_is_mem(n) || global_lvalue(n) || kernel_elem_member(n))) {
		n->flags |= NF_CHARARR;
		n->ival = t->nelem;
		n->id = new_tmp(dx, cc, n);
		return n->type = type_string(dx);
	}
	return n->type = t;
}

/* A D global char array named alone reads as a string. */
struct dtype *sema_types_global_value(struct dtc *dx, struct cctx *cc, struct node *n)
{
	return value_type(dx, cc, n, n->sym->type);
}

/*
 * A chain of member accesses (a->b->c..., a.b, a[i], *a) nests one memory read
 * in another in the C dtc writes; clang's time grows with the square of the
 * nesting (1,000 steps: 20 s and 2 GB), so dtc compiles chains of up to
 * SEMA_CHAIN_MAX steps and names that limit beyond.  DTrace has none.
 */
#define SEMA_CHAIN_MAX 256

static int chain_steps(const struct node *n)
{
	int k = 0;

	for (; n; k++) {
		if (n->kind == N_MEMBER_OF || n->kind == N_PTR_MEMBER || n->kind == N_INDEX)
			n = n->a;
		else if (n->kind == N_UNARY && n->op == OP_DEREF)
			n = n->a;
		else
			break;
	}
	return k;
}

static struct dtype *check_member(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *bt, *st;
	struct dmember *m;
	int k = chain_steps(n);

	if (k > SEMA_CHAIN_MAX) {
		diag_error(dx, n->loc, "D_EXPR_DEPTH",
			   "member chain of %d steps is longer than the %d dtc compiles", k,
			   SEMA_CHAIN_MAX);
		return NULL;
	}
	bt = check_expr(dx, cc, n->a);
	if (!bt)
		return NULL;
	if (n->kind == N_MEMBER_OF && n->a->kind == N_UNARY && n->a->op == OP_DEREF &&
	    n->a->a->kind == N_XLATE && n->a->a->member) {
		/* (*curpsinfo).m: the translated struct's member, as
		 * xlate<T *>(e)->m but no lvalue (dt_cook_op1() DT_TOK_DEREF) */
		n->a = n->a->a;
		return sema_xlate_member(dx, cc, n, n->a);
	}
	if (n->a->kind == N_XLATE && n->a->member) {
		if ((n->kind == N_PTR_MEMBER) != (bt->kind == TY_PTR)) {
			diag_error(dx, n->loc, n->kind == N_PTR_MEMBER ? "D_OP_PTR" : "D_OP_SOU",
				   n->kind == N_PTR_MEMBER ? "operator -> must be applied to a pointer"
							   : "operator . cannot be applied to type \"%s\"; must be applied to a struct or union",
				   bt->name);
			return NULL;
		}
		return sema_xlate_member(dx, cc, n, n->a);
	}
	if (n->kind == N_PTR_MEMBER) {
		if (bt->kind != TY_PTR) {
			diag_error(dx, n->loc, "D_OP_PTR", "operator -> must be applied to a pointer");
			return NULL;
		}
		st = bt->base;
		if (!type_is_sou(st)) {
			diag_error(dx, n->loc, "D_OP_SOU",
				   "operator -> cannot be applied to pointer to type \"%s\"; must be applied to a struct or union pointer",
				   st->name);
			return NULL;
		}
	} else {
		st = bt;
		if (!type_is_sou(st)) {
			diag_error(dx, n->loc, "D_OP_SOU",
				   "operator . cannot be applied to type \"%s\"; must be applied to a struct or union",
				   st->name);
			return NULL;
		}
	}
	if (!st->complete) {
		diag_error(dx, n->loc, "D_OP_INCOMPLETE",
			   "operator %s cannot be applied to a forward declaration: no %s definition is available",
			   n->kind == N_PTR_MEMBER ? "->" : ".", st->name);
		return NULL;
	}
	m = type_member(dx, st, n->str);
	if (!m || !m->type) {
		diag_error(dx, n->loc, "D_TYPE_MEMBER", "%s is not a member of %s", n->str, st->name);
		return NULL;
	}
	m->used = 1;
	st->used = 1;
	n->member = m;
	if (n->kind == N_PTR_MEMBER || sema_node_is_mem(n->a))
		n->flags |= NF_MEM;
	if (m->bits)
		n->flags |= NF_BITFIELD;
	if (m->bits && st->kernel && m->type->kind != TY_INT && m->type->kind != TY_ENUM) {
		diag_error(dx, n->loc, "D_TYPE_ERR", "bit-field %s has a non-integer type", n->str);
		return NULL;
	}
	return value_type(dx, cc, n, m->type);
}

static struct dtype *index_of(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype *bt);

static struct dtype *check_deref(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *t = n->a->type;

	if (t->kind == TY_STRING) {
		/* *s: a string is char [strsize] in D (dt_cook_op1() derefs
		 * an array to its element), so its first character, s[0] */
		struct node *z = node_new(dx, N_INT, n->loc);

		z->str = "0";
		n->kind = N_INDEX;
		n->op = OP_NONE;
		n->b = z;
		return index_of(dx, cc, n, t);
	}
	if (t->kind == TY_ARRAY && sema_node_is_mem(n->a))
		t = type_ptr(dx, t->base);
	if (t->kind != TY_PTR) {
		diag_error(dx, n->loc, "D_DEREF_NONPTR", "cannot dereference non-pointer type");
		return NULL;
	}
	if (t->base->kind == TY_VOID) {
		diag_error(dx, n->loc, "D_DEREF_VOID", "cannot dereference pointer to void");
		return NULL;
	}
	if (t->base->kind == TY_FUNC) {
		diag_error(dx, n->loc, "D_DEREF_FUNC", "cannot dereference pointer to function");
		return NULL;
	}
	/* *p of a forward struct is its (incomplete) type, as dt_cook_op1()
	 * makes it: (*p).m is D_OP_INCOMPLETE, sizeof(*p) D_SIZEOF_TYPE */
	if (type_is_sou(t->base)) {
		t->base->used = 1;
		type_resolve(dx, t->base);
	}
	n->flags |= NF_MEM;
	return value_type(dx, cc, n, t->base);
}

/* The type of &a, a D global or memory: a pointer to it (to the char array
 * for one read as a string: dt_type_pointer() of char [16] for &p->comm);
 * a bit-field has no address. */
static struct dtype *addr_type(struct dtc *dx, struct node *n, struct node *a)
{
	if (a->flags & NF_BITFIELD) {
		diag_error(dx, n->loc, "D_ADDROF_BITFIELD", "cannot take address of bit-field");
		return NULL;
	}
	if ((a->flags & NF_CHARARR) && a->kind != N_STRINGOF && a->ival > 0)
		return type_ptr(dx, sema_chararr_type(dx, a));
	if (a->flags & NF_CHARARR)
		return type_ptr(dx, type_int(dx, 1, 1));
	return type_ptr(dx, a->type);
}

/*
 * A member or *p of array type is no lvalue: dt_cook_op2() sets DT_NF_LVALUE
 * on p->m and v.m only where m is not an array, dt_cook_op1() on *p only
 * where *p is not one (p[i] is *(p + i)), so & refuses them (D_ADDROF_LVAL:
 * &curthread->comm, &g.arr, &this->s.arr).  A kernel symbol (`arr) is one.
 */
static int array_rvalue(struct dtc *dx, struct node *a)
{
	if (!((a->type && a->type->kind == TY_ARRAY) || sema_char_array_value(dx, a)))
		return 0;
	/* `sym is *(T *)&sym to dtc (ksym_rewrite()), a DT_NODE_SYM to DTrace */
	if (a->kind == N_UNARY && a->a->kind == N_IDENT && a->a->str && strchr(a->a->str, '`'))
		return 0;
	return a->kind == N_MEMBER_OF || (a->kind == N_UNARY && a->op == OP_DEREF) ||
	       ((a->kind == N_PTR_MEMBER || a->kind == N_INDEX) && sema_node_is_mem(a));
}

/* this->v or an element or member of it (this->a[1], this->s.m, constant
 * indexes only): clause-local storage, which has an address (emit_addr()) */
int sema_local_lvalue(struct node *a)
{
	while ((a->kind == N_MEMBER_OF ||
		(a->kind == N_INDEX && a->a->type && a->a->type->kind == TY_ARRAY &&
		 (a->b->flags & NF_CONST))) &&
	       !sema_node_is_mem(a))
		a = a->a;
	return a->kind == N_PTR_MEMBER && a->a->kind == N_IDENT && !strcmp(a->a->str, "this") &&
	       a->sym && a->sym->kind == SYM_LOCAL && a->type &&
	       (a->type->kind == TY_ARRAY || type_is_sou(a->type));
}

static struct dtype *check_addr(struct dtc *dx, struct node *n)
{
	struct node *a = n->a;
	if (a->flags & NF_BVAR) {
		/* &args[i], &uregs[i]: DTrace's dt_cook_op1() on a DT_NODE_VAR */
		diag_error(dx, n->loc, "D_ADDROF_VAR", "cannot take address of dynamic variable");
		return NULL;
	}
	if (array_rvalue(dx, a)) {
		diag_error(dx, n->loc, "D_ADDROF_LVAL", "unacceptable operand for unary & operator");
		return NULL;
	}
	/* D variables live in BPF maps: as in DTrace on BPF, none has an address */
	if ((a->kind == N_INDEX || a->kind == N_MEMBER_OF) && !sema_node_is_mem(a) &&
	    global_lvalue(a) && a->kind != N_PTR_MEMBER) {
		/* &array[0], &x.m of a D global: its .bss address */
		const struct node *r = a;
		while (r->kind == N_MEMBER_OF || r->kind == N_INDEX)
			r = r->a;
		if (r->kind == N_IDENT)
			return n->type = addr_type(dx, n, a);
	}
	if ((a->kind == N_INDEX || a->kind == N_MEMBER_OF) && sema_local_lvalue(a))
		/* &this->a[1], &this->s.m: *(a + i) and a DOT node to
		 * dt_cook_op1(), no variable */
		return n->type = addr_type(dx, n, a);
	if (a->kind == N_IDENT || a->kind == N_AGG ||
	    /* an aggregating function's value is of the dynamic type too */
	    (a->kind == N_CALL && builtin_find(a->str) && builtin_find(a->str)->kind == BI_AGGFN) ||
	    ((a->kind == N_INDEX || a->kind == N_PTR_MEMBER) && !sema_node_is_mem(a))) {
		diag_error(dx, n->loc, "D_ADDROF_VAR", "cannot take address of dynamic variable");
		return NULL;
	}
	if (sema_node_is_mem(a))
		return n->type = addr_type(dx, n, a);
	diag_error(dx, n->loc, "D_ADDROF_LVAL", "unacceptable operand for unary & operator");
	return NULL;
}

/* What DTrace's dt_node_name() calls an expression in its messages. */
static const char *node_name(struct dtc *dx, const struct node *n)
{
	switch (n->kind) {
	case N_IDENT:
		return arena_printf(dx, "scalar %s", n->str);
	case N_PTR_MEMBER:
		if (n->a->kind == N_IDENT && (!strcmp(n->a->str, "self") || !strcmp(n->a->str, "this")))
			return arena_printf(dx, "scalar %s", n->str);
		return "operator ->";
	case N_MEMBER_OF:
		return "operator .";
	case N_BINARY:
	case N_LOGICAL:
	case N_UNARY:
		return arena_printf(dx, "operator %s", op_str(n->op));
	case N_COND:
		return "operator ?:";
	case N_CALL:
		return arena_printf(dx, "function %s( )", n->str);
	case N_INT:
		return arena_printf(dx, "integer constant 0x%llx", (unsigned long long)n->ival);
	default:
		return n->type ? n->type->name : "expression";
	}
}

/* The single index of n (n->b): an integer, else a + b of pointers to DTrace,
 * which makes a[i] *(a + i) (D_OP_INCOMPAT); its type or NULL. */
static struct dtype *check_int_index(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *it = check_expr(dx, cc, n->b);

	if (it && !type_is_int(it)) {
		diag_error(dx, n->loc, "D_OP_INCOMPAT",
			   "operands have incompatible types: \"%s\" + \"%s\"", n->a->type->name,
			   it->name);
		return NULL;
	}
	return it;
}

/* The char array type a node read as a string (NF_CHARARR) has: its
 * declared element type (unsigned char g[4]: g[0] is unsigned; the kernel's
 * char is unsigned too: btf.c), else char. */
struct dtype *sema_chararr_type(struct dtc *dx, const struct node *a)
{
	struct dtype *t = NULL;

	if (a->xltype) /* a translated member: its declared type (psinfo_t's D char) */
		t = a->xltype;
	else if (a->kind == N_IDENT && a->sym)
		t = a->sym->type;
	else if ((a->kind == N_MEMBER_OF || a->kind == N_PTR_MEMBER) && a->member)
		t = a->member->type;
	else if (a->kind == N_UNARY && a->op == OP_DEREF && a->a->type && a->a->type->kind == TY_PTR)
		t = a->a->type->base;
	else if (a->kind == N_PTR_MEMBER && a->sym) /* this char x[4], self char y[4] */
		t = a->sym->type;
	if (t && type_is_char_array(t) && t->nelem == (int)a->ival)
		return t;
	return type_array(dx, type_int(dx, 1, 1), (int)a->ival);
}

/* a[i], its base checked (bt). */
static struct dtype *index_of(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype *bt)
{
	struct dtype *it;

	if ((n->a->flags & NF_CHARARR) && n->a->kind != N_STRINGOF && n->a->ival > 0) {
		/* comm[i]: the char array, not the string copy */
		n->a->flags &= ~NF_CHARARR;
		if (cc->ci->ntmp > 0 && n->a->id == cc->ci->ntmp - 1)
			cc->ci->ntmp--; /* the copy's temporary goes unused */
		bt = sema_chararr_type(dx, n->a);
		n->a->type = bt;
	}
	if (bt->kind == TY_STRING && !n->b->next) {
		/* s[i]: the i-th character of a string (emit_types.c) */
		if (!check_int_index(dx, cc, n))
			return NULL;
		str_sized(dx, cc, n->a);
		return n->type = type_int(dx, 1, 1);
	}
	if (bt->kind != TY_PTR && !(bt->kind == TY_ARRAY && sema_node_is_mem(n->a)) &&
	    bt->kind != TY_ARRAY) {
		/* *(a + i) (dt_cook_op2()): an integer a + i is no pointer, a
		 * struct no operand of + */
		struct dtype *it = n->b->next ? NULL : check_expr(dx, cc, n->b);

		if (n->b->next)
			diag_error(dx, n->loc, "D_ARR_BADREF",
				   "cannot access %s as an associative array", node_name(dx, n->a));
		else if (it && type_is_int(bt) && type_is_int(it))
			diag_error(dx, n->loc, "D_DEREF_NONPTR", "cannot dereference non-pointer type");
		else if (it)
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"%s\" + \"%s\"", bt->name,
				   it->name);
		return NULL;
	}
	if (n->b->next && n->a->kind == N_IDENT && n->a->sym && n->a->sym->kind == SYM_GLOBAL) {
		diag_error(dx, n->loc, "D_ARR_BADREF", "cannot access scalar %s as an associative array",
			   n->a->str);
		return NULL;
	}
	if (n->b->next) {
		diag_error(dx, n->loc, "D_ARR_BADREF", "cannot access %s as an associative array",
			   node_name(dx, n->a)); /* a[i, j] is no *(a + i) (dt_cook_op2()) */
		return NULL;
	}
	if (!(it = check_int_index(dx, cc, n)))
		return NULL;
	if (type_is_vfptr(bt)) {
		/* *(p + i) (dt_cook_op2()): a void or function pointer has
		 * no size to step by */
		diag_error(dx, n->loc, "D_OP_INCOMPAT",
			   "operands have incompatible types: \"%s\" + \"%s\"", bt->name, it->name);
		return NULL;
	}
	if (bt->kind == TY_ARRAY && (n->b->flags & NF_CONST) && /* x[0]: a flexible array */
	    (n->b->ival < 0 || (n->b->ival >= bt->nelem && (bt->nelem || !sema_node_is_mem(n->a))))) {
		diag_error(dx, n->loc, "D_ARR_BOUNDS", "index outside array bounds: %llu, max is %d",
			   (unsigned long long)n->b->ival, bt->nelem);
		return NULL;
	}
	if (type_is_sou(bt->base))
		bt->base->used = 1;
	if (bt->kind == TY_PTR || sema_node_is_mem(n->a))
		n->flags |= NF_MEM;
	return value_type(dx, cc, n, bt->base);
}

static struct dtype *check_index(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *bt = check_expr(dx, cc, n->a);

	return bt ? index_of(dx, cc, n, bt) : NULL;
}

/* offsetof(T, m), checked as DTrace's grammar reduces it (dt_node_offsetof(),
 * sema_parse.c), and cooked: NULL after an error */
struct dtype *sema_offsetof(struct dtc *dx, struct node *n)
{
	struct dtype *t = type_from_typename(dx, n->a);
	struct dmember *m;
	if (!t)
		return NULL;
	if (!type_is_sou(t)) {
		diag_error(dx, n->loc, "D_OFFSETOF_TYPE", "offsetof operand must be a struct or union type");
		return NULL;
	}
	if (!t->complete) {
		diag_error(dx, n->loc, "D_OFFSETOF_TYPE", "cannot take offset of incomplete type %s",
			   t->name);
		return NULL;
	}
	m = type_member(dx, t, n->str);
	if (!m) {
		/* dt_node_offsetof(): libctf's ctf_errmsg(ECTF_NOMEMBNAM) */
		diag_error(dx, n->loc, "D_UNKNOWN", "failed to determine offset of %s: Member name not found.",
			   n->str);
		return NULL;
	}
	if (m->bits) {
		diag_error(dx, n->loc, "D_OFFSETOF_BITFIELD", "cannot take offset of a bit-field: %s",
			   n->str);
		return NULL;
	}
	n->flags |= NF_CONST;
	n->ival = m->off_bits / 8;
	return n->type = type_named(dx, "size_t");
}

/* stringof(e): a kernel char pointer or char array read as a string. */
static struct dtype *check_stringof(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *t = n->a->type;
	if (t->kind == TY_STRING)
		return n->type = t;
	if (type_is_scalar(t) || t->kind == TY_ARRAY) {
		/* dt_cook_op1(): a scalar, a pointer or an array (its
		 * address, dt_node_is_pointer()) */
		n->id = new_tmp(dx, cc, n);
		n->flags |= NF_CHARARR;
		return n->type = type_string(dx);
	}
	diag_error(dx, n->loc, "D_STRINGOF_TYPE", "cannot apply stringof to a value of type %s",
		   t->name);
	return NULL;
}

/* ---- string temporaries ------------------------------------------------ */

/*
 * A string temporary of the statement: DTrace's four (DT_TSTRING_SLOTS) are
 * reused as its code generator frees them, so a statement has as many as it
 * likes; dtc's are a statement's own, DT_TMP_SIZE / strsize of them in each
 * of up to DT_TMP_GROUPS_MAX values of dtc_tmp (runtime/dt_core.bpf.h).
 */
int new_tmp(struct dtc *dx, struct cctx *cc, struct node *n)
{
	int max = DT_TMP_SIZE / st(dx)->strsize * DT_TMP_GROUPS_MAX;

	if (cc->ci->ntmp >= st(dx)->ntmp)
		st(dx)->ntmp = cc->ci->ntmp + 1;
	if (cc->ci->ntmp >= max) {
		if (cc->ci->ntmp++ > max) /* said once per statement */
			return 0;
		diag_error(dx, n->loc, "D_NOSCRATCH",
			   "statement uses more than %d string temporaries at strsize %d", max,
			   st(dx)->strmax);
		return 0;
	}
	return cc->ci->ntmp++;
}

/*
 * String values the BPF code reads directly (comparisons) must be readable
 * for strsize bytes: variables, temporaries and $$N are; literals and probe
 * names are copied into a temporary first.
 */
static int str_is_sized(struct node *n)
{
	switch (n->kind) {
	case N_IDENT:
		return !n->sym || n->sym->kind == SYM_GLOBAL || (n->sym->bv && n->sym->bv->needs_tmp);
	case N_CALL:
	case N_MACRO:
	case N_COND:
		return 1;
	case N_ASSIGN:
		return 1;
	case N_STRINGOF:
		return str_is_sized(n->a);
	case N_INDEX:
	case N_PTR_MEMBER: /* variables (sema_var.c) are strsize buffers */
		return n->sym && (n->sym->kind == SYM_ASSOC || n->sym->kind == SYM_TLS ||
				  n->sym->kind == SYM_LOCAL);
	default:
		return 0;
	}
}

void str_sized(struct dtc *dx, struct cctx *cc, struct node *n)
{
	if (str_is_sized(n))
		return;
	n->flags |= NF_TMPCOPY;
	n->id = new_tmp(dx, cc, n);
}

/*
 * A string a subroutine's helper takes as memory: strsize readable bytes
 * (str_sized()), and not a load-time string ($$N, $$pid), which lives in
 * the read-only .rodata map: the verifier refuses a frozen map's value as
 * a global function's memory argument ("write into map forbidden"), so it
 * is copied into a temporary first.
 */
void str_mem_arg(struct dtc *dx, struct cctx *cc, struct node *n)
{
	if (n->kind == N_MACRO && !(n->flags & NF_TMPCOPY)) {
		n->flags |= NF_TMPCOPY;
		n->id = new_tmp(dx, cc, n);
		return;
	}
	str_sized(dx, cc, n);
}

/*
 * g == h of two structs or unions of one type: dt_cook_op2() takes them
 * (ctf_type_compat()) and dt_cg_compare_op() compares the registers that
 * hold them, their addresses.  Both operands become their addresses; 0
 * after an error where dtc has no address for one (a this-> or self->
 * struct, a value computed).
 */
int sema_sou_compare(struct dtc *dx, struct node *n)
{
	struct node **side[2] = { &n->a, &n->b };

	for (int i = 0; i < 2; i++) {
		struct node *v = *side[i], *r = v, *ad;

		while (r->kind == N_MEMBER_OF || r->kind == N_INDEX)
			r = r->a;
		if (!sema_node_is_mem(v) && !(global_lvalue(v) && r->kind == N_IDENT)) {
			diag_error(dx, v->loc, "D_UNSUPPORTED",
				   "operator %s of %s values other than D globals and memory is not supported by dtc",
				   op_str(n->op), v->type->name);
			return 0;
		}
		ad = node_new(dx, N_UNARY, v->loc);
		ad->op = OP_ADDR;
		ad->a = v;
		ad->type = type_ptr(dx, v->type);
		ad->next = v->next;
		v->next = NULL;
		*side[i] = ad;
	}
	return 1;
}

/*
 * The associative array element a[k] whose struct value n is a member of,
 * through members only (a[k].arr, a[k].u.b), or NULL: trace() copies the
 * element and records the member's bytes from the copy (emit_print.c).
 */
struct node *sema_assoc_member_root(struct node *n)
{
	if (n->kind != N_MEMBER_OF || sema_node_is_mem(n))
		return NULL;
	while (n->kind == N_MEMBER_OF)
		n = n->a;
	return n->kind == N_INDEX && n->sym && n->sym->keys && !sema_node_is_mem(n) ? n : NULL;
}

/*
 * A struct, union or array value used by reference (a trace() record, a
 * key) that dtc has no address for: a member or element of an associative
 * array's struct value (a[k].arr, a[k].u), or c ? x : y with such an
 * operand or a whole a[k].  1 after reporting it.
 */
int sema_byref_unaddressable(struct dtc *dx, struct node *n)
{
	struct node *r = n;

	if (n->kind == N_COND) {
		if (n->b->kind == N_INDEX && n->b->sym && n->b->sym->keys)
			r = n->b;
		else if (n->c->kind == N_INDEX && n->c->sym && n->c->sym->keys)
			r = n->c;
		else
			return sema_byref_unaddressable(dx, n->b) ||
			       sema_byref_unaddressable(dx, n->c);
	} else {
		if (sema_node_is_mem(n) || (n->kind != N_MEMBER_OF && n->kind != N_INDEX))
			return 0;
		if (n->kind == N_INDEX && n->sym && n->sym->keys)
			return 0; /* a[k] itself: copied */
		while (r->kind == N_MEMBER_OF || (r->kind == N_INDEX && !(r->sym && r->sym->keys)))
			r = r->a;
		if (!(r->kind == N_INDEX && r->sym && r->sym->keys))
			return 0;
	}
	diag_error(dx, n->loc, "D_UNSUPPORTED",
		   "a %s value taken by reference from an associative array's element here is not supported by dtc",
		   n->type ? n->type->name : "struct");
	return 1;
}

/* An array operand where a pointer is wanted: its address, typed t (a
 * checked cast, as sema_expr.c's str_offset() makes one). */
void sema_array_as_ptr(struct dtc *dx, struct node **np, struct dtype *t)
{
	struct node *a = *np, *c;

	if (!a->type || a->type->kind != TY_ARRAY)
		return;
	c = node_new(dx, N_CAST, a->loc);
	c->b = a;
	c->type = t;
	c->next = a->next;
	a->next = NULL;
	*np = c;
}

/*
 * A char array read as a string (p->comm, a D char array, p->comm + 1) is
 * no string to DTrace (dt_node_is_string()), which compares two such, or
 * one and a pointer, as addresses (dt_cg_compare_op() calls dt_strcmp()
 * only when an operand is a string).  1 when *np is one, now its address
 * as a char pointer; 0 else.
 */
int sema_chararr_as_ptr(struct dtc *dx, struct cctx *cc, struct node **np, int check)
{
	struct node *a = *np;
	int arr = (a->flags & NF_CHARARR) && !(a->flags & NF_XLSTR) &&
		  (a->kind == N_STRINGOF ? (a->flags & NF_ARRSUM) != 0 : a->ival > 0);

	if (!arr || check)
		return arr;
	if (a->kind == N_STRINGOF) { /* p->comm + 1: the sum */
		a->a->next = a->next;
		*np = a->a;
		return 1;
	}
	a->flags &= ~NF_CHARARR;
	if (cc->ci->ntmp > 0 && a->id == cc->ci->ntmp - 1)
		cc->ci->ntmp--; /* the copy's temporary goes unused */
	a->type = sema_chararr_type(dx, a);
	sema_array_as_ptr(dx, np, type_ptr(dx, a->type->base));
	return 1;
}

/*
 * Operands a and b of a comparison or ?: where one is a char array read as
 * a string (p->comm, p->comm + 1) and neither is a string: DTrace finds no
 * string (dt_node_is_string()) and wants compatible types, as
 * ctf_type_compat() or dt_node_is_ptrcompat() sees them.  1 when they are
 * such, with *lp and *rp their types (char [16], of the kernel's char or
 * D's); 0 else.
 */
int sema_chararr_opnds(struct dtc *dx, struct cctx *cc, struct node **a, struct node **b,
		       struct dtype **lp, struct dtype **rp)
{
	int la = sema_chararr_as_ptr(dx, cc, a, 1), ra = sema_chararr_as_ptr(dx, cc, b, 1);
	struct dtype *l = (*a)->type, *r = (*b)->type;

	if ((!la && !ra) || (!la && l->kind == TY_STRING) || (!ra && r->kind == TY_STRING))
		return 0;
	if (la) /* p->comm + 1: a char [16] too (dt_cook_op2()) */
		l = (*a)->kind == N_STRINGOF ? type_array(dx, (*a)->a->type->base, (int)(*a)->ival)
					     : sema_chararr_type(dx, *a);
	if (ra)
		r = (*b)->kind == N_STRINGOF ? type_array(dx, (*b)->a->type->base, (int)(*b)->ival)
					     : sema_chararr_type(dx, *b);
	*lp = l;
	*rp = r;
	return 1;
}

/*
 * a < b of such operands (sema_chararr_opnds()): dt_cook_op2() takes them
 * as pointers only when dt_node_is_ptrcompat() does (p->comm == (char *)p
 * is D_OP_INCOMPAT: the kernel's char is not D's char) and compares
 * addresses.  1 when n's operands are now those pointers, 0 when n has
 * none (or a string), -1 when reported.
 */
int sema_chararr_compare(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *l, *r;

	if (!sema_chararr_opnds(dx, cc, &n->a, &n->b, &l, &r))
		return 0;
	if (!type_compatible(l, r) && !sema_ptrcompat(n->a, l, n->b, r)) {
		diag_error(dx, n->loc, "D_OP_INCOMPAT",
			   "operands have incompatible types: \"%s\" %s \"%s\"", l->name,
			   op_str(n->op), r->name);
		return -1;
	}
	sema_chararr_as_ptr(dx, cc, &n->a, 0);
	sema_chararr_as_ptr(dx, cc, &n->b, 0);
	return 1;
}

/*
 * s = p where s is a string and p a char pointer: DTrace's assignment
 * takes the string at p (dt_node_is_strcompat()), so the value is read as
 * stringof(p) would read it.  *np is replaced by that N_STRINGOF node.
 */
void sema_str_from_ptr(struct dtc *dx, struct cctx *cc, struct node **np)
{
	struct node *p = *np, *so;

	if (!p->type || p->type->kind != TY_PTR || (p->flags & NF_CHARARR))
		return;
	so = node_new(dx, N_STRINGOF, p->loc);
	so->a = p;
	so->next = p->next;
	p->next = NULL;
	check_stringof(dx, cc, so);
	*np = so;
}

/*
 * A string argument of a subroutine ("const char *" in dt_open.c's
 * prototypes): dt_node_is_argcompat() takes a string, a char pointer or
 * array, a void pointer and the constant 0, and the subroutine reads the
 * string at the address, faulting on NULL (dt_cg_check_ptr_arg()).  Returns
 * 1 when *np was such a pointer and is now the N_STRINGOF node reading it.
 */
int sema_str_arg(struct dtc *dx, struct cctx *cc, struct node **np)
{
	struct node *p = *np, *so;
	const struct dtype *t = p->type;

	if (!t || (p->flags & NF_CHARARR))
		return 0;
	if (t->kind == TY_PTR) {
		if (!t->base || (t->base->kind != TY_VOID &&
				 !(t->base->kind == TY_INT && t->base->size == 1)))
			return 0;
	} else if (!(type_is_int(t) && (p->flags & NF_CONST) && p->ival == 0)) {
		return 0;
	}
	so = node_new(dx, N_STRINGOF, p->loc);
	so->a = p;
	so->next = p->next;
	p->next = NULL;
	check_stringof(dx, cc, so);
	*np = so;
	return 1;
}

/*
 * DTrace's DT_NF_WRITABLE: a D variable (global, this->, self->, an
 * associative array's element) is writable (dt_cook_ident(), dt_cook_var());
 * built-in variables, inlines, translated members and kernel symbols are
 * not.  A member or element is writable when what it is taken from is
 * (dt_cook_op2() DT_TOK_PTR/DOT); *e when e is, or when e is a + i with a
 * writable (dt_cook_op1() DT_TOK_DEREF: p[i] is *(p + i)), not i + p or
 * p + i + j.  dt_node_type_propagate() passes the flag through a comma's
 * right operand, an assignment's left one, ++/--, unary + - ~ and << >>;
 * a cast takes the type node's flags (none), so *(int *)p is not writable;
 * nor is ?:, unless the parser folded its condition and kept one operand.
 */
static int dtrace_writable(struct dtc *dx, struct node *n)
{
	struct sym *s;

	if ((n->flags & NF_CASTOUT) || n->xltype)
		return 0;
	switch (n->kind) {
	case N_PTR_MEMBER:
		if (n->a->kind == N_IDENT && (!strcmp(n->a->str, "self") || !strcmp(n->a->str, "this")))
			return 1;
		return dtrace_writable(dx, n->a);
	case N_MEMBER_OF:
		return dtrace_writable(dx, n->a);
	case N_INDEX:
		if (n->sym && n->sym->keys)
			return n->sym->kind != SYM_BUILTIN;
		return dtrace_writable(dx, n->a);
	case N_UNARY:
		if (n->op == OP_DEREF)
			return dtrace_writable(dx, n->a) ||
			       (n->a->kind == N_BINARY && n->a->op == OP_ADD &&
				dtrace_writable(dx, n->a->a));
		return (n->op == OP_NEG || n->op == OP_PLUS || n->op == OP_BNOT) &&
		       dtrace_writable(dx, n->a);
	case N_BINARY:
		return (n->op == OP_SHL || n->op == OP_SHR) && dtrace_writable(dx, n->a);
	case N_COMMA:
		return dtrace_writable(dx, n->b);
	case N_ASSIGN:
	case N_INCDEC:
		return dtrace_writable(dx, n->a);
	case N_COND:
		if (!sema_parse_folded(n->a) || !(n->a->flags & NF_CONST))
			return 0;
		return dtrace_writable(dx, n->a->ival ? n->b : n->c);
	case N_IDENT:
		s = n->sym ? n->sym : sym_find(dx, n->str);
		return s && s->kind != SYM_BUILTIN && !strchr(n->str, '`');
	default:
		return 0;
	}
}

/*
 * DTrace's DT_NF_LVALUE: a variable (dt_cook_ident(), dt_cook_var()), *p and
 * p->m unless of array type (strings are lvalues, char arrays are not:
 * dt_cook_op1() DT_TOK_DEREF, dt_cook_op2() DT_TOK_PTR), s.m when s is
 * one; a cast, comma, call or translated struct (*xlate<T *>(e), *curpsinfo)
 * is none.  With DT_NF_WRITABLE it decides D_OP_LVAL or D_OP_WRITE.
 */
static int dtrace_lvalue(struct node *n)
{
	int arr = (n->type && n->type->kind == TY_ARRAY) || (n->flags & NF_CHARARR);

	if (n->flags & NF_CASTOUT)
		return 0;
	if (n->xltype) /* xlate<T *>(e)->m, not xlate<T>(e).m */
		return (n->flags & NF_XLPTR) && !arr;
	switch (n->kind) {
	case N_IDENT:
		return 1;
	case N_PTR_MEMBER:
		return (n->a->kind == N_IDENT && (!strcmp(n->a->str, "self") ||
						  !strcmp(n->a->str, "this"))) || !arr;
	case N_MEMBER_OF:
		return dtrace_lvalue(n->a) && !arr;
	case N_INDEX:
		return (n->sym && n->sym->keys) || !arr;
	case N_UNARY:
		return n->op == OP_DEREF && n->a->kind != N_XLATE && !arr;
	default:
		return 0;
	}
}

/*
 * f->m = 1 or f->m++ with f a D variable: DTrace's parser accepts the store
 * (translators/err.D_CAST_INVAL.CastTransData.d reports a later statement's
 * error first); dtc cannot store to kernel memory, so it says so once every
 * clause is checked (sema_types_deferred()).  0: not such a store.
 */
static int late_write(struct dtc *dx, struct node *n)
{
	struct st_types *ty = sty(dx);
	struct late_err *e;

	if (!dtrace_writable(dx, n->a))
		return 0;
	e = arena_alloc(dx, sizeof(*e));
	e->loc = n->loc;
	e->op = n->op;
	if (!ty->late_tail)
		ty->late_tail = &ty->late;
	*ty->late_tail = e;
	ty->late_tail = &e->next;
	return 1;
}

/* v.m = x, v[i]++: mark the variable node stored through (NF_LVALUE), so
 * that self-> storage is created for stores only (emit_var.c) */
static void mark_store_base(struct node *n)
{
	while (n->kind == N_MEMBER_OF || (n->kind == N_INDEX && !(n->sym && n->sym->keys)))
		n = n->a;
	n->flags |= NF_LVALUE;
}

/*
 * args[i] = x, uregs[i] += x: built-in variables are not writable (no
 * DT_IDFLG_WRITE, so no DT_NF_WRITABLE).  DTrace's dt_cook_op2() compares
 * the operands' types first, then asks for a writable variable.
 */
/*
 * An assignment to what cannot be assigned, in dt_cook_op2()'s order: the
 * operands' types first (=: D_OP_INCOMPAT; the compound operators' own
 * checks), then asgn_common's D_OP_LVAL (no lvalue: "abc" = 1 is
 * D_OP_INCOMPAT, "abc" = "d" D_OP_LVAL) or D_OP_WRITE (lvalue, read-only).
 */
struct dtype *sema_assign_refused(struct dtc *dx, struct node *n, struct dtype *l, struct dtype *r,
				  int lvalue)
{
	if (n->op != OP_ASSIGN && sema_compound_check(dx, n, l, r))
		return NULL;
	if (n->op == OP_ASSIGN && !type_argcompat(l, r, sema_const_zero(n->b))) {
		diag_error(dx, n->loc, "D_OP_INCOMPAT",
			   "operands have incompatible types: \"%s\" = \"%s\"", l->name, r->name);
		return NULL;
	}
	if (!lvalue)
		diag_error(dx, n->loc, "D_OP_LVAL",
			   "operator %s requires modifiable lvalue as an operand", op_str(n->op));
	else
		diag_error(dx, n->loc, "D_OP_WRITE",
			   "operator %s can only be applied to a writable variable", op_str(n->op));
	return NULL;
}

/* Assignment to memory: member of a D global struct, *p, p[i]. */
static struct dtype *check_mem_assign(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *l, *r;
	r = check_expr(dx, cc, n->b);
	l = check_expr(dx, cc, n->a);
	if (!l || !r)
		return NULL;
	if (n->a->flags & NF_BVAR)
		return sema_assign_refused(dx, n, l, r, 1);
	/* dt_cook_op2()'s order: the operands' types (an array or a char
	 * array read as a string is no lvalue of =), then lvalue, writable */
	if (n->op == OP_ASSIGN && ((n->a->flags & NF_CHARARR) || l->kind == TY_ARRAY ||
				   l->kind == TY_FUNC)) {
		diag_error(dx, n->loc, "D_OP_ARRFUN",
			   "operator %s may not be applied to operand of type \"%s\"", op_str(n->op),
			   (n->a->flags & NF_CHARARR) ? sema_chararr_type(dx, n->a)->name : l->name);
		return NULL;
	}
	if (n->op != OP_ASSIGN && sema_compound_check(dx, n, l, r))
		return NULL;
	if (sema_node_is_mem(n->a) && !sema_mem_is_alloca(n->a)) { /* alloca'd: sema_mem.c */
		if (late_write(dx, n))
			return n->type = l;
		if (n->op == OP_ASSIGN && !type_is_sou(l) &&
		    !type_argcompat(l, r, sema_const_zero(n->b))) {
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"%s\" = \"%s\"", l->name, r->name);
			return NULL;
		}
		return sema_assign_refused(dx, n, l, r, dtrace_lvalue(n->a)); /* (*curpsinfo).m: no lvalue */
	}
	if (sema_mem_is_alloca(n->a) && !dtrace_writable(dx, n->a)) /* *(int *)p = 1 */
		return sema_assign_refused(dx, n, l, r, 1);
	if (l->kind == TY_STRING && n->op == OP_ASSIGN && r->kind == TY_STRING)
		str_sized(dx, cc, n->b); /* a[i] = s: copied strsize bytes (emit_types.c) */
	mark_store_base(n->a);
	if (sema_mem_is_alloca(n->a) && type_is_sou(l) && n->op == OP_ASSIGN && !type_is_sou(r)) {
		diag_error(dx, n->loc, "D_OP_INCOMPAT",
			   "operands have incompatible types: \"%s\" = \"%s\"", l->name, r->name);
		return NULL;
	}
	if (sema_mem_is_alloca(n->a) && type_is_sou(l) && n->op == OP_ASSIGN &&
	    !sema_node_is_mem(n->b) && !global_lvalue(n->b) && !assoc_elem_lvalue(n->b)) {
		/* *p = s: the bytes copied from where s lies (dt_cg_store()'s
		 * memcpy of a by-reference value; emit_types.c) */
		diag_error(dx, n->b->loc, "D_UNSUPPORTED",
			   "a %s is copied into alloca'd memory from memory or a variable, not from "
			   "this expression, by dtc", l->name);
		return NULL;
	}
	if (str_char_unwritable(dx, n))
		return NULL;
	if ((!global_lvalue(n->a) && !assoc_elem_lvalue(n->a) && !sema_mem_is_alloca(n->a)) ||
	    !dtrace_writable(dx, n->a)) {
		/* curpsinfo->pr_pid = 1, ((struct s)v).a[0] = 1 */
		if (dtrace_lvalue(n->a) && !dtrace_writable(dx, n->a))
			return sema_assign_refused(dx, n, l, r, 1);
		diag_error(dx, n->loc, "D_OP_LVAL",
			   "operator %s requires modifiable lvalue as an operand",
			   op_str(n->op));
		return NULL;
	}
	if (n->op != OP_ASSIGN)
		return sema_compound_check(dx, n, l, r) ? NULL : (n->type = l);
	if (type_is_sou(l) || l->kind == TY_ARRAY) {
		if (n->op == OP_ASSIGN && type_compatible(l, r))
			return sema_var_kernel_copy_ok(dx, l, n->b, n->a) ? (n->type = l) : NULL;
		diag_error(dx, n->loc, "D_OP_INCOMPAT",
			   "operands have incompatible types: \"%s\" %s \"%s\"", l->name, op_str(n->op),
			   r->name);
		return NULL;
	}
	if (!type_argcompat(l, r, sema_const_zero(n->b))) { /* dt_node_is_argcompat(), as for variables */
		diag_error(dx, n->loc, "D_OP_INCOMPAT",
			   "operands have incompatible types: \"%s\" %s \"%s\"", l->name, op_str(n->op),
			   r->name);
		return NULL;
	}
	return n->type = l;
}

/* Is n an lvalue this file handles (struct members, elements, *p)? */
int sema_types_is_lvalue(struct node *n)
{
	if (n->kind == N_MEMBER_OF)
		return 1;
	if (n->kind == N_UNARY && n->op == OP_DEREF)
		return 1;
	if (n->kind == N_PTR_MEMBER)
		return !(n->a->kind == N_IDENT && (!strcmp(n->a->str, "self") || !strcmp(n->a->str, "this")));
	if (n->kind == N_INDEX)
		return 1; /* associative arrays were claimed by sema_var.c first */
	return 0;
}

/* ++/-- on a member or element of a D global struct or array. */
struct dtype *sema_types_incdec(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *t = check_expr(dx, cc, n->a);
	if (!t)
		return NULL;
	if (n->a->flags & NF_BVAR) {
		/* args[i]++, uregs[i]--: dt_cook_op1()'s checks, in its order */
		if (!type_is_scalar(t))
			diag_error(dx, n->loc, "D_OP_SCALAR",
				   "operator %s requires operand of scalar type", op_str(n->op));
		else
			diag_error(dx, n->loc, "D_OP_WRITE",
				   "operator %s can only be applied to a writable variable",
				   op_str(n->op));
		return NULL;
	}
	/* dt_cook_op1()'s order: scalar (a char array read as a string is
	 * none), known size, then lvalue and writable */
	if (!type_is_scalar(t) || (n->a->flags & NF_CHARARR)) {
		diag_error(dx, n->loc, "D_OP_SCALAR", "operator %s requires operand of scalar type",
			   op_str(n->op));
		return NULL;
	}
	if (type_is_vfptr(t)) {
		diag_error(dx, n->loc, "D_OP_VFPTR", "operator %s requires an operand of known size",
			   op_str(n->op));
		return NULL;
	}
	if (sema_node_is_mem(n->a) && !sema_mem_is_alloca(n->a)) { /* alloca'd: sema_mem.c */
		if (type_is_scalar(t) && late_write(dx, n))
			return n->type = t;
		return sema_incdec_refused(dx, n, t, dtrace_lvalue(n->a));
	}
	if (sema_node_is_mem(n->a) && !(n->a->flags & NF_CHARARR)) {
		/* alloca'd memory: writable through its D variable (dt_cook_op1()) */
		if (!type_is_scalar(t)) {
			diag_error(dx, n->loc, "D_OP_SCALAR",
				   "operator %s requires operand of scalar type", op_str(n->op));
			return NULL;
		}
		if (!dtrace_writable(dx, n->a)) {
			diag_error(dx, n->loc, "D_OP_WRITE",
				   "operator %s can only be applied to a writable variable",
				   op_str(n->op));
			return NULL;
		}
		return n->type = t;
	}
	if (str_char_unwritable(dx, n))
		return NULL;
	if ((!global_lvalue(n->a) && !assoc_elem_lvalue(n->a)) || (n->a->flags & NF_CHARARR) ||
	    !dtrace_writable(dx, n->a)) {
		if (dtrace_lvalue(n->a) && !dtrace_writable(dx, n->a))
			diag_error(dx, n->loc, "D_OP_WRITE",
				   "operator %s can only be applied to a writable variable",
				   op_str(n->op));
		else
			diag_error(dx, n->loc, "D_OP_LVAL",
				   "operator %s requires modifiable lvalue as an operand",
				   op_str(n->op));
		return NULL;
	}
	if (!type_is_scalar(t)) {
		diag_error(dx, n->loc, "D_OP_SCALAR", "operator %s requires operand of scalar type",
			   op_str(n->op));
		return NULL;
	}
	mark_store_base(n->a);
	return n->type = t;
}

struct dtype *sema_check_typed_expr(struct dtc *dx, struct cctx *cc, struct node *n)
{
	switch (n->kind) {
	case N_MEMBER_OF:
	case N_PTR_MEMBER:
		return check_member(dx, cc, n);
	case N_INDEX:
		return check_index(dx, cc, n);
	case N_OFFSETOF:
		return (n->flags & NF_PARSED_BAD) ? NULL : sema_offsetof(dx, n);
	case N_XLATE:
		return sema_check_xlate(dx, cc, n);
	case N_STRINGOF:
		return check_stringof(dx, cc, n);
	case N_UNARY:
		if (n->op == OP_DEREF)
			return check_deref(dx, cc, n);
		if (n->op == OP_ADDR)
			return check_addr(dx, n);
		break;
	case N_ASSIGN:
		return check_mem_assign(dx, cc, n);
	default:
		break;
	}
	diag_error(dx, n->loc, "D_UNSUPPORTED", "this expression form is not yet implemented by dtc");
	return NULL;
}

/* Stores check_mem_assign() let through: reported after every clause. */
void sema_types_deferred(struct dtc *dx)
{
	for (struct late_err *e = sty(dx)->late; e; e = e->next)
		diag_error(dx, e->loc, "D_OP_WRITE",
			   "operator %s can only be applied to a writable variable", op_str(e->op));
}
