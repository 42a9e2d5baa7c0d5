/*
 * types.c: D's type universe.  D is LP64 C: char 1, short 2, int 4, long and
 * long long 8, pointers 8 bytes; `string` is D's own type.  Integer
 * arithmetic follows C's promotions and usual arithmetic conversions, which
 * is also what the generated C does, so the emitter can lean on clang.
 *
 * The type universe and its tables, which the parser, sema and the emitter
 * stand on: built-in types, pointers and arrays, D's typedef and tag names
 * and enumerators, conversions and constant folding.  Declarations become
 * types in sema_decl.c; kernel types come from btf.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

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
	{ "_Bool", 1, 0, "unsigned char" },
	/* Solaris-style names DTrace predefines too (printf/tst.uints) */
	{ "uchar_t", 1, 0, "unsigned char" },
	{ "ushort_t", 2, 0, "unsigned short" },
	{ "uint_t", 4, 0, "unsigned int" },
	{ "ulong_t", 8, 0, "unsigned long long" },
	{ "u_longlong_t", 8, 0, "unsigned long long" },
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

/*
 * The name libctf's ctf_type_name() gives a type whose declarator holds a
 * function (DTrace's names in messages and print()): its declaration stack
 * (ctf_decl_push()) by precedence, base, pointers, arrays, functions, each
 * function written "(*) (args)", and the pointers (or arrays) in
 * parentheses when a lower precedence came later: "int (*)(*) (struct file
 * *)" for a function pointer, "struct file **(*) (int)" for one returning
 * a pointer, "int (*[3])(*) (void *)".  NULL when t holds no function.
 * A named type (a typedef: no '*', '(' or '[' in its name) is a base.
 */
enum { DP_BASE, DP_PTR, DP_ARRAY, DP_FUNC, DP_MAX };

struct decl_stack {
	const struct dtype *node[DP_MAX][16];
	int n[DP_MAX], order[DP_MAX], ordp, func;
};

static int decl_is_named(const struct dtype *t)
{
	return t->name && !strpbrk(t->name, "*([ ");
}

static void decl_push(struct decl_stack *d, const struct dtype *t)
{
	int prec = DP_BASE, i;

	if (t->kind == TY_PTR && t->base && !decl_is_named(t)) {
		decl_push(d, t->base);
		prec = DP_PTR;
	} else if (t->kind == TY_ARRAY && t->base && !decl_is_named(t)) {
		decl_push(d, t->base);
		prec = DP_ARRAY;
	} else if (t->kind == TY_FUNC && t->fargs) {
		if (t->base)
			decl_push(d, t->base);
		prec = DP_FUNC;
		d->func = 1;
	}
	if (d->n[prec] == 16)
		return;
	if (d->n[prec] == 0)
		d->order[prec] = d->ordp++;
	if (prec == DP_ARRAY) { /* array declarators read inside out */
		for (i = d->n[prec]; i > 0; i--)
			d->node[prec][i] = d->node[prec][i - 1];
		d->node[prec][0] = t;
	} else {
		d->node[prec][d->n[prec]] = t;
	}
	d->n[prec]++;
}

static const char *decl_name(struct dtc *dx, const struct dtype *t)
{
	struct decl_stack d = { 0 };
	struct strbuf sb = { 0 };
	int prec, i, k = DP_PTR, ptr, arr, lp, rp;
	const char *name;

	for (i = 0; i < DP_MAX; i++)
		d.order[i] = -1;
	decl_push(&d, t);
	if (!d.func)
		return NULL;
	ptr = d.order[DP_PTR] > DP_PTR;
	arr = d.order[DP_ARRAY] > DP_ARRAY;
	rp = arr ? DP_ARRAY : ptr ? DP_PTR : -1;
	lp = ptr ? DP_PTR : arr ? DP_ARRAY : -1;
	for (prec = DP_BASE; prec < DP_MAX; prec++) {
		for (i = 0; i < d.n[prec]; i++) {
			const struct dtype *e = d.node[prec][i];

			if (k != DP_PTR && k != DP_ARRAY)
				sb_puts(&sb, " ");
			if (lp == prec) {
				sb_puts(&sb, "(");
				lp = -1;
			}
			if (prec == DP_PTR)
				sb_puts(&sb, "*");
			else if (prec == DP_ARRAY)
				sb_printf(&sb, "[%d]", e->nelem);
			else if (prec == DP_FUNC)
				sb_printf(&sb, "(*) %s", e->fargs);
			else
				sb_puts(&sb, e->name ? e->name : "?");
			k = prec;
		}
		if (rp == prec)
			sb_puts(&sb, ")");
	}
	name = arena_strdup(dx, sb.s ? sb.s : "");
	sb_free(&sb);
	return name;
}

