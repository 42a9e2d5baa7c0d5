/*
 * sema.h: what semantic analysis knows about a script, shared by sema*.c,
 * types.c and the emitter.  sema_check() fills struct sema_state; emit_c()
 * only reads it and the annotated AST.
 */
#ifndef DTC_SEMA_H
#define DTC_SEMA_H

#include "dtc.h"
#include "../runtime/dtc_abi.h"
#include "../runtime/dt_family.h"
#include "../runtime/dt_pdesc.h"

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
	TY_DYN,      /* DTrace's dynamic type: an aggregation or an aggregating
		      * function's value where an expression wants one; name is
		      * its kind, "aggregation" or "aggregating function" */
};

struct dtype {
	enum ty_kind kind;
	int size;             /* bytes */
	int is_signed;
	const char *name;     /* D spelling, for messages: "int", "char *" */
	const char *cname;    /* C spelling in generated code */
	struct dtype *base;   /* pointee / element */
	int nelem;
	/* struct/union/enum (types.c, btf.c) */
	const char *tag;      /* struct/union/enum tag, or NULL */
	struct dmember *members; /* struct/union members, in order */
	struct denum *enums;  /* enum constants */
	int align;            /* bytes; 0 means size (or 1) */
	int complete;         /* struct/union/enum body known */
	int kernel;           /* from kernel BTF: accessed with CO-RE */
	int btf_id;           /* kernel BTF type id when kernel */
	const char *tdname;   /* anonymous kernel struct/union: the kernel typedef naming it
			         (kuid_t), its CO-RE name; cname is then that typedef */
	const char *fargs;    /* a function type's parameters as libctf names them,
			         "(struct file *, int)"; NULL when unknown */
	int used;             /* emit a C definition (emit_types.c) */
	struct dtype *next_used;
};

/* A struct or union member; bit offsets as in BTF. */
struct dmember {
	const char *name;
	struct dtype *type;
	int off_bits;
	int bits;             /* bitfield width, 0 when not a bitfield */
	int used;             /* the script accesses it: emit it */
	int btf_type;         /* kernel members: BTF type id, resolved lazily */
	struct dmember *next;
};

struct denum {
	const char *name;
	int64_t value;
	struct denum *next;
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
	int cdefs;                  /* declared in an #include file: DTrace's C container */
	struct tdef *next;
};

/* types.c: the type universe and its tables (below sema) */
void types_init(struct dtc *dx);
struct dtype *type_new(struct dtc *dx, enum ty_kind kind);
struct dtype *type_int(struct dtc *dx, int size, int is_signed);
struct dtype *type_builtin(struct dtc *dx, const char *name); /* string, int, ... or NULL */
struct dtype *type_string(struct dtc *dx);
struct dtype *type_void(struct dtc *dx);
struct dtype *type_dyn(struct dtc *dx, const char *kind);
struct dtype *type_ptr(struct dtc *dx, struct dtype *base);
struct dtype *type_func_args(struct dtc *dx, struct dtype *ret, const char *args); /* "(int)" */
struct tdef *types_tdef_find(struct dtc *dx, int kind, const char *name);
struct tdef *types_tdef_add(struct dtc *dx, int kind, const char *name, struct loc loc);
void types_sou_defined(struct dtc *dx, struct dtype *t); /* a D struct/union to emit */
int types_anon_next(struct dtc *dx);
int types_enum_find(struct dtc *dx, const char *name, int64_t *value); /* D enumerators */
int types_is_d_typedef(struct dtc *dx, const char *name); /* D's or a D program's, not BTF's */
int types_is_d_builtin_typedef(const char *name); /* D's own: int8_t ... pid_t */
int types_module_loaded(const char *str); /* mod`name's module (vmlinux: always) */
int types_scope(const char *name, const char **base); /* obj`name: 'D', 'C', 'K' or 0 */
int types_is_c_base(const char *name); /* int, long, void: C's, not D's own */
void types_enum_add(struct dtc *dx, const char *name, int64_t value, struct dtype *type);
int type_is_int(const struct dtype *t);
int type_is_arith(const struct dtype *t);
int type_is_scalar(const struct dtype *t);   /* integer or pointer */
struct dtype *type_promote(struct dtc *dx, struct dtype *t);
struct dtype *type_arith_conv(struct dtc *dx, struct dtype *a, struct dtype *b);
struct dtype *type_dtrace_arith(struct dtc *dx, struct dtype *a, struct dtype *b); /* a + b */
struct dtype *type_array(struct dtc *dx, struct dtype *base, int nelem);
struct dtype *type_resolve(struct dtc *dx, struct dtype *t);  /* completes kernel types */
struct dmember *type_member(struct dtc *dx, struct dtype *t, const char *name);
int type_is_char_array(const struct dtype *t);
int type_is_sou(const struct dtype *t);       /* struct or union */
int type_key_byref(struct dtc *dx, struct dtype *t); /* a key copied by its bytes */
int type_compatible(struct dtype *a, struct dtype *b);
int type_assignable(struct dtype *l, struct dtype *r); /* l = r of a store or inline */
int type_argcompat(const struct dtype *l, const struct dtype *r, int rzero); /* l = r */
int type_ptrcompat(const struct dtype *l, const struct dtype *r); /* p == q, p - q */
int type_is_vfptr(const struct dtype *t); /* void * or function pointer */
struct dtype *types_emit_list(struct dtc *dx); /* D structs/unions, then used kernel ones */

