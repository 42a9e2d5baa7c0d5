/*
 * parse_decl.c: declaration specifiers as the parser meets them.  C lets
 * "unsigned", "long", "int" and the rest come in any order, so parser.y
 * accumulates them (struct specs) and asks here for the type they name:
 * DTrace's checks as each keyword arrives (dt_decl_check()), then one
 * canonical base name ("long unsigned int" is "unsigned long") and the
 * combinations C rejects, in DTrace's words.  What the type means is sema's
 * (sema_decl.c); this file only builds the syntax tree.
 */
#include <string.h>

#include "dtc.h"
#include "parse_decl.h"

struct specs *specs_new(struct dtc *dx, struct loc loc)
{
	struct specs *sp = arena_alloc(dx, sizeof(*sp));
	sp->loc = loc;
	sp->cdefs = dx->idepth > 0;
	return sp;
}

/*
 * DTrace checks a declaration's specifiers as each one arrives
 * (dt_decl_check()): once the base type is known, signed and unsigned need
 * an integer type and long an integer or floating-point type.  Combinations
 * of integer keywords are left to specs_finish().
 */
static void specs_check(struct dtc *dx, struct specs *sp)
{
	int sign = sp->nsigned + sp->nunsigned;
	int is_int = sp->nvoid + sp->nchar + sp->nint > 0;       /* CTF_K_INTEGER names */
	int is_float = sp->nfloat + sp->ndouble > 0;
	int other = sp->named || sp->nstring;                     /* typedef, sou, enum */

	if (sp->bad || is_int || (!is_float && !other))
		return;
	if (sign) {
		diag_error(dx, sp->loc, "D_DECL_SIGNINT",
			   "invalid type declaration: signed and unsigned may only be used with integer type");
		sp->bad = 1;
	} else if (sp->nlong && !is_float) {
		diag_error(dx, sp->loc, "D_DECL_LONGINT",
			   "invalid type declaration: long and long long may only be used with integer or floating-point type");
		sp->bad = 1;
	}
}

/*
 * A storage class (DTrace's dt_decl_class()): a declaration has one, and a
 * second one, even the same again, is D_DECL_CLASS as it arrives, before
 * any check of which classes D takes (D_DECL_BADCLASS).
 */
void specs_storage(struct dtc *dx, struct specs *sp, int cls, struct loc loc)
{
	sp->loc = loc_span(sp->loc, loc);
	if (sp->storage & (DS_EXTERN | DS_STATIC | DS_SELF | DS_THIS | DS_TYPEDEF | DS_REGISTER |
			   DS_AUTO)) {
		if (!sp->bad)
			diag_error(dx, loc, "D_DECL_CLASS",
				   "only one storage class allowed in a declaration");
		sp->bad = 1;
		return;
	}
	sp->storage |= cls;
}

void specs_type(struct dtc *dx, struct specs *sp, struct tspec ts, struct loc loc)
{
	sp->loc = loc_span(sp->loc, loc);
	switch (ts.kw) {
	case 0:
		if (ts.n && ts.n->kind == N_TYPESPEC && ts.n->op == TK_NAME && !sp->bad &&
		    (sp->named || sp->nvoid + sp->nchar + sp->nint + sp->nfloat + sp->ndouble +
					  sp->nstring > 0)) {
			/*
			 * A typedef name after a type name (scanned before the
			 * type was reduced: after a struct, union or enum tag)
			 * is the name being declared (dt_decl_spec() ->
			 * dt_decl_ident()), so a declarator after it is a
			 * second one; in a typedef, it is redeclared.  A type
			 * name (a cast) ignores it.
			 */
			if (sp->storage & DS_TYPEDEF) {
				diag_error(dx, loc, "D_DECL_IDRED", "typedef redeclared: %s",
					   ts.n->str);
			} else if (!sp->declname) {
				sp->declname = ts.n->str;
				sp->declname_loc = loc;
				break;
			} else {
				diag_error(dx, loc, "D_DECL_IDENT",
					   "old-style declaration or incorrect type specified");
			}
			sp->bad = 1;
			break;
		}
		if (sp->named && !sp->bad) {
			diag_error(dx, loc, "D_DECL_COMBO", "invalid type combination");
			sp->bad = 1;
		}
		sp->named = ts.n;
		break;
	case TSK_VOID: sp->nvoid++; break;
	case TSK_CHAR: sp->nchar++; break;
	case TSK_SHORT: sp->nshort++; break;
	case TSK_INT: sp->nint++; break;
	case TSK_LONG: sp->nlong++; break;
	case TSK_SIGNED: sp->nsigned++; break;
	case TSK_UNSIGNED: sp->nunsigned++; break;
	case TSK_FLOAT: sp->nfloat++; break;
	case TSK_DOUBLE: sp->ndouble++; break;
	case TSK_STRING: sp->nstring++; break;
	}
	specs_check(dx, sp);
}

/*
 * Turn accumulated specifiers into an N_TYPESPEC with a canonical base
 * name: "unsigned long int" and "long unsigned" both become "unsigned long".
 * A combination C rejects is reported as DTrace does [D_DECL_COMBO].
 */
/*
 * An integer type's name as dt_decl_type() composes it from the
 * specifiers' attribute bits (dt_decl_attr(): each of signed, unsigned and
 * short once however often written; a second long makes long long, a third
 * both): "signed " "unsigned " "short " "long " "long long ", then char or
 * int unless short or long came ("short int" is "short "), or "int" for
 * nothing.
 */
