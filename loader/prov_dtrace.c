/*
 * prov_dtrace.c: dtrun's dtrace provider: BEGIN, END and ERROR, probes 1, 2
 * and 3 as in DTrace.  Nothing to attach: dtrun runs the BEGIN and END
 * programs itself (run.c: run_family()) and ERROR's clauses run from the
 * faulting program.  dtc's side: compiler/prov_dtrace.c.
 */
#include "prov.h"

static int dtrace_probes(struct probes *ps, const struct meta *m, const struct dtrun_opts *o,
			 int list)
{
	(void)m, (void)o, (void)list;
	if (!probes_add(ps, "dtrace", "", "", "BEGIN", DT_FAM_BEGIN, 0) ||
	    !probes_add(ps, "dtrace", "", "", "END", DT_FAM_END, 0) ||
	    !probes_add(ps, "dtrace", "", "", "ERROR", DT_FAM_ERROR, 0))
		return -1;
	return 0;
}

const struct prov_ops prov_dtrace = {
	.name = "dtrace",
	.fams = 1u << DT_FAM_BEGIN | 1u << DT_FAM_END | 1u << DT_FAM_ERROR,
	.probes = dtrace_probes,
};
