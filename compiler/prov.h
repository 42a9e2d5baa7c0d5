/*
 * prov.h: dtc's providers, one file each (compiler/prov_<name>.c) behind
 * struct prov_ops, and prov.c, their table and what they have in common.
 *
 * A provider decides which probe families (runtime/dt_family.h) a probe
 * description reaches, adding the clause to a program of each (sema), may
 * type args[N] for its probes (sema), and writes the programs of the
 * families it owns (emitter).  dtrun's side of each provider is
 * loader/prov_<name>.c.  Adding a provider: README "Layout".
 */
#ifndef DTC_PROV_H
#define DTC_PROV_H

#include "emit.h"

struct prov_ops {
	const char *name;
	/* a description reaches a later tier's providers only when no
	 * earlier tier's matched it (dtrace:::BEGIN is not a USDT probe) */
	int tier;
	unsigned fams;           /* 1 << DT_FAM_*: whose programs it writes */
	/* Adds the programs description f of clause reaches: how many, 0 if
	 * none, -1 after an error. */
	int (*match)(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause);
	/* Writes program p, of one of its families; NULL: no program. */
	void (*emit)(struct ectx *ec, struct prog *p);
	/* args[i] in a clause (n): rewritten to its provider-typed value: 1,
	 * 0 when not its probes' argument, -1 after an error; or NULL. */
	int (*args)(struct dtc *dx, struct cctx *cc, struct node *n, long long i);
	/* How argument i of the probes f names is read, when the provider
	 * types it: "s" a string, "4" an int, "i" an int64_t; NULL when it
	 * does not; "" after an error (args[n] past the last argument). */
	const char *(*arg_kind)(struct dtc *dx, struct node *n, const struct pdesc_fields *f,
				long long i);
	/* A macro dt_prov.bpf.h needs defined for this object's programs of
	 * the provider ("DT_USE_USDT": libbpf's usdt.bpf.h), or NULL. */
	const char *(*define)(const struct sema_state *ss);
	/* How many of clause i's descriptions of program p can match one of
	 * its probes (statements per probe); NULL: all of them. */
	int (*maxdup)(struct dtc *dx, struct prog *p, int i);
};

extern const struct prov_ops prov_dtrace, prov_syscall, prov_profile, prov_cpc, prov_tp,
	prov_sdt, prov_fbt, prov_pid, prov_usdt;

void prov_install(struct dtc *dx); /* the driver: the table, in dx */

/* prov.c: for the providers */
int prov_has_glob(const char *s);
const char *prov_args_idx(struct dtc *dx, struct node *n, const struct pdesc_fields *f,
			  long long i); /* D_ARGS_IDX: "" */
const char *prov_clause_param(struct dtc *dx, int clause); /* "c<N>" */
void prov_emit_perf(struct ectx *ec, struct prog *p, const char *prov); /* profile, cpc */
int prov_pid_suffix(struct dtc *dx, const char *p);         /* prov_pid.c */
const struct dt_stable_probe *prov_tp_probe(const char *param); /* prov_tp.c: "prov:::name" */
int prov_tp_args(struct dtc *dx, struct cctx *cc, struct node *n, long long i); /* prov_tp_args.c */
int prov_syscall_args(struct dtc *dx, struct cctx *cc, struct node *n,
		      long long i); /* prov_syscall_args.c */

/* emit.c: the pieces of a program */
void emit_prog_head(struct ectx *ec, struct prog *p, int decl_ctx); /* SEC, signature */
void emit_prog_calls(struct ectx *ec, struct prog *p, int is_syscall); /* its clauses */
void emit_probe_names(struct ectx *ec, const char *prov, const char *mod, const char *func,
		      const char *name);
void emit_cookie_names(struct ectx *ec, const char *cookie); /* names by probe ID */
void emit_names_line(struct ectx *ec, const char *line); /* more C that names the probe */

#endif