/* A function type of return type ret and parameter list args ("(int,
 * char *)", "()", "(int, ...)"), named as libctf names it. */
struct dtype *type_func_args(struct dtc *dx, struct dtype *ret, const char *args)
{
	struct dtype *t = type_new(dx, TY_FUNC);

	t->base = ret;
	t->fargs = arena_strdup(dx, args);
	t->name = decl_name(dx, t);
	t->cname = "void";
	return t;
}

/*
 * DTrace's dynamic type (DT_DYN_TYPE): the value of an aggregation or of an
 * aggregating function in an expression.  dt_node_type_name() names it by
 * its identifier's kind, so the operators' messages say "aggregation" or
 * "aggregating function"; no operator takes it.
 */
struct dtype *type_dyn(struct dtc *dx, const char *kind)
{
	struct dtype *t = arena_alloc(dx, sizeof(*t));

	t->kind = TY_DYN;
	t->name = kind;
	t->cname = "void";
	return t;
}

struct dtype *type_ptr(struct dtc *dx, struct dtype *base)
{
	struct dtype *t = arena_alloc(dx, sizeof(*t));
	t->kind = TY_PTR;
	t->size = 8;
	t->base = base;
	/* ctf_type_name()'s words: "char **", not "char * *"; "char (*)[16]" */
	t->name = arena_printf(dx, base->kind == TY_PTR ? "%s*" : "%s *", base->name);
	if (base->kind == TY_ARRAY && base->name) {
		const struct dtype *e = base;
		size_t n;

		while (e->kind == TY_ARRAY && e->base)
			e = e->base;
		n = e->name ? strlen(e->name) : 0;
		if (n && !strncmp(base->name, e->name, n) && !strncmp(base->name + n, " [", 2))
			t->name = arena_printf(dx, "%s (*)%s", e->name, base->name + n + 1);
	}
	if (decl_name(dx, t)) /* a function pointer: "int (*)(*) (int)" */
		t->name = decl_name(dx, t);
	t->cname = "unsigned long long"; /* pointers travel as integers */
	return t;
}


/* string, void, the floating-point types and named_types[]: NULL for another name */
struct dtype *type_builtin(struct dtc *dx, const char *name)
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

/* A typedef name: D's, a D program's or the D library's, and with_btf a
 * kernel typedef too (plain C keywords are lexed as keywords). */
static int typedef_name(struct dtc *dx, const char *name, int with_btf)
{
	struct tdname *td;
	int builtin = 0;
	if (strchr(name, ' '))
		return 0;
	for (td = tc(dx)->typedefs; td; td = td->next)
		if (!strcmp(td->name, name))
			return 1;
	if (types_tdef_find(dx, TK_NAME, name))
		return 1;
	/* the D library names no kernel typedef: do not load BTF for it */
	if (with_btf && !dtc_is_dlib_file(dx, dx->cur_file) && btf_name_is_typedef(dx, name))
		return 1;
	for (size_t i = 0; i < sizeof(named_types) / sizeof(named_types[0]); i++)
		if (!strcmp(named_types[i].name, name))
			builtin = 1;
	return builtin && strcmp(name, "char") && strcmp(name, "short") && strcmp(name, "int") &&
	       strcmp(name, "long") && strcmp(name, "signed") && strcmp(name, "unsigned") &&
	       strcmp(name, "void") && strcmp(name, "string");
}

/* A typedef D defines itself (int8_t ... pid_t, uint_t): a name, not a C
 * keyword or string. */
int types_is_d_builtin_typedef(const char *name)
{
	static const char *const words[] = { "char", "short", "int", "long", "signed",
					     "unsigned", "void", "string", "float", "double" };

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (!strcmp(words[i], name))
			return 0;
	for (size_t i = 0; i < sizeof(named_types) / sizeof(named_types[0]); i++)
		if (!strcmp(named_types[i].name, name))
			return 1;
	return 0;
}

/*
 * A typedef of D's own ("D" container: int8_t ... pid_t) or of a D program
 * or the D library (the "C" definitions), not the kernel's: the names
 * dt_node_decl() refuses as variables (dtrace_lookup_by_type() of
 * DTRACE_OBJ_CDEFS and DTRACE_OBJ_DDEFS).
 */
