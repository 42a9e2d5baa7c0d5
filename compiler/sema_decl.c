/*
 * sema_decl.c: D declarations become types.  Struct, union and enum
 * definitions (libctf's layout, DTrace's rules and messages), typedefs (the
 * D library's resolved on first use), declarators (pointers, arrays,
 * function prototypes) and type names, as DTrace's dt_decl.c builds them.
 *
 * Declarations need expressions (an array size, an enumerator's value,
 * sizeof), which check_expr() folds with D's conversions, and the symbol
 * table (an enumerator may not redeclare a variable): so this is semantic
 * analysis, standing on types.c's type universe and tables, not part of it.
 */
#include <stdint.h>
#include <string.h>

#include "sema.h"

static const char *sou_word(int kind)
{
	return kind == TK_STRUCT ? "struct" : kind == TK_UNION ? "union" : "enum";
}

static struct dtype *type_from_spec(struct dtc *dx, struct node *spec);
static struct dtype *type_from_decl(struct dtc *dx, struct dtype *base, struct node *decl);

/* A constant integer expression in a declaration (array size, enumerator,
 * bitfield width): literals, enumerators, sizeof and operators on them. */
static int const_eval(struct dtc *dx, struct node *n, int64_t *v)
{
	int64_t a, b;
	if (SEMA(dx)) {
		/* sema folds constants with D's conversions (types_fold_*) */
		struct clause_info ci = { 0 };
		struct cctx cc = { .ci = &ci };
		struct dtype *t = check_expr(dx, &cc, n);
		if (!t || !type_is_int(t) || !(n->flags & NF_CONST))
			return -1;
		*v = n->ival;
		return 0;
	}
	switch (n->kind) {
	case N_INT:
	case N_CHAR:
		*v = n->ival;
		return 0;
	case N_IDENT:
		return types_enum_find(dx, n->str, v) ? 0 : -1;
	case N_SIZEOF_TYPE: {
		struct dtype *t = type_from_typename(dx, n->a);
		if (!t)
			return -1;
		*v = t->kind == TY_STRING ? (SEMA(dx) ? SEMA(dx)->strmax : 256) : t->size;
		return 0;
	}
	case N_UNARY:
		if (const_eval(dx, n->a, &a))
			return -1;
		switch (n->op) {
		case OP_NEG: *v = -a; return 0;
		case OP_PLUS: *v = a; return 0;
		case OP_BNOT: *v = ~a; return 0;
		case OP_LNOT: *v = !a; return 0;
		}
		return -1;
	case N_BINARY:
		if (const_eval(dx, n->a, &a) || const_eval(dx, n->b, &b))
			return -1;
		switch (n->op) {
		case OP_ADD: *v = a + b; return 0;
		case OP_SUB: *v = a - b; return 0;
		case OP_MUL: *v = a * b; return 0;
		case OP_DIV: if (!b) return -1; *v = a / b; return 0;
		case OP_MOD: if (!b) return -1; *v = a % b; return 0;
		case OP_SHL: *v = (int64_t)((uint64_t)a << (b & 63)); return 0;
		case OP_SHR: *v = a >> (b & 63); return 0;
		case OP_BAND: *v = a & b; return 0;
		case OP_BOR: *v = a | b; return 0;
		case OP_BXOR: *v = a ^ b; return 0;
		case OP_LT: *v = a < b; return 0;
		case OP_LE: *v = a <= b; return 0;
		case OP_GT: *v = a > b; return 0;
		case OP_GE: *v = a >= b; return 0;
		case OP_EQ: *v = a == b; return 0;
		case OP_NE: *v = a != b; return 0;
		}
		return -1;
	case N_COND:
		if (const_eval(dx, n->a, &a))
			return -1;
		return const_eval(dx, a ? n->b : n->c, v);
	default:
		return -1;
	}
}

static uint32_t clp2(uint32_t x)
{
	uint32_t p = 1;
	while (p < x)
		p <<= 1;
	return p;
}

/*
 * A type's alignment as libctf's ctf_type_align() gives it: pointers 8,
 * arrays their element's, a struct its FIRST member's, a union its largest
 * member's, an enum an int's, anything else its size (a string, D's typedef
 * of a char array, 1).
 */
