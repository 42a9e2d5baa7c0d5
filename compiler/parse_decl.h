/*
 * parse_decl.h: declaration specifiers as parser.y accumulates them, and the
 * functions of parse_decl.c that turn them into syntax (N_TYPESPEC,
 * N_TYPENAME, N_DECL).
 */
#ifndef DTC_PARSE_DECL_H
#define DTC_PARSE_DECL_H

#include "dtc.h"

/* Declaration specifiers being accumulated (decl_specs). */
struct specs {
	struct loc loc;
	int storage;            /* DS_* */
	int quals;              /* TQ_* */
	int nvoid, nchar, nshort, nint, nlong, nsigned, nunsigned;
	int nfloat, ndouble, nstring;
	struct node *named;     /* typedef name or struct/union/enum N_TYPESPEC */
	const char *declname;   /* a type name scanned as such after the type (dt_decl_ident()) */
	struct loc declname_loc;
	int bad;                /* an invalid combination was already reported */
	int cdefs;              /* begun inside a cpp #include file (pcb_idepth != 0) */
	struct node *body_first; /* a struct, union or enum body, the first specifier */
};

/* One type specifier keyword or named type. */
struct tspec {
	int kw;                 /* TSK_* or 0 for a named type in n */
	struct node *n;
};

#define TSK_VOID 1
#define TSK_CHAR 2
#define TSK_SHORT 3
#define TSK_INT 4
#define TSK_LONG 5
#define TSK_SIGNED 6
#define TSK_UNSIGNED 7
#define TSK_FLOAT 8
#define TSK_DOUBLE 9
#define TSK_STRING 10

struct specs *specs_new(struct dtc *dx, struct loc loc);
void specs_storage(struct dtc *dx, struct specs *sp, int cls, struct loc loc); /* DS_* */
void specs_type(struct dtc *dx, struct specs *sp, struct tspec ts, struct loc loc);
/* The N_TYPESPEC the specifiers name (a combination C rejects is reported). */
struct node *specs_finish(struct dtc *dx, struct specs *sp);
/* A function or associative array parameter: register is the only storage class. */
void specs_param_class(struct dtc *dx, struct specs *sp);
struct node *specs_typename(struct dtc *dx, struct specs *sp, struct node *decl, struct loc loc);
struct node *specs_decl(struct dtc *dx, struct specs *sp, struct node *decls, struct loc loc);
/* an array suffix joins declarator decl's chain (dt_decl_array()) */
void decl_array_suffix(struct node *decl, struct node *d);

/*
 * What the parser's stack held when a syntax error stopped it, one symbol
 * each, top first (parser.y's %destructor calls): parse_cut_items() makes
 * the declarations DTrace had made by then into items.
 */
enum cut_kind {
	CUT_SPECS, CUT_DECLS, CUT_MDECLS, CUT_MEMBERS, CUT_ENUMS, CUT_SOU, CUT_IDENT,
	CUT_PDESCS, CUT_STMTS
};
struct cutsym {
	enum cut_kind kind;
	struct loc loc;
	struct node *n;         /* the list (all but CUT_SPECS, CUT_SOU, CUT_IDENT) */
	struct specs *sp;       /* CUT_SPECS */
	const char *s;          /* CUT_IDENT */
	int i;                  /* CUT_SOU: TK_STRUCT or TK_UNION */
};
#define DTC_MAX_CUT 64      /* the deepest symbols are the outermost: kept */
struct cutstack {
	struct cutsym v[DTC_MAX_CUT];
	int n;
	int ok;                 /* the parse stopped at a syntax error bison found */
};
void cut_push(struct cutstack *cs, enum cut_kind k, struct loc loc, struct node *n,
	      struct specs *sp, const char *s, int i);
struct node *parse_cut_items(struct dtc *dx, const struct cutstack *cs);
struct node *sou_new(struct dtc *dx, int kind, const char *tag, struct node *body,
		     struct loc loc);

#endif