/* btf.c: kernel types from BTF, loaded on first use. */
struct btf *kbtf(struct dtc *dx);            /* NULL + diag_plain when unavailable */
void kbtf_switch(struct dtc *dx, const char *path); /* another kernel's BTF from now */
struct dtype *btf_find_type(struct dtc *dx, int kind, const char *name); /* TK_* */
struct dtype *btf_type_dtype(struct dtc *dx, int id);
void btf_load_members(struct dtc *dx, struct dtype *t);
struct dmember *btf_members_nested(struct dtc *dx, struct dtype *t);
int btf_name_is_typedef(struct dtc *dx, const char *name);
void btf_used_types(struct dtc *dx, struct dtype **tail);  /* chain used kernel structs */
int64_t btf_enum_value(struct dtc *dx, const char *name, struct dtype **type, int *found);

/* sema_types.c: expressions over structured types (members, *p, &x, p[i]). */
struct cctx;
struct dtype *sema_check_typed_expr(struct dtc *dx, struct cctx *cc, struct node *n);
void sema_str_from_ptr(struct dtc *dx, struct cctx *cc, struct node **np); /* s = p */
void sema_array_as_ptr(struct dtc *dx, struct node **np, struct dtype *t); /* a[] as &a[0] */
/* p->comm as its address where DTrace sees no string (== of two char
 * arrays); with check set, only whether *np is such an array */
int sema_chararr_as_ptr(struct dtc *dx, struct cctx *cc, struct node **np, int check);
int sema_chararr_opnds(struct dtc *dx, struct cctx *cc, struct node **a, struct node **b,
		       struct dtype **lp, struct dtype **rp);
int sema_chararr_compare(struct dtc *dx, struct cctx *cc, struct node *n); /* -1: reported */
struct dtype *sema_chararr_type(struct dtc *dx, const struct node *a);
int sema_local_lvalue(struct node *a); /* this->a[i]: has an address */
int sema_incomplete_value(struct dtc *dx, struct loc loc, struct dtype *t); /* x = *fwd */
int sema_sou_compare(struct dtc *dx, struct node *n); /* g == h: addresses */
int sema_byref_unaddressable(struct dtc *dx, struct node *n); /* a[k].arr by reference */
struct node *sema_assoc_member_root(struct node *n); /* a[k] of a[k].u.arr, or NULL */
int sema_str_arg(struct dtc *dx, struct cctx *cc, struct node **np); /* strlen(p) */
int sema_node_is_mem(struct node *n);        /* designates memory (kernel or D) */
int sema_parse_folded(const struct node *n); /* sema_agg.c: dt_node_op1/2() folds it */
void sema_fold_cond(struct dtc *dx, struct cctx *cc, struct node **np); /* dt_node_op3() */
int sema_types_is_lvalue(struct node *n);
struct dtype *sema_offsetof(struct dtc *dx, struct node *n); /* dt_node_offsetof() */    /* member, *p: checked by sema_types.c */
struct dtype *sema_types_incdec(struct dtc *dx, struct cctx *cc, struct node *n); /* x.m++, a[i]++ */
struct dtype *sema_types_global_value(struct dtc *dx, struct cctx *cc, struct node *n);
void sema_types_deferred(struct dtc *dx);       /* errors DTrace reports at code generation */
/* sema_inline.c: inlines and translators */
/* Top-level N_DECL / N_INLINE / N_TRANSLATOR items of the D library. */
void types_register_items(struct dtc *dx);   /* before clauses are checked */
int sema_ident_hook(struct dtc *dx, struct cctx *cc, struct node *n); /* 1: handled */
void sema_types_inline(struct dtc *dx, struct node *it);
int sema_types_is_inline(struct dtc *dx, const char *name);
int sema_types_is_dlib_inline(struct dtc *dx, const char *name); /* the D library's */
int sema_types_inline_after(struct dtc *dx, const char *name, struct loc loc);
enum { SEMA_INL_NONE, SEMA_INL_INT, SEMA_INL_SCALAR, SEMA_INL_ARRAY };
int sema_inline_at(struct dtc *dx, const char *name, struct loc loc);
int sema_types_inline_index(struct dtc *dx, struct cctx *cc, struct node *n,
			    struct dtype **tp); /* name[args] of an inline: 1 handled */
