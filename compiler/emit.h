/*
 * emit.h: shared between the emitter's files (emit.c: programs and
 * metadata; emit_stmt.c: clauses and actions; emit_expr.c: expressions).
 */
#ifndef DTC_EMIT_H
#define DTC_EMIT_H

#include "sema.h"

struct ectx {
	struct dtc *dx;
	struct sema_state *ss;
	struct strbuf *out;
	int indent;
	int scratch; /* the clause being written may use its per-CPU scratch (c->s): set by
			each emitter that writes a helper that does, read by emit_clause() */
	struct emit_lines *lines; /* emit_line.c: D locations of the C written */
	int rec_bytes, rec_max;   /* the clause's record: on this path, at most (bytes) */
	int spec;                 /* the clause has speculate() */
	int wake;                 /* it has printa/clear/trunc/(de)normalize: its record
				     wakes dtrun at once (emit_agg_action()) */
	int obuf, ocheck;         /* its data in Oracle DTrace's buffer layout: the size,
				     where the last value checked against specsize ends
				     (emit_stmt.c, oracle_layout()) */
	int kstr_copy;            /* the string read from memory next is a variable's or
				     key's copy: DT_KSTR_COPY (emit_str_copy()) */
	int kstr_key, kstr_keynull; /* with kstr_copy, N+1: that string is a key's, whose
				     failed read faults at N, a NULL one at kstr_keynull
				     (DT_KSTR_KEY, emit_str_key()) */
	int key_copy;             /* a by-reference key is being copied: a bad address
				     faults at 0 (emit_sou_copy(), dt_cg_arglist()) */
	int kstr_flag;            /* else N+1: the one next is read with DT_KSTR_FLAG, its
				     failure setting _kbN (emit_subr.c, arg_str_flagged()) */
	int split;                /* nodes of D per function a clause's statements are
				     split into, 0: one function (emit_stmt.c) */
	struct strbuf *pre;       /* the split clause's statement functions, written
				     before it */
	int clause_id, nparts;    /* the clause being written, its statement functions */
	struct strbuf names;      /* the program being written: the C that sets its probe
				     names, for its tail-call parts (emit.c) */
};

struct stmt_state {
	int actno;       /* 1-based action counter within the clause */
	struct loc cloc; /* the clause's location: C outside a statement's (#line) */
};

void ind(struct ectx *ec);                       /* indentation */
/* emit_line.c: #line directives naming the D source, and their metadata */
struct emit_lines *emit_line_new(struct dtc *dx);
/* the C from here is loc's: a statement's or predicate's, or (clause) a clause's */
void emit_line_mark(struct ectx *ec, struct loc loc, int clause);
void emit_line_clear(struct ectx *ec);                /* the C from here is no D line's */
void emit_line_meta(struct ectx *ec, struct strbuf *m);
void emit_line_apply(struct ectx *ec);                /* markers to #line, at the end */
const char *c_op(int op);
void emit_expr(struct ectx *ec, struct node *n, struct strbuf *sb);
void emit_expr_reg(struct ectx *ec, struct node *n, struct strbuf *sb); /* 64-bit, untruncated */
/* i * sizeof(*p) of p + i, as a long long */
void emit_ptr_scale(struct ectx *ec, struct dtype *pt, struct node *i, struct strbuf *sb);
void emit_reg_update(struct ectx *ec, int op, const struct dtype *t, const char *old,
		     struct node *r, struct strbuf *sb); /* old op= r, 64-bit */