static int ctf_align(struct dtc *dx, const struct dtype *t)
{
	const struct dmember *m;
	int a = 0;

	switch (t->kind) {
	case TY_PTR:
	case TY_FUNC:
		return 8;
	case TY_ARRAY:
		return t->base ? ctf_align(dx, t->base) : 1;
	case TY_STRING:
		return 1;
	case TY_ENUM:
		return 4;
	case TY_STRUCT:
	case TY_UNION:
		/* a kernel type: its members as BTF lists them, typed (the CTF
		 * DTrace makes of BTF, dt_btf.c) */
		for (m = t->kernel ? btf_members_nested(dx, (struct dtype *)t) : t->members; m;
		     m = m->next) {
			int am = m->bits ? (int)clp2((uint32_t)(m->bits + 7) / 8) :
				 m->type ? ctf_align(dx, m->type) : 1;
			if (am > a)
				a = am;
			if (t->kind == TY_STRUCT)
				break;
		}
		return a ? a : 1;
	default:
		return t->size > 0 ? t->size : 1;
	}
}

/*
 * struct/union bodies, laid out as DTrace lays them out: dt_decl_member()
 * adds each member with libctf's ctf_add_member(), which puts it at the end
 * of the previous member (its bit width for an integer, a bit-field
 * included), rounded up to a byte and then to the member's ctf_align().  A
 * bit-field is an integer of its own, clp2(ceil(bits / 8)) bytes; the size
 * is the last member's end, with no tail padding; a zero-width bit-field is
 * ignored.  emit_types.c writes the C struct packed, with explicit padding,
 * to the same offsets.
 */
static void sou_define(struct dtc *dx, struct dtype *t, struct node *body, int is_union)
{
	struct dmember **tail = &t->members;
	int64_t size = 0, prev_end = -1; /* bytes; bits (-1: no member yet) */
	struct node *m, *d;

	for (m = body; m; m = m->next) {
		struct dtype *mb = type_from_spec(dx, m->a);
		if (!mb)
			continue;
		for (d = m->b; d; d = d->next) {
			struct dtype *mt;
			struct dmember *dm, *o;
			int64_t width = 0, msize, malign, moff;

			/* DTrace's dt_decl_member() */
			if (d->str && strchr(d->str, '`')) {
				diag_error(dx, d->loc, "D_DECL_SCOPE",
					   "D scoping operator may not be used in a member name (%s)",
					   d->str);
				continue;
			}
			if (d->a && d->a->op == DT_ARRAY && d->a->a && d->a->a->kind == N_TYPENAME) {
				diag_error(dx, d->loc, "D_DECL_DYNOBJ", "cannot have dynamic member: %s",
					   d->str ? d->str : "");
				continue;
			}
			mt = type_from_decl(dx, mb, d);
			if (!mt)
				continue;
			if ((mt->kind == TY_STRUCT || mt->kind == TY_UNION ||
			     (mt->kind == TY_ENUM && !mt->kernel)) && !mt->complete) {
				diag_error(dx, d->loc, "D_DECL_INCOMPLETE",
					   "incomplete struct/union/enum %s: %s", mt->name,
					   d->str ? d->str : "");
				continue;
			}
			if (mt->kind == TY_VOID || mt->kind == TY_FUNC) {
				diag_error(dx, d->loc, "D_DECL_VOIDOBJ",
					   "cannot have void member: %s", d->str ? d->str : "");
				continue;
			}
			if (d->c) {
				/* dt_decl_member(): an unnamed ": 0" ends packing (and is
				 * ignored); otherwise a positive constant, an integer
				 * type, and no wider than the type */
				int bad = const_eval(dx, d->c, &width);
				if (!bad && !d->str && width == 0)
					continue;
				if (bad || width <= 0) {
					diag_error(dx, d->c->loc, "D_DECL_BFCONST",
						   "positive integral constant expression expected as bit-field size");
					continue;
				}
				if (mt->kind != TY_INT) { /* an enum neither (ctf_type_kind()) */
					diag_error(dx, d->loc, "D_DECL_BFTYPE",
						   "invalid type for bit-field: %s", d->str ? d->str : "(anon)");
					continue;
				}
				if (width > mt->size * 8) {
					diag_error(dx, d->c->loc, "D_DECL_BFSIZE",
						   "bit-field too big for type: %s", d->str ? d->str : "(anon)");
					continue;
				}
			}
			/* dt_decl_member(): ctf_add_member() fails last */
			if (d->str) {
				for (o = t->members; o; o = o->next)
					if (o->name && !strcmp(o->name, d->str)) {
						diag_error(dx, d->loc, "D_UNKNOWN",
							   "failed to define member '%s': Duplicate member or variable name.",
							   d->str);
						break;
					}
			}
			msize = d->c ? (int64_t)clp2((uint32_t)(width + 7) / 8) :
				(int64_t)(mt->kind == TY_STRING ? type_string(dx)->size : mt->size);
			malign = d->c ? msize : ctf_align(dx, mt);
			if (is_union || prev_end < 0) {
				moff = 0;
				if (msize > size)
					size = msize;
			} else {
				moff = (prev_end + 7) / 8;
				moff = (moff + malign - 1) / malign * malign;
				size = moff + msize;
			}
			prev_end = moff * 8 + (d->c ? width : msize * 8);
			if (!d->str)
				continue; /* an unnamed bit-field takes its room only */
			dm = arena_alloc(dx, sizeof(*dm));
			dm->name = d->str;
			dm->type = mt;
			dm->off_bits = (int)(moff * 8);
			dm->bits = (int)width;
			*tail = dm;
			tail = &dm->next;
		}
	}
	t->size = (int)size;
	t->complete = 1;
	t->align = ctf_align(dx, t);
	types_sou_defined(dx, t);
}


