/*
 * types.c: D's type universe.  D is LP64 C: char 1, short 2, int 4, long and
 * long long 8, pointers 8 bytes; `string` is D's own type.  Integer
 * arithmetic follows C's promotions and usual arithmetic conversions, which
 * is also what the generated C does, so the emitter can lean on clang.
 */
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
};

struct types_cache {
	struct dtype *ints[2][9];
	struct dtype *str, *vd;
	struct dtype *named[sizeof(named_types) / sizeof(named_types[0])];
	struct tdname {
		const char *name;
		struct tdname *next;
	} *typedefs;                /* names the script typedef'd, for the parser */
};

static struct types_cache *tc(struct dtc *dx)
{
	if (!dx->types)
		dx->types = arena_alloc(dx, sizeof(struct types_cache));
	return dx->types;
}

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
	return NULL;
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
	t = type_named(dx, name);
	/* plain C keywords are lexed as keywords, not typedef names */
	return t && strcmp(name, "char") && strcmp(name, "short") && strcmp(name, "int") &&
	       strcmp(name, "long") && strcmp(name, "signed") && strcmp(name, "unsigned") &&
	       strcmp(name, "void") && strcmp(name, "string");
}

struct dtype *type_from_typename(struct dtc *dx, struct node *tn)
{
	struct node *spec = tn->kind == N_TYPENAME ? tn->a : tn;
	struct node *decl = tn->kind == N_TYPENAME ? tn->b : NULL;
	struct dtype *t;
	struct node *d;

	if (!spec || spec->kind != N_TYPESPEC || !spec->str) {
		diag_error(dx, tn->loc, "D_TYPE_ERR", "invalid type");
		return NULL;
	}
	if (spec->op != TK_NAME) {
		diag_error(dx, spec->loc, "D_TYPE_ERR",
			   "struct, union and enum types are not supported by this dtc");
		return NULL;
	}
	t = type_named(dx, spec->str);
	if (!t) {
		diag_error(dx, spec->loc, "D_TYPE_ERR", "undefined type name '%s'", spec->str);
		return NULL;
	}
	for (d = decl ? decl->a : NULL; d; d = d->b) {
		if (d->op == DT_PTR) {
			t = type_ptr(dx, t);
		} else {
			diag_error(dx, d->loc, "D_TYPE_ERR", "array and function types are not supported here");
			return NULL;
		}
	}
	return t;
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
