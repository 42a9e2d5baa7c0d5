/*
 * sema_expr.c: types D expressions.  D's integer rules are C's for LP64;
 * strings are D's own type; identifiers resolve to built-in variables and
 * globals (created by their first assignment, as DTrace does).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "sema.h"
#include "agg.h"

/* ---- expressions ------------------------------------------------------ */

const char *op_str(int op)
{
	switch (op) {
	case OP_ADD: return "+";
	case OP_SUB: return "-";
	case OP_MUL: return "*";
	case OP_DIV: return "/";
	case OP_MOD: return "%";
	case OP_SHL: return "<<";
	case OP_SHR: return ">>";
	case OP_BAND: return "&";
	case OP_BOR: return "|";
	case OP_BXOR: return "^";
	case OP_LT: return "<";
	case OP_LE: return "<=";
	case OP_GT: return ">";
	case OP_GE: return ">=";
	case OP_EQ: return "==";
	case OP_NE: return "!=";
	case OP_LAND: return "&&";
	case OP_LOR: return "||";
	case OP_LXOR: return "^^";
	case OP_NEG: return "-";
	case OP_PLUS: return "+";
	case OP_BNOT: return "~";
	case OP_LNOT: return "!";
	case OP_DEREF: return "*";
	case OP_ADDR: return "&";
	case OP_PREINC: case OP_POSTINC: return "++";
	case OP_PREDEC: case OP_POSTDEC: return "--";
	case OP_ASSIGN: return "=";
	case OP_ADD_ASSIGN: return "+=";
	case OP_SUB_ASSIGN: return "-=";
	case OP_MUL_ASSIGN: return "*=";
	case OP_DIV_ASSIGN: return "/=";
	case OP_MOD_ASSIGN: return "%=";
	case OP_SHL_ASSIGN: return "<<=";
	case OP_SHR_ASSIGN: return ">>=";
	case OP_AND_ASSIGN: return "&=";
	case OP_OR_ASSIGN: return "|=";
	case OP_XOR_ASSIGN: return "^=";
	}
	return "?";
}

/* The binary operator of a compound assignment. */
static int compound_base(int op)
{
	switch (op) {
	case OP_ADD_ASSIGN: return OP_ADD;
	case OP_SUB_ASSIGN: return OP_SUB;
	case OP_MUL_ASSIGN: return OP_MUL;
	case OP_DIV_ASSIGN: return OP_DIV;
	case OP_MOD_ASSIGN: return OP_MOD;
	case OP_SHL_ASSIGN: return OP_SHL;
	case OP_SHR_ASSIGN: return OP_SHR;
	case OP_AND_ASSIGN: return OP_BAND;
	case OP_OR_ASSIGN: return OP_BOR;
	case OP_XOR_ASSIGN: return OP_BXOR;
	}
	return OP_NONE;
}

/*
 * An integer constant's type, as DTrace's dt_node_int(): the first of int,
 * unsigned int, long, unsigned long, long long, unsigned long long that
 * holds the value, starting at the suffix (u: unsigned int, l: long, ul:
 * unsigned long, ll: long long, ull: unsigned long long), and skipping the
 * unsigned types for a decimal constant or a lower-case u suffix, where
 * each step keeps the signedness (lex_int_rank()).  A decimal constant no
 * signed type holds is D_INT_OFLOW, raised as it is parsed.
 */
static struct dtype *int_const_type(struct dtc *dx, struct node *n)
{
	static const char *const names[] = { "int", "unsigned int", "long", "unsigned long",
					     "long long", "unsigned long long" };
	int i = lex_int_rank(n);
	struct dtype *t;

	if (i < 0) {
		if (!(n->flags & NF_PARSED_BAD))
			lex_int_oflow(dx, n);
		return NULL;
	}
	t = type_named(dx, names[i]);
	return t ? t : type_int(dx, i < 2 ? 4 : 8, !(i & 1));
}

/*
 * The char array type of a value D types as one, or NULL: a char array in
 * memory read as a string here (p->comm, a D char array), or a translated
 * member declared char [N].  A new variable assigned one takes that type
 * and = refuses it (D_OP_ARRFUN), where a string variable takes it as a
 * string (dt_node_is_strcompat()).
 */
struct dtype *sema_char_array_value(struct dtc *dx, const struct node *n)
{
	if (n->xltype)
		return type_is_char_array(n->xltype) ? n->xltype : NULL;
	if ((n->flags & NF_CHARARR) && n->kind != N_STRINGOF && !(n->flags & NF_XLSTR) &&
	    n->ival > 0)
		return sema_chararr_type(dx, n);
	return NULL;
}

/* An operand's type as dt_node_is_ptrcompat() and dt_node_type_name() see
 * it: a char array's (kernel char or D char, sema_types.c). */
static const struct dtype *opnd_type(struct dtc *dx, const struct node *n, const struct dtype *t)
{
	struct dtype *ca = sema_char_array_value(dx, n);
	return ca ? ca : t;
}
#define opnd_name(dx, n, t) (opnd_type(dx, n, t)->name)

/* A variable's name: not an inline's or a D enumerator's, which DTrace
 * cooks to values, not lvalues (D_OP_LVAL), nor a kernel symbol's
 * (`name, mod`name: dt_xcook_ident() resolves it, an lvalue never
 * writable). */
static int is_lvalue_ident(struct dtc *dx, struct node *n)
{
	return n->kind == N_IDENT && !sema_types_is_inline(dx, n->str) &&
	       !types_enum_find(dx, n->str, &(int64_t){ 0 }) && !strchr(n->str, '`');
}

/* A kernel symbol's name (`name, mod`name): an lvalue DTrace never writes. */
static int is_ksym_ident(const struct node *n)
{
	return n->kind == N_IDENT && n->str && strchr(n->str, '`');
}

/* ++/-- of what cannot be written, in dt_cook_op1()'s order: scalar, known
 * size, then lvalue (D_OP_LVAL) or writable (D_OP_WRITE).  NULL. */
struct dtype *sema_incdec_refused(struct dtc *dx, struct node *n, struct dtype *t, int lvalue)
{
	if (!type_is_scalar(t))
		diag_error(dx, n->loc, "D_OP_SCALAR", "operator %s requires operand of scalar type",
			   op_str(n->op));
	else if (type_is_vfptr(t))
		diag_error(dx, n->loc, "D_OP_VFPTR", "operator %s requires an operand of known size",
			   op_str(n->op));
	else if (lvalue)
		diag_error(dx, n->loc, "D_OP_WRITE",
			   "operator %s can only be applied to a writable variable", op_str(n->op));
	else
		diag_error(dx, n->loc, "D_OP_LVAL",
			   "operator %s requires modifiable lvalue as an operand", op_str(n->op));
	return NULL;
}

/* An identifier in an rvalue context. */
/* A call of one of DTrace's actions (its DT_IDENT_ACTFUNC identifiers, builtins.c). */
static int is_action_call(const struct node *n)
{
	return builtin_is(n, BI_ACT);
}