static void enum_define(struct dtc *dx, struct dtype *t, struct node *body)
{
	struct denum **tail = &t->enums;
	int64_t v = 0;
	struct node *e;

	for (e = body; e; e = e->next) {
		struct denum *de;
		int64_t old;
		/* dt_decl_enumerator() runs as the enumerator is reduced, after
		 * the ',' or '}' that follows it is scanned: dtrace reports its
		 * errors on that token's line */
		struct loc at = loc_after_lookahead(dx, e->loc);
		if (strchr(e->str, '`')) { /* DTrace's dt_decl_enumerator() */
			diag_error(dx, at, "D_DECL_SCOPE",
				   "D scoping operator may not be used in an enumerator name (%s)", e->str);
			continue;
		}
		if (e->a && const_eval(dx, e->a, &v)) {
			diag_error(dx, at, "D_DECL_ENCONST",
				   "enumerator '%s' must be assigned to an integral constant expression",
				   e->str);
			continue;
		}
		/* an assigned value must fit an int; the implicit one, the
		 * previous plus one, is an int sum (INT_MAX's next is INT_MIN) */
		if (e->a && (v < INT32_MIN || v > INT32_MAX)) {
			diag_error(dx, at, "D_DECL_ENOFLOW",
				   "enumerator '%s' value overflows INT_MAX (%d)", e->str, INT32_MAX);
			continue;
		}
		v = (int32_t)(uint32_t)v;
		for (de = t->enums; de; de = de->next)
			if (!strcmp(de->name, e->str))
				break;
		if (de) {
			diag_error(dx, at, "D_UNKNOWN",
				   "failed to define enumerator '%s': Duplicate member or variable name.",
				   e->str);
			continue;
		}
		/* dt_decl_enumerator(): not the name of a global identifier,
		 * built-in ones (variables, functions, aggregating functions)
		 * included */
		if (types_enum_find(dx, e->str, &old) || (SEMA(dx) && sym_find(dx, e->str)) ||
		    builtin_var_find(e->str) || builtin_is_func(e->str) ||
		    (!dtc_is_dlib_file(dx, e->loc.file) && sema_types_is_inline(dx, e->str))) {
			diag_error(dx, at, "D_DECL_IDRED",
				   "identifier redeclared: %s", e->str);
			continue;
		}
		types_enum_add(dx, e->str, v, t);
		de = arena_alloc(dx, sizeof(*de));
		de->name = e->str;
		de->value = v;
		*tail = de;
		tail = &de->next;
		v++;
	}
	t->complete = 1;
}