void sema_types_translator(struct dtc *dx, struct node *it);
void sema_types_check_clause(struct dtc *dx, struct node *cl); /* after check_clause */
struct dtype *sema_check_xlate(struct dtc *dx, struct cctx *cc, struct node *n); /* N_XLATE */
/* xlate<T>(e).m, xlate<T *>(e)->m: n the member, xn the xlate */
struct dtype *sema_xlate_member(struct dtc *dx, struct cctx *cc, struct node *n, struct node *xn);
/* types.c: constants */
int64_t type_normalize(const struct dtype *t, uint64_t v);
int type_cast_truncates(const struct dtype *from, const struct dtype *to);
int types_fold_binary(struct dtc *dx, struct node *n, struct dtype *l, struct dtype *r);
void types_fold_unary(struct dtc *dx, struct node *n, struct dtype *t); /* N_UNARY, N_CAST */
int types_enum_const(struct dtc *dx, const char *name, int64_t *value, struct dtype **type);
/* sema_decl.c: declarations to types */
struct dtype *type_named(struct dtc *dx, const char *name);  /* builtin or typedef, or NULL */
struct dtype *type_from_typename(struct dtc *dx, struct node *tn);  /* N_TYPENAME; NULL + diag */
void types_declare_lazy(struct dtc *dx, struct node *decl);
int types_declare_decl(struct dtc *dx, struct node *decl); /* 1: variables declared too */
#define PROTO_VARARGS 1 /* types_proto_check(): "..." allowed */
#define PROTO_VOID 2    /* a sole void parameter allowed */
int types_proto_check(struct dtc *dx, struct node *list, const char *kind, int flags);

enum sym_kind {
	SYM_GLOBAL,     /* D global scalar */
	SYM_BUILTIN,    /* built-in variable: pid, execname, arg0 ... */
	SYM_ASSOC,      /* global associative array a[k, ...] (sema_var.c) */
	SYM_TLS,        /* thread-local self->x (keys: self->a[k, ...]) */
	SYM_LOCAL,      /* clause-local this->x */
};

struct builtin_var;

struct sym {
	enum sym_kind kind;
	const char *name;
	struct dtype *type;
	const struct builtin_var *bv;
	struct loc decl;
	int id;
	struct dtype **keys;       /* SYM_ASSOC/SYM_TLS: key types, nkeys of them */
	int nkeys;
	int declared;              /* by a declaration, not a first assignment */
	int alloca;                /* 1: holds alloca'd pointers, 2: other values, or both
				      (DT_IDFLG_ALLOCA, DT_IDFLG_NONALLOCA: sema_mem.c) */
	struct sym *next;
	struct sym *hnext;         /* next in its hash bucket (sym.c sym_lookup) */
};

/* An output action recorded in the ring buffer, described in the metadata. */
#define MAC_INT 1 /* macros_used[]: $N used as an integer */
#define MAC_STR 2 /* $$N used (a string) */
#define MAX_ACT_ARGS 32
struct action {
	int id;
	int clause;
	const char *kind;          /* "printf", "trace", "exit" */
	const char *fmt;           /* printf format or NULL */
	int nargs;
	char argk[MAX_ACT_ARGS];   /* 'i' signed int, 'u' unsigned, 's' string, 'p' ptr */
	int argsize[MAX_ACT_ARGS]; /* integer size in bytes, or string bytes */
	int argcap[MAX_ACT_ARGS];  /* a char array string's array size, or 0 */
	int size;                  /* item size, header included */
	struct dtype *vtype;       /* print(): the type of the value printed */
	struct action *next;
};

/* Probe families and the programs that implement them. */
struct prog {
	int id;
	int family;                /* DT_FAM_* (dt_family.h) */
	const char *param;         /* "profile-97", "tick-1s" or "" */
	int *clauses;              /* clause ids, in program order (arena, grown) */
	int *ndesc;                /* per clauses[i]: its descriptions that reach
				      this program (each a DTrace statement) */
	int *desc0;                /* per clauses[i]: the first of them (0-based) */
	int *maxdup;               /* per clauses[i]: the most of them one probe
				      may match (emit.c: the dtc_dsc[] row) */
	int *last_desc;            /* per clauses[i]: the last description counted */
	int *dsc_off;              /* per clauses[i]: its rows in dtc_dsc[] (emit.c) */
	int nclauses, maxclauses;
	int pair0;                 /* pair index of clauses[0]; pairs are consecutive */
	int later;                 /* its first clause is not the probe's first: a
				      run-once family's clauses split among several
				      programs (emit_split.c, split_once()) */
	int nparts;                /* an attached probe's clauses in several programs,
				      each reached by a tail call (emit_split.c) */
	int *part;                 /* part k's first clause; part[nparts] = nclauses */
	struct prog *next;
};