/* @a or @a[k] read as a value: DTrace cooks it as an aggregation node of
 * type <DYN> (dt_cook_aggregation() without a function). */
static int is_agg_ref(const struct node *n)
{
	return n->kind == N_AGG || (n->kind == N_INDEX && n->a->kind == N_AGG);
}

/*
 * uregs[R_*]: a user register of the current thread (dlib/regs.d names the
 * indices).  As DTrace's dt_idcook_regs(): one integer constant index, not
 * negative; the value is a uint64_t.  Rewritten to the internal call
 * "uregs" (emit_subr.c, runtime dt_uregs.bpf.h).
 */
static struct dtype *check_uregs(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct node *idx = n->b, *k;
	struct dtype *t;
	int argc = 0;

	if (sema_uctx_check(dx, cc, n, "uregs[]"))
		return NULL;

	for (k = idx; k; k = k->next)
		argc++;
	if (argc != 1) {
		diag_error(dx, n->loc, "D_PROTO_LEN",
			   "uregs[ ] prototype mismatch: %d arg%spassed, 1 expected", argc,
			   argc == 1 ? " " : "s ");
		return NULL;
	}
	t = check_expr(dx, cc, idx);
	if (!t)
		return NULL;
	if (!(idx->flags & NF_CONST) || !type_is_int(t)) {
		diag_error(dx, n->loc, "D_PROTO_ARG",
			   "uregs[ ] argument #1 is incompatible with prototype:\n"
			   "\tprototype: integer constant\n\t argument: %s", t->name);
		return NULL;
	}
	if (t->is_signed && idx->ival < 0) {
		diag_error(dx, n->loc, "D_REGS_IDX", "index %lld is out of range for array uregs",
			   (long long)idx->ival);
		return NULL;
	}
	if ((uint64_t)idx->ival > 25) {
		/* dt_cg_uregs(): x86-64's 21 pt_regs slots, then the thread's
		 * ds, es, fsbase, gsbase and trap_nr; no register past those
		 * (the index printed as its unsigned int's %d, as there) */
		diag_error(dx, n->loc, "D_UNKNOWN", "uregs[]: index out of bounds (%d)",
			   (int)(unsigned int)idx->ival);
		return NULL;
	}
	n->kind = N_CALL;
	n->str = "uregs";
	n->a = idx;
	n->b = NULL;
	return n->type = type_named(dx, "uint64_t");
}

/*
 * A global identifier of another kind used as a scalar, read or written:
 * DTrace's dt_xcook_ident() finds it in the global scope and refuses it
 * ("function 'substr' may not be referenced as scalar").  Reports it.
 */
static int ident_badref(struct dtc *dx, struct node *n)
{
	const char *kind = sema_ident_kind(dx, n->str, n->loc);

	if (!kind || !strcmp(kind, "scalar"))
		return 0;
	diag_error(dx, n->loc, "D_IDENT_BADREF", "%s '%s' may not be referenced as scalar", kind,
		   n->str);
	return 1;
}

static struct dtype *check_ident(struct dtc *dx, struct cctx *cc, struct node *n)
{
	const struct builtin_var *bv = builtin_var_find(n->str);
	struct sym *s;

	if (bv && sema_ident_newer(dx, n->str, n->loc))
		bv = NULL; /* newer than -x version: a name like any other */
	if (bv) {
		struct dtype *t = type_named(dx, bv->type);
		size_t tl = strlen(bv->type);
		if (!t && tl > 2 && !strcmp(bv->type + tl - 2, " *")) {
			/* a D library type's pointer: curcpu is a cpuinfo_t * */
			t = type_named(dx, arena_strndup(dx, bv->type, tl - 2));
			t = t ? type_ptr(dx, t) : NULL;
		}
		if (!strcmp(bv->name, "curcpu"))
			st(dx)->uses_curcpu = 1;
		if (!strcmp(bv->name, "caller") || !strcmp(bv->name, "stackdepth"))
			st(dx)->uses_kstack = 1;
		if ((!strcmp(bv->name, "ucaller") || !strcmp(bv->name, "ustackdepth")) &&
		    sema_uctx_check(dx, cc, n, bv->name))
			return NULL;
		if (!t && !dx->btf && dx->nerrors)
			return NULL; /* a kernel type, and the kernel's BTF did not load (said) */
		if (!t)
			dtc_bug("builtin type %s", bv->type);
		if (bv->linux_note)
			diag_error_cg(dx, n->loc, "D_UNSUPPORTED", "%s cannot be implemented on Linux: %s",
				      bv->name, bv->linux_note);
		if (bv->needs_tmp)
			n->id = new_tmp(dx, cc, n);
		s = sym_find(dx, n->str);
		if (!s) {
			s = sym_add(dx, SYM_BUILTIN, n->str, t, n->loc);
			s->bv = bv;
		}
		n->sym = s;
		if (!strcmp(bv->name, "probefunc"))
			st(dx)->uses_sysnames = 1;
		if (!strncmp(bv->name, "arg", 3))
			st(dx)->uses_args = 1;
		if (!strcmp(bv->name, "id") || !strcmp(bv->name, "epid"))
			st(dx)->uses_id = 1;
		return n->type = t;
	}
	s = sym_find(dx, n->str);
	if (s && s->kind == SYM_GLOBAL) {
		n->sym = s;
		if (type_is_char_array(s->type))
			return sema_types_global_value(dx, cc, n); /* char buf[32] */
		return n->type = s->type;
	}
	{
		/* inlines and enumerators (sema_inline.c) */
		int h = sema_ident_hook(dx, cc, n);
		if (h)
			return h > 0 ? n->type : NULL;
	}
	if (n->str[0] == '`' || strchr(n->str, '`'))
		return sema_ksym(dx, cc, n) > 0 ? n->type : NULL; /* ksym.c */
	if (ident_badref(dx, n) || sema_var_fresh_read(dx, cc, n)) /* x = f(x) */
		return NULL;
	diag_error(dx, n->loc, "D_IDENT_UNDEF", "failed to resolve %s: Unknown variable name",
		   n->str);
	return NULL;
}

/*
 * A name DTrace cooks to a variable it may not write (no DT_NF_WRITABLE): a
 * built-in variable, or an inline whose value is no integer constant (curpsinfo,
 * cwd, pset); dt_node_ident() makes an integer constant inline's name its value,
 * no lvalue (D_OP_LVAL), unless the inline is defined after the name: the
 * name is then a variable cooked to the inline, not writable (D_OP_WRITE).
 * id is checked, its type in *tp (NULL after an error).
 */
