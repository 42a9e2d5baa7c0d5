/*
 * sema_agg.c: aggregations.  Checks `@name[keys] = func(args)` and the
 * aggregation actions (printa, clear, trunc, normalize, denormalize, setopt)
 * with DTrace's rules and messages, and records each aggregation's
 * function, key signature and parameters (struct agg_info, agg.h) for the
 * emitter and the metadata.  The first use of an aggregation defines it;
 * later uses must agree (D_AGG_REDEF, D_KEY_TYPE, D_LQUANT_MATCH*...).
 */
#include <stdlib.h>
#include <string.h>

#include "../runtime/dt_fmt.h"
#include "../runtime/dt_opt.h"
#include "agg.h"

const char *const agg_func_names[] = {
	"count", "sum", "avg", "min", "max", "stddev", "quantize", "lquantize", "llquantize",
};

static int func_of(const char *name)
{
	for (int i = 0; i < (int)(sizeof(agg_func_names) / sizeof(agg_func_names[0])); i++)
		if (!strcmp(name, agg_func_names[i]))
			return i;
	return -1;
}

int sema_agg_is_assign(const struct node *n)
{
	const struct node *l;

	if (n->kind != N_ASSIGN)
		return 0;
	for (l = n->a; l->kind == N_INDEX; l = l->a) /* @a[i][j]: D_AGG_MDIM below */
		;
	return l->kind == N_AGG;
}

struct agg_info *sema_agg_by_id(struct dtc *dx, int id)
{
	struct agg_info *ag;
	for (ag = st(dx)->aggs; ag; ag = ag->next)
		if (ag->id == id)
			return ag;
	dtc_bug("no aggregation %d", id);
}

static struct agg_info *agg_find(struct dtc *dx, const char *name)
{
	struct agg_info *ag;
	for (ag = st(dx)->aggs; ag; ag = ag->next)
		if (!strcmp(ag->name, name))
			return ag;
	return NULL;
}

int agg_key_size(const struct agg_info *ag)
{
	int n = 0;
	for (int i = 0; i < ag->nkeys; i++)
		n += ag->keyw[i];
	return n ? n : 8; /* a map key cannot be empty: @ = ... uses one 0 word */
}

static int count_args(struct node *a)
{
	int n = 0;
	for (; a; a = a->next)
		n++;
	return n;
}

/* b^e in 64 unsigned bits; -1 when it is more than UINT64_MAX (DTrace's
 * powl(factor, hmag + 1) > UINT64_MAX). */
static int upow(uint64_t b, int e, uint64_t *out)
{
	uint64_t r = 1;
	while (e-- > 0) {
		if (r > UINT64_MAX / b)
			return -1;
		r *= b;
	}
	*out = r;
	return 0;
}

/*
 * llquantize() bins on the positive side, as DTrace labels them
 * (dt_print_llquantize()): bin k (1-based) holds values from b[k-1] up to
 * the next bound; values at or above factor^(high+1) go to the overflow bin.
 * With low 0 and more steps than the factor, the first order of magnitude
 * holds one integer per bin and leaves "ghost" bins in between (bound 0).
 * Bounds are unsigned: factor^(high+1) may be up to UINT64_MAX, which only
 * |INT64_MIN| of the values can reach.
 */
int agg_llq_bounds(const struct agg_info *ag, uint64_t *b, int max)
{
	uint64_t factor = (uint64_t)ag->p[0], steps = (uint64_t)ag->p[3];
	int64_t lmag = ag->p[1], hmag = ag->p[2];
	uint64_t sf = steps / factor, scale, step;
	int64_t k = 0, mag = lmag;
	int n = 0;

	if (upow(factor, (int)lmag, &scale))
		return 0;
#define PUT(i, v)                                                                                 \
	do {                                                                                      \
		if ((i) - 1 < max) {                                                              \
			b[(i) - 1] = (v);                                                         \
			if ((i) > n)                                                              \
				n = (int)(i);                                                     \
		}                                                                                 \
	} while (0)
	k = 1;
	PUT(k, scale);
	if (lmag == 0 && steps > factor) {
		for (step = 2; step <= factor; step++) {
			for (uint64_t g = 1; g < sf; g++)
				PUT(k + (int64_t)g, 0); /* ghost bins: never hit */
			k += (int64_t)sf;
			PUT(k, step);
		}
		mag++;
	}
	{
		uint64_t p;
		if (upow(factor, (int)mag + 1, &p))
			return 0;
		scale = p / steps;
	}
	for (; mag <= hmag; mag++) {
		for (step = sf + 1; step <= steps; step++) {
			k++;
			PUT(k, step * scale);
		}
		scale *= factor;
	}
#undef PUT
	return n;
}

/* sizeof of an expression but a string is an integer only once cooked, not
 * folded (dt_node_op1()): lquantize(x, 0, sizeof (6), 1) is D_LQUANT_LIMTYPE */
static int cooked_sizeof(const struct node *n)
{
	if (n->kind == N_UNARY || n->kind == N_CAST)
		return cooked_sizeof(n->kind == N_CAST ? n->b : n->a);
	if (n->kind == N_BINARY || n->kind == N_LOGICAL)
		return cooked_sizeof(n->a) || cooked_sizeof(n->b);
	return n->kind == N_SIZEOF_EXPR && n->a->kind != N_STRING;
}

/* An integer constant argument, or an error with the given tag. */
static int const_arg(struct dtc *dx, struct cctx *cc, struct node *a, const char *tag,
		     const char *fn, int argno, const char *what, int64_t *v)
{
	struct dtype *t = check_expr(dx, cc, a);
	if (!t)
		return -1;
	if (a->kind == N_UNARY && (a->op == OP_NEG || a->op == OP_PLUS) &&
	    (a->a->flags & NF_CONST) && type_is_int(t) && !cooked_sizeof(a)) {
		*v = a->op == OP_NEG ? -a->a->ival : a->a->ival;
		return 0;
	}
	if (!(a->flags & NF_CONST) || !type_is_int(t) || cooked_sizeof(a)) {
		diag_error(dx, a->loc, tag, "%s( ) argument #%d must be an integer constant%s", fn,
			   argno, what);
		return -1;
	}
	*v = a->ival;
	return 0;
}

/*
 * dt_node_is_posconst(): an integer constant, not zero, and positive unless
 * its type is unsigned.  -1 when a is not an integer constant.
 */
