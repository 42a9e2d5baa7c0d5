/*
 * prov_sdt.c: the rawtp and sdt providers: rawtp:GROUP::EVENT and
 * sdt:GROUP::EVENT name any kernel tracepoint (Oracle's DTrace names); one
 * raw_tp program per clause ("c<N>"), attached by dtrun to every matching
 * tracepoint with the probe ID as BPF cookie.  sdt:::dt_probe is dt_probe()
 * of libdtprobe, a uprobe (its program is prov_pid.c's).  dtrun's side:
 * loader/prov_sdt.c.
 */
#include <stdio.h>
#include <string.h>

#include "prov.h"

/*
 * A description with an empty provider reaches rawtp's and sdt's probes
 * (dt_probe_iter() globs each field) where this host has a tracepoint it
 * names (tracefs available_events, GROUP:EVENT): ":::sched_switch".  Where
 * it has none, or the tracefs cannot be read, the description is left to
 * the other providers (D_PDESC_ZERO as it is compiled, not at load).
 */
static int empty_prov_event(struct dtc *dx, const struct pdesc_fields *f)
{
	static const char *const roots[] = { "/sys/kernel/tracing", "/sys/kernel/debug/tracing" };
	char path[512], line[512];
	FILE *fp = NULL;
	int hit = 0;

	if (*f->func)
		return 0;
	for (size_t i = 0; i < 2 && !fp; i++) {
		snprintf(path, sizeof(path), "%s/available_events", dx->tracefs ? dx->tracefs : roots[i]);
		fp = fopen(path, "r");
	}
	while (fp && !hit && fgets(line, sizeof(line), fp)) {
		char *ev = strchr(line, ':');

		if (!ev)
			continue;
		*ev++ = '\0';
		ev[strcspn(ev, "\n")] = '\0';
		hit = sema_field_match(f->mod, line) && sema_field_match(f->name, ev);
	}
	if (fp)
		fclose(fp);
	return hit;
}

static int sdt_match(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	int hit = 0;

	(void)pd;
	/* an empty provider is any: rawtp's and sdt's tracepoints
	 * (":::sched_switch"), as in dt_probe_iter() */
	if (!*f->prov && !empty_prov_event(dx, f))
		return 0;
	if (*f->prov && sema_field_match(f->prov, "sdt") && sema_field_match(f->name, "dt_probe") &&
	    (!*f->func || sema_field_match(f->func, "dt_probe"))) {
		sema_prog_add_clause(dx, DT_FAM_UPROBE, prov_clause_param(dx, clause), clause);
		hit++;
	}
	if ((sema_field_match(f->prov, "rawtp") || sema_field_match(f->prov, "sdt")) &&
	    (strcmp(f->name, "dt_probe") || strcmp(f->prov, "sdt"))) {
		sema_prog_add_clause(dx, DT_FAM_RAWTP, prov_clause_param(dx, clause), clause);
		hit++;
	}
	return hit;
}

static void rawtp_emit(struct ectx *ec, struct prog *p)
{
	emit_prog_head(ec, p, 1);
	emit_prologue(ec, p, 0);
	emit_cookie_names(ec, "bpf_get_attach_cookie(ctx)");
	sb_puts(ec->out, "\tdt_rawtp_args(&c, ctx, 10);\n");
	emit_prog_calls(ec, p, 0);
	sb_puts(ec->out, "\treturn 0;\n}\n");
}

const struct prov_ops prov_sdt = {
	.name = "sdt",
	.tier = 1,
	.fams = 1u << DT_FAM_RAWTP,
	.match = sdt_match,
	.emit = rawtp_emit,
};