struct clause_info {
	struct node *n;
	int id;
	int ntmp;                  /* string temporaries used */
	int records;               /* writes a record (has data actions or is empty) */
	int cook_errs;             /* errors of its context, predicate and actions
				      (not its later descriptions'): sema.c */
	int scratch;               /* emitted code may use c->s (emit_stmt.c) */
	/* stability attributes (sema_attr.c, runtime/dt_attr.h): the clause's
	 * descriptions', its statements', and the provider attributes its
	 * probeprov ... args take */
	int desc_attr, stmt_attr;
	int pattr[5];
	int stmt0;                 /* its first statement's ID: dt_compile_one_clause()
				      makes a statement of each description, numbered
				      in program order (D's epid, dt_clause_N) */
	int cur_desc;              /* the description prov_check_pdesc() is at */
};

struct sema_state {
	struct sym *syms;
	struct sym **sym_hash;     /* by name space and name, the latest first (sym.c) */
	unsigned sym_hcap, nsyms;
	struct action *acts, **acts_tail;
	int nacts;
	struct prog *progs, **progs_tail;
	int nprogs;
	int npairs;
	struct clause_info *clauses;
	int nclauses;
	int strsize;
	int strmax;                /* longest string: the strsize option, < strsize */
	int64_t strbig;            /* a strsize option past dtc's (dtrun refuses it), or 0 */
	int macros_used[DT_MAX_MACROS]; /* MAC_INT ($N) | MAC_STR ($$N), per N */
	struct loc macro_loc[DT_MAX_MACROS]; /* first use of each */
	int macro_said;                 /* 1 + N of the $N reported before cooking, or 0 */
	int target_used;
	int attr_quiet;            /* inside an identifier's rewrite (sema_attr.c) */
	int uses_sysnames;
	int uses_args;             /* arg0..arg9 read somewhere */
	int uses_strsubr;          /* a string subroutine (dtc_str.bpf.h) is called */
	int uses_strtok;           /* strtok(): programs reset its position (prog.c) */
	int uses_strcmp;           /* strings compared: dt_g_strcmp() (dtc.bpf.h) */
	int uses_dpath;            /* d_path() or __iofile() (dt_path.bpf.h) is called */
	int uses_chill;            /* chill() is called (dt_chill.bpf.h) */
	int uses_macvars;          /* $pid $ppid $uid ... */
	int uses_smacvars;         /* $$pid ...: bit i for DT_MACVAR_NAMES[i] */
	int uses_id;               /* id, epid: dtc_probe_id() (emit.c) */
	int uses_blkdevs;          /* __blkdev(): the dtc_blkdevs table (emit.c) */
	int uses_curcpu;           /* curcpu: the dtc_cpuinfo table (emit.c) */
	int uses_kstack;           /* stack(), caller, stackdepth: DT_WANT_KSTACK (dt_stack.bpf.h) */
	int uses_alloca;           /* alloca() and kin: the per-CPU scratch region (sema_mem.c) */
	int scratchsize;           /* the scratchsize option: alloca() bytes per clause */
	int ntmp;                  /* the most string temporaries of a statement (new_tmp()) */
	const char *options_text;  /* metadata option lines */
	struct agg_info *aggs;     /* aggregations (agg.h), by id */
	int naggs;
	struct usdt_prov *usdt_provs; /* provider definitions, in order (sema_usdt.c) */
};

static inline struct sema_state *SEMA(struct dtc *dx)
{
	return (struct sema_state *)dx->sema;
}

/* sym.c: built-in variables, the symbol table and options. */
struct builtin_var {
	const char *name;
	const char *type;          /* D type name */
	const char *emit;          /* C expression template; %d = tmp slot */
	int needs_tmp;
	int scratch;               /* its helper may use the clause's per-CPU scratch */
	const char *linux_note;    /* why it cannot act on Linux (no emit), or NULL */
};
const struct builtin_var *builtin_var_find(const char *name);

struct sym *sym_find(struct dtc *dx, const char *name);
/* The latest symbol of kind ns (SYM_TLS, SYM_LOCAL) or, for any other
 * kind, of the global name space. */