static int posconst_arg(struct dtc *dx, struct cctx *cc, struct node *a, int64_t *v)
{
	struct dtype *t = check_expr(dx, cc, a);

	if (!t)
		return -1;
	if (cooked_sizeof(a))
		return 0;
	if (a->kind == N_UNARY && (a->op == OP_NEG || a->op == OP_PLUS) &&
	    (a->a->flags & NF_CONST) && type_is_int(t))
		*v = a->op == OP_NEG ? -a->a->ival : a->a->ival;
	else if ((a->flags & NF_CONST) && type_is_int(t))
		*v = a->ival;
	else
		return 0;
	return *v != 0 && (!t->is_signed || *v > 0);
}

/*
 * lquantize()'s and llquantize()'s int32_t parameters (arguments 2 to lo),
 * which dt_idcook_sign() checks against the prototype as the parser cooks
 * the call, before dt_cg.c's checks of their values: lquantize(x, "a", 10)
 * is D_PROTO_ARG, not D_LQUANT_BASETYPE.
 */
static int int32_args(struct dtc *dx, struct node *call, int lo)
{
	struct node *arg;
	int i;

	for (arg = call->a, i = 0; arg && i < lo; arg = arg->next, i++) {
		if (i < 1)
			continue;
		if (!type_is_int(arg->type)) {
			diag_error(dx, arg->loc, "D_PROTO_ARG",
				   "%s( ) argument #%d is incompatible with prototype:\n"
				   "\tprototype: int32_t\n\t argument: %s", call->str, i + 1,
				   arg->type->name);
			return -1;
		}
	}
	return 0;
}

/*
 * lquantize(expr, base, limit[, step[, incr]]), checked in dt_cg.c's order
 * (dt_cg_agg_lquantize()), which numbers the arguments from the base.
 * p: base, the number of levels, step: the signature the aggregation's
 * later uses must match.
 */
static int check_lquantize(struct dtc *dx, struct cctx *cc, struct node *call, int64_t *p)
{
	struct node *a = call->a->next;
	int64_t base, lim, step = 1, nlevels;

	if (const_arg(dx, cc, a, "D_LQUANT_BASETYPE", "lquantize", 1, "", &base))
		return -1;
	if (base < INT32_MIN || base > INT32_MAX) {
		diag_error(dx, a->loc, "D_LQUANT_BASEVAL",
			   "lquantize( ) argument #1 must be a 32-bit quantity");
		return -1;
	}
	a = a->next;
	if (const_arg(dx, cc, a, "D_LQUANT_LIMTYPE", "lquantize", 2, "", &lim))
		return -1;
	if (lim < INT32_MIN || lim > INT32_MAX) {
		diag_error(dx, a->loc, "D_LQUANT_LIMVAL",
			   "lquantize( ) argument #2 must be a 32-bit quantity");
		return -1;
	}
	if (lim <= base) {
		diag_error(dx, call->loc, "D_LQUANT_MISMATCH",
			   "lquantize( ) base (argument #1) must be less than limit (argument #2)");
		return -1;
	}
	a = a->next;
	if (a) {
		int r = posconst_arg(dx, cc, a, &step);
		if (r < 0)
			return -1;
		if (r == 0) {
			diag_error(dx, a->loc, "D_LQUANT_STEPTYPE",
				   "lquantize( ) argument #3 must be a non-zero positive integer constant");
			return -1;
		}
		if ((uint64_t)step > UINT16_MAX) {
			diag_error(dx, a->loc, "D_LQUANT_STEPVAL",
				   "lquantize( ) argument #3 must be a 16-bit quantity");
			return -1;
		}
	}
	nlevels = (lim - base) / step;
	if (nlevels == 0) {
		diag_error(dx, call->loc, "D_LQUANT_STEPLARGE",
			   "lquantize( ) step (argument #3) too large: must have at least one quantization level");
		return -1;
	}
	if (nlevels > UINT16_MAX) {
		diag_error(dx, call->loc, "D_LQUANT_STEPSMALL",
			   "lquantize( ) step (argument #3) too small: number of quantization levels must be a 16-bit quantity");
		return -1;
	}
	if (nlevels + 3 > AGG_MAX_VALS) {
		/* levels + 2 buckets and the sum, in a per-CPU map's value,
		 * which the kernel caps at 32 KiB (PCPU_MIN_UNIT_SIZE): an
		 * object with more failed to load (E2BIG) */
		diag_error(dx, call->loc, "D_LQUANT_STEPSMALL",
			   "lquantize( ) has more than %d quantization levels in this dtc",
			   AGG_MAX_VALS - 3);
		return -1;
	}
	p[0] = base;
	p[1] = base + nlevels * step; /* the limit the levels reach */
	p[2] = step;
	return 0;
}

/*
 * llquantize(expr, factor, lmag, hmag, steps[, incr]), checked in dt_cg.c's
 * order (dt_cg_agg_llquantize()), which numbers the arguments from the
 * factor.  factor^(hmag + 1) must fit in 64 unsigned bits.
 */
