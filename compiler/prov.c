/*
 * prov.c: dtc's providers as a table (prov.h), and what they share: which
 * families a probe description reaches (sema: each provider's match, in
 * tiers), the program of a family (emitter: its provider's emit) and
 * args[N] (sema: the providers' typing, then argN as an int64_t).
 *
 * The providers, in the order descriptions reach them:
 *   tier 0  prov_dtrace.c  dtrace:::BEGIN/END/ERROR
 *           prov_syscall.c syscall:::entry/return
 *           prov_profile.c profile-N, tick-N
 *   tier 1  prov_tp.c      proc, sched, io, ... (dt_provtab.h's stable probes)
 *           prov_sdt.c     rawtp/sdt tracepoints, sdt:::dt_probe (libdtprobe)
 *           prov_fbt.c     fbt (fentry/fexit, kprobe twins)
 *           prov_pid.c     pid<PID> (uprobes)
 *   tier 2  prov_usdt.c    PROVIDER<PID> USDT probes
 * Probe descriptions of the per-clause families are resolved by dtrun on the
 * target host ($target and globs included), so one object serves any process.
 */
#include <stdio.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "../runtime/dt_provtab.h"
#include "prov.h"

static const struct prov_ops *const provs[] = {
	&prov_dtrace, &prov_syscall, &prov_profile, &prov_tp, &prov_sdt, &prov_fbt, &prov_pid,
	&prov_usdt,
};
#define NPROVS (sizeof(provs) / sizeof(provs[0]))

int prov_has_glob(const char *s)
{
	return strpbrk(s, "*?[\\") != NULL;
}

const char *prov_clause_param(struct dtc *dx, int clause)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "c%d", clause);
	return arena_strdup(dx, buf);
}

/* Known providers: which families a description can reach. */
void prov_check_pdesc(struct dtc *dx, struct node *pd, int clause)
{
	struct pdesc_fields f;
	int hit = 0, tier = 0;

	if (sema_pdesc_fields(pd->str, &f) < 0) {
		diag_error(dx, pd->loc, "D_PDESC_INVAL", "invalid probe description \"%s\"", pd->str);
		return;
	}
	for (size_t i = 0; i < NPROVS; i++) {
		int r;

		if (provs[i]->tier != tier) {
			if (hit)
				break;
			tier = provs[i]->tier;
		}
		r = provs[i]->match(dx, pd, &f, clause);
		if (r < 0)
			return;
		hit += r;
	}
	if (!hit) {
		static const char *const later[] = { "lockstat", "fasttrap", "cpc" };
		size_t i;
		for (i = 0; i < sizeof(later) / sizeof(later[0]); i++) {
			if (*f.prov && !strncmp(f.prov, later[i], strlen(later[i]))) {
				diag_error(dx, pd->loc, "D_PDESC_ZERO",
					   "probe description %s does not match any probes: "
					   "provider '%s' is not available in this dtc",
					   pd->str, later[i]);
				return;
			}
		}
		/* one-step dtrun: it matches on the host and says so as dtrace does */
		if (!dx->pdesc_at_load)
			diag_error(dx, pd->loc, "D_PDESC_ZERO",
				   "probe description %s does not match any probes", pd->str);
	}
}

/* #defines of dt_prov.bpf.h's optional parts the providers' programs use. */
void prov_emit_defines(struct ectx *ec)
{
	for (size_t i = 0; i < NPROVS; i++) {
		const char *d = provs[i]->define ? provs[i]->define(ec->ss) : NULL;

		if (d)
			sb_printf(ec->out, "#define %s 1\n", d);
	}
}

/* Program p: its family's provider writes it. */
void prov_emit_prog(struct ectx *ec, struct prog *p)
{
	for (size_t i = 0; i < NPROVS; i++)
		if (provs[i]->fams & (1u << p->family)) {
			if (provs[i]->emit)
				provs[i]->emit(ec, p);
			return;
		}
	dtc_bug("no provider writes programs of family %s", dt_family(p->family)->name);
}

/*
 * args[N]: the clause's probes' argument N as DTrace types it.  A provider
 * may type it (prov_tp_args.c: translated structures; fbt: the function's
 * BTF prototype); else the providers' argument kinds give it: a string
 * becomes copyinstr(argN), an int (int)argN; the others (pid, rawtp,
 * syscall, and pointer arguments until dlib/ translates them) are argN, an
 * int64_t.  All probes of a clause must agree, as in DTrace.
 */
int prov_args_rewrite(struct dtc *dx, struct cctx *cc, struct node *n)
{
	const char *kind = NULL;
	struct node *pd, *idx = n->b, *r;
	char argname[8];
	long long i;

	if (!idx || idx->next) {
		int argc = 0;
		for (r = idx; r; r = r->next)
			argc++;
		diag_error(dx, n->loc, "D_PROTO_LEN",
			   "args[ ] prototype mismatch: %d arg%spassed, 1 expected", argc,
			   argc == 1 ? " " : "s ");
		return -1;
	}
	if (idx->kind != N_INT) {
		/* DTrace's dt_idcook_args(): a constant, after folding */
		struct dtype *t = check_expr(dx, cc, idx);
		if (!t)
			return -1;
		if (!(idx->flags & NF_CONST) || !type_is_int(t)) {
			diag_error(dx, n->loc, "D_PROTO_ARG",
				   "args[ ] argument #1 is incompatible with prototype:\n"
				   "\tprototype: integer constant\n\t argument: %s", t->name);
			return -1;
		}
	}
	if (idx->ival < 0 || idx->ival > 9) {
		diag_error(dx, n->loc, "D_ARGS_IDX",
			   "args[ ] requires a constant index between 0 and 9 in dtc");
		return -1;
	}
	i = idx->ival;
	for (size_t p = 0; p < NPROVS; p++) {
		int t = provs[p]->args ? provs[p]->args(dx, cc, n, i) : 0;

		if (t)
			return t < 0 ? -1 : 0;
	}
	for (pd = cc->ci->n->a; pd; pd = pd->next) {
		struct pdesc_fields f;
		const char *k = "i";

		sema_pdesc_fields(pd->str, &f);
		for (size_t p = 0; p < NPROVS; p++) {
			const char *pk = provs[p]->arg_kind ? provs[p]->arg_kind(dx, n, &f, i) : NULL;

			if (pk && !*pk)
				return -1; /* said why */
			if (pk)
				k = pk;
		}
		if (kind && strcmp(kind, k)) {
			diag_error(dx, n->loc, "D_ARGS_TYPE",
				   "args[%lld] has different types in the probes of this clause", i);
			return -1;
		}
		kind = k;
	}
	snprintf(argname, sizeof(argname), "arg%lld", i);
	r = node_new(dx, N_IDENT, n->loc);
	r->str = arena_strdup(dx, argname);
	if (kind && !strcmp(kind, "s")) {
		struct node *call = node_new(dx, N_CALL, n->loc);

		call->str = "copyinstr";
		call->a = r;
		r = call;
	} /* "4" (int) and "i": argN holds the value sign-extended */
	{
		struct node *next = n->next;
		struct loc loc = n->loc;

		*n = *r;
		n->next = next;
		n->loc = loc;
	}
	return 0;
}