struct sym *sym_lookup(struct dtc *dx, int ns, const char *name);
struct sym *sym_add(struct dtc *dx, enum sym_kind kind, const char *name, struct dtype *type,
		    struct loc loc);

const char *sema_option(struct dtc *dx, const char *name); /* value or NULL */
int64_t sema_option_num(struct dtc *dx, const char *name, int64_t dflt); /* parsed */
/* A tuple of nkeys (an aggregation's or associative array's keys) fits
 * DTrace's tuple registers: 0, or -1 with the error reported (sema_var.c). */
int sema_tuple_regs(struct dtc *dx, int nkeys, struct loc loc);
/* A built-in identifier newer than -x version: undefined in the script's own files. */
int sema_ident_newer(struct dtc *dx, const char *name, struct loc loc);
/* "function", "tracing function", "scalar" ...: DTrace's kind word, or NULL */
const char *sema_ident_kind(struct dtc *dx, const char *name, struct loc loc);
/* -x, -q, -w (loc.file -1) or #pragma D option: checked as dtrace_setopt() */
int sema_set_option(struct dtc *dx, const char *name, const char *value, struct loc loc);

/* Shared between sema*.c. */
static inline struct sema_state *st(struct dtc *dx)
{
	return SEMA(dx);
}

/* Per-clause checking context. */
/* A global an assignment creates before it cooks its right side
 * (dt_cook_op2()): read there, a scalar is D_VAR_UNDEF, an associative
 * array D_IDENT_BADREF. */
struct asgn_fresh {
	const char *name;
	int assoc;
	const struct asgn_fresh *up;
};

struct cctx {
	struct clause_info *ci;
	int in_pred;
	int nact_in_clause;
	int cg_pending;            /* a tracing function's value was used (sema_stack.c) */
	struct loc cg_loc;         /* where, for its D_CG_EXPR */
	const char *cg_func;
	const char *cg_kind; /* its identifier's kind: NULL for a tracing function */
	struct astore *astores; /* its stores into alloca'd variables (sema_mem.c) */
	const struct asgn_fresh *asgn_fresh; /* the fresh globals the assignments around
				   the expression create before their right sides are cooked */
	struct loc cg_line;  /* libdtrace's yylineno as it generates the clause's code:
				its first description's line, then each printf()-like
				action's, printa() with a format's (diag_error_at()) */
};

/* sema_var.c: a global an assignment creates before its right side is
 * cooked (dt_cook_op2()): a compound assignment of a fresh one is
 * D_VAR_UNDEF, a read of it in its right side too (sema_var_fresh_read());
 * the right side's type, NULL after an error */
struct dtype *sema_var_global_asgn_rhs(struct dtc *dx, struct cctx *cc, struct node *n);
int sema_var_fresh_read(struct dtc *dx, const struct cctx *cc, struct node *n);

/* Probe description fields, right-aligned: "BEGIN" is ":::BEGIN" (dt_pdesc.h). */
struct pdesc_fields {
	char inst[DT_PDESC_LEN], prov[DT_PDESC_LEN], mod[DT_PDESC_LEN], func[DT_PDESC_LEN],
		name[DT_PDESC_LEN];
};
/* desc's fields; the number of them, -1 if malformed (all empty then) */
int sema_pdesc_fields(const char *desc, struct pdesc_fields *pf);
/* D_PDESC_INVAL for too many fields (sema_prov.c): -1, else the count */
int sema_pdesc_overspecified(struct dtc *dx, struct node *pd, struct pdesc_fields *f);
int sema_pdesc_macros(struct dtc *dx, struct node *pd);
void sema_args_unmatched(struct dtc *dx, const struct node *n, const struct node *pd,
			 const struct pdesc_fields *f);
int sema_field_match(const char *pat, const char *s);  /* empty pattern matches all */
void sema_prog_add_clause(struct dtc *dx, int family, const char *param, int clause);

/* Providers (prov.h; sema_prov.c): the families description pd of clause reaches. */
void prov_check_pdesc(struct dtc *dx, struct node *pd, int clause);
struct ectx;
/* args[N] in a clause: rewritten in place to the argument's D value; -1 after an error. */
struct cctx;
int prov_args_rewrite(struct dtc *dx, struct cctx *cc, struct node *n);
/* Provider definitions (sema_usdt.c): "provider app { probe a(int); };". */
struct usdt_probe {
	const char *name;          /* D name: request-start */
	const char *cname;         /* as declared, the note's name: request__start */
	struct loc loc;
	int nargc, xargc;          /* input (native) and output (translated) arguments */
	struct dtype **nargv, **xargv;
	const char **nnames, **xnames; /* parameter names, or NULL */
	struct loc *nlocs;         /* input parameters as written (dtc -h's comments) */
	int *map;                  /* output argument i is input argument map[i] */
	struct usdt_probe *next;
};
struct usdt_prov {
	const char *name;
	struct loc loc;
	struct usdt_probe *probes, **tail;
	int nprobes;
	struct usdt_prov *next;
};
void prov_usdt_define(struct dtc *dx, struct node *it); /* an N_PROVIDER, where it appears */
struct usdt_prov *prov_usdt_find(struct dtc *dx, const char *name);
int prov_usdt_args(struct dtc *dx, struct cctx *cc, struct node *n, long long i); /* 1: done */
int sema_types_has_xlator(struct dtc *dx, struct dtype *out, struct dtype *in);

