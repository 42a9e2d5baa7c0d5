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
#include <string.h>

#include "parse_decl.h"

struct specs *specs_new(struct dtc *dx, struct loc loc)
{
	struct specs *sp = arena_alloc(dx, sizeof(*sp));
	sp->loc = loc;
	sp->cdefs = dx->idepth > 0;
	return sp;
}

/* The declaration of a struct, union or enum body alone (an item a syntax
 * error or a bad combination cuts short). */
static struct node *body_item(struct dtc *dx, struct node *ts)
{
	struct specs *sp = specs_new(dx, ts->loc);

	specs_type(dx, sp, (struct tspec){ 0, ts }, ts->loc);
	return specs_decl(dx, sp, NULL, ts->loc);
}

/*
 * A specifier that does not combine with a struct, union or enum body
 * before it (struct s { ... } int x): DTrace declared the body's members or
 * enumerators as it reduced each (dt_decl_member(), dt_decl_enumerator())
 * and says their errors first; sema declares the body alone before the
 * held error (sema_parse_all()).
 */
static void specs_bad_after_body(struct dtc *dx, struct specs *sp)
{
	if (sp->body_first && !dx->combo_item) {
		dx->combo_item = body_item(dx, sp->body_first);
		dx->combo_item->flags |= NF_CUT;
	}
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
	if (sign || sp->nlong)
		specs_bad_after_body(dx, sp);
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
			specs_bad_after_body(dx, sp);
			diag_error(dx, loc, "D_DECL_COMBO", "invalid type combination");
			sp->bad = 1;
		}
		if (!sp->named && ts.n && (ts.n->ival & TS_HAS_BODY) &&
		    !(sp->nvoid + sp->nchar + sp->nshort + sp->nint + sp->nlong + sp->nfloat +
		      sp->ndouble + sp->nstring + sp->nsigned + sp->nunsigned))
			sp->body_first = ts.n;
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

		specs_bad_after_body(dx, sp);
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

struct node *sou_new(struct dtc *dx, int kind, const char *tag, struct node *body,
		     struct loc loc)
{
	struct node *ts = node_new(dx, N_TYPESPEC, loc);

	ts->op = kind;
	ts->str = tag;
	ts->a = body;
	if (body || kind == TK_ENUM)
		ts->ival = body ? TS_HAS_BODY : 0;
	return ts;
}

/*
 * DTrace's parser reduces in every state it can on any lookahead (bison's
 * default reductions), and dt_grammar.y declares as it reduces: each
 * init_declarator (dt_node_decl()), each struct member (dt_decl_member())
 * and each enumerator (dt_decl_enumerator()) is declared before the
 * syntax error after it is seen ("int uint32_t x;" is D_DECL_IDRED,
 * "enum { x, x >= 4 }" a duplicate enumerator).  parser.y reduces the same
 * way and stops at the first syntax error; the symbols left on its stack
 * are those reduced declarations, made here into the items DTrace had
 * declared: the declarators of a declaration, and a struct, union or enum
 * with the members or enumerators so far.  Likewise a clause's probe
 * descriptions (dt_node_pdesc_by_name() as each is reduced) and the
 * statements of its block reduced so far: a clause of those, whose
 * parse-time checks (calls, offsetof) sema_parse.c makes.  sema checks them after the
 * items before them, before the syntax error (sema.c sema_parse_all()).
 * c is top first; the items come bottom (outermost) first.
 */
static struct node *cut_sou(struct dtc *dx, const struct cutsym *b, int n)
{
	int j = 0, kind = b[0].kind == CUT_SOU ? b[0].i : TK_ENUM;
	const char *tag = NULL;
	struct node *body = NULL, *last, *ts;
	struct specs *sp;