static int check_llquantize(struct dtc *dx, struct cctx *cc, struct node *call, int64_t *p)
{
	struct node *a = call->a->next, *fa;
	int64_t factor, lmag, hmag, steps;
	uint64_t x;
	int r;

	fa = a;
	if (const_arg(dx, cc, a, "D_LLQUANT_FACTORTYPE", "llquantize", 1, "", &factor))
		return -1;
	if ((uint64_t)factor > UINT16_MAX || factor < 2) {
		diag_error(dx, a->loc, "D_LLQUANT_FACTORVAL",
			   "llquantize( ) argument #1 must be an unsigned 16-bit quantity greater than or equal to 2");
		return -1;
	}
	a = a->next;
	if (const_arg(dx, cc, a, "D_LLQUANT_LMAGTYPE", "llquantize", 2, "", &lmag))
		return -1;
	if ((uint64_t)lmag > UINT16_MAX) {
		diag_error(dx, a->loc, "D_LLQUANT_LMAGVAL",
			   "llquantize( ) argument #2 must be an unsigned 16-bit quantity");
		return -1;
	}
	a = a->next;
	if (const_arg(dx, cc, a, "D_LLQUANT_HMAGTYPE", "llquantize", 3, "", &hmag))
		return -1;
	if ((uint64_t)hmag > UINT16_MAX) {
		diag_error(dx, a->loc, "D_LLQUANT_HMAGVAL",
			   "llquantize( ) argument #3 must be an unsigned 16-bit quantity");
		return -1;
	}
	if (hmag < lmag) {
		diag_error(dx, a->loc, "D_LLQUANT_HMAGVAL",
			   "llquantize( ) argument #3 (high magnitude) must be at least argument #2 (low magnitude)");
		return -1;
	}
	if (upow((uint64_t)factor, (int)hmag + 1, &x)) {
		diag_error(dx, a->loc, "D_LLQUANT_HMAGVAL",
			   "llquantize( ) argument #3 (high magnitude) will cause overflow of 64 bits");
		return -1;
	}
	a = a->next;
	r = posconst_arg(dx, cc, a, &steps);
	if (r < 0)
		return -1;
	if (r == 0) {
		diag_error(dx, a->loc, "D_LLQUANT_STEPTYPE",
			   "llquantize( ) argument #4 must be a non-zero positive integer constant");
		return -1;
	}
	if ((uint64_t)steps > UINT16_MAX) {
		diag_error(dx, a->loc, "D_LLQUANT_STEPVAL",
			   "llquantize( ) argument #4 must be an unsigned 16-bit quantity");
		return -1;
	}
	if (steps < factor && factor % steps != 0) {
		diag_error(dx, fa->loc, "D_LLQUANT_STEPVAL",
			   "llquantize() argument #4 (steps) must evenly divide argument #1 (factor) when steps<factor");
		return -1;
	}
	if (steps > factor) {
		if (steps % factor != 0) {
			diag_error(dx, fa->loc, "D_LLQUANT_STEPVAL",
				   "llquantize() argument #4 (steps) must be a multiple of argument #1 (factor) when steps>factor");
			return -1;
		}
		if (lmag == 0 && (factor * factor) % steps != 0) {
			diag_error(dx, fa->loc, "D_LLQUANT_STEPVAL",
				   "llquantize() argument #4 (steps) must evenly divide the square of argument #1 (factor) when steps>factor and lmag==0");
			return -1;
		}
		if (lmag > 0 && (upow((uint64_t)factor, (int)lmag + 1, &x) || x % (uint64_t)steps != 0)) {
			diag_error(dx, fa->loc, "D_LLQUANT_STEPVAL",
				   "llquantize() argument #4 (steps) must evenly divide pow(argument #1 (factor), lmag (argument #2) + 1) when steps>factor and lmag>0");
			return -1;
		}
	}
	p[0] = factor;
	p[1] = lmag;
	p[2] = hmag;
	p[3] = steps;
	return 0;
}

/* The arguments an aggregating function takes where it is assigned. */
static void agg_func_args(int f, int *lo, int *hi)
{
	switch (f) {
	case AGG_COUNT: *lo = *hi = 0; break;
	case AGG_QUANTIZE: *lo = 1; *hi = 2; break;
	case AGG_LQUANTIZE: *lo = 3; *hi = 5; break;
	case AGG_LLQUANTIZE: *lo = 5; *hi = 6; break;
	default: *lo = *hi = 1; break;
	}
}

/*
 * The count a prototype mismatch expects, as DTrace words it: "N" for a
 * fixed count, "at least N" below a varargs or optional prototype
 * (dt_idcook_sign()), "at most N" above its last optional argument.
 */
const char *sema_proto_want(char *buf, size_t size, int nargs, int lo, int hi)
{
	if (lo == hi)
		snprintf(buf, size, "%d", lo);
	else if (nargs < lo)
		snprintf(buf, size, "at least %d", lo);
	else
		snprintf(buf, size, "at most %d", hi);
	return buf;
}

/*
 * dt_node_is_argcompat(): the values of stack(), ustack() and jstack() are
 * all of type stack, those of sym(), func() and mod() _symaddr, those of
 * usym(), ufunc(), umod() and uaddr() _usymaddr, and a key of one of them
 * matches any other of its type.  The aggregation keeps its first use's
 * layout (the key's record, dt_cg_agg()); emit_agg.c stores the others in
 * it.  0 for any other key.
 */
static int key_group(char letter)
{
	if (letter == 'k' || letter == 'U')
		return 1;
	if (letter >= 'a' && letter <= 'z')
		return 2;
	return letter ? 3 : 0;
}

/*
 * A key that is a char array of 1, 2, 4 or 8 bytes (char n[4], p->comm of
 * such a size): DTrace records the array's bytes by reference, no string
 * (dt_node_is_string()), and such a key record compares as an unsigned
 * integer of its size (dt_aggregate_keycmp()) and prints as one
 * (dt_print_datum(): " %8d" of "AB" is 16961).  1 when k is one, now the
 * array (*tp), recorded as raw bytes (emit_agg.c).
 */
static int chararr_int_key(struct dtc *dx, struct cctx *cc, struct node *k, struct dtype **tp)
{
	if (!(k->flags & NF_CHARARR) || k->kind == N_STRINGOF || (k->flags & NF_XLSTR) ||
	    (k->ival != 1 && k->ival != 2 && k->ival != 4 && k->ival != 8))
		return 0;
	k->flags &= ~NF_CHARARR;
	if (cc->ci->ntmp > 0 && k->id == cc->ci->ntmp - 1)
		cc->ci->ntmp--; /* the string copy's temporary goes unused */
	*tp = k->type = type_array(dx, type_int(dx, 1, 1), (int)k->ival);
	return 1;
}

/*
 * An expression DTrace's parser folds to an integer constant as it builds
 * it (dt_node_op1(), dt_node_op2(): integer, logical and relational
 * operators over constants, casts of them, sizeof of a type or a string
 * constant), so that dt_node_op3() keeps only the chosen operand of
 * c ? x : y (sema_types.c too).
 */
int sema_parse_folded(const struct node *n)
{
	switch (n->kind) {
	case N_INT:
	case N_CHAR:
		return 1;
	case N_UNARY:
		return (n->op == OP_NEG || n->op == OP_PLUS || n->op == OP_BNOT ||
			n->op == OP_LNOT) && sema_parse_folded(n->a);
	case N_BINARY:
	case N_LOGICAL:
		return sema_parse_folded(n->a) && sema_parse_folded(n->b);
	case N_CAST:
		return sema_parse_folded(n->b);
	case N_SIZEOF_TYPE: /* and sizeof of a string constant */
		return 1;
	case N_SIZEOF_EXPR:
		return n->a->kind == N_STRING;
	default:
		return 0;
	}
}

/*
 * dt_node_op3(): c ? x : y whose condition the parser folds to an integer
 * constant is the chosen operand, the other never cooked: @a = 1 ?
 * sum(2) : count() is @a = sum(2), (1 ? x : y) = 3 is x = 3 (x created).
 */
void sema_fold_cond(struct dtc *dx, struct cctx *cc, struct node **np)
{
	while ((*np)->kind == N_COND && sema_parse_folded((*np)->a)) {
		struct dtype *t = check_expr(dx, cc, (*np)->a);

		if (!t || !type_is_int(t) || !((*np)->a->flags & NF_CONST))
			return;
		*np = (*np)->a->ival ? (*np)->b : (*np)->c;
	}
}

