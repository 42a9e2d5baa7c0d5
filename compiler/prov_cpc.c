/*
 * prov_cpc.c: the cpc provider: cpc:::EVENT-MODE-COUNT fires on a CPU each
 * time COUNT events of a performance counter EVENT happened there in MODE
 * (runtime/dt_cpc.h), a perf_event program per probe name; dtrun opens the
 * counters (loader/prov_cpc.c) and lists the events this host has.  arg0
 * is the kernel PC the counter interrupted, arg1 the user PC, as Oracle's
 * trampoline sets them (dt_prov_cpc.c).
 */
#include <stdio.h>
#include <string.h>

#include "../runtime/dt_cpc.h"
#include "prov.h"

/*
 * The cpc probes description f reaches, as Oracle's: provide() makes the
 * probe a description names exactly (provider "cpc", module and function
 * empty, a name dt_cpc_decode() takes); the listed probes, one
 * EVENT-all-1000000000 per event, and those earlier descriptions made
 * match by glob.  Which events this host has is dtrun's to say (a counter
 * the target's CPU lacks matches nothing there): dtc knows every event.
 */
static int cpc_match(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	struct dt_cpc_probe cp;
	int hit = 0;

	(void)pd;
	if (!sema_field_match(f->prov, "cpc") || !sema_field_match(f->mod, "") ||
	    !sema_field_match(f->func, ""))
		return 0;
	if (!strcmp(f->prov, "cpc") && !*f->mod && !*f->func && !dt_cpc_decode(f->name, &cp)) {
		sema_prog_add_clause(dx, DT_FAM_CPC, f->name, clause);
		hit = 1;
	}
	for (size_t i = 0; i < DT_CPC_NEVENTS; i++) {
		char name[96];

		snprintf(name, sizeof(name), "%s%s", dt_cpc_events[i].name, DT_CPC_LIST_SUFFIX);
		if (strcmp(name, f->name) && sema_field_match(f->name, name)) {
			sema_prog_add_clause(dx, DT_FAM_CPC, arena_strdup(dx, name), clause);
			hit = 1;
		}
	}
	for (struct prog *p = st(dx)->progs; p; p = p->next)
		if (p->family == DT_FAM_CPC && strcmp(p->param, f->name) &&
		    sema_field_match(f->name, p->param) && !strstr(p->param, DT_CPC_LIST_SUFFIX)) {
			sema_prog_add_clause(dx, DT_FAM_CPC, p->param, clause);
			hit = 1;
		}
	return hit;
}

/* dt_prov_cpc.c has no probe_info: cpc probes have no args[] */
static const char *cpc_arg_kind(struct dtc *dx, struct node *n, const struct pdesc_fields *f,
				long long i)
{
	if (!sema_field_match(f->prov, "cpc"))
		return NULL;
	for (struct prog *p = st(dx)->progs; p; p = p->next)
		if (p->family == DT_FAM_CPC && sema_field_match(f->name, p->param))
			return prov_args_idx(dx, n, f, i);
	return NULL;
}

static void cpc_emit(struct ectx *ec, struct prog *p)
{
	prov_emit_perf(ec, p, "cpc");
}

const struct prov_ops prov_cpc = {
	.name = "cpc",
	.tier = 0,
	.fams = 1u << DT_FAM_CPC,
	.match = cpc_match,
	.emit = cpc_emit,
	.arg_kind = cpc_arg_kind,
};
