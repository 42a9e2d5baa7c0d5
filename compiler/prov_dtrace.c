/*
 * prov_dtrace.c: the dtrace provider: BEGIN and END, programs dtrun runs
 * itself once (BPF_PROG_TEST_RUN), and ERROR, whose clauses run from
 * dtc_error() when a clause faults (emit.c), so it has no program.
 * dtrun's side: loader/prov_dtrace.c.
 */
#include <string.h>

#include "prov.h"

static int dtrace_match(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	int hit = 0;

	(void)pd;
	if (sema_field_match(f->prov, "dtrace") && !*f->mod && !*f->func) {
		if (sema_field_match(f->name, "BEGIN"))
			sema_prog_add_clause(dx, DT_FAM_BEGIN, "", clause), hit = 1;
		if (sema_field_match(f->name, "END"))
			sema_prog_add_clause(dx, DT_FAM_END, "", clause), hit = 1;
		if (sema_field_match(f->name, "ERROR"))
			sema_prog_add_clause(dx, DT_FAM_ERROR, "", clause), hit = 1;
	}
	return hit;
}

/* dt_prov_dtrace.c has no probe_info: its probes have no args[] */
static const char *dtrace_arg_kind(struct dtc *dx, struct node *n, const struct pdesc_fields *f,
				   long long i)
{
	if (sema_field_match(f->prov, "dtrace") && !*f->mod && !*f->func &&
	    (sema_field_match(f->name, "BEGIN") || sema_field_match(f->name, "END") ||
	     sema_field_match(f->name, "ERROR")))
		return prov_args_idx(dx, n, f, i);
	return NULL;
}

/* BEGIN and END; ERROR has no program (its clauses run from dtc_error()). */
static void dtrace_emit(struct ectx *ec, struct prog *p)
{
	if (p->family == DT_FAM_ERROR)
		return;
	emit_prog_head(ec, p, 1);
	/* BEGIN and END run whatever the activity (BEGIN: also while the
	 * other probes are attached but still DT_ACTIVITY_WARMUP) */
	emit_prologue(ec, p, 1);
	emit_probe_names(ec, "dtrace", "", "", p->family == DT_FAM_END ? "END" : "BEGIN");
	emit_prog_calls(ec, p, 0);
	sb_puts(ec->out, "\treturn 0;\n}\n");
}

const struct prov_ops prov_dtrace = {
	.name = "dtrace",
	.tier = 0,
	.fams = 1u << DT_FAM_BEGIN | 1u << DT_FAM_END | 1u << DT_FAM_ERROR,
	.match = dtrace_match,
	.emit = dtrace_emit,
	.arg_kind = dtrace_arg_kind,
};