	if (kind != TK_ENUM)
		j++;
	if (j < n && b[j].kind == CUT_IDENT)
		tag = b[j++].s;
	if (kind == TK_ENUM) {
		if (j < n && b[j].kind == CUT_ENUMS)
			body = b[j++].n;
	} else {
		if (j < n && b[j].kind == CUT_MEMBERS)
			body = b[j++].n;
		if (j + 1 < n && b[j].kind == CUT_SPECS && b[j + 1].kind == CUT_MDECLS) {
			struct node *m = node_new(dx, N_MEMBER, loc_span(b[j].loc, b[j + 1].loc));

			m->a = specs_finish(dx, b[j].sp);
			m->b = b[j + 1].n;
			for (last = body; last && last->next; last = last->next)
				;
			if (last)
				last->next = m;
			else
				body = m;
			j++;
		}
	}
	if (!body)
		return NULL;
	ts = sou_new(dx, kind, tag, body, loc_span(b[0].loc, b[j > 0 ? j - 1 : 0].loc));
	sp = specs_new(dx, ts->loc);
	specs_type(dx, sp, (struct tspec){ 0, ts }, ts->loc);
	return specs_decl(dx, sp, NULL, ts->loc);
}

void cut_push(struct cutstack *cs, enum cut_kind k, struct loc loc, struct node *n,
	      struct specs *sp, const char *s, int i)
{
	struct cutsym c = { k, loc, n, sp, s, i };

	if (cs->n == DTC_MAX_CUT) { /* keep the deepest */
		memmove(cs->v, cs->v + 1, sizeof(cs->v[0]) * (DTC_MAX_CUT - 1));
		cs->n--;
	}
	cs->v[cs->n++] = c;
}

struct node *parse_cut_items(struct dtc *dx, const struct cutstack *cs)
{
	struct cutsym b[DTC_MAX_CUT];
	struct node *head = NULL, **tail = &head, *it;
	int n = cs->n;

	for (int i = 0; i < n; i++)
		b[i] = cs->v[n - 1 - i];
	/* only these symbols are noted, bottom first: a struct or union is
	 * SOU [IDENT] [MEMBERS] [SPECS MDECLS] (its '{' is not noted, and
	 * nothing else comes between), an enum [IDENT] ENUMS, a declaration
	 * SPECS DECLS, or SPECS alone naming a struct, union or enum with its
	 * body, a clause PDESCS [STMTS] */
	for (int i = 0; i < n; i++) {
		it = NULL;
		if (b[i].kind == CUT_SPECS && i + 1 < n && b[i + 1].kind == CUT_DECLS)
			it = specs_decl(dx, b[i].sp, b[i + 1].n, loc_span(b[i].loc, b[i + 1].loc));
		else if (b[i].kind == CUT_SPECS && b[i].sp->body_first &&
			 (b[i].sp->named != b[i].sp->body_first ||
			  b[i].sp->nvoid + b[i].sp->nchar + b[i].sp->nshort + b[i].sp->nint +
				  b[i].sp->nlong + b[i].sp->nfloat + b[i].sp->ndouble +
				  b[i].sp->nstring + b[i].sp->nsigned + b[i].sp->nunsigned))
			/* struct s { ... } int <error>: the body alone, its
			 * members declared as DTrace reduced them */
			it = body_item(dx, b[i].sp->body_first);
		else if (b[i].kind == CUT_SPECS && b[i].sp->named &&
			 b[i].sp->named->kind == N_TYPESPEC && (b[i].sp->named->ival & TS_HAS_BODY))
			/* a struct, union or enum reduced whole is declared
			 * (dt_decl_sou() at '{', its members as reduced):
			 * "struct s { int x; char x; } 0" */
			it = specs_decl(dx, b[i].sp, NULL, b[i].loc);
		else if (b[i].kind == CUT_SOU ||
			 (b[i].kind == CUT_IDENT && i + 1 < n && b[i + 1].kind == CUT_ENUMS &&
			  (i == 0 || b[i - 1].kind != CUT_SOU)))
			it = cut_sou(dx, b + i, n - i);
		else if (b[i].kind == CUT_ENUMS && (i == 0 || b[i - 1].kind != CUT_IDENT))
			it = cut_sou(dx, b + i, n - i);
		else if (b[i].kind == CUT_PDESCS) {
			it = node_new(dx, N_CLAUSE, b[i].loc);
			it->a = b[i].n;
			if (i + 1 < n && b[i + 1].kind == CUT_STMTS)
				it->c = b[++i].n; /* the block's statements reduced */
		}
		if (it) {
			it->flags |= NF_CUT;
			*tail = it;
			tail = &it->next;
		}
	}
	return head;
}