/*
 * @name[keys] = func(args): define or check the aggregation, record the
 * function's parameters.  n->id becomes the aggregation's id.  Its value
 * is the aggregation (dt_cook_op2() returns it): of the dynamic type,
 * which an operator around it refuses (x = @a = count(): "aggregation").
 */
struct dtype *sema_agg_assign(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct node *lhs = n->a, *aggn = lhs->kind == N_INDEX ? lhs->a : lhs;
	struct node *keys = lhs->kind == N_INDEX ? lhs->b : NULL, *k, **kp, *call, *arg;
	struct dtype *kt[AGG_MAX_KEYS];
	int kw[AGG_MAX_KEYS], nkeys = 0, f, nargs, lo, hi, i, cgbad = 0;
	char ks[AGG_MAX_KEYS];
	int64_t p[4] = { 0 };
	struct agg_info *ag;
	const char *nm;

	while (aggn->kind == N_INDEX)
		aggn = aggn->a;
	nm = aggn->str;

	if (n->op != OP_ASSIGN) {
		/* dt_cook_op2(): an operator's assignment cooks its left-hand
		 * side as a variable's value: @a is none yet (D_VAR_UNDEF),
		 * and @a[k] is of the dynamic type, which each operator
		 * refuses with its own tag (+= -= D_OP_VFPTR, *= /= D_OP_ARITH,
		 * the others D_OP_INT) */
		if (lhs->kind == N_AGG)
			diag_error(dx, n->loc, "D_VAR_UNDEF", "@%s has not yet been declared or assigned",
				   nm);
		else if (n->op == OP_ADD_ASSIGN || n->op == OP_SUB_ASSIGN)
			diag_error(dx, n->loc, "D_OP_VFPTR",
				   "operator %s requires left-hand scalar operand of known size",
				   op_str(n->op));
		else if (n->op == OP_MUL_ASSIGN || n->op == OP_DIV_ASSIGN)
			diag_error(dx, n->loc, "D_OP_ARITH",
				   "operator %s requires operands of arithmetic type", op_str(n->op));
		else
			diag_error(dx, n->loc, "D_OP_INT",
				   "operator %s requires operands of integral type", op_str(n->op));
		return NULL;
	}
	if (lhs->kind == N_INDEX && lhs->a->kind == N_INDEX) {
		diag_error(dx, lhs->loc, "D_AGG_MDIM",
			   "improper attempt to reference @%s as a multi-dimensional array", nm);
		return NULL;
	}
	ag = agg_find(dx, nm);
	/* function */
	sema_fold_cond(dx, cc, &n->b);
	call = n->b;
	if (call->kind != N_CALL || !call->str) {
		if (check_expr(dx, cc, call))
			diag_error(dx, call->loc, "D_AGG_FUNC",
				   "@%s must be assigned the result of an aggregating function", nm);
		return NULL;
	}
	f = sema_ident_newer(dx, call->str, call->loc) ? -1 : func_of(call->str);
	if (f < 0) {
		/* dt_cook_op2() cooks the right-hand side (its identifier, its
		 * arguments, its prototype) before it wants an aggregating
		 * function there */
		if (check_expr(dx, cc, call))
			diag_error(dx, call->loc, "D_AGG_FUNC",
				   "@%s must be assigned the result of an aggregating function", nm);
		return NULL;
	}
	/*
	 * dt_cook_op2() cooks the right-hand side first (dt_ident_cook(): every
	 * argument, then their number and types against the prototype), then
	 * wants an aggregating function of the aggregation's (D_AGG_REDEF),
	 * and only then cooks the aggregation with its keys
	 * (dt_cook_aggregation()): @a[x] = sum(y) fails on y, and
	 * @a[x] = max(1) after @a = sum(1) is D_AGG_REDEF.
	 */
	for (arg = call->a, nargs = 0; arg; arg = arg->next, nargs++)
		if (!(arg->type = check_expr(dx, cc, arg)))
			return NULL;
	agg_func_args(f, &lo, &hi);
	/* past the quantizations' "...": dt_cg_agg_opt_incr()'s, below */
	if (nargs < lo || (nargs > hi && f < AGG_QUANTIZE)) {
		char want[32];

		diag_error(dx, call->loc, "D_PROTO_LEN",
			   "%s( ) prototype mismatch: %d arg%s passed, %s expected",
			   call->str, nargs, nargs == 1 ? "" : "s",
			   sema_proto_want(want, sizeof(want), nargs, lo, hi));
		return NULL;
	}
	if (int32_args(dx, call, lo))
		return NULL;
	if (ag && (int)ag->func != f) {
		int pline, pcol;

		/* dt_node_op2(), as the parser cooks the assignment (before
		 * the code generator's checks): the line is where the
		 * aggregation was first assigned (its identifier's di_lineno) */
		loc_linecol(dx, ag->loc, &pline, &pcol);
		diag_error(dx, call->loc, "D_AGG_REDEF",
			   "aggregation redefined: @%s\n\t current: @%s = %s( )\n\tprevious: @%s = %s( ) : line %d",
			   nm, nm, call->str, nm, agg_func_names[ag->func], pline);
		return NULL;
	}
	/* keys */
	/* dt_ident_cook(): every key is cooked (@b: D_IDENT_UNDEF when never
	 * assigned; @b[k] is the aggregation, its keys uncooked), then
	 * dt_idcook_assc() checks them one by one */
	for (k = keys; k; k = k->next)
		if (!(k->kind == N_INDEX && k->a->kind == N_AGG) && !(k->type = check_expr(dx, cc, k)))
			return NULL;
	for (k = keys; k; k = k->next) {
		struct dtype *t = k->type;
		if (nkeys == AGG_MAX_KEYS) {
			diag_error(dx, k->loc, "D_KEY_TYPE", "@%s has more than %d key components", nm,
				   AGG_MAX_KEYS);
			return NULL;
		}
		if (k->kind == N_AGG || (k->kind == N_INDEX && k->a->kind == N_AGG))
			t = type_dyn(dx, "aggregation");
		ks[nkeys] = 0;
		if (sema_stack_frames(dx, k, &ks[nkeys]) >= 0) {
			/* stack()/ustack(): 1 + frames words (dtc_abi.h) */
			kw[nkeys] = (1 + sema_stack_frames(dx, k, &ks[nkeys])) * 8;
		} else if ((ks[nkeys] = sema_sym_letter(k))) {
			/* sym() ... the address; usym() ...: address and tgid */
			kw[nkeys] = ks[nkeys] >= 'a' ? 8 : 16;
		} else if (chararr_int_key(dx, cc, k, &t)) {
			if (sema_byref_unaddressable(dx, k))
				return NULL;
			kw[nkeys] = 8;
		} else if (t->kind == TY_STRING) {
			kw[nkeys] = k->kind == N_IDENT && !strcmp(k->str, "execname")
					    ? 16
					    : st(dx)->strsize;
			kw[nkeys] = (kw[nkeys] + 7) & ~7;
		} else if (type_is_scalar(t)) {
			kw[nkeys] = 8;
		} else if (type_key_byref(dx, t) > 0) {
			if (sema_byref_unaddressable(dx, k))
				return NULL;
			/* dt_cg_arglist(): a struct, union or array by reference
			 * (DIF_TF_BYREF), its bytes (emit_agg.c), as an associative
			 * array's key */
			kw[nkeys] = (t->size + 7) & ~7;
		} else if ((t->kind == TY_VOID || t->kind == TY_DYN) && ag) {
			/* dt_idcook_sign() against the known keys: compatible
			 * with none (D_PROTO_ARG below) */
			kw[nkeys] = 8;
		} else if (t->kind == TY_VOID || t->kind == TY_DYN) {
			/* dt_idcook_assc(): void and dynamic keys, as the
			 * aggregation's first signature */
			diag_error(dx, k->loc, "D_KEY_TYPE",
				   "%s expression may not be used as aggregation index: key #%d",
				   t->name, nkeys + 1);
			return NULL;
		} else {
			diag_error(dx, k->loc, "D_UNSUPPORTED",
				   "aggregation keys of type %s are not yet supported by dtc", t->name);
			return NULL;
		}
		kt[nkeys++] = t;
	}
	/*
	 * Keys of a known aggregation against its first use's, as the parser
	 * cooks them (dt_idcook_sign(), "@" prefix, "[ ]" suffix) once it has
	 * checked the function (dt_cook_op2() cooks the aggregation with its
	 * function last): integers match integers of any size, strings
	 * strings, stacks stacks, symbols symbols.
	 */
	if (ag && ag->nkeys != nkeys) {
		diag_error(dx, lhs->loc, "D_PROTO_LEN",
			   "@%s[ ] prototype mismatch: %d key%spassed, %d expected", nm, nkeys,
			   nkeys == 1 ? " " : "s ", ag->nkeys);
		return NULL;
	}
	for (i = 0, kp = &lhs->b; ag && i < nkeys; i++, kp = &(*kp)->next) {
		int zero = ((*kp)->flags & NF_CONST) && type_is_int(kt[i]) && !(*kp)->ival;

		if (!ks[i] && !ag->keystk[i] && ag->keyt[i]->kind == TY_STRING &&
		    type_argcompat(ag->keyt[i], kt[i], zero)) /* a char pointer: its string */
			sema_str_arg(dx, cc, kp);
		if (ks[i] || ag->keystk[i] ? key_group(ks[i]) != key_group(ag->keystk[i])
					   : !type_argcompat(ag->keyt[i], kt[i], zero)) {
			diag_error(dx, lhs->loc, "D_PROTO_ARG",
				   "@%s[ ] key #%d is incompatible with prototype:\n"
				   "\tprototype: %s\n\t      key: %s",
				   nm, i + 1, ag->keyt[i]->name, kt[i]->name);
			return NULL;
		}
	}
	if (sema_tuple_regs(dx, nkeys, lhs->loc))
		return NULL;
	/*
	 * What follows is dt_cg_agg()'s to check, as it generates the code:
	 * the aggregation has its function and keys already (dt_cook_op2()),
	 * so a later assignment's D_AGG_REDEF or key mismatch, found as the
	 * clause is cooked, comes first (cgbad: declared, then refused).
	 */
	if (call->a && !type_is_scalar(call->a->type)) {
		diag_error(dx, call->loc, "D_AGG_SCALAR", "%s( ) argument #1 must be of scalar type",
			   call->str);
		cgbad = 1;
	}
	if (!cgbad && f == AGG_LQUANTIZE && check_lquantize(dx, cc, call, p))
		cgbad = 1;
	if (!cgbad && f == AGG_LLQUANTIZE && check_llquantize(dx, cc, call, p))
		cgbad = 1;
	/* dt_cg_agg_lquantize()/llquantize(): the parameters against the
	 * aggregation's first ones, before the increment */
	if (!cgbad && ag && f == AGG_LQUANTIZE && memcmp(ag->p, p, sizeof(p))) {
		/* dt_cg_agg_lquantize(): the first parameter that differs */
		if (ag->p[0] != p[0])
			diag_error(dx, call->loc, "D_LQUANT_MATCHBASE",
				   "lquantize( ) base (argument #1) doesn't match previous declaration: expected %d, found %d",
				   (int)ag->p[0], (int)p[0]);
		else if (ag->p[1] != p[1])
			diag_error(dx, call->loc, "D_LQUANT_MATCHLIM",
				   "lquantize( ) limit (argument #2) doesn't match previous declaration: expected %d, found %d",
				   (int)ag->p[1], (int)p[1]);
		else
			diag_error(dx, call->loc, "D_LQUANT_MATCHSTEP",
				   "lquantize( ) step (argument #3) doesn't match previous declaration: expected %d, found %d",
				   (int)ag->p[2], (int)p[2]);
		return NULL;
	}
	if (!cgbad && ag && f == AGG_LLQUANTIZE && memcmp(ag->p, p, sizeof(p))) {
		static const char *const what[4][2] = {
			{ "D_LLQUANT_MATCHFACTOR", "factor (argument #1)" },
			{ "D_LLQUANT_MATCHLMAG", "lmag (argument #2)" },
			{ "D_LLQUANT_MATCHHMAG", "hmag (argument #3)" },
			{ "D_LLQUANT_MATCHSTEPS", "steps (argument #4)" },
		};
		for (i = 0; i < 3 && ag->p[i] == p[i]; i++)
			;
		diag_error(dx, call->loc, what[i][0],
			   "llquantize() %s doesn't match previous declaration: expected %d, found %d",
			   what[i][1], (int)ag->p[i], (int)p[i]);
		return NULL;
	}
	/*
	 * dt_cg_agg_opt_incr(): the increment (quantize's 2nd argument,
	 * lquantize's 5th, llquantize's 6th) is any scalar, and nothing may
	 * follow it ("at most N expected", at the increment).
	 */
	if (!cgbad && f >= AGG_QUANTIZE && nargs >= hi) {
		for (arg = call->a, i = 1; i < hi; i++)
			arg = arg->next;
		if (!type_is_scalar(arg->type)) {
			diag_error_cg(dx, call->loc, "D_PROTO_ARG",
				      "%s( ) increment value (argument #%d) must be of scalar type",
				      call->str, hi);
			cgbad = 1;
		} else if (nargs > hi) {
			diag_error_cg(dx, arg->loc, "D_PROTO_LEN",
				      "%s( ) prototype mismatch: %d args passed, at most %d expected",
				      call->str, nargs, hi);
			cgbad = 1;
		}
	}
	if (cgbad && ag)
		return NULL;

	if (!ag) {
		struct agg_info **tail;
		ag = arena_alloc(dx, sizeof(*ag));
		ag->id = st(dx)->naggs++;
		ag->name = nm;
		ag->func = f;
		ag->loc = n->loc;
		ag->nkeys = nkeys;
		for (i = 0; i < nkeys; i++) {
			ag->keyt[i] = kt[i];
			ag->keyw[i] = kw[i];
			ag->keystk[i] = ks[i];
		}
		memcpy(ag->p, p, sizeof(p));
		switch (cgbad ? AGG_COUNT : f) { /* cgbad: never emitted */
		case AGG_COUNT:
		case AGG_SUM: ag->nvals = 1; break;
		case AGG_AVG:
		case AGG_MIN:
		case AGG_MAX: ag->nvals = 2; break;
		case AGG_STDDEV: ag->nvals = 4; break;
		/* + 1: the sum of the values (a power of two: a mask bound) */
		case AGG_QUANTIZE: ag->nvals = AGG_QUANT_NBUCKETS + 1; break;
		case AGG_LQUANTIZE: ag->nvals = (int)((p[1] - p[0]) / p[2]) + 3; break;
		case AGG_LLQUANTIZE: {
			int64_t sf = p[3] / p[0];
			int64_t npos = (p[2] - p[1] + 1) * (p[3] - sf);
			if (npos + 1 > AGG_MAX_LLQ_BINS) {
				diag_error(dx, call->loc, "D_LLQUANT_STEPVAL",
					   "llquantize( ) has more than %d buckets in this dtc",
					   AGG_MAX_LLQ_BINS);
				return NULL;
			}
			ag->nvals = (int)(npos * 2 + 3);
			break;
		}
		}
		for (tail = &st(dx)->aggs; *tail; tail = &(*tail)->next)
			;
		*tail = ag;
		if (cgbad)
			return NULL;
	} else {
		for (i = 0; i < nkeys; i++) /* a string's room (execname's is less); a
					      * stack keeps its first use's record */
			if (kw[i] > ag->keyw[i] && !ag->keystk[i])
				ag->keyw[i] = kw[i];
	}
	n->id = ag->id;
	call->id = ag->id;
	n->type = type_void(dx); /* a statement's (emit_agg.c) */
	return type_dyn(dx, "aggregation");
}