static int readonly_var(struct dtc *dx, struct cctx *cc, struct node *id, struct dtype **tp)
{
	int after;

	if (id->kind != N_IDENT)
		return 0;
	if (strchr(id->str, '`')) /* a kernel symbol: never writable (dt_xcook_ident()) */
		return *tp = id->type ? id->type : check_expr(dx, cc, id), 1;
	if (builtin_var_find(id->str) && !sema_ident_newer(dx, id->str, id->loc)) {
		*tp = check_expr(dx, cc, id);
		return 1;
	}
	if (!sema_types_is_inline(dx, id->str))
		return 0;
	after = sema_types_inline_after(dx, id->str, id->loc); /* before id is cooked */
	*tp = check_expr(dx, cc, id);
	return !*tp || !(id->flags & NF_CONST) || after;
}

/* The variable an assignment writes, created on first assignment. */
static struct dtype *check_lvalue(struct dtc *dx, struct cctx *cc, struct node *n,
				  struct dtype *rtype, int op)
{
	struct sym *s;

	if (n->kind != N_IDENT) {
		diag_error(dx, n->loc, "D_OP_LVAL",
			   "operator %s requires modifiable lvalue as an operand",
			   op_str(op));
		return NULL;
	}
	if (builtin_var_find(n->str) && !sema_ident_newer(dx, n->str, n->loc)) {
		diag_error(dx, n->loc, "D_OP_WRITE",
			   "operator %s can only be applied to a writable variable", op_str(op));
		return NULL;
	}
	s = sym_find(dx, n->str);
	if (!s) {
		struct dtype *t = rtype;
		if (op != OP_ASSIGN || !t)
			t = type_int(dx, 8, 1);
		if (sema_is_actval(t)) { /* x = sym(y): D_CG_EXPR (sema_stack.c) */
			sema_actval_used(cc, n);
			return NULL;
		}
		if (t->kind == TY_VOID || t->kind == TY_DYN) { /* dt_cook_op2(): the new variable
			 * takes its type, which no assignment takes; a dynamic one is a "scalar" */
			diag_error(dx, n->loc, "D_OP_INCOMPAT", "operands have incompatible types: "
				   "\"%s\" = \"%s\"", t->kind == TY_VOID ? "void" : "scalar", t->name);
			return NULL;
		}
		if (sema_incomplete_value(dx, n->loc, t))
			return NULL;
		s = sym_add(dx, SYM_GLOBAL, n->str, t, n->loc);
	}
	n->sym = s;
	return n->type = s->type;
}

/* sizeof of void, a function, an incomplete struct, union or enum, or any other
 * type of size 0: dt_node_type_size() is 0 and sizeof is D_SIZEOF_TYPE. */
static int sizeof_unknown(struct dtc *dx, struct dtype *t)
{
	if (t->kind == TY_STRING)
		return 0;
	t = type_resolve(dx, t);
	if ((type_is_sou(t) || t->kind == TY_ENUM) && !t->complete && !t->kernel)
		return 1;
	return t->size == 0;
}

/* The integer constant 0, which any pointer or string takes. */
static int const_zero(const struct node *n)
{
	return (n->flags & NF_CONST) && type_is_int(n->type) && n->ival == 0;
}

int sema_const_zero(const struct node *n)
{
	return const_zero(n);
}

/*
 * DTrace's dt_node_is_ptrcompat() for the operands of a comparison or of
 * ?:: pointers (or arrays) to compatible types or one of them void *, or
 * a pointer and the integer constant 0.
 */
int sema_ptrcompat(const struct node *a, const struct dtype *l, const struct node *b,
		    const struct dtype *r)
{
	int lp = l->kind == TY_PTR || l->kind == TY_ARRAY;
	int rp = r->kind == TY_PTR || r->kind == TY_ARRAY;

	if (type_is_int(l) && type_is_int(r))
		return 0;
	if (type_is_int(l))
		return const_zero(a) && rp;
	if (type_is_int(r))
		return const_zero(b) && lp;
	return lp && rp && type_ptrcompat(l, r);
}

/*
 * The operands of a compound assignment x op= y, in DTrace's order
 * (dt_cook_op2()): += and -= take no string (D_OP_INCOMPAT) and want
 * integers or a pointer of known size on the left (D_OP_VFPTR) and an
 * integer or a compatible pointer on the right; *= and /= arithmetic
 * operands (D_OP_ARITH); the others integers (D_OP_INT).  Reports and
 * returns -1.
 */
int sema_compound_check(struct dtc *dx, struct node *n, struct dtype *l, struct dtype *r)
{
	int bop = compound_base(n->op);

	if (bop == OP_ADD || bop == OP_SUB) {
		if (l->kind == TY_STRING || r->kind == TY_STRING ||
		    (!(type_is_int(l) && type_is_int(r)) && l->kind == TY_PTR && !type_is_vfptr(l) &&
		     !type_is_int(r) && !sema_ptrcompat(n->a, l, n->b, r))) {
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"%s\" %s \"%s\"", l->name,
				   op_str(n->op), r->name);
			return -1;
		}
		if (!(type_is_int(l) && type_is_int(r)) && (l->kind != TY_PTR || type_is_vfptr(l))) {
			diag_error(dx, n->loc, "D_OP_VFPTR",
				   "operator %s requires left-hand scalar operand of known size",
				   op_str(n->op));
			return -1;
		}
		if (r->kind == TY_PTR || r->kind == TY_ARRAY) {
			/* p += q of compatible pointers passes dt_cook_op2(), but
			 * DTrace's code generator takes two pointers only for
			 * p - q and aborts (dt_cg_arithmetic_op()'s assertion);
			 * a pointer cannot hold their sum or their ptrdiff_t */
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"%s\" %s \"%s\"", l->name,
				   op_str(n->op), r->name);
			return -1;
		}
		return 0;
	}
	if (bop == OP_MUL || bop == OP_DIV) {
		if (type_is_arith(l) && type_is_arith(r))
			return 0;
		diag_error(dx, n->loc, "D_OP_ARITH", "operator %s requires operands of arithmetic type",
			   op_str(n->op));
		return -1;
	}
	if (type_is_int(l) && type_is_int(r))
		return 0;
	diag_error(dx, n->loc, "D_OP_INT", "operator %s requires operands of integral type",
		   op_str(n->op));
	return -1;
}

/* A string operand of + or - as the pointer D takes it for (dt_cook_op2():
 * "D permits strings to be treated as pointers"): the address of its
 * characters; a char array in memory read as a string (p->comm) is its
 * address again, as comm[i] makes it. */
static void str_as_ptr(struct dtc *dx, struct cctx *cc, struct node **sp)
{
	struct node *s = *sp;

	if ((s->flags & NF_CHARARR) && s->kind != N_STRINGOF && s->ival > 0) {
		s->flags &= ~NF_CHARARR;
		if (cc->ci->ntmp > 0 && s->id == cc->ci->ntmp - 1)
			cc->ci->ntmp--; /* the copy's temporary goes unused */
		s->type = sema_chararr_type(dx, s);
		return;
	} else if (s->kind == N_STRINGOF && s->a->type && s->a->type->kind == TY_PTR) {
		s->a->next = s->next; /* stringof(p), s + i: p itself, not a copy */
		*sp = s->a;
	} else {
		struct node *c = node_new(dx, N_CAST, s->loc);

		c->b = s;
		c->type = type_ptr(dx, type_int(dx, 1, 1)); /* checked: the characters' address */
		c->next = s->next;
		s->next = NULL;
		*sp = c;
	}
	(*sp)->flags |= NF_STRADDR;
}