static struct dtype *sou_new_type(struct dtc *dx, int kind, const char *tag)
{
	struct dtype *t = type_new(dx, kind == TK_STRUCT ? TY_STRUCT : kind == TK_UNION ? TY_UNION : TY_ENUM);
	t->tag = tag;
	if (tag) {
		t->name = arena_printf(dx, "%s %s", sou_word(kind), tag);
		/* C has one tag name space: struct foo and union foo differ in D */
		t->cname = arena_printf(dx, "%s %s_%s", sou_word(kind),
					kind == TK_UNION ? "dtuu" : "dtu", tag);
		if (strchr(tag, '`')) /* struct foo`bar { ... }: DTrace defines it so */
			t->cname = arena_printf(dx, "%s dtu_bq%d", sou_word(kind),
						types_anon_next(dx));
	} else {
		int n = types_anon_next(dx);
		/* ctf_type_name() of an untagged one: "struct " */
		t->name = arena_printf(dx, "%s ", sou_word(kind));
		t->cname = arena_printf(dx, "%s dtu_anon%d", sou_word(kind), n);
	}
	if (kind == TK_ENUM) {
		/* unsigned in C: a CTF enum has no signed encoding, so DTrace
		 * zero-extends an enum it loads (dt_node_type_assign() sets no
		 * DT_NF_SIGNED, dt_cg_promote() extends only signed values):
		 * en = -1 reads back as 4294967295, and en < 0 is false */
		t->size = 4;
		t->is_signed = 1;
		t->cname = "unsigned int";
	}
	return t;
}

/* struct/union/enum specifier, defining it when it has a body. */
static struct dtype *sou_spec(struct dtc *dx, struct node *spec)
{
	int kind = spec->op;
	struct tdef *d = spec->str ? types_tdef_find(dx, kind, spec->str) : NULL;
	struct dtype *t;

	if (!(spec->ival & TS_HAS_BODY)) {
		if (!spec->str && spec->type)
			return spec->type; /* struct { ... } x[6]: the body's anonymous type */
		if (d)
			return d->type;
		if (spec->str && strchr(spec->str, '`')) {
			/* struct vmlinux`task_struct, struct D`foo: that object's */
			const char *b;
			int scope = types_scope(spec->str, &b);

			t = scope == 'K' ? btf_find_type(dx, kind, b) : NULL;
			if (scope == 'D' || scope == 'C') /* a D program's are D's */
				t = (d = types_tdef_find(dx, kind, b)) && (scope == 'D' || d->cdefs)
					    ? d->type : NULL;
			if (t)
				return t;
		} else if (spec->str) {
			t = btf_find_type(dx, kind, spec->str);
			if (t)
				return t;
		}
		/* a forward reference: usable through pointers only */
		t = sou_new_type(dx, kind, spec->str);
		if (spec->str) {
			d = types_tdef_add(dx, kind, spec->str, spec->loc);
			d->type = t;
		}
		return t;
	}
	if (d && d->type->complete) {
		diag_error(dx, spec->loc, "D_DECL_TYPERED", "type redeclared: %s",
			   d->type->name);
		return d->type;
	}
	if (d) {
		t = d->type;
	} else {
		t = sou_new_type(dx, kind, spec->str);
		if (spec->str) {
			d = types_tdef_add(dx, kind, spec->str, spec->loc);
			d->type = t;
		}
	}
	if (kind == TK_ENUM)
		enum_define(dx, t, spec->a);
	else
		sou_define(dx, t, spec->a, kind == TK_UNION);
	if (!spec->str)
		spec->type = t; /* for the declarators (sema_var.c decl_type) */
	return t;
}

/*
 * A typedef of an integer, enum, pointer or array keeps its own name, as
 * ctf_type_name() gives it in messages and print() (myint_t, not int;
 * ia_t, not int [3]); the kernel's are named so by btf.c.  Structs and
 * unions stay the type itself, whose identity, members and emission are
 * shared by every use.
 */
static struct dtype *typedef_named(struct dtc *dx, struct dtype *t, const char *name)
{
	struct dtype *c;

	if (!t || (t->kind != TY_INT && t->kind != TY_ENUM && t->kind != TY_PTR &&
		   t->kind != TY_ARRAY))
		return t;
	c = arena_alloc(dx, sizeof(*c));
	*c = *t;
	c->name = name;
	return c;
}

static struct dtype *typedef_resolve(struct dtc *dx, struct tdef *d)
{
	if (!d->type && d->decl) {
		struct node *decl = d->decl;
		struct dtype *base;
		d->decl = NULL;
		base = type_from_spec(dx, decl->a);
		if (base)
			d->type = typedef_named(dx, type_from_decl(dx, base, d->declarator),
						d->name);
	}
	return d->type;
}