struct dtype *check_expr(struct dtc *dx, struct cctx *cc, struct node *n);   /* sema_expr.c */
struct dtype *check_call(struct dtc *dx, struct cctx *cc, struct node *n);   /* sema_call.c */
int sema_call_designator(struct dtc *dx, struct node *n);                    /* sema_call.c */
int sema_call_count(struct dtc *dx, struct cctx *cc, struct node *n);       /* sema_call.c */
int sema_parse_clause(struct dtc *dx, struct node *cl);                      /* sema_parse.c */
void sema_parse_orphans(struct dtc *dx);                                    /* sema_parse.c */
int sema_parsed_before(const struct dtc *dx, struct loc l);                  /* sema_parse.c */
/* char [N] of a value D types as a char array (p->comm), or NULL */
struct dtype *sema_char_array_value(struct dtc *dx, const struct node *n);
/* The integer constant 0, which any pointer or string takes. */
int sema_const_zero(const struct node *n);
/* dt_node_is_ptrcompat() of operands a (type l) and b (type r): pointers or
 * arrays to compatible types, a void pointer, or a pointer and 0 */
int sema_ptrcompat(const struct node *a, const struct dtype *l, const struct node *b,
		   const struct dtype *r);
struct dtype *sema_check_cond(struct dtc *dx, struct cctx *cc, struct node *n); /* ?: */
/* x op= y: its operands' types as DTrace checks them; -1 after an error */
int sema_compound_check(struct dtc *dx, struct node *n, struct dtype *l, struct dtype *r);
/* x = r, x op= r to a built-in variable n->a of type l: the type error or
 * D_OP_WRITE reported, NULL returned (sema_types.c). */
struct dtype *sema_assign_refused(struct dtc *dx, struct node *n, struct dtype *l, struct dtype *r,
				  int lvalue);
/* ++/-- of n->a (type t) refused: D_OP_SCALAR, D_OP_VFPTR, then D_OP_WRITE
 * (lvalue) or D_OP_LVAL; NULL (sema_expr.c). */
struct dtype *sema_incdec_refused(struct dtc *dx, struct node *n, struct dtype *t, int lvalue);
/* printf()'s checks and record for printf(), system(), freopen(): func in messages */
struct dtype *sema_printf_like(struct dtc *dx, struct cctx *cc, struct node *n, const char *func);
int new_tmp(struct dtc *dx, struct cctx *cc, struct node *n);   /* a string temporary */
void str_sized(struct dtc *dx, struct cctx *cc, struct node *n); /* readable for strsize */
void str_mem_arg(struct dtc *dx, struct cctx *cc, struct node *n); /* a helper's argument */
const char *op_str(int op);
/* sema_stack.c: stack(), ustack(), tracemem(), sym() and kin, trace(sym()). */
int sema_stack_stmt(struct dtc *dx, struct cctx *cc, struct node *e); /* sym(x); */
char sema_sym_letter(const struct node *n);  /* 'a' 'y' 'm' 'A' 'Y' 'M' 'X' or 0 */
/* The value of a tracing function (stack(), sym() ...): DTrace's typedefs
 * of void "stack", "_symaddr", "_usymaddr", which only an aggregation key
 * may hold.  A check that meets one where code would compute it calls
 * sema_actval_used(), and the clause then fails with D_CG_EXPR
 * (sema_stack_cg_check(), once the clause is otherwise correct). */
