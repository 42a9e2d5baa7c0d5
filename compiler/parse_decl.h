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

#endif
