/*
 * parse_consts.c: what the scanner reads whose value is the tracing
 * host's: probe IDs, and $pid ... in dtrun's one step.
 *
 * A probe description that is an integer is a probe ID,
 * the probe the tracing host's -l numbers so (dt_node_pdesc_by_id()): past
 * UINT_MAX it is too large, and an ID no probe has is EDT_BADID, both
 * D_PDESC_INVAL.  IDs are the host's: dtc alone refuses them; in dtrun's
 * one-step mode (--probe-ids-out) the first compilation notes them and keeps
 * quiet after the first (dtrun then compiles again with each one's
 * description, --probe-id).  The scanner makes the description node
 * (lexer.l lex_probe_id()); its text becomes the probe's prov:mod:func:name
 * here, once known.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "prov.h"

/* The probe an ID names, as the grammar reduces it (probe_specifier): a
 * description that a syntax error ends before it is not looked up. */
void parse_probe_id(struct dtc *dx, struct node *nd)
{
	unsigned long long id = (unsigned long long)nd->ival;
	struct loc loc = nd->loc;
	int i;

	if (!(nd->flags & NF_PROBE_ID))
		return; /* a name, or a bad integer the scanner reported */
	if (id > UINT_MAX) {
		diag_error(dx, loc, "D_PDESC_INVAL", "identifier %llu exceeds maximum probe id",
			   id);
		return;
	}
	for (i = 0; i < dx->nprobe_ids && dx->probe_ids[i] != id; i++)
		;
	if (i < dx->nprobe_ids && *dx->probe_id_descs[i]) {
		nd->str = dx->probe_id_descs[i];
	} else if (i < dx->nprobe_ids) {
		diag_error(dx, loc, "D_PDESC_INVAL",
			   "invalid probe identifier %llu: Unknown probe identifier", id);
	} else if (dx->probe_ids_out && !dx->nerrors) {
		if (!dx->ids_pending && !(dx->ids_pending = fopen(dx->probe_ids_out, "w"))) {
			diag_error(dx, loc, "D_PDESC_INVAL", "probe identifier %llu: cannot "
				   "write %s: %s", id, dx->probe_ids_out, strerror(errno));
			return;
		}
		fprintf(dx->ids_pending, "%llu\n", id);
	} else if (!dx->ids_pending) {
		diag_error(dx, loc, "D_PDESC_INVAL", "probe identifier %llu: probe IDs are those "
			   "of the host that traces; name the probe (dtrun -l -i %llu there "
			   "shows it), or compile with dtrun there", id, id);
	}
}

/*
 * $pid ... ($target aside) in dtrun's one step, which gives dtc its own
 * values (--macro-vars): dt_lex.l makes $NAME the integer constant of the
 * value dtrace_update() set ((int)di_id, decimal: an int) and $$NAME the
 * string "%u" of it, as it scans them.  NULL where the value is the
 * loading host's (a load-time value).
 */
struct node *macvar_const(struct dtc *dx, const char *text, struct loc loc)
{
	static const char *const vars[] = { DT_MACVAR_NAMES };
	int str = text[1] == '$';
	struct node *n;
	size_t i;

	if (!dx->macvars_known)
		return NULL;
	for (i = 0; i < 8 && strcmp(text + 1 + str, vars[i]); i++)
		;
	if (i == 8)
		return NULL;
	n = node_new(dx, str ? N_STRING : N_INT, loc);
	if (str) {
		n->str = arena_printf(dx, "%u", dx->macvars[i]);
		n->ival = (int64_t)strlen(n->str);
	} else {
		n->ival = (int)dx->macvars[i];
		n->str = arena_printf(dx, "%d", (int)dx->macvars[i]);
	}
	return n;
}
