/*
 * types.c: D's type universe.  D is LP64 C: char 1, short 2, int 4, long and
 * long long 8, pointers 8 bytes; `string` is D's own type.  Integer
 * arithmetic follows C's promotions and usual arithmetic conversions, which
 * is also what the generated C does, so the emitter can lean on clang.
 */
#include <stdint.h>
#include <string.h>

#include "sema.h"

struct named_type {
	const char *name;
	int size;
	int is_signed;
	const char *cname;
};

/* Built-in integer types and the typedefs DTrace predefines. */
static const struct named_type named_types[] = {
	{ "char", 1, 1, "signed char" },
	{ "signed char", 1, 1, "signed char" },
	{ "unsigned char", 1, 0, "unsigned char" },
	{ "short", 2, 1, "short" },
	{ "short int", 2, 1, "short" },
	{ "signed short", 2, 1, "short" },
	{ "signed short int", 2, 1, "short" },
	{ "unsigned short", 2, 0, "unsigned short" },
	{ "unsigned short int", 2, 0, "unsigned short" },
	{ "int", 4, 1, "int" },
	{ "signed", 4, 1, "int" },
	{ "signed int", 4, 1, "int" },
	{ "unsigned", 4, 0, "unsigned int" },
	{ "unsigned int", 4, 0, "unsigned int" },
	{ "long", 8, 1, "long long" },
	{ "long int", 8, 1, "long long" },
	{ "signed long", 8, 1, "long long" },
	{ "signed long int", 8, 1, "long long" },
	{ "unsigned long", 8, 0, "unsigned long long" },
	{ "unsigned long int", 8, 0, "unsigned long long" },
	{ "long long", 8, 1, "long long" },
	{ "long long int", 8, 1, "long long" },
	{ "signed long long", 8, 1, "long long" },
	{ "signed long long int", 8, 1, "long long" },
	{ "unsigned long long", 8, 0, "unsigned long long" },
	{ "unsigned long long int", 8, 0, "unsigned long long" },
	{ "int8_t", 1, 1, "signed char" },
	{ "int16_t", 2, 1, "short" },
	{ "int32_t", 4, 1, "int" },
	{ "int64_t", 8, 1, "long long" },
	{ "uint8_t", 1, 0, "unsigned char" },
	{ "uint16_t", 2, 0, "unsigned short" },
	{ "uint32_t", 4, 0, "unsigned int" },
	{ "uint64_t", 8, 0, "unsigned long long" },
	{ "intptr_t", 8, 1, "long long" },
	{ "uintptr_t", 8, 0, "unsigned long long" },
	{ "size_t", 8, 0, "unsigned long long" },
	{ "ssize_t", 8, 1, "long long" },
	{ "off_t", 8, 1, "long long" },
	{ "pid_t", 4, 1, "int" },
	{ "id_t", 4, 1, "int" },
	{ "uid_t", 4, 0, "unsigned int" },
	{ "gid_t", 4, 0, "unsigned int" },
	{ "processorid_t", 4, 1, "int" },
	{ "zoneid_t", 4, 1, "int" },
	{ "hrtime_t", 8, 1, "long long" },
	{ "boolean_t", 4, 1, "int" },
	{ "_Bool", 1, 0, "unsigned char" },
	/* Solaris-style names DTrace predefines too (printf/tst.uints) */
	{ "uchar_t", 1, 0, "unsigned char" },
	{ "ushort_t", 2, 0, "unsigned short" },
	{ "uint_t", 4, 0, "unsigned int" },
	{ "ulong_t", 8, 0, "unsigned long long" },
	{ "longlong_t", 8, 1, "long long" },
	{ "u_longlong_t", 8, 0, "unsigned long long" },
};

/*
 * A D name for a type: a typedef, or a struct/union/enum tag (kind TK_*;
 * typedefs use TK_NAME).  D library items resolve lazily (decl set, type
 * NULL) so a script pays only for what it uses.
 */
struct tdef {
	const char *name;
	int kind;
	struct dtype *type;
	struct node *decl;          /* N_DECL (typedef) not yet resolved, or NULL */
	struct node *declarator;
	struct loc loc;
	struct tdef *next;
};