static const char *int_spelled(struct dtc *dx, const struct specs *sp)
{
	int l = sp->nlong ? (sp->nlong == 1 ? 1 : sp->nlong % 2 ? 3 : 2) : 0;

	return arena_printf(dx, "%s%s%s%s%s%s", sp->nsigned ? "signed " : "",
			    sp->nunsigned ? "unsigned " : "", sp->nshort ? "short " : "",
			    l & 1 ? "long " : "", l & 2 ? "long long " : "",
			    sp->nchar ? "char" : sp->nint && !sp->nshort && !l ? "int" :
			    !sp->nsigned && !sp->nunsigned && !sp->nshort && !l ? "int" : "");
}

/* That name, where it is one of D's integer types (dt_open.c's
 * intrinsics: "signed" and "unsigned" are types of their own, and "signed
 * short" keeps its name), or NULL: D_UNKNOWN. */
static const char *int_name(struct dtc *dx, const struct specs *sp)
{
	static const char *const names[] = {
		"char", "short", "int", "long", "long long", "signed", "unsigned",
		"signed char", "signed short", "signed int", "signed long", "signed long long",
		"unsigned char", "unsigned short", "unsigned int", "unsigned long",
		"unsigned long long",
	};
	const char *n = int_spelled(dx, sp);
	size_t l = strlen(n);

	while (l && n[l - 1] == ' ')
		l--;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strlen(names[i]) == l && !strncmp(names[i], n, l))
			return names[i];
	return NULL;
}

struct node *specs_finish(struct dtc *dx, struct specs *sp)
{
	struct node *ts;
	int sign = sp->nsigned + sp->nunsigned;
	int nkw = sp->nvoid + sp->nchar + sp->nshort + sp->nint + sp->nlong + sp->nfloat +
		  sp->ndouble + sp->nstring;
	const char *base = NULL;
	int ok = 1, unknown = 0;

	if (sp->named) {
		ts = sp->named;
		ok = nkw == 0 && sign == 0;
	} else {
		ts = node_new(dx, N_TYPESPEC, sp->loc);
		ts->op = TK_NAME;
		if (sp->nvoid + sp->nstring + sp->nfloat + sp->ndouble > 0) {
			if (sp->nvoid + sp->nstring + sp->nfloat + sp->ndouble > 1 || sign ||
			    sp->nchar || sp->nshort || sp->nint)
				ok = 0;
			else if (sp->ndouble && sp->nlong == 1)
				base = "long double";
			else if (sp->nlong)
				ok = 0;
			else
				base = sp->nvoid ? "void" :
				       sp->nstring ? "string" :
				       sp->nfloat ? "float" : "double";
		} else if (sp->nchar + sp->nint > 1) {
			ok = 0; /* dt_decl_spec(): a second type name */
		} else if (sp->nchar && (sp->nshort || sp->nlong)) {
			ok = 0;
		} else {
			base = int_name(dx, sp);
			if (!base) {
				unknown = 1;
				ok = 0;
			}
		}
		ts->str = base ? base : "int";
	}
	if (!ok && !sp->bad) {
		int attrs = sp->nshort + sp->nlong;

		if (unknown)
			/* DTrace looks up the name it composed ("short long ") */
			diag_error(dx, sp->loc, "D_UNKNOWN", "failed to resolve type %s: Unknown type name",
				   int_spelled(dx, sp));
		else if (sp->nvoid && (sign || attrs) && nkw == sp->nvoid + attrs)
			diag_error(dx, sp->loc, "D_DECL_VOIDATTR",
				   "invalid type declaration: attributes may not be used with void type");
		else if (sp->nchar == 1 && attrs && nkw == 1 + attrs)
			diag_error(dx, sp->loc, "D_DECL_CHARATTR",
				   "invalid type declaration: short and long may not be used with char type");
		else
			diag_error(dx, sp->loc, "D_DECL_COMBO", "invalid type combination");
		sp->bad = 1;
	}
	ts->ival |= sp->quals;
	return ts;
}

void specs_param_class(struct dtc *dx, struct specs *sp)
{
	if (sp->storage & ~DS_REGISTER)
		diag_error(dx, sp->loc, "D_DECL_PARMCLASS",
			   "inappropriate storage class for function or associative array parameter");
}

struct node *specs_typename(struct dtc *dx, struct specs *sp, struct node *decl, struct loc loc)
{
	struct node *tn = node_new(dx, N_TYPENAME, loc);
	tn->a = specs_finish(dx, sp);
	tn->b = decl;
	return tn;
}

struct node *specs_decl(struct dtc *dx, struct specs *sp, struct node *decls, struct loc loc)
{
	struct node *d = node_new(dx, N_DECL, loc);

	if (sp->declname && decls) {
		diag_error(dx, decls->loc, "D_DECL_IDENT",
			   "old-style declaration or incorrect type specified");
		sp->bad = 1;
	} else if (sp->declname) {
		decls = node_new(dx, N_DECLARATOR, sp->declname_loc);
		decls->str = sp->declname;
	}
	d->a = specs_finish(dx, sp);
	d->b = decls;
	d->ival = sp->storage;
	d->op = sp->cdefs ? DECL_CDEFS : 0;
	return d;
}

/* dt_decl_array() pushes an array above what was reduced before it, parens or
 * not, below the arrays just pushed: "char (*p)[8]" is "char *[8]" in D. */
void decl_array_suffix(struct node *decl, struct node *d)
{
	struct node **pp = &decl->a;

	while (*pp && (*pp)->op == DT_ARRAY)
		pp = &(*pp)->b;
	d->b = *pp;
	*pp = d;
}