int sema_is_actval(const struct dtype *t);
void sema_actval_used(struct cctx *cc, struct node *n);
void sema_stack_cg_check(struct dtc *dx, struct cctx *cc, struct node *cl, int nerrors);
int sema_stack_frames(struct dtc *dx, const struct node *n, char *kind); /* 'k'/'U'; -1 */
/* sema_spec.c: speculations */
int sema_spec_call(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype **type);
void sema_spec_clause(struct dtc *dx, struct node *body);
/* sema_call.c: action records, shared with sema_agg.c */
struct action *new_action(struct dtc *dx, struct cctx *cc, const char *kind);
void act_add_arg(struct dtc *dx, struct action *a, struct dtype *t);
void act_finish(struct action *a);
struct dt_fmt_arg;
void fmt_arg_of(struct dtc *dx, struct dtype *t, struct dt_fmt_arg *fa);
/* sema_var.c: declarations, associative arrays, self-> and this-> variables */
void sema_declare_vars(struct dtc *dx, struct node *decl);
int sema_var_expr(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype **tp); /* 1: handled */
int sema_var_unary_operand(struct dtc *dx, struct cctx *cc, struct node *n); /* dt_cook_op1(): a fresh variable is int64_t */
int sema_var_keysize(const struct sema_state *ss, const struct sym *s);
int sema_var_key_slots(const struct sema_state *ss, const struct sym *s);
/* v = src of a kernel struct/union type t: src must be memory or a variable; 0 + diag */
int sema_var_kernel_copy_ok(struct dtc *dx, struct dtype *t, struct node *src, struct node *dst);
void sema_var_limits(struct dtc *dx); /* this->/self-> storage sizes, after all clauses */
/* sema_print.c: print(), and trace() of structs, unions and arrays; 1: handled */
int sema_print_call(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype **tp);
int sema_print_trace(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype *t,
		     struct dtype **tp);
/* sema_mem.c: alloca(), bcopy(), copyin(), copyinto(), copyout(), copyoutstr() and
 * the alloca taint of expressions (NF_ALLOCA) */
void sema_mem_taint(struct dtc *dx, struct cctx *cc, struct node *n); /* after n is checked */
void sema_mem_clause_end(struct dtc *dx, struct cctx *cc); /* its alloca'd stores */
int sema_mem_is_alloca(const struct node *n);     /* memory n designates is alloca'd */
int sema_mem_ptr_is_alloca(const struct node *n); /* n's value points into alloca'd memory */
int sema_mem_val_is_alloca(const struct node *n); /* n's value is alloca-derived (DT_NF_ALLOCA) */
/* The i-th '|'-separated spelling in a prototype string (sema_subr.c). */
const char *sema_proto_of(struct dtc *dx, const char *protos, int i);
/* a kernel char array where an address is expected: its address; the argument's type */
struct dtype *sema_chararr_addr(struct dtc *dx, struct cctx *cc, struct node *arg, struct dtype *t);
/*
 * builtins.c: the one table of D's built-in functions, actions and aggregating
 * functions (DTrace's DT_IDENT_FUNC, _ACTFUNC and _AGGFUNC identifiers of
 * dt_open.c, and dtc's own extensions): prototype, check and emit hooks, and
 * what each needs.  check_call() and the emitter dispatch through it.
 */
enum bi_kind {
	BI_SUBR,     /* a subroutine: computes a value (DT_IDENT_FUNC) */
	BI_ACT,      /* an action (DT_IDENT_ACTFUNC) */
	BI_AGGFN,    /* an aggregating function: only as @a = f() (DT_IDENT_AGGFUNC) */
	BI_INTERNAL, /* a call sema makes itself (uregs[]): not callable by name */
};
enum {
	BI_SCRATCH = 1,     /* its result or its work lives in the clause's per-CPU scratch */
	BI_DESTRUCTIVE = 2, /* changes the traced system: needs -w (and not after speculate()) */
	BI_DREC = 4,        /* records data (not after commit(), no speculate() after it) */
	BI_UCTX = 8,        /* reads the current thread's user stack, registers or memory */
};
/* A user-context built-in (BI_UCTX, ucaller, ustackdepth) in a clause that
 * fires for sched:::on-cpu: an error, since there the user context is the
 * thread leaving the CPU (sema_call.c).  0 when fine. */
int sema_uctx_check(struct dtc *dx, const struct cctx *cc, const struct node *n,
		    const char *what);