int types_is_d_typedef(struct dtc *dx, const char *name)
{
	return typedef_name(dx, name, 0);
}

int sema_is_typedef_name(struct dtc *dx, const char *name)
{
	return typedef_name(dx, name, 1);
}

/*
 * Whether the module a name's scope names (mod`name; none is vmlinux) is
 * loaded on this host (a loadable one has an initstate; a built-in one is
 * part of vmlinux to DTrace): dtrace_lookup_by_name() fails with EDT_NOMOD,
 * "Module is no longer loaded", for one it does not know.
 */
int types_module_loaded(const char *str)
{
	const char *tick = strchr(str, '`');
	char path[300];
	struct stat sb;

	if (!tick || tick == str || (tick - str == 7 && !strncmp(str, "vmlinux", 7)) ||
	    (tick - str == 1 && (str[0] == 'D' || str[0] == 'C')) || tick - str > 200)
		return 1; /* D and C are DTrace's modules of its own types */
	snprintf(path, sizeof(path), "/sys/module/%.*s/initstate", (int)(tick - str), str);
	return stat(path, &sb) == 0;
}

/*
 * A scoped type name, obj`name (DTrace's type namespaces: dt_type_lookup()
 * splits it and dtrace_lookup_by_type() looks in that object only): D` is
 * D's container (its own int8_t ... string, a D program's typedefs, and
 * its parent C's), C` the C container (C's base types, the typedefs of
 * #include files), any other a kernel module (vmlinux` and every loaded
 * module: one BTF here).  Returns 'D', 'C' or 'K' and the name in *base,
 * or 0 where the scope names no loaded object.
 */
int types_scope(const char *name, const char **base)
{
	const char *tick = strrchr(name, '`');

	if (!tick || tick == name || !tick[1])
		return 0;
	*base = tick + 1;
	if (tick - name == 1 && (name[0] == 'D' || name[0] == 'C'))
		return name[0];
	return types_module_loaded(name) ? 'K' : 0;
}

/* A C base type's name (int, long, void, ...), not D's own (int8_t, string). */
int types_is_c_base(const char *name)
{
	size_t i;

	if (!strcmp(name, "void") || !strcmp(name, "float") || !strcmp(name, "double"))
		return 1;
	for (i = 0; i < sizeof(named_types) / sizeof(named_types[0]); i++)
		if (!strcmp(named_types[i].name, name))
			return !types_is_d_builtin_typedef(name);
	return 0;
}

/* The lexer's question for obj`name: a type of that scope (dt_lex.l
 * id_or_type(): dt_type_lookup() succeeds). */
int sema_is_scoped_type_name(struct dtc *dx, const char *name)
{
	const char *b;

	switch (types_scope(name, &b)) {
	case 'D':
		return typedef_name(dx, b, 0) || types_is_c_base(b) || !strcmp(b, "string");
	case 'C': {
		struct tdef *d = types_tdef_find(dx, TK_NAME, b);
		return types_is_c_base(b) || (d && d->cdefs);
	}
	case 'K': /* the kernel's int is C's */
		return types_is_c_base(b) || btf_find_type(dx, TK_NAME, b) != NULL;
	}
	return 0;
}

struct tdef *types_tdef_find(struct dtc *dx, int kind, const char *name)
{
	struct tdef *d;
	for (d = tc(dx)->defs; d; d = d->next)
		if (d->kind == kind && !strcmp(d->name, name))
			return d;
	return NULL;
}

struct tdef *types_tdef_add(struct dtc *dx, int kind, const char *name, struct loc loc)
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

struct dtype *type_new(struct dtc *dx, enum ty_kind kind)
{
	struct dtype *t = arena_alloc(dx, sizeof(*t));
	t->kind = kind;
	return t;
}

/*
 * An array type's name as C and libctf's ctf_type_name() write it: the
 * dimensions outermost first, with no space between them ("int [2][3]" is
 * an array of 2 arrays of 3 ints; ctf_decl_push() prepends array nodes).
 */
