/*
 * prov.c: dtc's providers as a table (prov.h), which the driver installs in
 * dx (prov_install()), and helpers they share.  Sema reaches them through
 * the table for which families a probe description reaches and for args[N]
 * (sema_prov.c), the emitter for the programs of a family (emit.c).
 *
 * The providers, in the order descriptions reach them:
 *   tier 0  prov_dtrace.c  dtrace:::BEGIN/END/ERROR
 *           prov_syscall.c syscall:::entry/return
 *           prov_profile.c profile-N, tick-N
 *           prov_cpc.c     cpc:::EVENT-MODE-COUNT (performance counters)
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
	&prov_dtrace, &prov_syscall, &prov_profile, &prov_cpc, &prov_tp, &prov_sdt, &prov_fbt,
	&prov_pid, &prov_usdt,
};

/*
 * The driver hands the table to sema and the emitter through dx: they call
 * the providers only through it, so no sema or emitter file calls up into
 * a provider file (scripts/layers.py).
 */
void prov_install(struct dtc *dx)
{
	dx->provs = provs;
	dx->nprovs = (int)(sizeof(provs) / sizeof(provs[0]));
}

int prov_has_glob(const char *s)
{
	return dt_pdesc_isglob(s);
}

const char *prov_clause_param(struct dtc *dx, int clause)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "c%d", clause);
	return arena_strdup(dx, buf);
}

/*
 * A perf_event program (profile-N, tick-N, cpc): arg0 the kernel PC the
 * event interrupted, arg1 the user PC, the other 0 (Oracle's
 * dt_cg_tramp_copy_pc_from_regs()); probe name p->param.
 */
void prov_emit_perf(struct ectx *ec, struct prog *p, const char *prov)
{
	emit_prog_head(ec, p, 1);
	emit_prologue(ec, p, 0);
	/* x86-64 UAPI pt_regs names */
	sb_puts(ec->out, "\tif (ctx->regs.cs & 3)\n\t\tc.arg[1] = ctx->regs.rip;\n"
			 "\telse\n\t\tc.arg[0] = ctx->regs.rip;\n");
	emit_probe_names(ec, prov, "", "", p->param);
	emit_prog_calls(ec, p, 0);
	sb_puts(ec->out, "\treturn 0;\n}\n");
}

/*
 * dt_idcook_args(): args[i] past the arguments DTrace knows of the probe
 * is D_ARGS_IDX, naming the description as dtrace_desc2str() writes it.
 * The dtrace, profile and pid providers know none (no probe_info, or one
 * that gives no arguments): any args[i] of theirs.  Returns "", the
 * arg_kind hook's answer after an error.
 */
const char *prov_args_idx(struct dtc *dx, struct node *n, const struct pdesc_fields *f,
			  long long i)
{
	diag_error(dx, n->loc, "D_ARGS_IDX", "index %lld is out of range for %s:%s:%s:%s args[ ]", i,
		   f->prov, f->mod, f->func, f->name);
	return "";
}