/* Which sema file checks a call: check_call() (sema_call.c) holds the hooks. */
enum bi_check {
	BC_NONE,  /* not callable by name (uregs[]) */
	BC_SUBR,  /* by its argument kinds: sema_subr_check() */
	BC_MEM,   /* alloca() and the copy subroutines: sema_mem_check() */
	BC_CALL,  /* printf() trace() exit() copyinstr(): sema_call_check() */
	BC_PRINT, /* print(): sema_print_check() */
	BC_STACK, /* stack() sym() system() raise() ...: sema_stack_check() */
	BC_SPEC,  /* speculation() speculate() commit() discard(): sema_spec_check() */
	BC_AGG,   /* printa() clear() trunc() ... setopt(): sema_agg_check() */
	BC_AGGFN, /* count() sum() ... outside @a = f(): sema_aggfn_check() */
};
/* Which emitter writes it as a statement: emit_stmts() (emit_stmt.c) holds the hooks. */
enum bi_stmt {
	BS_NONE,   /* as an expression */
	BS_RECORD, /* printf()-like, exit(): emit_record_stmt() */
	BS_TRACE,  /* trace(): emit_trace_stmt() */
	BS_AGG,    /* the aggregation actions: emit_agg_stmt() */
	BS_STACK,  /* stack() sym() speculate() ...: emit_stack_stmt() */
	BS_PRINT,  /* print(): emit_print_stmt() */
};
/* Which emitter writes it as a value: emit_expr() (emit_expr.c) holds the hooks. */
enum bi_expr {
	BE_NONE,
	BE_SUBR,      /* emit_subr_call() */
	BE_MEM,       /* emit_mem_call() */
	BE_COPYINSTR, /* emit_copyinstr() */
	BE_STACK,     /* sym() and kin, speculation(): emit_stack_expr() */
};
struct builtin {
	const char *name;
	enum bi_kind kind;
	const char *proto;  /* DTrace's prototype (dt_open.c), ret(args), [ ] optional */
	const char *args;   /* argument kinds for the generic checks (sema_subr.c, sema_mem.c):
			       's' string, 'i' integer, 'p' address (scalar, array or string),
			       'q' pointer to the struct the subroutine names, 'x' any scalar,
			       'm' pointer, string or array, 'a' alloca'd pointer; optional ones
			       in upper case; NULL: the check hook does all */
	const char *protos; /* D spelling of each argument in messages, '|' separated */
	char ret;           /* generic result type (sema_subr.c ret_type()) */
	enum bi_check check;    /* its checks: the result type, or NULL after an error */
	enum bi_stmt emit_stmt; /* as a statement: 1 when written (0: as an expression) */
	enum bi_expr emit_expr; /* as a value: 1 when written */
	unsigned flags;     /* BI_* */
	const char *linux_note; /* why it cannot act on Linux (a D_UNSUPPORTED error), or NULL */
};
const struct builtin *builtin_find(const char *name); /* a callable entry, or NULL */
int builtin_is_func(const char *name);  /* an action, subroutine or aggregating function */
const char *builtin_noargs_want(struct dtc *dx, const struct builtin *b); /* "at least 2" */
void builtin_arg_range(const struct builtin *b, int *lo, int *hi); /* hi -1: "..." */
/* The D version a global identifier appeared in (dt_open.c), 0 for 1.0. */
int builtin_since(const char *name);
/* Its stability attributes (dt_open.c; runtime/dt_attr.h), Stable/Stable/Common
 * for most. */
int builtin_attr(const char *name);
int builtin_is(const struct node *n, enum bi_kind kind); /* a call of a builtin of that kind */
int builtin_has(const struct node *n, unsigned flag);    /* a call of a builtin with a BI_ flag */
/* the check hooks check_call() dispatches to (enum bi_check) */
struct dtype *sema_subr_check(struct dtc *dx, struct cctx *cc, struct node *n);
struct dtype *sema_mem_check(struct dtc *dx, struct cctx *cc, struct node *n);
struct dtype *sema_stack_check(struct dtc *dx, struct cctx *cc, struct node *n);
struct dtype *sema_spec_check(struct dtc *dx, struct cctx *cc, struct node *n);
struct dtype *sema_agg_check(struct dtc *dx, struct cctx *cc, struct node *n);  /* printa clear ... */
struct dtype *sema_aggfn_check(struct dtc *dx, struct cctx *cc, struct node *n); /* count() as a value */
/* sema_attr.c: stability attributes, computed as check_expr() checks */
void sema_attr_clause(struct dtc *dx, struct clause_info *ci);
void sema_attr_clause_end(struct dtc *dx, struct clause_info *ci);
struct attr_pre {           /* what a node was before check_expr() rewrote it */
	const char *ident;  /* an identifier's name */
	const char *base;   /* args[] or an inline array: its name */
	struct node *mbase; /* a member's struct */
	const char *op;
	int opaque;
};
void sema_attr_enter(struct dtc *dx, struct node *n, struct attr_pre *pre);
/* dtrace -v's "Stability attributes for KIND NAME" report of file's clauses (-1: all) */
void sema_attr_report(struct dtc *dx, FILE *out, const char *kind, const char *name, int file);
void sema_attr_expr(struct dtc *dx, struct cctx *cc, struct node *n, const struct attr_pre *pre,
		    struct dtype *t);
/* ksym.c: `sym and vmlinux`sym, kernel variables typed from BTF; 1 done, -1 error */
int sema_ksym(struct dtc *dx, struct cctx *cc, struct node *n);

#endif