/* An enumerator visible as an identifier. */
struct econst {
	const char *name;
	int64_t value;
	struct dtype *type;
	struct econst *next;
};

struct types_cache {
	struct dtype *ints[2][9];
	struct dtype *str, *vd;
	struct dtype *flt[2];       /* float, double */
	struct dtype *ldbl;         /* long double */
	struct dtype *named[sizeof(named_types) / sizeof(named_types[0])];
	struct tdname {
		const char *name;
		struct tdname *next;
	} *typedefs;                /* names the script typedef'd, for the parser */
	struct tdef *defs;          /* D typedefs and tags */
	struct econst *econsts;     /* D enumerators */
	int anon;                   /* anonymous struct counter, for C tags */
	struct dtype *dlist, **dtail; /* D struct/union definitions, in order */
};

static struct types_cache *tc(struct dtc *dx)
{
	if (!dx->types)
		dx->types = arena_alloc(dx, sizeof(struct types_cache));
	return dx->types;
}

static struct tdef *tdef_find(struct dtc *dx, int kind, const char *name);
static struct dtype *typedef_resolve(struct dtc *dx, struct tdef *d);

void types_init(struct dtc *dx)
{
	(void)tc(dx);
}

static const char *int_cname(int size, int is_signed)
{
	switch (size) {
	case 1: return is_signed ? "signed char" : "unsigned char";
	case 2: return is_signed ? "short" : "unsigned short";
	case 4: return is_signed ? "int" : "unsigned int";
	default: return is_signed ? "long long" : "unsigned long long";
	}
}

struct dtype *type_int(struct dtc *dx, int size, int is_signed)
{
	struct types_cache *c = tc(dx);
	struct dtype *t;

	if (size != 1 && size != 2 && size != 4)
		size = 8;
	t = c->ints[!!is_signed][size];
	if (t)
		return t;
	t = arena_alloc(dx, sizeof(*t));
	t->kind = TY_INT;
	t->size = size;
	t->is_signed = is_signed;
	t->cname = int_cname(size, is_signed);
	t->name = size == 8 ? (is_signed ? "int64_t" : "uint64_t") : t->cname;
	if (size == 1)
		t->name = is_signed ? "char" : "uchar_t";
	c->ints[!!is_signed][size] = t;
	return t;
}

struct dtype *type_string(struct dtc *dx)
{
	struct types_cache *c = tc(dx);
	if (!c->str) {
		c->str = arena_alloc(dx, sizeof(*c->str));
		c->str->kind = TY_STRING;
		c->str->name = "string";
		c->str->cname = "char *";
		c->str->size = SEMA(dx) ? SEMA(dx)->strsize : 256;
	}
	return c->str;
}

struct dtype *type_void(struct dtc *dx)
{
	struct types_cache *c = tc(dx);
	if (!c->vd) {
		c->vd = arena_alloc(dx, sizeof(*c->vd));
		c->vd->kind = TY_VOID;
		c->vd->name = "void";
		c->vd->cname = "void";
	}
	return c->vd;
}

struct dtype *type_ptr(struct dtc *dx, struct dtype *base)
{
	struct dtype *t = arena_alloc(dx, sizeof(*t));
	t->kind = TY_PTR;
	t->size = 8;
	t->base = base;
	t->name = arena_printf(dx, "%s *", base->name);
	t->cname = "unsigned long long"; /* pointers travel as integers */
	return t;
}

struct dtype *type_named(struct dtc *dx, const char *name)
{
	struct types_cache *c = tc(dx);
	size_t i;