static struct dtype *type_from_spec(struct dtc *dx, struct node *spec)
{
	struct dtype *t;
	if (!spec || spec->kind != N_TYPESPEC) {
		diag_error(dx, spec ? spec->loc : (struct loc){ 0 }, "D_TYPE_ERR", "invalid type");
		return NULL;
	}
	if (spec->op != TK_NAME)
		return sou_spec(dx, spec);
	t = type_named(dx, spec->str);
	if (!t)
		diag_error(dx, spec->loc, "D_TYPE_ERR", "undefined type name '%s'", spec->str);
	return t;
}

/*
 * A function declarator in D: dt_decl_type() gives every one DTrace's one
 * function type (DT_FUNC_TYPE, an int () of no parameters), and a pointer
 * to it the one function pointer type (DT_FPTR_TYPE); dt_type_name() names
 * them "function" and "function pointer".  Derived further they are named
 * as libctf names them: "int (**)(*) ()".
 */
static struct dtype *type_func(struct dtc *dx)
{
	struct dtype *t = type_func_args(dx, type_int(dx, 4, 1), "()");

	t->size = 0;
	t->name = "function";
	return t;
}

static struct dtype *type_fptr(struct dtc *dx, struct dtype *func)
{
	struct dtype *t = type_ptr(dx, func);

	t->name = "function pointer";
	return t;
}

/*
 * DTrace's prototype rules (dt_decl_prototype()) for the parameter list of a
 * function declarator (kind "function": "..." and a sole void allowed) or
 * the tuple signature of an associative array ("array": no void, so a[void]
 * is D_DECL_PROTO_TYPE).  Returns 0, or -1 after an error.
 */
int types_proto_check(struct dtc *dx, struct node *list, const char *kind, int flags)
{
	struct node *k, *o;
	int i = 1, nvoid = 0;

	for (k = list; k; k = k->next, i++) {
		struct node *decl = k->kind == N_TYPENAME ? k->b : NULL;
		struct node *spec = k->kind == N_TYPENAME ? k->a : NULL;
		const char *name = decl ? decl->str : NULL;
		int is_void, dyn = 0;

		if (k->kind == N_TYPENAME && k->str && !strcmp(k->str, "...")) {
			if (flags & PROTO_VARARGS)
				continue;
			diag_error(dx, k->loc, "D_DECL_PROTO_VARARGS",
				   "%s prototype may not use a variable-length argument list", kind);
			return -1;
		}
		for (struct node *d = decl ? decl->a : NULL; d; d = d->b)
			dyn |= d->op == DT_ARRAY && d->a && d->a->kind == N_TYPENAME;
		if (dyn) {
			diag_error(dx, k->loc, "D_DECL_PROTO_TYPE",
				   "%s prototype may not use parameter of type dynamic variable: %s, parameter #%d",
				   kind, name ? name : "(anonymous)", i);
			return -1;
		}
		is_void = spec && spec->kind == N_TYPESPEC && spec->op == TK_NAME && spec->str &&
			  !strcmp(spec->str, "void") && !(decl && decl->a);
		nvoid += is_void;
		if (is_void && !(flags & PROTO_VOID)) {
			diag_error(dx, k->loc, "D_DECL_PROTO_TYPE",
				   "%s prototype may not use parameter of type void: %s, parameter #%d",
				   kind, name ? name : "(anonymous)", i);
			return -1;
		}
		if (is_void && name) {
			diag_error(dx, k->loc, "D_DECL_PROTO_NAME",
				   "void parameter may not have a name: %s", name);
			return -1;
		}
		for (o = list; name && o != k; o = o->next) {
			if (o->kind == N_TYPENAME && o->b && o->b->str && !strcmp(o->b->str, name)) {
				diag_error(dx, k->loc, "D_DECL_PROTO_FORM",
					   "parameter is already declared in %s prototype: %s, parameter #%d",
					   kind, name, i);
				return -1;
			}
		}
	}
	if (nvoid && list->next) {
		diag_error(dx, list->loc, "D_DECL_PROTO_VOID", "void must be sole parameter");
		return -1;
	}
	return 0;
}

