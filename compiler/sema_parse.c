/*
 * sema_parse.c: the errors DTrace raises while it parses, before it cooks
 * any clause.  libdtrace's grammar builds each node through a constructor
 * that checks what needs no types (dt_parser.c):
 *   - dt_node_pdesc_by_name(): a probe description of too many fields
 *     (D_PDESC_INVAL);
 *   - dt_node_func(): the callee of a call is a name (D_FUNC_IDENT) of a
 *     function known by then (D_FUNC_UNDEF, D_FUNC_IDKIND: a variable a
 *     declaration above made is known, one a clause assigns is not yet);
 *   (dt_node_op2()'s D_DIV_ZERO is the parser's own: parser.y mk2()).
 * The parser reduces an operand before its operator and a call's arguments
 * before the call, so the walk is in that order.  sema.c runs it on each
 * clause in source order among the declarations (dt_node_decl() and the
 * others run as they are parsed too), and cooks no clause after an error
 * here: DTrace stops at the first.
 *
 * It calls sema_call.c's designator check and sema_prov.c's field count.
 */
#include <string.h>

#include "sema.h"

/* One node, its operands first; -1 at the first error. */
static int pwalk(struct dtc *dx, struct node *n)
{
	for (; n; n = n->next) {
		struct node *kids[] = { n->a, n->b, n->c, n->d, n->e };

		if (n->kind == N_CALL && n->e && pwalk(dx, n->e))
			return -1; /* the callee, then the arguments */
		for (size_t k = 0; k < sizeof(kids) / sizeof(kids[0]); k++)
			if (kids[k] && !(n->kind == N_CALL && kids[k] == n->e) && pwalk(dx, kids[k]))
				return -1;
		if (n->kind == N_CALL && sema_call_designator(dx, n))
			return -1;
	}
	return 0;
}

int sema_parse_clause(struct dtc *dx, struct node *cl)
{
	struct pdesc_fields f;

	for (struct node *pd = cl->a; pd; pd = pd->next) {
		int nf = pd->str && !strchr(pd->str, '$') ? sema_pdesc_fields(pd->str, &f) : 0;

		/* as prov_check_pdesc() sees it: a fifth field is an instance
		 * only where the compilation asks for them */
		if (nf < 0 || (nf == 5 && !dx->instances && f.inst[0])) {
			diag_error(dx, pd->loc, "D_PDESC_INVAL",
				   "invalid probe description \"%s\": Overspecified probe "
				   "description", pd->str);
			return -1;
		}
	}
	if (cl->b && pwalk(dx, cl->b))
		return -1;
	return cl->c ? pwalk(dx, cl->c) : 0;
}