	if (!strcmp(name, "string"))
		return type_string(dx);
	if (!strcmp(name, "void"))
		return type_void(dx);
	if (!strcmp(name, "long double")) {
		/* declared, never computed with: 16 opaque bytes in the generated C */
		if (!c->ldbl) {
			struct dtype *t = arena_alloc(dx, sizeof(*t));
			t->kind = TY_FLOAT;
			t->size = 16;
			t->align = 16;
			t->name = "long double";
			t->cname = "unsigned __int128";
			c->ldbl = t;
		}
		return c->ldbl;
	}
	if (!strcmp(name, "float") || !strcmp(name, "double")) {
		/* D declares floating-point objects, it has no arithmetic on them */
		int d = name[0] == 'd';
		if (!c->flt[d]) {
			struct dtype *t = arena_alloc(dx, sizeof(*t));
			t->kind = TY_FLOAT;
			t->size = d ? 8 : 4;
			t->name = d ? "double" : "float";
			t->cname = t->name;
			c->flt[d] = t;
		}
		return c->flt[d];
	}
	for (i = 0; i < sizeof(named_types) / sizeof(named_types[0]); i++) {
		if (strcmp(named_types[i].name, name))
			continue;
		if (!c->named[i]) {
			struct dtype *t = arena_alloc(dx, sizeof(*t));
			t->kind = TY_INT;
			t->size = named_types[i].size;
			t->is_signed = named_types[i].is_signed;
			t->cname = named_types[i].cname;
			t->name = named_types[i].name;
			c->named[i] = t;
		}
		return c->named[i];
	}
	{
		struct tdef *d = tdef_find(dx, TK_NAME, name);
		if (d)
			return typedef_resolve(dx, d);
	}
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

void sema_declare_typedef(struct dtc *dx, const char *name)
{
	struct types_cache *c = tc(dx);
	struct tdname *t = arena_alloc(dx, sizeof(*t));
	t->name = arena_strdup(dx, name);
	t->next = c->typedefs;
	c->typedefs = t;
}

int sema_is_typedef_name(struct dtc *dx, const char *name)
{
	struct dtype *t;
	struct tdname *td;
	if (strchr(name, ' '))
		return 0;
	for (td = tc(dx)->typedefs; td; td = td->next)
		if (!strcmp(td->name, name))
			return 1;
	if (tdef_find(dx, TK_NAME, name))
		return 1;
	/* the D library names no kernel typedef: do not load BTF for it */
	if (!dtc_is_dlib_file(dx, dx->cur_file) && btf_name_is_typedef(dx, name))
		return 1;
	t = NULL;
	for (size_t i = 0; i < sizeof(named_types) / sizeof(named_types[0]); i++)
		if (!strcmp(named_types[i].name, name))
			t = type_named(dx, name);
	/* plain C keywords are lexed as keywords, not typedef names */
	return t && strcmp(name, "char") && strcmp(name, "short") && strcmp(name, "int") &&
	       strcmp(name, "long") && strcmp(name, "signed") && strcmp(name, "unsigned") &&
	       strcmp(name, "void") && strcmp(name, "string");
}

static struct tdef *tdef_find(struct dtc *dx, int kind, const char *name)
{
	struct tdef *d;
	for (d = tc(dx)->defs; d; d = d->next)
		if (d->kind == kind && !strcmp(d->name, name))
			return d;
	return NULL;
}

static struct tdef *tdef_add(struct dtc *dx, int kind, const char *name, struct loc loc)
{
	struct types_cache *c = tc(dx);
	struct tdef *d = arena_alloc(dx, sizeof(*d));
	d->kind = kind;
	d->name = name;
	d->loc = loc;
	d->next = c->defs;
	c->defs = d;
	return d;
}

static struct dtype *type_new(struct dtc *dx, enum ty_kind kind)
{
	struct dtype *t = arena_alloc(dx, sizeof(*t));
	t->kind = kind;
	return t;
}

struct dtype *type_array(struct dtc *dx, struct dtype *base, int nelem)
{
	struct dtype *t = type_new(dx, TY_ARRAY);
	t->base = base;
	t->nelem = nelem;
	t->size = base->size * nelem;
	t->align = base->align ? base->align : (base->size > 8 ? 8 : base->size);
	t->name = arena_printf(dx, "%s [%d]", base->name, nelem);
	t->cname = base->cname;
	return t;
}

static int type_align(const struct dtype *t)
{
	if (t->align)
		return t->align;
	if (t->kind == TY_ARRAY)
		return t->base ? type_align(t->base) : 1;
	if (t->kind == TY_STRING)
		return 1;
	return t->size >= 8 ? 8 : t->size > 0 ? t->size : 1;
}

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
	case N_IDENT: {
		struct econst *e;
		for (e = tc(dx)->econsts; e; e = e->next)
			if (!strcmp(e->name, n->str)) {
				*v = e->value;
				return 0;
			}
		return -1;
	}
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

/*
 * struct/union bodies: C layout for LP64 (each member at its alignment;
 * bitfields packed into storage units of their declared type, as the System V
 * ABI and DTrace's CTF builder do).
 */
static void sou_define(struct dtc *dx, struct dtype *t, struct node *body, int is_union)
{
	struct dmember **tail = &t->members;
	int64_t off = 0, size = 0;  /* bits */
	int align = 1;
	struct node *m, *d;

	for (m = body; m; m = m->next) {
		struct dtype *mb = type_from_spec(dx, m->a);
		if (!mb)
			continue;
		for (d = m->b; d; d = d->next) {
			struct dtype *mt;
			struct dmember *dm, *o;
			int64_t width = 0;
			int al;

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
			if (d->str) {
				for (o = t->members; o; o = o->next)
					if (o->name && !strcmp(o->name, d->str)) {
						diag_error(dx, d->loc, "D_UNKNOWN",
							   "failed to define member '%s': Duplicate member or variable name",
							   d->str);
						break;
					}
			}
			if ((mt->kind == TY_STRUCT || mt->kind == TY_UNION) && !mt->complete) {
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
				if (const_eval(dx, d->c, &width)) {
					diag_error(dx, d->c->loc, "D_DECL_BFCONST",
						   "positive integral constant expression expected as bit-field size");
					continue;
				}
				if (!type_is_int(mt)) {
					diag_error(dx, d->loc, "D_DECL_BFTYPE",
						   "invalid type for bit-field: %s", d->str ? d->str : "");
					continue;
				}
				if (width < 0 || width > mt->size * 8 || (width == 0 && d->str)) {
					diag_error(dx, d->c->loc, "D_DECL_BFSIZE",
						   "bit-field size %lld is invalid for member %s",
						   (long long)width, d->str ? d->str : "");
					continue;
				}
			}
			al = type_align(mt);
			if (d->c) {
				int unit = mt->size * 8;
				if (is_union) {
					off = 0;
				} else if (width == 0) {
					off = (off + unit - 1) / unit * unit;
					continue;
				} else if (off / unit != (off + width - 1) / unit) {
					off = (off + unit - 1) / unit * unit;
				}
				if (!d->str) {
					off += width;
					if (off > size)
						size = off;
					continue;
				}
			} else {
				if (is_union)
					off = 0;
				else
					off = (off + al * 8 - 1) / (al * 8) * (al * 8);
			}
			if (al > align)
				align = al;
			dm = arena_alloc(dx, sizeof(*dm));
			dm->name = d->str;
			dm->type = mt;
			dm->off_bits = (int)off;
			dm->bits = (int)width;
			*tail = dm;
			tail = &dm->next;
			off += d->c ? width : (int64_t)(mt->kind == TY_STRING ? type_string(dx)->size : mt->size) * 8;
			if (off > size)
				size = off;
		}
	}
	t->align = align;
	size = (size + 7) / 8;
	t->size = (int)((size + align - 1) / align * align);
	t->complete = 1;
	{
		struct types_cache *c = tc(dx);
		if (!c->dtail)
			c->dtail = &c->dlist;
		*c->dtail = t;
		c->dtail = &t->next_used;
	}
}

/* What emit_type_defs() writes: D definitions, then used kernel types. */
struct dtype *types_emit_list(struct dtc *dx)
{
	struct types_cache *c = tc(dx);
	struct dtype **tail = c->dtail ? c->dtail : &c->dlist;
	*tail = NULL;
	btf_used_types(dx, tail);
	return c->dlist;
}

static void enum_define(struct dtc *dx, struct dtype *t, struct node *body)
{
	struct types_cache *c = tc(dx);
	struct denum **tail = &t->enums;
	int64_t v = 0;
	struct node *e;

	for (e = body; e; e = e->next) {
		struct econst *ec;
		struct denum *de;
		if (strchr(e->str, '`')) { /* DTrace's dt_decl_enumerator() */
			diag_error(dx, e->loc, "D_DECL_SCOPE",
				   "D scoping operator may not be used in an enumerator name (%s)", e->str);
			continue;
		}
		if (e->a && const_eval(dx, e->a, &v)) {
			diag_error(dx, e->a->loc, "D_DECL_ENCONST",
				   "enumerator '%s' must be assigned to an integral constant expression",
				   e->str);
			continue;
		}
		if (v < INT32_MIN || v > INT32_MAX) {
			diag_error(dx, e->loc, "D_DECL_ENOFLOW",
				   "enumerator '%s' overflows maximum enum value", e->str);
			continue;
		}
		for (de = t->enums; de; de = de->next)
			if (!strcmp(de->name, e->str))
				break;
		if (de) {
			diag_error(dx, e->loc, "D_UNKNOWN",
				   "failed to define enumerator '%s': Duplicate member or variable name",
				   e->str);
			continue;
		}
		for (ec = c->econsts; ec; ec = ec->next)
			if (!strcmp(ec->name, e->str))
				break;
		if (ec || (SEMA(dx) && sym_find(dx, e->str))) {
			diag_error(dx, e->loc, "D_DECL_IDRED",
				   "identifier redeclared: %s", e->str);
			continue;
		}
		ec = arena_alloc(dx, sizeof(*ec));
		ec->name = e->str;
		ec->value = v;
		ec->type = t;
		ec->next = c->econsts;
		c->econsts = ec;
		de = arena_alloc(dx, sizeof(*de));
		de->name = e->str;
		de->value = v;
		*tail = de;
		tail = &de->next;
		v++;
	}
	t->complete = 1;
}

/* An enumerator of a D enum or a kernel enum, for identifiers. */
int types_enum_const(struct dtc *dx, const char *name, int64_t *value, struct dtype **type)
{
	struct econst *e;
	int found = 0;
	for (e = tc(dx)->econsts; e; e = e->next)
		if (!strcmp(e->name, name)) {
			*value = e->value;
			*type = e->type;
			return 1;
		}
	if (dx->btf) {
		*value = btf_enum_value(dx, name, type, &found);
		return found;
	}
	return 0;
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
	} else {
		int n = tc(dx)->anon++;
		t->name = arena_printf(dx, "%s <anon%d>", sou_word(kind), n);
		t->cname = arena_printf(dx, "%s dtu_anon%d", sou_word(kind), n);
	}
	if (kind == TK_ENUM) {
		t->size = 4;
		t->is_signed = 1;
		t->cname = "int";
	}
	return t;
}

