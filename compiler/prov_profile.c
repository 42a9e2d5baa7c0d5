/*
 * prov_profile.c: the profile provider: profile-N (a timer on every CPU)
 * and tick-N (on one CPU), perf_event programs, one per rate; dtrun opens
 * the timers (loader/prov_profile.c).  arg0 is the kernel PC the timer
 * interrupted, arg1 the user PC.
 */
#include <ctype.h>
#include <string.h>

#include "prov.h"

/* True when a profile/tick probe name is well formed: profile-N[unit]. */
static int timer_name_ok(const char *name, const char *prefix)
{
	size_t pl = strlen(prefix);
	const char *p;
	static const char *const units[] = { "", "ns", "nsec", "us", "usec", "ms", "msec", "s",
					     "sec", "m", "min", "h", "hour", "d", "day", "hz" };
	size_t i;

	if (strncmp(name, prefix, pl))
		return 0;
	p = name + pl;
	if (!isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (!strcmp(p, units[i]))
			return 1;
	return 0;
}

static int profile_match(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	(void)pd;
	if ((*f->prov && strcmp(f->prov, "profile")) || *f->mod || *f->func)
		return 0;
	if (timer_name_ok(f->name, "profile-")) {
		sema_prog_add_clause(dx, DT_FAM_PROFILE, f->name, clause);
		return 1;
	}
	if (timer_name_ok(f->name, "tick-")) {
		sema_prog_add_clause(dx, DT_FAM_TICK, f->name, clause);
		return 1;
	}
	return 0;
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
};
