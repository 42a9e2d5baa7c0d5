/*
 * prov_profile.c: the profile provider: profile-N (a timer on every CPU)
 * and tick-N (on one CPU), perf_event programs, one per rate; dtrun opens
 * the timers (loader/prov_profile.c).  arg0 is the kernel PC the timer
 * interrupted, arg1 the user PC.
 */
#include <string.h>

#include "prov.h"

/*
 * DTrace's profile provider makes profile-N and tick-N on demand
 * (dt_prov_profile.c provide()): for provider profile (or a pattern it
 * matches), empty module and function, and a name get_period() gives a
 * period (runtime/dt_pdesc.c).
 */
static int profile_match(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	(void)pd;
	if (!sema_field_match(f->prov, "profile") || *f->mod || *f->func ||
	    !dt_pdesc_period_ns(f->name))
		return 0;
	if (!strncmp(f->name, "profile-", 8)) {
		sema_prog_add_clause(dx, DT_FAM_PROFILE, f->name, clause);
		return 1;
	}
	if (!strncmp(f->name, "tick-", 5)) {
		sema_prog_add_clause(dx, DT_FAM_TICK, f->name, clause);
		return 1;
	}
	return 0;
}

/* dt_prov_profile.c has no probe_info: profile-N and tick-N have no args[] */
static const char *profile_arg_kind(struct dtc *dx, struct node *n, const struct pdesc_fields *f,
				    long long i)
{
	if (sema_field_match(f->prov, "profile") && !*f->mod && !*f->func &&
	    dt_pdesc_period_ns(f->name))
		return prov_args_idx(dx, n, f, i);
	return NULL;
}

static void profile_emit(struct ectx *ec, struct prog *p)
{
	emit_prog_head(ec, p, 1);
	emit_prologue(ec, p, 0);
	/* arg0: kernel PC, arg1: user PC (x86-64 UAPI pt_regs names) */
	sb_puts(ec->out, "\tif (ctx->regs.cs & 3)\n\t\tc.arg[1] = ctx->regs.rip;\n"
			 "\telse\n\t\tc.arg[0] = ctx->regs.rip;\n");
	emit_probe_names(ec, "profile", "", "", p->param);
	emit_prog_calls(ec, p, 0);
	sb_puts(ec->out, "\treturn 0;\n}\n");
}

const struct prov_ops prov_profile = {
	.name = "profile",
	.tier = 0,
	.fams = 1u << DT_FAM_PROFILE | 1u << DT_FAM_TICK,
	.match = profile_match,
	.emit = profile_emit,
	.arg_kind = profile_arg_kind,
};