/* struct/union/enum specifier, defining it when it has a body. */
static struct dtype *sou_spec(struct dtc *dx, struct node *spec)
{
	int kind = spec->op;
	struct tdef *d = spec->str ? tdef_find(dx, kind, spec->str) : NULL;
	struct dtype *t;

	if (!(spec->ival & TS_HAS_BODY)) {
		if (!spec->str && spec->type)
			return spec->type; /* struct { ... } x[6]: the body's anonymous type */
		if (d)
			return d->type;
		if (spec->str) {
			t = btf_find_type(dx, kind, spec->str);
			if (t)
				return t;
		}
		/* a forward reference: usable through pointers only */
		t = sou_new_type(dx, kind, spec->str);
		if (spec->str) {
			d = tdef_add(dx, kind, spec->str, spec->loc);
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
			d = tdef_add(dx, kind, spec->str, spec->loc);
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

static struct dtype *typedef_resolve(struct dtc *dx, struct tdef *d)
{
	if (!d->type && d->decl) {
		struct node *decl = d->decl;
		struct dtype *base;
		d->decl = NULL;
		base = type_from_spec(dx, decl->a);
		if (base)
			d->type = type_from_decl(dx, base, d->declarator);
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

static struct dtype *type_func(struct dtc *dx, struct dtype *ret)
{
	struct dtype *t = type_new(dx, TY_FUNC);
	t->base = ret;
	t->size = 0;
	t->name = arena_printf(dx, "%s ()", ret->name);
	t->cname = "void";
	return t;
}

/*
 * DTrace's prototype rules (dt_decl_prototype()) for the parameter list of a
 * function declarator (kind "function": "..." and a sole void allowed) or
 * the tuple signature of an associative array ("array"; dtc also takes a
 * sole void there for a[void]).  Returns 0, or -1 after an error.
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
				   "%s prototype may not use parameter of type <DYN>: %s, parameter #%d",
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
			t = type_ptr(dx, t);
		} else if (d->op == DT_FUNC) {
			if (types_proto_check(dx, d->a, "function", PROTO_VARARGS | PROTO_VOID))
				return NULL;
			t = type_func(dx, t);
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
			if (const_eval(dx, d->a, &v) || v <= 0) {
				diag_error(dx, d->a->loc, "D_DECL_ARRSUB",
					   "positive integral constant expression or tuple signature expected as array declaration subscript");
				return NULL;
			}
			if (v > INT32_MAX / 2) { /* DTrace: above UINT_MAX; dtc sizes are int */
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
		return tn->type; /* made by sema with its type (fbt's args[], prov.c) */
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
		td = tdef_find(dx, TK_NAME, d->str);
		t = type_from_decl(dx, base, d);
		if (!t)
			continue;
		if (td && td->type && td->type != t && !type_compatible(td->type, t)) {
			diag_error(dx, d->loc, "D_DECL_IDRED", "identifier redeclared: %s", d->str);
			continue;
		}
		if (!td)
			td = tdef_add(dx, TK_NAME, d->str, d->loc);
		td->type = t;
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
		if (!d->str || tdef_find(dx, TK_NAME, d->str))
			continue;
		td = tdef_add(dx, TK_NAME, d->str, d->loc);
		td->decl = decl;
		td->declarator = d;
	}
}

/* Structural equality, enough for redeclaration checks. */
int type_compatible(struct dtype *a, struct dtype *b)
{
	if (a == b)
		return 1;
	if (!a || !b || a->kind != b->kind)
		return 0;
	switch (a->kind) {
	case TY_INT:
		return a->size == b->size && a->is_signed == b->is_signed;
	case TY_PTR:
		return type_compatible(a->base, b->base) || a->base->kind == TY_VOID ||
		       b->base->kind == TY_VOID;
	case TY_ARRAY:
		return a->nelem == b->nelem && type_compatible(a->base, b->base);
	case TY_STRUCT:
	case TY_UNION:
	case TY_ENUM:
		return a->tag && b->tag && !strcmp(a->tag, b->tag) && a->kernel == b->kernel;
	default:
		return 1;
	}
}

/* A pointer to void or to a function: no known size to step by
 * (DTrace's dt_node_is_vfptr()). */
int type_is_vfptr(const struct dtype *t)
{
	return t && t->kind == TY_PTR && t->base &&
	       (t->base->kind == TY_VOID || t->base->kind == TY_FUNC);
}

/* A string, a char pointer or a char array: DTrace's dt_node_is_strcompat(). */
static int type_is_strcompat(const struct dtype *t)
{
	return t && (t->kind == TY_STRING ||
		     ((t->kind == TY_PTR || t->kind == TY_ARRAY) && t->base &&
		      t->base->kind == TY_INT && t->base->size == 1));
}

/*
 * DTrace's assignment compatibility once the left-hand side's type is fixed
 * (dt_node_is_argcompat(), K&R A7.17): integers take integers; strings, char
 * pointers and char arrays take each other; a struct or union takes the same
 * type; otherwise both sides must be pointers (or arrays) to compatible
 * types or one of them a void pointer (dt_node_is_ptrcompat()), and the only
 * integer a pointer takes is the constant 0 (rzero).
 */
int type_argcompat(const struct dtype *l, const struct dtype *r, int rzero)
{
	const struct dtype *lb, *rb;

	if (!l || !r)
		return 1;
	if (type_is_int(l) && type_is_int(r))
		return 1;
	if (type_is_strcompat(l) && type_is_strcompat(r))
		return 1;
	if (type_is_sou(l) || l->kind == TY_FUNC)
		return type_compatible((struct dtype *)l, (struct dtype *)r) && l->size == r->size;
	if (type_is_int(l) || l->kind == TY_FLOAT || r->kind == TY_FLOAT)
		return 0;
	if (type_is_int(r))
		return rzero;
	if ((l->kind != TY_PTR && l->kind != TY_ARRAY && l->kind != TY_STRING) ||
	    (r->kind != TY_PTR && r->kind != TY_ARRAY && r->kind != TY_STRING))
		return 0;
	lb = l->kind == TY_STRING ? NULL : l->base; /* NULL: a string's char */
	rb = r->kind == TY_STRING ? NULL : r->base;
	if ((lb && lb->kind == TY_VOID) || (rb && rb->kind == TY_VOID))
		return 1;
	if (!lb || !rb)
		return 0; /* a string and a pointer to other than char */
	return type_compatible((struct dtype *)lb, (struct dtype *)rb);
}

int type_is_char_array(const struct dtype *t)
{
	return t && t->kind == TY_ARRAY && t->base && t->base->kind == TY_INT && t->base->size == 1;
}

int type_is_sou(const struct dtype *t)
{
	return t && (t->kind == TY_STRUCT || t->kind == TY_UNION);
}

struct dtype *type_resolve(struct dtc *dx, struct dtype *t)
{
	if (t && t->kernel && type_is_sou(t) && !t->members)
		btf_load_members(dx, t);
	return t;
}

/* A member of a struct or union; anonymous members are searched through. */
struct dmember *type_member(struct dtc *dx, struct dtype *t, const char *name)
{
	struct dmember *m;
	type_resolve(dx, t);
	for (m = t->members; m; m = m->next) {
		if (m->name && !strcmp(m->name, name))
			break;
	}
	if (m && !m->type && m->btf_type)
		m->type = btf_type_dtype(dx, m->btf_type);
	return m;
}

int type_is_int(const struct dtype *t)
{
	return t && (t->kind == TY_INT || t->kind == TY_ENUM);
}

int type_is_arith(const struct dtype *t)
{
	return type_is_int(t);
}

int type_is_scalar(const struct dtype *t)
{
	return type_is_int(t) || (t && t->kind == TY_PTR);
}

struct dtype *type_promote(struct dtc *dx, struct dtype *t)
{
	if (type_is_int(t) && t->size < 4)
		return type_int(dx, 4, 1);
	return t;
}

/* C's usual arithmetic conversions for LP64. */
struct dtype *type_arith_conv(struct dtc *dx, struct dtype *a, struct dtype *b)
{
	a = type_promote(dx, a);
	b = type_promote(dx, b);
	if (a->size != b->size)
		return a->size > b->size ? a : b;
	if (!a->is_signed)
		return a;
	if (!b->is_signed)
		return b;
	return a;
}

/*
 * DTrace's result type for a binary arithmetic operator (dt_type_promote()):
 * no promotion to int; of the two operand types (an enum counts as int),
 * the one of greater rank, rank being the bits plus one when unsigned; the
 * left one when ranks tie.  So unsigned char + signed char is unsigned char,
 * and printf("%d") of 254 + 3 prints 1 (arithmetic/tst.cast-add-assoc.d).
 */
struct dtype *type_dtrace_arith(struct dtc *dx, struct dtype *a, struct dtype *b)
{
	int ra, rb;

	if (a->kind == TY_ENUM)
		a = type_int(dx, 4, 1);
	if (b->kind == TY_ENUM)
		b = type_int(dx, 4, 1);
	if (a->kind != TY_INT || b->kind != TY_INT)
		return type_arith_conv(dx, a, b);
	ra = a->size * 8 + !a->is_signed;
	rb = b->size * 8 + !b->is_signed;
	return rb > ra ? b : a;
}

/* A value of integer type t: truncated to its size, sign- or zero-extended. */
int64_t type_normalize(const struct dtype *t, uint64_t v)
{
	int bits = t->size * 8;
	if (bits >= 64)
		return (int64_t)v;
	v &= (1ULL << bits) - 1;
	if (t->is_signed && (v >> (bits - 1)) & 1)
		v |= ~((1ULL << bits) - 1);
	return (int64_t)v;
}

/*
 * Fold a binary operator over two integer constants with C's conversions
 * (DTrace folds constant expressions the same way): n gets NF_CONST and its
 * value.  A constant division by zero is a compile-time error.  Returns -1
 * after an error.
 */
int types_fold_binary(struct dtc *dx, struct node *n, struct dtype *l, struct dtype *r)
{
	struct dtype *t = type_arith_conv(dx, l, r), *rt = t;
	uint64_t a = (uint64_t)n->a->ival, b = (uint64_t)n->b->ival, v;
	int64_t sa, sb;

	if (n->op == OP_SHL || n->op == OP_SHR)
		rt = t = type_promote(dx, l);
	a = (uint64_t)type_normalize(t, a);
	if (n->op != OP_SHL && n->op != OP_SHR)
		b = (uint64_t)type_normalize(t, b);
	sa = (int64_t)a;
	sb = (int64_t)b;
	switch (n->op) {
	case OP_ADD: v = a + b; break;
	case OP_SUB: v = a - b; break;
	case OP_MUL: v = a * b; break;
	case OP_DIV:
	case OP_MOD:
		if (type_normalize(t, b) == 0) {
			diag_error(dx, n->loc, "D_DIV_ZERO", "expression contains division by zero");
			return -1;
		}
		if (t->is_signed && sb == -1)
			v = n->op == OP_DIV ? (uint64_t)0 - a : 0; /* no INT64_MIN / -1 trap */
		else if (t->is_signed)
			v = (uint64_t)(n->op == OP_DIV ? sa / sb : sa % sb);
		else
			v = n->op == OP_DIV ? a / b : a % b;
		break;
	case OP_SHL: v = a << (b & 63); break;
	case OP_SHR: v = t->is_signed ? (uint64_t)(sa >> (b & 63)) : a >> (b & 63); break;
	case OP_BAND: v = a & b; break;
	case OP_BOR: v = a | b; break;
	case OP_BXOR: v = a ^ b; break;
	case OP_LT: v = t->is_signed ? sa < sb : a < b; rt = type_int(dx, 4, 1); break;
	case OP_LE: v = t->is_signed ? sa <= sb : a <= b; rt = type_int(dx, 4, 1); break;
	case OP_GT: v = t->is_signed ? sa > sb : a > b; rt = type_int(dx, 4, 1); break;
	case OP_GE: v = t->is_signed ? sa >= sb : a >= b; rt = type_int(dx, 4, 1); break;
	case OP_EQ: v = a == b; rt = type_int(dx, 4, 1); break;
	case OP_NE: v = a != b; rt = type_int(dx, 4, 1); break;
	default:
		return 0;
	}
	n->flags |= NF_CONST;
	n->ival = type_normalize(rt, v);
	return 0;
}

/* Fold -c, +c, ~c, !c and (type)c over an integer constant. */
void types_fold_unary(struct dtc *dx, struct node *n, struct dtype *t)
{
	struct node *a = n->kind == N_CAST ? n->b : n->a;
	struct dtype *rt;
	uint64_t v;

	if (!(a->flags & NF_CONST) || !type_is_int(t) || !a->type || !type_is_int(a->type))
		return;
	v = (uint64_t)a->ival;
	if (n->kind == N_CAST) {
		rt = t;
	} else {
		rt = n->op == OP_LNOT ? type_int(dx, 4, 1) : type_promote(dx, t);
		switch (n->op) {
		case OP_NEG: v = 0 - v; break;
		case OP_PLUS: break;
		case OP_BNOT: v = ~v; break;
		case OP_LNOT: v = !v; break;
		default: return;
		}
	}
	n->flags |= NF_CONST;
	n->ival = type_normalize(rt, v);
}