/* @a[k]..., the aggregation @a indexed (once or more), or NULL. */
const struct node *sema_agg_indexed(const struct node *n)
{
	while (n->kind == N_INDEX)
		n = n->a;
	return n->kind == N_AGG ? n : NULL;
}

/* An aggregation argument of an action: N_AGG of a defined aggregation. */
static struct agg_info *agg_arg(struct dtc *dx, struct cctx *cc, struct node *call,
				struct node *a, int argno, const char *tag)
{
	struct agg_info *ag;

	if (a && a->kind == N_INDEX && sema_agg_indexed(a)) {
		/* @a[keys]: the aggregation @a (sema_agg_misuse()), which dt_cg.c
		 * finds undefined if no statement assigns it (D_*_AGGBAD) */
		if (!sema_agg_misuse(dx, cc, a))
			return NULL;
		ag = agg_find(dx, a->a->str);
		if (!ag) {
			char bad[32];

			snprintf(bad, sizeof(bad), "%.*sAGGBAD", (int)(strlen(tag) - 6), tag);
			diag_error(dx, a->loc, arena_strndup(dx, bad, strlen(bad)),
				   "undefined aggregation: @%s", a->a->str);
			return NULL;
		}
		a->id = ag->id;
		return ag;
	}
	if (!a || a->kind != N_AGG) {
		/* dt_node_type_name() of the cooked argument: stack() is a
		 * stack, sym() a _symaddr, count() an aggregating function */
		struct dtype *t = a && a->kind != N_INDEX ? check_expr(dx, cc, a) : NULL;
		diag_error(dx, a ? a->loc : call->loc, tag,
			   "%s( ) argument #%d is incompatible with prototype:\n"
			   "\tprototype: aggregation\n\t argument: %s",
			   call->str, argno, t ? t->name : "int");
		return NULL;
	}
	ag = agg_find(dx, a->str);
	if (!ag) {
		/* the parser cooks @a as an identifier (dt_xcook_ident()) before
		 * dt_cg.c's D_*_AGGBAD check: an aggregation no earlier statement
		 * assigns fails to resolve, whatever the action */
		diag_error(dx, a->loc, "D_IDENT_UNDEF", "failed to resolve @%s: Unknown variable name",
			   a->str);
		return NULL;
	}
	a->id = ag->id;
	return ag;
}