static const char *array_name(struct dtc *dx, const struct dtype *base, int nelem)
{
	const struct dtype *e = base;
	const char *sp;
	size_t n;

	while (e->kind == TY_ARRAY && e->base)
		e = e->base;
	n = e->name ? strlen(e->name) : 0;
	/* no blank between a pointer's '*' and '[': "char *[8]" */
	sp = n && e->name[n - 1] == '*' ? "" : " ";
	if (e != base && base->name && n && !strncmp(base->name, e->name, n) &&
	    !strncmp(base->name + n, sp, strlen(sp)) && base->name[n + strlen(sp)] == '[')
		return arena_printf(dx, "%s%s[%d]%s", e->name, sp, nelem,
				    base->name + n + strlen(sp));
	return arena_printf(dx, "%s%s[%d]", base->name, sp, nelem);
}

struct dtype *type_array(struct dtc *dx, struct dtype *base, int nelem)
{
	struct dtype *t = type_new(dx, TY_ARRAY);
	t->base = base;
	t->nelem = nelem;
	t->size = base->size * nelem;
	t->align = base->align ? base->align : (base->size > 8 ? 8 : base->size);
	t->name = decl_name(dx, t) ? decl_name(dx, t) : array_name(dx, base, nelem);
	t->cname = base->cname;
	return t;
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

/* A D struct or union just defined: emit_type_defs() writes it, in order. */
void types_sou_defined(struct dtc *dx, struct dtype *t)
{
	struct types_cache *c = tc(dx);

	if (!c->dtail)
		c->dtail = &c->dlist;
	*c->dtail = t;
	c->dtail = &t->next_used;
}

/* The number of the next anonymous struct, union or enum (its C tag). */
int types_anon_next(struct dtc *dx)
{
	return tc(dx)->anon++;
}

/* A D enumerator (not a kernel one): 1 and its value when defined. */
int types_enum_find(struct dtc *dx, const char *name, int64_t *value)
{
	struct econst *e;

	for (e = tc(dx)->econsts; e; e = e->next)
		if (!strcmp(e->name, name)) {
			*value = e->value;
			return 1;
		}
	return 0;
}

void types_enum_add(struct dtc *dx, const char *name, int64_t value, struct dtype *type)
{
	struct types_cache *c = tc(dx);
	struct econst *ec = arena_alloc(dx, sizeof(*ec));

	ec->name = name;
	ec->value = value;
	ec->type = type;
	ec->next = c->econsts;
	c->econsts = ec;
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
/* l = r in an inline, a translator member or a store through memory: strings
 * only from strings, any scalar to a scalar, else compatible types (an
 * unknown type, already reported, passes). */
int type_assignable(struct dtype *l, struct dtype *r)
{
	if (!l || !r)
		return 1;
	if (l->kind == TY_STRING || r->kind == TY_STRING)
		return l->kind == r->kind;
	if (type_is_scalar(l) && type_is_scalar(r))
		return 1;
	return type_compatible(l, r);
}

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

/*
 * DTrace's dt_node_is_ptrcompat() of two pointers or arrays (a string is
 * char [strsize]): to compatible types (ctf_type_compat(): char and
 * unsigned char are not), or either to void.  Unlike an assignment
 * (type_argcompat()), two char pointers of other signedness do not pass
 * as strings: dt_cook_op2() takes them as strings only beside a string.
 */
int type_ptrcompat(const struct dtype *l, const struct dtype *r)
{
	const struct dtype *lb, *rb;

	if ((l->kind != TY_PTR && l->kind != TY_ARRAY && l->kind != TY_STRING) ||
	    (r->kind != TY_PTR && r->kind != TY_ARRAY && r->kind != TY_STRING))
		return 0;
	lb = l->kind == TY_STRING ? NULL : l->base; /* NULL: a string's char */
	rb = r->kind == TY_STRING ? NULL : r->base;
	if ((lb && lb->kind == TY_VOID) || (rb && rb->kind == TY_VOID) || (!lb && !rb))
		return 1;
	if (!lb || !rb) {
		const struct dtype *o = lb ? lb : rb;

		return o->kind == TY_INT && o->size == 1 && o->is_signed;
	}
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

/*
 * A tuple key held by reference (dt_node_diftype()'s DIF_TF_BYREF, which
 * dt_cg_arglist() copies by its size): a struct or union, D's or the
 * kernel's, or an array of anything but char (char arrays are strings in
 * dtc's keys).  Its bytes are the key.  1 for one, marking a D type used;
 * -1 for a kernel struct with no name, which CO-RE cannot size; 0 else.
 */
int type_key_byref(struct dtc *dx, struct dtype *t)
{
	if (type_is_sou(t) && t->kernel) {
		if (!t->tag && !t->tdname)
			return -1;
		return type_resolve(dx, t)->complete && t->size > 0;
	}
	if (type_is_sou(t) && t->complete && t->size > 0) {
		t->used = 1; /* the C type, emitted (emit_types.c) */
		return 1;
	}
	if (t->kind == TY_ARRAY && t->nelem > 0 && t->size > 0 &&
	    !type_is_char_array(t)) {
		struct dtype *e = t;
		while (e->kind == TY_ARRAY)
			e = e->base;
		if (type_is_sou(e) && !e->kernel)
			e->used = 1;
		return 1;
	}
	return 0;
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
 * DTrace's integer cast (dt_cg_typecast(), and dt_node_op2()'s folding of
 * (type)constant): a 64-bit value is truncated to the destination's size,
 * sign- or zero-extended, only when the cast narrows it, changes its
 * signedness at the same size, or widens a signed value to a larger
 * unsigned type below 64 bits.  Otherwise the register passes unchanged:
 * (int)(1 << 40) is still 1 << 40, and (long)~0U is -1.
 */
int type_cast_truncates(const struct dtype *from, const struct dtype *to)
{
	if (to->size >= 8)
		return 0;
	if (to->size > from->size)
		return !to->is_signed && from->is_signed;
	if (to->size == from->size)
		return to->is_signed != from->is_signed;
	return 1;
}

/*
 * Fold a binary operator over two integer constants as DTrace's
 * dt_node_op2() does: on the raw 64-bit values, never truncated to the
 * result's type ((1 << 40) == 0 is false, 2147483647 + 1 is 2^31 typed
 * int); the result typed as dt_type_promote() types it (an int for the
 * comparisons, the left operand's type for shifts); / and % and the
 * ordering comparisons signed when that type is, >> always a logical
 * shift (uintmax_t >> in dt_node_op2()).  The value is truncated where it
 * is stored, recorded or cast, as a register is.  A constant divisor of
 * zero is a compile-time error (see check_div_zero()).  Returns -1 after
 * an error.
 */
int types_fold_binary(struct dtc *dx, struct node *n, struct dtype *l, struct dtype *r)
{
	struct dtype *t = type_dtrace_arith(dx, l, r), *rt = t;
	uint64_t a = (uint64_t)n->a->ival, b = (uint64_t)n->b->ival, v;
	int64_t sa = (int64_t)a, sb = (int64_t)b;

	if (n->op == OP_SHL || n->op == OP_SHR) /* the left operand's type */
		rt = l->kind == TY_ENUM ? type_int(dx, 4, 1) : l;
	switch (n->op) {
	case OP_ADD: v = a + b; break;
	case OP_SUB: v = a - b; break;
	case OP_MUL: v = a * b; break;
	case OP_DIV:
	case OP_MOD:
		if (b == 0) {
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
	case OP_SHL: v = a << (b & 63); break; /* x86's shift, as dtrace computes it */
	case OP_SHR: v = a >> (b & 63); break;
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
	n->ival = (int64_t)v;
	n->type = rt;
	return 0;
}

/*
 * Fold -c, +c, ~c, !c and (type)c over an integer constant as DTrace's
 * dt_node_op1() and dt_node_op2(): the node keeps the operand's type (! as
 * well); -c of an unsigned constant is truncated to its size, ~c is not
 * (~0U is 64 one bits, typed unsigned int); a cast truncates as
 * type_cast_truncates() says.
 */
void types_fold_unary(struct dtc *dx, struct node *n, struct dtype *t)
{
	struct node *a = n->kind == N_CAST ? n->b : n->a;
	uint64_t v;

	(void)dx;
	if (!(a->flags & NF_CONST) || !type_is_int(t) || !a->type || !type_is_int(a->type))
		return;
	v = (uint64_t)a->ival;
	if (n->kind == N_CAST) {
		if (type_cast_truncates(a->type, t))
			v = (uint64_t)type_normalize(t, v);
	} else {
		switch (n->op) {
		case OP_NEG:
			v = 0 - v;
			if (!t->is_signed)
				v = (uint64_t)type_normalize(t, v);
			break;
		case OP_PLUS: break;
		case OP_BNOT: v = ~v; break;
		case OP_LNOT: v = !v; break;
		default: return;
		}
	}
	n->flags |= NF_CONST;
	n->ival = (int64_t)v;
}