/* s + i, i + s, s - i: the sum is a string, the one from that character
 * on: n becomes stringof() of the string's address plus i. */
static struct dtype *str_offset(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct node *sum, *s = n->a->type->kind == TY_STRING ? n->a : n->b;
	int arr = (s->flags & NF_CHARARR) && s->kind != N_STRINGOF && !(s->flags & NF_XLSTR) ?
			  (int)s->ival : 0;
	struct dtype *cp = type_ptr(dx, arr > 0 ? sema_chararr_type(dx, s)->base : type_int(dx, 1, 1));

	str_as_ptr(dx, cc, s == n->a ? &n->a : &n->b);
	sum = node_new(dx, N_BINARY, n->loc);
	*sum = *n;
	sum->type = cp;
	sum->next = NULL;
	n->kind = N_STRINGOF;
	n->a = sum;
	n->b = NULL;
	n->op = OP_NONE;
	n->flags = NF_CHARARR;
	if (arr > 0) { /* p->comm + 1 is a char [16] to DTrace (dt_cook_op2()) */
		n->flags |= NF_ARRSUM;
		n->ival = arr;
	}
	n->id = new_tmp(dx, cc, n);
	return n->type = type_string(dx);
}

/* An enumerator of enum type e (a D enum's, or the kernel's from BTF). */
static int enum_has_tag(struct dtc *dx, struct dtype *e, const char *name)
{
	struct dtype *t = NULL;
	int found = 0;

	for (struct denum *de = e->enums; de; de = de->next)
		if (!strcmp(de->name, name))
			return 1;
	if (!e->kernel || !dx->btf)
		return 0;
	(void)btf_enum_value(dx, name, &t, &found);
	return found && t && (t == e || (t->btf_id && t->btf_id == e->btf_id));
}

/*
 * dt_cook_op2(): a relational operator whose left operand is an enum takes
 * a right-hand name as the enum's tag; a name that is also a global
 * identifier (a variable, a function, an inline other than an integer
 * constant's, which the parser has already made a constant) is
 * D_IDENT_AMBIG.  D enumerators are such constants, so only a kernel
 * enum's tag can be ambiguous.
 */
static int enum_tag_ambiguous(struct dtc *dx, struct node *n, struct dtype *l)
{
	const struct builtin *b;
	const char *name = n->b->str, *kind = NULL;
	struct sym *s;

	if (l->kind != TY_ENUM || n->b->kind != N_IDENT || !name || strchr(name, '`') ||
	    !enum_has_tag(dx, l, name))
		return 0;
	if (builtin_var_find(name) && !sema_ident_newer(dx, name, n->b->loc))
		kind = "scalar";
	else if ((b = builtin_find(name)) && b->kind != BI_INTERNAL &&
		 !sema_ident_newer(dx, name, n->b->loc))
		kind = b->kind == BI_ACT ? "tracing function"
		       : b->kind == BI_AGGFN ? "aggregating function" : "function";
	else if ((s = sym_find(dx, name)) && (s->kind == SYM_GLOBAL || s->kind == SYM_ASSOC))
		kind = s->kind == SYM_ASSOC ? "associative array" : "scalar";
	if (!kind)
		return 0;
	diag_error(dx, n->b->loc, "D_IDENT_AMBIG",
		   "ambiguous use of operator %s: %s is both a %s enum tag and a global %s",
		   op_str(n->op), name, l->name, kind);
	return 1;
}

