/*
 * sema.h: what semantic analysis knows about a script, shared by sema*.c,
 * types.c and the emitter.  sema_check() fills struct sema_state; emit_c()
 * only reads it and the annotated AST.
 */
#ifndef DTC_SEMA_H
#define DTC_SEMA_H

#include "dtc.h"

enum ty_kind {
	TY_VOID,
	TY_INT,      /* size, is_signed */
	TY_PTR,      /* base */
	TY_ARRAY,    /* base, nelem */
	TY_STRING,   /* D string: char[strsize] */
	TY_STRUCT,
	TY_UNION,
	TY_ENUM,
	TY_FLOAT,
	TY_FUNC,
};

struct dtype {
	enum ty_kind kind;
	int size;             /* bytes */
	int is_signed;
	const char *name;     /* D spelling, for messages: "int", "char *" */
	const char *cname;    /* C spelling in generated code */
	struct dtype *base;   /* pointee / element */
	int nelem;
};

/* types.c */
void types_init(struct dtc *dx);
struct dtype *type_int(struct dtc *dx, int size, int is_signed);
struct dtype *type_named(struct dtc *dx, const char *name);  /* builtin or typedef, or NULL */
struct dtype *type_string(struct dtc *dx);
struct dtype *type_void(struct dtc *dx);
struct dtype *type_ptr(struct dtc *dx, struct dtype *base);
struct dtype *type_from_typename(struct dtc *dx, struct node *tn);  /* N_TYPENAME; NULL + diag */
int type_is_int(const struct dtype *t);
int type_is_arith(const struct dtype *t);
int type_is_scalar(const struct dtype *t);   /* integer or pointer */
struct dtype *type_promote(struct dtc *dx, struct dtype *t);
struct dtype *type_arith_conv(struct dtc *dx, struct dtype *a, struct dtype *b);

enum sym_kind {
	SYM_GLOBAL,     /* D global scalar */
	SYM_BUILTIN,    /* built-in variable: pid, execname, arg0 ... */
};

struct builtin_var;

struct sym {
	enum sym_kind kind;
	const char *name;
	struct dtype *type;
	const struct builtin_var *bv;
	struct loc decl;
	int id;
	struct sym *next;
};

/* An output action recorded in the ring buffer, described in the metadata. */
#define MAX_ACT_ARGS 32
struct action {
	int id;
	int clause;
	const char *kind;          /* "printf", "trace", "exit" */
	const char *fmt;           /* printf format or NULL */
	int nargs;
	char argk[MAX_ACT_ARGS];   /* 'i' signed int, 'u' unsigned, 's' string, 'p' ptr */
	int argsize[MAX_ACT_ARGS]; /* integer size in bytes, or string bytes */
	int size;                  /* item size, header included */
	struct action *next;
};

/* Probe families and the programs that implement them. */
struct prog {
	int id;
	int family;                /* DT_FAM_* */
	const char *param;         /* "profile-97", "tick-1s" or "" */
	int clauses[256];
	int nclauses;
	int pair0;                 /* pair index of clauses[0]; pairs are consecutive */
	struct prog *next;
};

struct clause_info {
	struct node *n;
	int id;
	int ntmp;                  /* string temporaries used */
	int records;               /* writes a record (has data actions or is empty) */
};

struct sema_state {
	struct sym *syms;
	struct action *acts, **acts_tail;
	int nacts;
	struct prog *progs, **progs_tail;
	int nprogs;
	int npairs;
	struct clause_info *clauses;
	int nclauses;
	int strsize;
	int macros_used[10];       /* 0, 'i' or 's' per $N / $$N */
	struct loc macro_loc[10];  /* first use of each */
	int target_used;
	int uses_sysnames;
	int uses_args;             /* arg0..arg9 read somewhere */
	int uses_macvars;          /* $pid $ppid $uid ... */
	const char *options_text;  /* metadata option lines */
};

static inline struct sema_state *SEMA(struct dtc *dx)
{
	return (struct sema_state *)dx->sema;
}

/* Built-in variables (sema_builtins.c). */
struct builtin_var {
	const char *name;
	const char *type;          /* D type name */
	const char *emit;          /* C expression template; %d = tmp slot */
	int needs_tmp;
};
const struct builtin_var *builtin_var_find(const char *name);

const char *sema_option(struct dtc *dx, const char *name); /* value or NULL */

/* Shared between sema*.c. */
static inline struct sema_state *st(struct dtc *dx)
{
	return SEMA(dx);
}

/* Per-clause checking context. */
struct cctx {
	struct clause_info *ci;
	int in_pred;
	int nact_in_clause;
};

struct sym *sym_find(struct dtc *dx, const char *name);
struct sym *sym_add(struct dtc *dx, enum sym_kind kind, const char *name, struct dtype *type,
		    struct loc loc);
struct dtype *check_expr(struct dtc *dx, struct cctx *cc, struct node *n);   /* sema_expr.c */
struct dtype *check_call(struct dtc *dx, struct cctx *cc, struct node *n);   /* sema_call.c */
int new_tmp(struct dtc *dx, struct cctx *cc, struct node *n);   /* a string temporary */
void str_sized(struct dtc *dx, struct cctx *cc, struct node *n); /* readable for strsize */
const char *op_str(int op);

#endif
