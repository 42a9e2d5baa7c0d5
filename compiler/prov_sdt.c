/*
 * prov_sdt.c: the rawtp and sdt providers: rawtp:GROUP::EVENT and
 * sdt:GROUP::EVENT name any kernel tracepoint (Oracle's DTrace names); one
 * raw_tp program per clause ("c<N>"), attached by dtrun to every matching
 * tracepoint with the probe ID as BPF cookie.  sdt:::dt_probe is dt_probe()
 * of libdtprobe, a uprobe (its program is prov_pid.c's).  dtrun's side:
 * loader/prov_sdt.c.
 */
#include <string.h>

#include "prov.h"

static int sdt_match(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	int hit = 0;

	(void)pd;
	if (!*f->prov)
		return 0;
	if (sema_field_match(f->prov, "sdt") && sema_field_match(f->name, "dt_probe") &&
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