static void act_add_agg(struct action *a, struct agg_info *ag)
{
	int i = a->nargs++;
	if (i >= MAX_ACT_ARGS)
		return;
	a->argk[i] = '@';
	a->argsize[i] = 8;
	(void)ag;
}

/*
 * dt_node_is_argcompat() of two aggregations' k-th keys: stacks take
 * stacks, integers integers of any size, strings strings.
 */
static int printa_key_compat(const struct agg_info *l, const struct agg_info *r, int k)
{
	if (l->keystk[k] || r->keystk[k])
		return (l->keystk[k] != 0) == (r->keystk[k] != 0);
	return type_argcompat(l->keyt[k], r->keyt[k], 0);
}

/* printa([fmt, ] @a, ...): several aggregations joined by key. */
static struct dtype *check_printa(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct node *arg = n->a, *fmt = NULL;
	struct agg_info *ags[MAX_ACT_ARGS], *first;
	struct action *a;
	int nags = 0, argno = 1, i;

	if (!arg) {
		diag_error(dx, n->loc, "D_PROTO_LEN",
			   "printa( ) prototype mismatch: 0 args passed, at least 1 expected");
		return NULL;
	}
	if (arg->kind == N_STRING) {
		fmt = arg;
		arg = arg->next;
		argno++;
		if (!arg) {
			diag_error(dx, n->loc, "D_PRINTA_PROTO",
				   "printa( ) prototype mismatch: 1 args passed, 2 expected");
			return NULL;
		}
	}
	/* the call's cooking resolves each aggregation first (agg_arg()) */
	for (struct node *r = arg; r; r = r->next)
		if (r->kind == N_AGG && !agg_find(dx, r->str))
			return agg_arg(dx, cc, n, r, 0, "D_PRINTA_AGGARG"), NULL;
	/*
	 * dt_cg_act_printa(), argument by argument, to the first error: an
	 * aggregation; one after the first must match its key signature
	 * (dt_printa_validate(): as many keys, each dt_node_is_argcompat():
	 * integers of any size take each other); then the format is checked
	 * against this aggregation's keys and function (%@ is uint64_t for
	 * count(), else int64_t), its keys from argument #2 on.
	 */
	if (fmt)
		cc->cg_line = n->loc; /* its format check sets yylineno first */
	for (i = 0; arg; arg = arg->next, argno++, i++) {
		struct agg_info *ag = agg_arg(dx, cc, n, arg, argno, "D_PRINTA_AGGARG");
		int k;

		if (!ag)
			return NULL;
		if (nags == MAX_ACT_ARGS) {
			diag_error(dx, arg->loc, "D_PRINTA_AGGARG", "printa( ) has too many arguments");
			return NULL;
		}
		ags[nags++] = ag;
		first = ags[0];
		if (i > 0 && ag->nkeys != first->nkeys) {
			diag_error_at(dx, n->loc, cc->cg_line, "D_PRINTA_AGGKEY",
				   "printa( ): @%s and @%s do not have matching key signatures: "
				   "@%s has %d key%s, @%s has %d key%s",
				   first->name, ag->name, first->name, first->nkeys,
				   first->nkeys == 1 ? "" : "s", ag->name, ag->nkeys,
				   ag->nkeys == 1 ? "" : "s");
			return NULL;
		}
		for (k = 0; i > 0 && k < ag->nkeys; k++)
			if (!printa_key_compat(first, ag, k)) {
				diag_error_at(dx, n->loc, cc->cg_line, "D_PRINTA_AGGPROTO",
					   "printa( ): @%s[ ] key #%d is incompatible with @%s:\n"
					   "%9s key #%d: %s\n%9s key #%d: %s",
					   ag->name, k + 1, first->name, first->name, k + 1,
					   first->keyt[k]->name, ag->name, k + 1, ag->keyt[k]->name);
				return NULL;
			}
		if (fmt) {
			struct dt_fmt_arg fargs[AGG_MAX_KEYS];
			struct dt_fmt_err err;
			unsigned vflags = DT_FMT_V_AGG | (ag->func == AGG_COUNT ? DT_FMT_V_COUNT : 0) |
					  (st(dx)->target_used ? DT_FMT_V_TARGET : 0); /* as printf */
			for (k = 0; k < ag->nkeys; k++) {
				fmt_arg_of(dx, ag->keyt[k], &fargs[k]);
				if (ag->keystk[k] == 'k' || ag->keystk[k] == 'U')
					fargs[k].kind = DT_FA_STACK; /* %k */
			}
			if (dt_fmt_check("printa", fmt->str, fargs, ag->nkeys, 1, vflags, &err) < 0) {
				/* code generation's (dt_printf_create()), as printf's */
				diag_error_cg_at(dx, fmt->loc, n->loc, err.tag, "%s", err.msg);
				return NULL;
			}
		}
	}
	a = new_action(dx, cc, "printa");
	a->fmt = fmt ? fmt->str : NULL;
	for (i = 0; i < nags; i++)
		act_add_agg(a, ags[i]);
	act_finish(a);
	n->id = a->id;
	return n->type = type_void(dx);
}