void emit_str(struct ectx *ec, struct node *n, struct strbuf *sb); /* readable string */
void emit_global_ref(struct ectx *ec, struct sym *s, struct strbuf *sb);
void emit_raw_addr(struct ectx *ec, struct node *v, struct strbuf *sb); /* emit_print.c */
void emit_clause(struct ectx *ec, struct clause_info *ci);
/* emit_split.c: a probe's clauses in several programs, and their tail-call maps */
void emit_split(struct ectx *ec);
void emit_tail_maps(struct ectx *ec);
/* emit.c: part k of a program split by emit_split() */
void emit_tail_part(struct ectx *ec, struct prog *p, int k);
void emit_prologue(struct ectx *ec, struct prog *p, int is_end); /* prog.c */
/* emit_stmt.c: a data-recording action's item, for every action emitter */
struct action *emit_find_action(struct ectx *ec, int id);
void emit_item_open(struct ectx *ec, struct action *a, int actno); /* { ... char *_p */
void emit_item_close(struct ectx *ec);                               /* } */
/* emit_stack.c: stack(), ustack(), tracemem(), trace(sym()); sym() values */
int emit_stack_stmt(struct ectx *ec, struct node *e, int *actno);
int emit_stack_expr(struct ectx *ec, struct node *n, struct strbuf *sb);
/* emit_agg.c: aggregations */
void emit_agg_decls(struct ectx *ec);
void emit_agg_update(struct ectx *ec, struct node *assign, int actno);
void emit_agg_action(struct ectx *ec, struct node *call, int actno);
void emit_agg_meta(struct ectx *ec, struct strbuf *m);
int emit_agg_meta_version(struct ectx *ec);
/* emit_var.c: associative arrays, self-> and this-> variables */
void emit_var_decls(struct ectx *ec);
int64_t emit_tuple_max(struct sema_state *ss); /* DTrace's dt_maxtuplesize */
int emit_var_expr(struct ectx *ec, struct node *n, struct strbuf *sb); /* 1: handled */
int emit_var_str_nullable(struct ectx *ec, struct node *n, struct strbuf *sb);
/* variables holding kernel structs/unions: storage bytes (0: not one), &var of a
 * struct-valued variable (1: handled), g = src of a global, "kvar" metadata */
int emit_ksou_size(const struct dtype *t);
int emit_var_addr(struct ectx *ec, struct node *n, struct strbuf *sb);
void emit_ksou_global_store(struct ectx *ec, struct node *n, struct strbuf *sb);
void emit_ksou_store(struct ectx *ec, struct node *n, struct strbuf *sb); /* ts[i] = src */
/* dst = src, a struct or union copied from where src lies (memory, a variable) */
void emit_kvar_line(struct strbuf *m, const char *prefix, const char *name, const char *suffix,
		    const struct dtype *t);
void emit_key_bytes(struct ectx *ec, const char *dst, struct dtype *t, struct node *k,
		    struct strbuf *sb);
void emit_sou_copy(struct ectx *ec, const char *dst, struct dtype *t, struct node *src,
		   struct strbuf *sb);
int emit_karray_decl(struct strbuf *out, const struct dtype *t, const char *name); /* 1: done */
void emit_var_meta(struct ectx *ec, struct strbuf *m);
int emit_is_str_char(const struct node *n); /* s[i] of a string variable */
void emit_str_char_store(struct ectx *ec, struct node *n, struct strbuf *sb); /* s[i] = c, s[i]++ */
void emit_str_nullable(struct ectx *ec, struct node *n, struct strbuf *sb); /* NULL a value */
/* c ? s : 0: its string, NULL a value when nullable (emit_expr.c); 0 for other n */
int emit_cond_str_null(struct ectx *ec, struct node *n, struct strbuf *sb, int nullable);
void emit_str_copy(struct ectx *ec, struct node *n, struct strbuf *sb); /* into a variable or key */
void emit_str_key(struct ectx *ec, struct node *n, int i, struct strbuf *sb); /* key #i (from 0) */
int emit_str_maybe_null(const struct node *n);
/* emit_subr.c: D subroutines; 1: handled */
int emit_subr_call(struct ectx *ec, struct node *n, struct strbuf *sb);
/* emit_mem.c: alloca(), bcopy(), copyin(), copyinto(), copyout(), copyoutstr(); 1: handled */
int emit_mem_call(struct ectx *ec, struct node *n, struct strbuf *sb);
int emit_subr_nullable(struct ectx *ec, struct node *n, struct strbuf *sb); /* s == NULL */
void emit_type_defs(struct ectx *ec);            /* emit_types.c */
void emit_ksym_decls(struct ectx *ec);           /* ksym.c: extern ... __ksym */
void emit_mem_addr(struct ectx *ec, struct node *n, struct strbuf *sb); /* sema_node_is_mem(n) */
void emit_ref_addr(struct ectx *ec, struct node *n, struct strbuf *sb); /* NULL-checked */
/* emit_print.c: print(), trace() of structs/unions/arrays; their metadata */
int emit_print_stmt(struct ectx *ec, struct node *e, int *actno); /* 1: handled */
void emit_print_meta(struct ectx *ec, struct strbuf *m);
void emit_print_decls(struct ectx *ec); /* copy functions, before the clauses */
void emit_typed_expr(struct ectx *ec, struct node *n, struct strbuf *sb);
void emit_kbitfield_store(struct ectx *ec, struct node *n, struct strbuf *sb); /* v.f = x */
void emit_dbitfield_store(struct ectx *ec, struct node *n, struct strbuf *sb); /* p->f = x */

#endif
