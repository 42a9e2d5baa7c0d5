/*
 * prov_profile.c: the profile provider: profile-N (a timer on every CPU)
 * and tick-N (on one CPU), perf_event programs, one per rate; dtrun opens
 * the timers (loader/prov_profile.c).  arg0 is the kernel PC the timer
 * interrupted, arg1 the user PC.
 */
#include <string.h>

#include "prov.h"

/* profile-N or tick-N: its program's family */
static int profile_family(const char *name)
{
	return !strncmp(name, "profile-", 8) ? DT_FAM_PROFILE : DT_FAM_TICK;
}

/*
 * Whether the probe profile:::name exists for description f, as DTrace's
 * dt_probe_iter() finds it: one of the probes populate() made
 * (dt_profile_default[]) or an earlier description made on demand (a
 * profile program already here) that every field matches, a glob
 * included; or the one provide() makes on demand, for a provider field
 * matching profile, an empty module and function exactly (not "*") and a
 * name get_period() gives a period (runtime/dt_pdesc.c).
 */
static int profile_exists(struct dtc *dx, const struct pdesc_fields *f, const char *name)
{
	int known = 0;

	if (!sema_field_match(f->prov, "profile"))
		return 0;
	for (int k = 0; k < DT_PROFILE_NDEFAULT && !known; k++)
		known = !strcmp(dt_profile_default[k], name);
	for (struct prog *p = st(dx)->progs; p && !known; p = p->next)
		known = (p->family == DT_FAM_PROFILE || p->family == DT_FAM_TICK) &&
			!strcmp(p->param, name);
	if (known && sema_field_match(f->mod, "") && sema_field_match(f->func, "") &&
	    sema_field_match(f->name, name))
		return 1;
	return !*f->mod && !*f->func && !strcmp(f->name, name) &&
	       (!strncmp(name, "profile-", 8) || !strncmp(name, "tick-", 5)) &&
	       dt_pdesc_period_ns(name);
}

/*
 * The probes description f reaches: its name itself, the defaults, and
 * the probes earlier descriptions made (tick-1* reaches tick-1, tick-10,
 * tick-100, tick-1000, and tick-1s when a clause before it named that).
 * Each rate is a program of its own.
 */
static int profile_match(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	const char *names[DT_PROFILE_NDEFAULT + 1];
	int n = 0, hit = 0;

	(void)pd;
	names[n++] = f->name;
	for (int k = 0; k < DT_PROFILE_NDEFAULT; k++)
		if (strcmp(dt_profile_default[k], f->name))
			names[n++] = dt_profile_default[k];
	for (int k = 0; k < n; k++)
		if (profile_exists(dx, f, names[k])) {
			sema_prog_add_clause(dx, profile_family(names[k]), names[k], clause);
			hit = 1;
		}
	/* those made on demand by earlier descriptions: a program each */
	for (struct prog *p = st(dx)->progs; p; p = p->next) {
		int dflt = 0;

		if (p->family != DT_FAM_PROFILE && p->family != DT_FAM_TICK)
			continue;
		for (int k = 0; k < n && !dflt; k++)
			dflt = !strcmp(names[k], p->param);
		if (!dflt && profile_exists(dx, f, p->param)) {
			sema_prog_add_clause(dx, p->family, p->param, clause);
			hit = 1;
		}
	}
	return hit;
}

/* dt_prov_profile.c has no probe_info: profile-N and tick-N have no args[] */
static const char *profile_arg_kind(struct dtc *dx, struct node *n, const struct pdesc_fields *f,
				    long long i)
{
	if (profile_exists(dx, f, f->name))
		return prov_args_idx(dx, n, f, i);
	for (int k = 0; k < DT_PROFILE_NDEFAULT; k++)
		if (profile_exists(dx, f, dt_profile_default[k]))
			return prov_args_idx(dx, n, f, i);
	return NULL;
}

static void profile_emit(struct ectx *ec, struct prog *p)
{
	prov_emit_perf(ec, p, "profile");
}

const struct prov_ops prov_profile = {
	.name = "profile",
	.tier = 0,
	.fams = 1u << DT_FAM_PROFILE | 1u << DT_FAM_TICK,
	.match = profile_match,
	.emit = profile_emit,
	.arg_kind = profile_arg_kind,
};