/*
 * What DTrace's dtrace_setopt() does with setopt(NAME) while tracing, for a
 * constant NAME, recorded in the action for dtrun: "" sets it (a dynamic
 * run-time option, or a compile-time one, which changes nothing then),
 * "runtime" is EDT_ACTIVE (a run-time option: "Operation illegal when
 * tracing is active"), "unknown" EDT_BADOPTNAME ("Invalid option name").
 */
static const char *setopt_kind(const struct node *name)
{
	const struct dt_opt_def *d;

	if (!name || name->kind != N_STRING)
		return "";
	/* the shared option table (runtime/dt_opt.c): dt_options.c's lists */
	d = dt_opt_find(name->str);
	if (!d)
		return "unknown";
	return d->when == DT_OPTW_LOAD ? "runtime" : "";
}

/*
 * dt_cook_func() cooks a call's arguments before dt_ident_cook() counts
 * them: where the count is wrong, an argument that fails to cook (an
 * aggregation or a variable no statement assigns: D_IDENT_UNDEF) is the
 * error.  0 when they all cook.
 */
static int cook_args_first(struct dtc *dx, struct cctx *cc, struct node *args)
{
	for (struct node *a = args; a; a = a->next)
		if (a->kind == N_AGG || (a->kind == N_INDEX && sema_agg_indexed(a))
			    ? !sema_agg_misuse(dx, cc, a)
			    : !check_expr(dx, cc, a))
			return -1;
	return 0;
}

static struct dtype *sema_agg_call(struct dtc *dx, struct cctx *cc, struct node *n)
{
	int nargs = count_args(n->a);
	struct agg_info *ag;
	struct action *a;
	struct dtype *t;
	const char *nm = n->str;