static struct dtype *check_expr_node(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *l, *r, *t, *u;

	if (n->kind == N_ASSIGN || n->kind == N_INCDEC) /* (1 ? x : y) = 3: x = 3 */
		sema_fold_cond(dx, cc, &n->a);
	if (sema_var_expr(dx, cc, n, &t)) /* a[k], self->x, this->x: sema_var.c */
		return t;

	if (n->kind == N_AGG || (n->kind == N_INDEX && sema_agg_indexed(n)))
		return sema_agg_misuse(dx, cc, n); /* sema_agg.c */
	if (sema_agg_is_assign(n))
		return sema_agg_assign(dx, cc, n);
	switch (n->kind) {
	case N_INT:
		n->flags |= NF_CONST;
		return n->type = int_const_type(dx, n);
	case N_CHAR:
		/* DTrace types a character constant as an integer constant
		 * (dt_node_int(): int, unsigned int, long, unsigned long) */
		n->flags |= NF_CONST;
		if ((uint64_t)n->ival <= INT32_MAX)
			return n->type = type_int(dx, 4, 1);
		if ((uint64_t)n->ival <= UINT32_MAX)
			return n->type = type_int(dx, 4, 0);
		return n->type = type_int(dx, 8, (uint64_t)n->ival <= INT64_MAX);
	case N_STRING:
		return n->type = type_string(dx);
	case N_FLOAT:
		diag_error(dx, n->loc, "D_SYNTAX", "floating-point constants are not permitted");
		return NULL;
	case N_IDENT:
		return check_ident(dx, cc, n);
	case N_MACRO: {
		/* $N and $$N (dt_lex.l): N is any decimal number; $0 and $$0
		 * are the script's name, a string */
		const char *m = n->str, *d = m + 1 + (m[1] == '$');
		if (isdigit((unsigned char)*d)) {
			long mi = strtol(d, NULL, 10);
			int str = m[1] == '$' || mi == 0;

			if (mi >= DT_MAX_MACROS) {
				diag_error(dx, n->loc, "D_MACRO_UNDEF",
					   "macro argument %s is not defined (dtc supports $1 to $%d)",
					   m, DT_MAX_MACROS - 1);
				return NULL;
			}
			n->id = (int)mi;
			if (!st(dx)->macros_used[mi])
				st(dx)->macro_loc[mi] = n->loc;
			st(dx)->macros_used[mi] |= str ? MAC_STR : MAC_INT;
			dtc_macro_ref(dx, n->loc.file, mi);
			return n->type = str ? type_string(dx) : type_int(dx, 8, 1);
		}
		if (m[1] == '$') {
			/* $$pid ... $$target: the value as a string ("%u") */
			static const char *const svars[] = { DT_MACVAR_NAMES };
			size_t i;

			for (i = 0; i < sizeof(svars) / sizeof(svars[0]); i++)
				if (!strcmp(m + 2, svars[i])) {
					st(dx)->uses_smacvars |= 1 << i;
					if (!strcmp(svars[i], "target"))
						st(dx)->target_used = 1;
					return n->type = type_string(dx);
				}
			if (n != dx->macro_undef) /* else said as read: sema.c */
				diag_error(dx, n->loc, "D_MACRO_UNDEF",
					   "macro variable %s is not defined", m);
			return NULL;
		}
		if (!strcmp(m, "$target")) {
			st(dx)->target_used = 1;
			return n->type = type_named(dx, "pid_t");
		}
		if (!strcmp(m, "$pid") || !strcmp(m, "$ppid") || !strcmp(m, "$uid") ||
		    !strcmp(m, "$gid") || !strcmp(m, "$euid") || !strcmp(m, "$egid") ||
		    !strcmp(m, "$pgid") || !strcmp(m, "$sid")) {
			st(dx)->uses_macvars = 1;
			return n->type = type_int(dx, 4, 1);
		}
		if (n != dx->macro_undef) /* else said as read: sema.c */
			diag_error(dx, n->loc, "D_MACRO_UNDEF", "macro variable %s is not defined", m);
		return NULL;
	}
	case N_BINARY:
		l = check_expr(dx, cc, n->a);
		if (l && n->op >= OP_LT && n->op <= OP_NE && enum_tag_ambiguous(dx, n, l))
			return NULL;
		r = check_expr(dx, cc, n->b);
		if (!l || !r)
			return NULL;
		if ((n->a->flags & NF_CONST) && (n->b->flags & NF_CONST) && type_is_int(l) &&
		    type_is_int(r) && types_fold_binary(dx, n, l, r)) /* types.c */
			return NULL;
		if (n->op >= OP_LT && n->op <= OP_NE) {
			int ca = sema_chararr_compare(dx, cc, n); /* carr == p: addresses */

			if (ca < 0)
				return NULL;
			if (ca) {
				l = n->a->type;
				r = n->b->type;
			}
			if ((l->kind == TY_STRING) != (r->kind == TY_STRING)) {
				/* s == NULL, s != NULL: a D string is a pointer */
				struct node *z = l->kind == TY_STRING ? n->b : n->a;
				struct dtype *zt = l->kind == TY_STRING ? r : l;

				/* the integer constant 0 is a null pointer for every
				 * relational operator (dt_node_is_ptrcompat(): a
				 * string is a char array), compared as addresses */
				if ((z->flags & NF_CONST) && type_is_int(z->type) && z->ival == 0)
					return n->type = type_int(dx, 4, 1);
				if (zt->kind == TY_PTR && zt->base &&
				    ((zt->base->kind == TY_INT && zt->base->size == 1) ||
				     zt->base->kind == TY_VOID)) {
					/* s == p of a char pointer: strings compared
					 * (dt_node_is_strcompat()), p read as one; a
					 * void pointer passes dt_node_is_ptrcompat(),
					 * and a string operand makes it a strcmp
					 * (dt_cg_compare_op()) */
					sema_str_from_ptr(dx, cc, l->kind == TY_STRING ? &n->b : &n->a);
					(l->kind == TY_STRING ? n->b : n->a)->flags |= NF_CMPNULL;
					str_mem_arg(dx, cc, n->a);
					str_mem_arg(dx, cc, n->b);
					st(dx)->uses_strcmp = 1;
					return n->type = type_int(dx, 4, 1);
				}
				diag_error(dx, n->loc, "D_OP_INCOMPAT",
					   "operands have incompatible types: \"%s\" %s \"%s\"",
					   opnd_name(dx, n->a, l), op_str(n->op), opnd_name(dx, n->b, r));
				return NULL;
			}
			if (l->kind == TY_STRING) {
				/* compared by a global function (dt_g_strcmp()) */
				str_mem_arg(dx, cc, n->a);
				str_mem_arg(dx, cc, n->b);
				st(dx)->uses_strcmp = 1;
			}
			if (l->kind != TY_STRING && !(type_is_arith(l) && type_is_arith(r)) &&
			    !type_compatible(l, r) && !sema_ptrcompat(n->a, l, n->b, r)) {
				/* DTrace's dt_cook_op2() (K&R A7.9-10) */
				diag_error(dx, n->loc, "D_OP_INCOMPAT",
					   "operands have incompatible types: \"%s\" %s \"%s\"",
					   opnd_name(dx, n->a, l), op_str(n->op), opnd_name(dx, n->b, r));
				return NULL;
			}
			if (l->kind == TY_ARRAY || r->kind == TY_ARRAY) {
				/* a[] == p: compared as a pointer (dt_node_is_ptrcompat()) */
				struct dtype *e = l->kind == TY_ARRAY ? l->base : r->base;

				sema_array_as_ptr(dx, &n->a, type_ptr(dx, e));
				sema_array_as_ptr(dx, &n->b, type_ptr(dx, e));
				l = n->a->type;
				r = n->b->type;
			}
			if (sema_is_actval(l) && sema_is_actval(r)) /* typedefs of void: */
				return n->type = type_int(dx, 4, 1); /* D_CG_EXPR, sema_stack.c */
			if (type_is_sou(l) && type_compatible(l, r))
				return sema_sou_compare(dx, n) ? (n->type = type_int(dx, 4, 1)) : NULL;
			if (l->kind != TY_STRING && (!type_is_scalar(l) || !type_is_scalar(r))) {
				diag_error(dx, n->loc, "D_OP_SCALAR",
					   "operator %s requires operands of scalar type", op_str(n->op));
				return NULL;
			}
			return n->type = type_int(dx, 4, 1);
		}
		if ((n->op == OP_ADD || n->op == OP_SUB) && (n->a->flags & NF_CHARARR) &&
		    n->a->kind != N_STRINGOF && n->a->ival > 1 && (n->b->flags & NF_CONST) &&
		    type_is_int(r) && (uint64_t)n->b->ival >= (uint64_t)n->a->ival) {
			/* p->comm + 16: checked as an index is (dt_cook_op2()) */
			diag_error(dx, n->loc, "D_ARR_BOUNDS", "index outside array bounds: %llu, max is %d",
				   (unsigned long long)n->b->ival, (int)n->a->ival);
			return NULL;
		}
		if ((n->op == OP_ADD || n->op == OP_SUB) &&
		    ((l->kind == TY_STRING && type_is_int(r)) ||
		     (n->op == OP_ADD && type_is_int(l) && r->kind == TY_STRING)))
			return str_offset(dx, cc, n);
		if ((n->op == OP_ADD || n->op == OP_SUB) &&
		    (l->kind == TY_PTR || r->kind == TY_PTR || l->kind == TY_ARRAY ||
		     r->kind == TY_ARRAY || l->kind == TY_STRING || r->kind == TY_STRING)) {
			/*
			 * DTrace's dt_cook_op2() for + and -: pointer + integer,
			 * integer + pointer, and pointer - pointer of compatible
			 * types (a ptrdiff_t); a void or function pointer has no
			 * size to step by.  An array is a pointer to its first
			 * element here (dt_node_is_pointer()), and a constant
			 * index past its end is D_ARR_BOUNDS, as a[i] is.
			 */
			int lp = (l->kind == TY_PTR && !type_is_vfptr(l)) || l->kind == TY_ARRAY ||
				 l->kind == TY_STRING;
			int rp = (r->kind == TY_PTR && !type_is_vfptr(r)) || r->kind == TY_ARRAY ||
				 r->kind == TY_STRING;

			if (l->kind == TY_ARRAY && type_is_int(r) && (n->b->flags & NF_CONST) &&
			    l->nelem > 1 && (uint64_t)n->b->ival >= (uint64_t)l->nelem) {
				diag_error(dx, n->loc, "D_ARR_BOUNDS",
					   "index outside array bounds: %llu, max is %d",
					   (unsigned long long)n->b->ival, l->nelem);
				return NULL;
			}
			if ((n->op == OP_ADD || n->op == OP_SUB) && lp && type_is_int(r))
				return n->type = l->kind == TY_ARRAY ? type_ptr(dx, l->base) : l;
			if (n->op == OP_ADD && type_is_int(l) && rp)
				return n->type = r->kind == TY_ARRAY ? type_ptr(dx, r->base) : r;
			if (n->op == OP_SUB && lp && rp &&
			    type_ptrcompat(opnd_type(dx, n->a, l), opnd_type(dx, n->b, r))) {
				if (sema_mem_ptr_is_alloca(n->a) != sema_mem_ptr_is_alloca(n->b)) {
					/* the distance between alloca'd memory and
					 * other memory is meaningless (dt_cook_op2()) */
					diag_error(dx, n->loc, "D_OP_INCOMPAT",
						   "adding or subtracting pointers to alloca and "
						   "non-alloca space is meaningless: \"%s\" - \"%s\"",
						   l->name, r->name);
					return NULL;
				}
				/* s - s, p - s: D strings are pointers here too */
				if (l->kind == TY_STRING)
					str_as_ptr(dx, cc, &n->a);
				if (r->kind == TY_STRING)
					str_as_ptr(dx, cc, &n->b);
				return n->type = type_named(dx, "ptrdiff_t");
			}
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"%s\" %s \"%s\"",
				   opnd_name(dx, n->a, l), op_str(n->op), opnd_name(dx, n->b, r));
			return NULL;
		}
		if (n->op != OP_ADD && n->op != OP_SUB && n->op != OP_MUL && n->op != OP_DIV &&
		    (!type_is_int(l) || !type_is_int(r))) {
			/* %, &, |, ^, <<, >>: dt_cook_op2() wants integers */
			diag_error(dx, n->loc, "D_OP_INT", "operator %s requires operands of integral type",
				   op_str(n->op));
			return NULL;
		}
		if ((n->op == OP_ADD || n->op == OP_SUB) && (!type_is_int(l) || !type_is_int(r))) {
			/* dt_cook_op2()'s + and -: integers or pointers, else this */
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"%s\" %s \"%s\"",
				   opnd_name(dx, n->a, l), op_str(n->op), opnd_name(dx, n->b, r));
			return NULL;
		}
		if (!type_is_arith(l) || !type_is_arith(r)) {
			diag_error(dx, n->loc, "D_OP_ARITH", "operator %s requires operands of arithmetic type",
				   op_str(n->op));
			return NULL;
		}
		if (n->op == OP_SHL || n->op == OP_SHR) /* the left operand's type (dt_cook_op2()) */
			return n->type = l->kind == TY_ENUM ? type_int(dx, 4, 1) : l;
		return n->type = type_dtrace_arith(dx, l, r); /* types.c */
	case N_LOGICAL: {
		/*
		 * String temporaries: && and || test their left operand
		 * before the right one runs, so the right one reuses the
		 * left's; both stay taken for the operands of whatever holds
		 * this one, which C may evaluate in any order.  (^^ is a C
		 * != of the two, unsequenced: no reuse.)  A chain of 30
		 * execname == "..." tests needed 60 at once.
		 */
		int mark = cc->ci->ntmp, hi;

		l = check_expr(dx, cc, n->a);
		if (n->op != OP_LXOR) {
			hi = cc->ci->ntmp;
			cc->ci->ntmp = mark;
			r = check_expr(dx, cc, n->b);
			if (hi > cc->ci->ntmp)
				cc->ci->ntmp = hi;
		} else {
			r = check_expr(dx, cc, n->b);
		}
		if (!l || !r)
			return NULL;
		if (!type_is_scalar(l) || !type_is_scalar(r)) {
			diag_error(dx, n->loc, "D_OP_SCALAR", "operator %s requires operands of scalar type",
				   op_str(n->op));
			return NULL;
		}
		if ((n->a->flags & NF_CONST) && (n->b->flags & NF_CONST)) { /* fold */
			int x = n->a->ival != 0, y = n->b->ival != 0;
			n->flags |= NF_CONST;
			n->ival = n->op == OP_LAND ? x && y : n->op == OP_LOR ? x || y : x != y;
		}
		return n->type = type_int(dx, 4, 1);
	}
	case N_UNARY:
		if (n->op == OP_ADDR && n->a->kind == N_AGG) {
			/* &@a: an aggregation is a dynamic variable (DTrace's dt_node_cook) */
			diag_error(dx, n->loc, "D_ADDROF_VAR", "cannot take address of dynamic variable");
			return NULL;
		}
		if (sema_var_unary_operand(dx, cc, n->a))
			return NULL;
		t = check_expr(dx, cc, n->a);
		if (!t)
			return NULL;
		types_fold_unary(dx, n, t); /* constants: types.c */
		switch (n->op) {
		case OP_LNOT:
			if (!type_is_scalar(t)) {
				diag_error(dx, n->loc, "D_OP_SCALAR", "operator ! requires an operand of scalar type");
				return NULL;
			}
			if ((n->flags & NF_CONST) && t->kind == TY_INT)
				return n->type = t; /* !c folded keeps c's type (dt_node_op1()) */
			return n->type = type_int(dx, 4, 1);
		case OP_NEG:
		case OP_PLUS:
		case OP_BNOT:
			if (!type_is_arith(t)) {
				diag_error(dx, n->loc, n->op == OP_BNOT ? "D_OP_INT" : "D_OP_ARITH",
					   "operator %s requires an operand of %s type", op_str(n->op),
					   n->op == OP_BNOT ? "integral" : "arithmetic");
				return NULL;
			}
			/* the operand's type, not promoted (dt_cook_op1()) */
			return n->type = t->kind == TY_ENUM ? type_int(dx, 4, 1) : t;
		default:
			/* *p, &x: sema_types.c */
			return sema_check_typed_expr(dx, cc, n);
		}
	case N_INCDEC:
		if (n->a->kind != N_IDENT && sema_types_is_lvalue(n->a) &&
		    (n->a->kind != N_UNARY || n->a->op == OP_DEREF))
			return sema_types_incdec(dx, cc, n); /* x.m++, a[i]++, (*p)++ */
		if (n->a->kind == N_IDENT && ident_badref(dx, n->a))
			return NULL;
		if (readonly_var(dx, cc, n->a, &t))
			return t ? sema_incdec_refused(dx, n, t, 1) : NULL;
		if (!is_lvalue_ident(dx, n->a)) {
			/* dt_cook_op1() cooks the operand first ("a"++ is D_OP_SCALAR) */
			int ksym = is_ksym_ident(n->a); /* before it is resolved */

			t = check_expr(dx, cc, n->a);
			return t ? sema_incdec_refused(dx, n, t, ksym) : NULL;
		}
		t = check_lvalue(dx, cc, n->a, NULL, n->op);
		if (t && !type_is_scalar(t)) {
			diag_error(dx, n->loc, "D_OP_SCALAR", "operator %s requires operand of scalar type",
				   op_str(n->op));
			return NULL;
		}
		if (type_is_vfptr(t)) { /* DTrace's dt_cook_op1() */
			diag_error(dx, n->loc, "D_OP_VFPTR", "operator %s requires an operand of known size",
				   op_str(n->op));
			return NULL;
		}
		return n->type = t;
	case N_ASSIGN:
		if (sema_types_is_lvalue(n->a))
			return sema_check_typed_expr(dx, cc, n); /* members, *p */
		if (n->a->kind == N_IDENT && ident_badref(dx, n->a))
			return NULL; /* the left side is looked up first */
		if (n->a->kind != N_IDENT && !check_expr(dx, cc, n->a))
			return NULL; /* and cooked first (-p = 1 is D_OP_ARITH) */
		if (n->a->kind == N_IDENT && strchr(n->a->str, '`')) /* a kernel symbol: not writable */
			return (l = check_expr(dx, cc, n->a)) && (r = check_expr(dx, cc, n->b)) ? sema_assign_refused(dx, n, l, r, 1) : NULL;
		if (!(r = sema_var_global_asgn_rhs(dx, cc, n))) /* creates the left side first */
			return NULL;
		if (readonly_var(dx, cc, n->a, &l))
			return l ? sema_assign_refused(dx, n, l, r, 1) : NULL;
		if (!is_lvalue_ident(dx, n->a)) {
			/* checked already when an integer constant inline's */
			int ksym = is_ksym_ident(n->a); /* before it is resolved */

			l = n->a->type ? n->a->type : check_expr(dx, cc, n->a);
			return l ? sema_assign_refused(dx, n, l, r, ksym) : NULL;
		}
		l = check_lvalue(dx, cc, n->a, sema_char_array_value(dx, n->b) ? sema_char_array_value(dx, n->b) : r, n->op);
		if (!l)
			return NULL;
		if (n->op != OP_ASSIGN) {
			if (sema_compound_check(dx, n, l, r))
				return NULL;
		} else if (l->kind == TY_ARRAY || l->kind == TY_FUNC) {
			/* DTrace's dt_cook_op2(), before the types are compared */
			diag_error(dx, n->loc, "D_OP_ARRFUN",
				   "operator %s may not be applied to operand of type \"%s\"",
				   op_str(n->op), l->name);
			return NULL;
		} else if (!type_argcompat(l, r, const_zero(n->b))) { /* s = NULL: a NULL string */
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"%s\" = \"%s\"", l->name,
				   opnd_name(dx, n->b, r));
			return NULL;
		} else if (l->kind == TY_STRING && r->kind == TY_PTR) {
			sema_str_from_ptr(dx, cc, &n->b);
		}
		if (!sema_var_kernel_copy_ok(dx, l, n->b, n->a)) /* sema_var.c */
			return NULL;
		return n->type = l;
	case N_COND:
		return sema_check_cond(dx, cc, n); /* sema_cond.c */
	case N_CALL:
		/* the call's value type, which an operator around it reads
		 * (func(x) + 1, stringof(stack())): not every hook sets it */
		return n->type = check_call(dx, cc, n);
	case N_CAST:
		t = type_from_typename(dx, n->a);
		r = check_expr(dx, cc, n->b);
		if (!t || !r)
			return NULL;
		if (n->b->kind == N_XLATE && r->kind == TY_PTR) {
			diag_error(dx, loc_after_lookahead(dx, n->loc), "D_CAST_INVAL",
				   "invalid cast expression: \"pointer to translated data\" to \"%s\"", t->name);
			n->b->type = NULL; /* reported */
			return NULL;
		}
		if ((n->b->flags & NF_CHARARR) && n->b->kind != N_STRINGOF && type_is_scalar(t) &&
		    n->b->ival > 0) {
			/* (char *)p->name: the char array, not the string copy */
			n->b->flags &= ~NF_CHARARR;
			r = n->b->type = type_array(dx, type_int(dx, 1, 1), (int)n->b->ival);
		}
		u = sema_char_array_value(dx, n->b); /* p->comm: char [16] */
		if (t->kind == TY_STRING &&
		    (u || ((r->kind == TY_PTR || r->kind == TY_ARRAY || type_is_int(r)) &&
			   !(n->b->flags & NF_CHARARR)))) {
			/* (string)p, (string)i (dt_cook_op2(): a scalar) and (string)p->comm
			 * (dt_node_is_strcompat()): the string at that address, as stringof() */
			n->kind = N_STRINGOF;
			n->flags |= NF_STRCAST;
			n->a = n->b;
			n->b = NULL;
			return sema_check_typed_expr(dx, cc, n);
		}
		if ((t->kind == TY_STRING && r->kind == TY_STRING) ||
		    ((type_is_sou(t) || t->kind == TY_ARRAY) && type_compatible(t, u ? u : r))) {
			/* (string)s, (struct s)v, (int [3])a: the same type
			 * (ctf_type_compat()); a char array in memory reads as a string */
			struct loc loc = n->loc;
			struct node *next = n->next; /* an argument list's */

			*n = *n->b;
			n->loc = loc;
			n->next = next;
			n->flags |= NF_CASTOUT;
			n->xltype = NULL; /* a string now, whatever a member declared */
			if (t->kind == TY_STRING && (n->flags & NF_CHARARR))
				n->flags |= NF_XLSTR; /* (string)p->comm: a string, no char [16] */
			return n->type;
		}
		if (r->kind == TY_ARRAY && t->kind == TY_PTR) {
			/* (int *)a: an array is its address; (long)a is invalid
			 * (dt_cook_op2(): an array is no scalar) */
		} else if (t->kind != TY_VOID &&
			   (!type_is_scalar(t) || !type_is_scalar(r) ||
			    (t->kind == TY_ENUM && !t->kernel && !t->complete)) &&
		    !(type_is_sou(t) && type_compatible(t, r))) {
			diag_error(dx, loc_after_lookahead(dx, n->loc), "D_CAST_INVAL",
				   "invalid cast expression: \"%s\" to \"%s\"", r->name, t->name);
			return NULL;
		}
		types_fold_unary(dx, n, t); /* (type)constant: types.c */
		return n->type = t;
	case N_SIZEOF_TYPE:
		t = type_from_typename(dx, n->a);
		if (!t)
			return NULL;
		n->flags |= NF_CONST;
		n->ival = t->kind == TY_STRING ? st(dx)->strmax : t->size;
		if (sizeof_unknown(dx, t)) {
			diag_error(dx, n->loc, "D_SIZEOF_TYPE",
				   "cannot apply sizeof to an operand of unknown size");
			return NULL;
		}
		return n->type = type_named(dx, "size_t");
	case N_SIZEOF_EXPR:
		if (sema_var_unary_operand(dx, cc, n->a))
			return NULL;
		t = check_expr(dx, cc, n->a);
		if (!t)
			return NULL;
		n->flags |= NF_CONST;
		n->ival = t->kind == TY_STRING ? st(dx)->strmax : t->size;
		if (n->a->kind == N_STRING && !(n->a->flags & NF_INLINED))
			/* a string constant: its bytes (dt_node_type_size()); an
			 * inline standing for one is a variable of its type */
			n->ival = (int64_t)strlen(n->a->str) + 1;
		else if (n->a->flags & NF_ARRSUM)
			n->ival = n->a->ival; /* p->comm + 1: char [16] */
		else if (n->a->xltype && n->a->xltype->kind != TY_STRING)
			n->ival = n->a->xltype->size; /* a translated member: its declared type's */
		else if ((n->a->flags & NF_CHARARR) && n->a->kind != N_STRINGOF &&
			 (n->a->flags & (NF_CASTOUT | NF_XLSTR)) != (NF_CASTOUT | NF_XLSTR))
			n->ival = n->a->ival; /* a char array read as a string, not (string)a */
		if (n->a->flags & NF_BITFIELD) {
			diag_error(dx, n->loc, "D_SIZEOF_BITFIELD", "cannot apply sizeof to a bit-field");
			return NULL;
		}
		if (n->a->kind != N_STRING && !(n->a->flags & NF_CHARARR) && sizeof_unknown(dx, t)) {
			diag_error(dx, n->loc, "D_SIZEOF_TYPE",
				   "cannot apply sizeof to an operand of unknown size");
			return NULL;
		}
		return n->type = type_named(dx, "size_t");
	case N_STRINGOF:
		if (sema_var_unary_operand(dx, cc, n->a))
			return NULL;
		t = check_expr(dx, cc, n->a);
		if (!t)
			return NULL;
		if (t->kind != TY_STRING)
			return sema_check_typed_expr(dx, cc, n); /* kernel char * */
		return n->type = t;
	case N_COMMA: {
		/*
		 * DTrace's dt_cook_op2() cooks both operands, then refuses a
		 * dynamic one: an aggregation, @a[k], or an aggregation
		 * assignment, which cooks to the aggregation itself (@a =
		 * count(), 1;).  Each is checked as it would be alone first.
		 */
		int ld = is_agg_ref(n->a) || sema_agg_is_assign(n->a);
		int rd = is_agg_ref(n->b) || sema_agg_is_assign(n->b);

		l = check_expr(dx, cc, n->a); /* @a never assigned: D_IDENT_UNDEF */
		r = check_expr(dx, cc, n->b);
		if (ld || rd || (l && l->kind == TY_DYN) || (r && r->kind == TY_DYN)) {
			/* (an aggregating function's call is dynamic too) */
			if (l && r)
				diag_error(dx, n->loc, "D_OP_DYN",
					   "operator , operands cannot be of dynamic type");
			return NULL;
		}
		if (l && r && (is_action_call(n->a) || is_action_call(n->b))) {
			/* DTrace's dt_cook_op2(), once the operands are cooked */
			diag_error(dx, n->loc, "D_OP_ACT", "operator , operands cannot be actions");
			return NULL;
		}
		return n->type = r;
	}
	case N_INDEX:
		if (n->a->kind == N_IDENT && !strcmp(n->a->str, "args") && !sym_find(dx, "args")) {
			/* args[N]: the probe's typed arguments (prov.c) */
			if (prov_args_rewrite(dx, cc, n) < 0 || !(t = check_expr(dx, cc, n)))
				return NULL;
			n->flags |= NF_BVAR;
			return t;
		}
		if (n->a->kind == N_IDENT && !strcmp(n->a->str, "uregs") && !sym_find(dx, "uregs")) {
			if (!(t = check_uregs(dx, cc, n)))
				return NULL;
			n->flags |= NF_BVAR;
			return t;
		}
		if (sema_types_inline_index(dx, cc, n, &t)) /* inline i[int x] = ... */
			return t;
		/* fallthrough */
	case N_MEMBER_OF:
	case N_PTR_MEMBER:
	case N_OFFSETOF:
	case N_XLATE:
		/* structured types, pointers, translators: sema_types.c */
		return sema_check_typed_expr(dx, cc, n);
	case N_AGG:
		diag_error(dx, n->loc, "D_UNSUPPORTED",
			   "this expression form is not yet implemented by dtc");
		return NULL;
	default:
		diag_error(dx, n->loc, "D_SYNTAX", "unexpected expression");
		return NULL;
	}
}