/* Apply a declarator's derivations (outermost first in the chain). */
static struct dtype *type_from_decl(struct dtc *dx, struct dtype *t, struct node *decl)
{
	struct node *chain[64], *d;
	int n = 0;

	for (d = decl ? decl->a : NULL; d && n < 64; d = d->b)
		chain[n++] = d;
	while (n-- > 0) {
		d = chain[n];
		if (d->op == DT_PTR) {
			t = t->kind == TY_FUNC && !strcmp(t->name, "function") ? type_fptr(dx, t) :
										 type_ptr(dx, t);
		} else if (d->op == DT_FUNC) {
			if (types_proto_check(dx, d->a, "function", PROTO_VARARGS | PROTO_VOID))
				return NULL;
			t = type_func(dx);
		} else if (d->op == DT_ARRAY) {
			int64_t v = 0;
			if (!d->a) {
				diag_error(dx, d->loc, "D_DECL_ARRNULL",
					   "array declaration requires array dimension or tuple signature");
				return NULL;
			}
			if (d->a->kind == N_TYPENAME) {
				/* a[4][int]: DTrace's dt_decl_array() */
				if (n > 0 && chain[n - 1]->op == DT_ARRAY)
					diag_error(dx, d->loc, "D_DECL_DYNOBJ",
						   "cannot declare array of associative arrays");
				else
					diag_error(dx, d->loc, "D_DECL_ARRSUB",
						   "associative array types are only valid for variables");
				return NULL;
			}
			/* dt_node_is_posconst(): not 0, and positive if signed (an
			 * unsigned constant past INT64_MAX is too big, not negative) */
			if (const_eval(dx, d->a, &v) || v == 0 ||
			    (v < 0 && !(d->a->type && type_is_int(d->a->type) && !d->a->type->is_signed))) {
				diag_error(dx, d->a->loc, "D_DECL_ARRSUB",
					   "positive integral constant expression or tuple signature expected as array declaration subscript");
				return NULL;
			}
			if (v < 0 || v > INT32_MAX / 2) { /* DTrace: above UINT_MAX; dtc sizes are int */
				diag_error(dx, d->a->loc, "D_DECL_ARRBIG", "array dimension too big");
				return NULL;
			}
			if (t->kind == TY_VOID) {
				diag_error(dx, d->loc, "D_DECL_VOIDOBJ", "cannot have array of void");
				return NULL;
			}
			t = type_array(dx, t, (int)v);
		}
	}
	return t;
}

struct dtype *type_from_typename(struct dtc *dx, struct node *tn)
{
	struct node *spec = tn->kind == N_TYPENAME ? tn->a : tn;
	struct node *decl = tn->kind == N_TYPENAME ? tn->b : NULL;
	struct dtype *t;

	if (tn->kind == N_TYPENAME && !spec && tn->type)
		return tn->type; /* made by sema with its type (fbt's args[], prov_fbt.c) */
	t = type_from_spec(dx, spec);
	if (!t)
		return NULL;
	return type_from_decl(dx, t, decl);
}

/*
 * A top-level declaration that defines types: typedefs and struct/union/enum
 * bodies.  Variable declarators are left to the variables code (returns 1
 * when there are some).
 */