	if (!strcmp(nm, "printa"))
		return check_printa(dx, cc, n);
	if (!strcmp(nm, "setopt")) {
		struct node *arg;
		if (nargs < 1 || nargs > 2) {
			if (cook_args_first(dx, cc, n->a))
				return NULL;
			diag_error(dx, n->loc, "D_PROTO_LEN",
				   "setopt( ) prototype mismatch: %d arg%s passed, %s expected", nargs,
				   nargs == 1 ? "" : "s", nargs < 1 ? "at least 1" : "at most 2");
			return NULL;
		}
		struct dtype *ts[2];
		int i = 0;

		/* dt_ident_cook(): both arguments cooked, then their types */
		for (arg = n->a; arg; arg = arg->next)
			if (!(ts[i++] = check_expr(dx, cc, arg)))
				return NULL;
		a = new_action(dx, cc, "setopt");
		for (arg = n->a, i = 0; arg; arg = arg->next) {
			t = ts[i++];
			if (sema_const_zero(arg)) {
				/* a char * takes the constant 0 (dt_node_is_ptrcompat()):
				 * dtrace reads no string there, the empty one */
				struct node *next = arg->next;
				struct loc loc = arg->loc;

				*arg = (struct node){ .kind = N_STRING, .loc = loc, .next = next,
						      .str = "", .ival = 0 };
				if (!(t = check_expr(dx, cc, arg)))
					return NULL;
			}
			if (t->kind != TY_STRING) {
				diag_error(dx, arg->loc, "D_PROTO_ARG",
					   "setopt( ) argument #%d is incompatible with prototype:\n"
					   "\tprototype: char *\n\t argument: %s",
					   arg == n->a ? 1 : 2, t->name);
				return NULL;
			}
			act_add_arg(dx, a, t);
		}
		a->fmt = setopt_kind(n->a);
		act_finish(a);
		n->id = a->id;
		return n->type = type_void(dx);
	}
	/* clear(@a) denormalize(@a) trunc(@a[, n]) normalize(@a, n) */
	{
		int lo = 1, hi = 1;
		const char *tag = "D_PROTO_ARG";
		if (!strcmp(nm, "trunc"))
			hi = 2;
		if (!strcmp(nm, "normalize"))
			lo = hi = 2;
		if (!strcmp(nm, "normalize") || !strcmp(nm, "denormalize"))
			tag = "D_NORMALIZE_AGGARG";
		if (!strcmp(nm, "clear") || !strcmp(nm, "trunc"))
			tag = !strcmp(nm, "clear") ? "D_CLEAR_AGGARG" : "D_TRUNC_AGGARG";
		if (nargs < lo || nargs > hi) {
			char want[32];

			if (cook_args_first(dx, cc, n->a))
				return NULL;
			diag_error(dx, n->loc, "D_PROTO_LEN",
				   "%s( ) prototype mismatch: %d arg%s passed, %s expected", nm, nargs,
				   nargs == 1 ? "" : "s", sema_proto_want(want, sizeof(want), nargs, lo, hi));
			return NULL;
		}
		/* argument #1 matches the prototype's "@" whatever it is
		 * (dt_idcook_sign()): dt_cg.c wants an aggregation there, after
		 * argument #2 is checked against its type as the call is cooked */
		ag = agg_arg(dx, cc, n, n->a, 1, tag);
		if (nargs == 2) {
			t = n->a->next->kind == N_AGG ? type_void(dx) : check_expr(dx, cc, n->a->next);
			if (!t)
				return NULL;
			if (!type_is_scalar(t) || t->kind == TY_PTR) {
				diag_error(dx, n->a->next->loc, "D_PROTO_ARG",
					   "%s( ) argument #2 is incompatible with prototype:\n"
					   "\tprototype: %s\n\t argument: %s",
					   nm, !strcmp(nm, "trunc") ? "int64_t" : "uint64_t",
					   n->a->next->kind == N_AGG ? "aggregation" : t->name);
				return NULL;
			}
		}
		if (!ag)
			return NULL;
		a = new_action(dx, cc, nm);
		act_add_agg(a, ag);
		/*
		 * The value is recorded at its own size (dt_cg_store_val()):
		 * dt_normalize() reads it unsigned, so normalize(@a, -1) of an
		 * int divides by 4294967295; dt_trunc() reads it signed, so
		 * trunc(@a, (uint8_t)255) keeps the lowest value (-1).
		 */
		if (nargs == 2)
			act_add_arg(dx, a, type_is_int(t) && t->size < 8
					       ? type_int(dx, t->size, strcmp(nm, "normalize") != 0)
					       : type_int(dx, 8, 1));
		act_finish(a);
		n->id = a->id;
		return n->type = type_void(dx);
	}
}

/* An aggregation where a value is expected: DTrace's errors for it. */
struct dtype *sema_agg_misuse(struct dtc *dx, struct cctx *cc, struct node *n)
{
	(void)cc;
	if (n->kind == N_INDEX) {
		/* dt_node_op2()'s "[": @a[keys] is the aggregation @a, declared
		 * if it is not yet, its keys kept uncooked (dt_cook_aggregation()
		 * gives it the dynamic type); one index only (D_AGG_MDIM) */
		if (n->a->kind != N_AGG) {
			while (n->a->kind == N_INDEX)
				n = n->a;
			diag_error(dx, n->loc, "D_AGG_MDIM",
				   "improper attempt to reference @%s as a multi-dimensional array",
				   n->a->str);
			return NULL;
		}
		return n->type = type_dyn(dx, "aggregation");
	}
	/* dt_xcook_ident() finds no aggregation the program has not yet
	 * assigned; one it has is of the dynamic type, which the operator
	 * around it refuses with its own error */
	if (!agg_find(dx, n->str)) {
		diag_error(dx, n->loc, "D_IDENT_UNDEF", "failed to resolve @%s: Unknown variable name",
			   n->str);
		return NULL;
	}
	return n->type = type_dyn(dx, "aggregation");
}

/* The check hook of printa() clear() trunc() normalize() denormalize() setopt(). */
struct dtype *sema_agg_check(struct dtc *dx, struct cctx *cc, struct node *n)
{
	return n->type = sema_agg_call(dx, cc, n);
}

/*
 * The check hook of count() sum() ... outside an aggregation assignment
 * (@a = f(), sema_agg_assign()): dt_ident_cook() cooks the arguments, then
 * checks them against the prototype (dt_idcook_sign()), and the call is of
 * the dynamic type, which the operator around it refuses with its own
 * error; a call no operator refuses (avg(1);) is dt_cg_call_subr()'s
 * D_CG_EXPR, as the statement's code is generated (sema.c).
 */
struct dtype *sema_aggfn_check(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct node *arg;
	int nargs = 0, lo, hi, f;
	char want[32];

	for (arg = n->a; arg; arg = arg->next, nargs++)
		if (!(arg->type = check_expr(dx, cc, arg)))
			return NULL;
	f = func_of(n->str);
	agg_func_args(f, &lo, &hi);
	/* the quantizations' prototypes end in "...": dt_idcook_sign() checks
	 * only the least count ("at least 3") */
	if (nargs < lo || (f < AGG_QUANTIZE && nargs > hi)) {
		diag_error(dx, n->loc, "D_PROTO_LEN", "%s( ) prototype mismatch: %d arg%s passed, %s expected",
			   n->str, nargs, nargs == 1 ? "" : "s",
			   sema_proto_want(want, sizeof(want), nargs, lo, f >= AGG_QUANTIZE ? -1 : hi));
		return NULL;
	}
	if (int32_args(dx, n, lo))
		return NULL;
	if (!cc->cg_pending) { /* dt_cg_call_subr(), unless an operator refuses it first */
		cc->cg_pending = 1;
		cc->cg_loc = n->loc;
		cc->cg_func = n->str;
		cc->cg_kind = "aggregating function";
	}
	return n->type = type_dyn(dx, "aggregating function");
}