/* Actions may only appear as statements (D_OP_ACT in DTrace). */

/*
 * DTrace shifts 64-bit registers (BPF_LSH, BPF_RSH, BPF_ARSH), and the
 * machine takes the count modulo 64: 1 << 64 is 1, x >> 65 is x >> 1.  C
 * leaves a count of 64 or more undefined, so the count is masked.
 */
static void mask_shift_count(struct dtc *dx, struct node *n)
{
	struct node *m, *k;

	if ((n->kind != N_BINARY || (n->op != OP_SHL && n->op != OP_SHR)) &&
	    (n->kind != N_ASSIGN || (n->op != OP_SHL_ASSIGN && n->op != OP_SHR_ASSIGN)))
		return;
	if (!n->b || !n->b->type || !type_is_int(n->b->type) ||
	    ((n->b->flags & NF_CONST) && n->b->ival >= 0 && n->b->ival < 64))
		return;
	k = node_new(dx, N_INT, n->b->loc);
	k->str = "63";
	k->ival = 63;
	k->flags = NF_CONST;
	k->type = type_int(dx, 4, 1);
	m = node_new(dx, N_BINARY, n->b->loc);
	m->op = OP_BAND;
	m->a = n->b;
	m->b = k;
	m->type = type_dtrace_arith(dx, n->b->type, k->type);
	if (n->b->flags & NF_CONST) {
		m->flags = NF_CONST;
		m->ival = n->b->ival & 63;
	}
	n->b = m;
}

struct dtype *check_expr(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct attr_pre pre;
	struct dtype *t;

	sema_attr_enter(dx, n, &pre); /* stability attributes (sema_attr.c) */
	t = check_expr_node(dx, cc, n);
	sema_attr_expr(dx, cc, n, &pre, t);
	if (t) {
		sema_mem_taint(dx, cc, n); /* alloca'd pointers and memory: sema_mem.c */
		mask_shift_count(dx, n);
	}
	return t;
}