int types_declare_decl(struct dtc *dx, struct node *decl)
{
	struct dtype *base;
	struct node *d;
	struct sym *s;

	if (!decl->b && !(decl->a->kind == N_TYPESPEC && decl->a->op != TK_NAME)) {
		/* "int;", "extern int;": no name and no struct, union or enum
		 * (DTrace's dt_node_decl()) */
		diag_error(dx, decl->loc, "D_DECL_USELESS", "useless declaration");
		return 0;
	}
	for (d = decl->b; d; d = d->next) {
		if (d->str && strchr(d->str, '`')) {
			diag_error(dx, d->loc, "D_DECL_SCOPE",
				   "D scoping operator may not be used in a declaration name (%s)",
				   d->str);
			return 0;
		}
		/* static for a function prototype is extern, as in C */
		if ((decl->ival & (DS_REGISTER | DS_AUTO)) ||
		    ((decl->ival & DS_STATIC) && !(d->a && d->a->op == DT_FUNC))) {
			diag_error(dx, decl->loc, "D_DECL_BADCLASS",
				   "specified storage class not appropriate in D");
			return 0;
		}
	}
	base = type_from_spec(dx, decl->a);
	if (!(decl->ival & DS_TYPEDEF))
		return decl->b != NULL;
	if (!base)
		return 0;
	for (d = decl->b; d; d = d->next) {
		struct tdef *td;
		struct dtype *t;
		if (!d->str)
			continue;
		/* dt_node_decl(): a typedef may not rename a global identifier,
		 * a built-in variable or function or a declared variable */
		if (builtin_var_find(d->str) || builtin_is_func(d->str) ||
		    ((s = sym_find(dx, d->str)) && s->declared)) {
			diag_error(dx, d->loc, "D_DECL_IDRED",
				   "global variable identifier redeclared: %s", d->str);
			continue;
		}
		/* nor a typedef of D's or one declared before, of the same
		 * type or not (ctf_lookup_by_name() in the D container, which
		 * looks in its parent C too).  One in an #include file goes to
		 * the C container (dt_node_decl()), which has only those of
		 * earlier #include files: <sys/types.h> may declare size_t or
		 * time_t again, and its typedef is the one later found (the C
		 * module comes first in dt_modlist). */
		td = types_tdef_find(dx, TK_NAME, d->str);
		if (decl->op == DECL_CDEFS ? td && td->cdefs
					   : td || types_is_d_builtin_typedef(d->str)) {
			diag_error(dx, d->loc, "D_DECL_IDRED", "typedef redeclared: %s", d->str);
			continue;
		}
		t = typedef_named(dx, type_from_decl(dx, base, d), d->str);
		if (!t)
			continue;
		td = types_tdef_add(dx, TK_NAME, d->str, d->loc);
		td->type = t;
		td->cdefs = decl->op == DECL_CDEFS;
	}
	return 0;
}

/* D library typedefs resolve on first use. */
void types_declare_lazy(struct dtc *dx, struct node *decl)
{
	struct node *d;
	if (!(decl->ival & DS_TYPEDEF))
		return;
	for (d = decl->b; d; d = d->next) {
		struct tdef *td;
		if (!d->str || types_tdef_find(dx, TK_NAME, d->str))
			continue;
		td = types_tdef_add(dx, TK_NAME, d->str, d->loc);
		td->decl = decl;
		td->declarator = d;
	}
}

/* A type by its D name: built-in, a typedef (the D library's resolved on
 * first use), or a kernel type ("struct task_struct *" as built-in
 * variables spell them).  A typedef from an #include file comes first: the
 * C container is first in dt_modlist. */
struct dtype *type_named(struct dtc *dx, const char *name)
{
	struct tdef *d = types_tdef_find(dx, TK_NAME, name);
	struct dtype *t;
	const char *b;

	switch (strchr(name, '`') ? types_scope(name, &b) : 0) {
	case 'D': /* obj`name: that object's type only (types_scope()) */
		return type_builtin(dx, b) ? type_builtin(dx, b)
		       : (d = types_tdef_find(dx, TK_NAME, b)) ? typedef_resolve(dx, d) : NULL;
	case 'C':
		d = types_tdef_find(dx, TK_NAME, b);
		return types_is_c_base(b) ? type_builtin(dx, b)
		       : d && d->cdefs ? typedef_resolve(dx, d) : NULL;
	case 'K':
		return types_is_c_base(b) ? type_builtin(dx, b) : btf_find_type(dx, TK_NAME, b);
	}
	if (d && d->cdefs)
		return typedef_resolve(dx, d);
	t = type_builtin(dx, name);
	if (t)
		return t;
	if (d)
		return typedef_resolve(dx, d);
	if (!strncmp(name, "struct ", 7) || !strncmp(name, "union ", 6)) {
		/* built-in variables spell kernel types: "struct task_struct *" */
		int kind = name[0] == 's' ? TK_STRUCT : TK_UNION;
		const char *tag = name + (kind == TK_STRUCT ? 7 : 6);
		size_t n = strcspn(tag, " *");
		struct dtype *t = btf_find_type(dx, kind, arena_strndup(dx, tag, n));
		for (tag += n; t && *tag; tag++)
			if (*tag == '*')
				t = type_ptr(dx, t);
		return t;
	}
	return btf_find_type(dx, TK_NAME, name);
}
