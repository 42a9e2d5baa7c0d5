/*
 * sema_parse.c: the errors DTrace raises while it parses, before it cooks
 * any clause.  libdtrace's grammar builds each node through a constructor
 * that checks what needs no types (dt_parser.c):
 *   - dt_node_pdesc_by_name(): a probe description's macros expanded, an
 *     undefined one and too many fields D_PDESC_INVAL;
 *   - dt_node_func(): the callee of a call is a name (D_FUNC_IDENT) of a
 *     function known by then (D_FUNC_UNDEF, D_FUNC_IDKIND: a variable a
 *     declaration above made is known, one a clause assigns is not yet);
 *   - dt_node_offsetof(): offsetof(T, m) of a struct or union declared by
 *     then, m a member and no bit-field (D_OFFSETOF_*, D_UNKNOWN);
 *   (dt_node_op2()'s D_DIV_ZERO is the parser's own: parser.y mk2()).
 * The parser reduces an operand before its operator and a call's arguments
 * before the call, so the walk is in that order.  sema.c runs it on each
 * clause in source order among the declarations (dt_node_decl() and the
 * others run as they are parsed too).  DTrace stops at the first error;
 * dtc goes on, the clauses are cooked after, and a node in error here says
 * nothing more then (NF_PARSED_BAD).
 *
 * It calls sema_call.c's designator check and sema_prov.c's macro expansion
 * and field count (sema_pdesc_macros(), sema_pdesc_overspecified()).
 */
#include <string.h>

#include "sema.h"

/* Whether what is at l was parsed before the syntax error sema looks
 * before (sema.c sema_parse_all()): all of it, unless it is in that run. */
int sema_parsed_before(const struct dtc *dx, struct loc l)
{
	if (!dx->presyntax || l.file < dx->parse_err.file)
		return 1;
	return l.file == dx->parse_err.file && l.off + (l.len > 0 ? l.len : 0) <= dx->parse_err.off;
}

/* One node, its operands first; -1 after an error.  A node in error is
 * marked, and cooking it later says nothing more.  No deeper than the
 * parser's limit: the clause a syntax error ends (sema.c sema_parse_all()) may
 * be the one that went past it. */
static int pwalk(struct dtc *dx, struct node *n, int depth)
{
	int bad = 0;

	if (depth > DTC_MAX_NEST)
		return 0;
	for (; n; n = n->next) {
		/* e first: a call's callee is reduced before its arguments (a) */
		struct node *kids[] = { n->e, n->a, n->b, n->c, n->d };

		for (size_t k = 0; k < sizeof(kids) / sizeof(kids[0]); k++)
			if (kids[k])
				bad |= pwalk(dx, kids[k], depth + 1);
		if (n->kind == N_OFFSETOF && sema_parsed_before(dx, n->loc) &&
		    !(n->flags & NF_PARSED_BAD) && !sema_offsetof(dx, n)) {
			n->flags |= NF_PARSED_BAD;
			bad = -1;
		}
		if (n->kind == N_CALL && sema_parsed_before(dx, n->loc)) {
			n->flags |= NF_PARSE_SEEN;
			if (sema_call_designator(dx, n)) {
				n->flags |= NF_PARSED_BAD;
				bad = -1;
			}
		}
	}
	return bad;
}

int sema_parse_clause(struct dtc *dx, struct node *cl)
{
	struct pdesc_fields f;

	for (struct node *pd = cl->a; pd; pd = pd->next)
		if (pd->str && ((cl->flags & NF_CUT) || sema_parsed_before(dx, pd->loc)) &&
		    (sema_pdesc_macros(dx, pd) < 0 ||
		     sema_pdesc_overspecified(dx, pd, &f) < 0)) { /* sema_prov.c */
			pd->flags |= NF_PARSED_BAD;
			return -1; /* no more of the clause is parsed */
		}
	return (cl->b ? pwalk(dx, cl->b, 0) : 0) | (cl->c ? pwalk(dx, cl->c, 0) : 0);
}

/*
 * The calls a syntax error cut out of a statement (parser.y's error
 * recovery drops the statement): dt_node_func() checked each as the
 * grammar reduced it, before the syntax error, after everything else the
 * parse had seen ("s"(x) -= } is D_FUNC_IDENT).
 */
void sema_parse_orphans(struct dtc *dx)
{
	for (int i = 0; i < dx->nparse_calls; i++) {
		struct node *n = dx->parse_calls[i];

		if (!(n->flags & NF_PARSE_SEEN) && !dtc_is_dlib_file(dx, n->loc.file) &&
		    sema_parsed_before(dx, n->loc) && sema_call_designator(dx, n)) {
			n->flags |= NF_PARSED_BAD;
			return;
		}
	}
}
