/*
 * sema_cond.c: the ?: operator, typed as DTrace's dt_cook_op3() types it
 * (K&R A7.16): a constant condition is the chosen operand itself; else
 * compatible types, integers promoted, a string and a char pointer (or
 * array) a string, or pointers dt_node_is_ptrcompat() takes, 0 among them.
 * Called by check_expr() (sema_expr.c).
 */
#include "sema.h"

/* @a or @a[k] read as a value: DTrace cooks it as an aggregation node of
 * type <DYN> (dt_cook_aggregation() without a function). */
static int is_agg_ref(const struct node *n)
{
	return n->kind == N_AGG || (n->kind == N_INDEX && n->a->kind == N_AGG);
}

/* A call of one of DTrace's actions (dt_node_is_actfunc()). */
static int builtin_is_act(const struct node *n)
{
	return builtin_is(n, BI_ACT);
}

struct dtype *sema_check_cond(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *t, *l, *r, *lt, *rt;
	/*
	 * String temporaries: the condition's are dead once it is
	 * tested (it is a scalar), and the two branches, of which one
	 * runs, share theirs.
	 */
	int mark = cc->ci->ntmp, hi;
	if (is_agg_ref(n->b) || is_agg_ref(n->c)) {
		/* an aggregation is dynamic: DTrace's dt_cook_op3() */
		t = check_expr(dx, cc, n->a);
		l = is_agg_ref(n->b) ? NULL : check_expr(dx, cc, n->b);
		r = is_agg_ref(n->c) ? NULL : check_expr(dx, cc, n->c);
		if (t && !type_is_scalar(t))
			diag_error(dx, n->a->loc, "D_OP_SCALAR",
				   "operator ?: expression must be of scalar type");
		else if (t && (l || is_agg_ref(n->b)) && (r || is_agg_ref(n->c)))
			diag_error(dx, n->loc, "D_OP_DYN",
				   "operator ?: operands cannot be of dynamic type");
		return NULL;
	}
	t = check_expr(dx, cc, n->a);
	if (t && type_is_int(t) && (n->a->flags & NF_CONST)) {
		/* dt_node_op3(): a constant condition is the chosen
		 * operand itself, with its own type; the other is
		 * dropped unchecked, as the parser drops it */
		struct node *next = n->next;

		*n = *(n->a->ival ? n->b : n->c);
		n->next = next;
		return check_expr(dx, cc, n);
	}
	if (t && t->kind != TY_STRING)
		cc->ci->ntmp = mark;
	mark = cc->ci->ntmp;
	l = check_expr(dx, cc, n->b);
	hi = cc->ci->ntmp;
	cc->ci->ntmp = mark;
	r = check_expr(dx, cc, n->c);
	if (hi > cc->ci->ntmp)
		cc->ci->ntmp = hi;
	if (!t || !l || !r)
		return NULL;
	/* dt_cook_op3(), once the operands are cooked: the condition, then
	 * dynamic operands (an aggregating function's call: x ? sum(1) : 2) */
	if (!type_is_scalar(t)) {
		diag_error(dx, n->a->loc, "D_OP_SCALAR",
			   "operator ?: expression must be of scalar type");
		return NULL;
	}
	if (l->kind == TY_DYN || r->kind == TY_DYN) {
		diag_error(dx, n->loc, "D_OP_DYN", "operator ?: operands cannot be of dynamic type");
		return NULL;
	}
	if (builtin_is_act(n->b) || builtin_is_act(n->c)) {
		/* after the operands' types: an action's (void, stack, ...)
		 * matches only its own kind */
		if (type_compatible(l, r))
			diag_error(dx, n->loc, "D_OP_ACT",
				   "action cannot be used in a conditional context");
		else
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operator ?: operands must have compatible types");
		return NULL;
	}
	if (sema_chararr_opnds(dx, cc, &n->b, &n->c, &lt, &rt)) {
		/* c ? p->comm : q, no string beside: compatible types
		 * (dt_cook_op3()), and the type is a pointer's where
		 * dt_node_is_ptrcompat() picks q's (uint8_t *) */
		if (type_compatible(lt, rt))
			;
		else if (!sema_ptrcompat(n->b, lt, n->c, rt)) {
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operator ?: operands must have compatible types");
			return NULL;
		} else if (rt->kind == TY_PTR && !type_is_vfptr(rt)) {
			sema_chararr_as_ptr(dx, cc, &n->b, 0);
			l = n->b->type;
		}
	}
	if (l->kind == TY_STRING || r->kind == TY_STRING) {
		struct dtype *o = l->kind == TY_STRING ? r : l;
		struct node **op = l->kind == TY_STRING ? &n->c : &n->b;

		if (o->kind == TY_PTR && o->base &&
		    ((o->base->kind == TY_INT && o->base->size == 1) || o->base->kind == TY_VOID)) {
			/* a string and a char pointer: a string
			 * (dt_node_is_strcompat()), p read as one; a void
			 * pointer is compatible with it (dt_node_is_ptrcompat())
			 * and the type is the string's */
			sema_str_from_ptr(dx, cc, op);
			o = type_string(dx);
		} else if (sema_const_zero(*op)) {
			/* c ? s : 0: dt_node_is_ptrcompat() takes 0 for any
			 * pointer, a string too, and the type is the string's;
			 * the 0 is the NULL string (emit_expr.c) */
			o = type_string(dx);
		}
		if (o->kind != TY_STRING) {
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operator ?: operands must have compatible types");
			return NULL;
		}
		n->id = new_tmp(dx, cc, n);
		return n->type = l->kind == TY_STRING ? l : r;
	}
	if (type_is_arith(l) && type_is_arith(r)) {
		n->type = type_dtrace_arith(dx, l, r); /* dt_cook_op3(): no promotion */
		if ((n->a->flags & NF_CONST) && (n->b->flags & NF_CONST) &&
		    (n->c->flags & NF_CONST)) { /* fold */
			/* dt_node_op3(): the chosen operand, its value raw */
			n->flags |= NF_CONST;
			n->ival = n->a->ival ? n->b->ival : n->c->ival;
		}
		return n->type;
	}
	/* DTrace's dt_cook_op3() (K&R A7.16): the same types, or
	 * compatible pointers, or a pointer and 0 */
	if (type_compatible(l, r))
		return n->type = l;
	if (!sema_ptrcompat(n->b, l, n->c, r)) {
		diag_error(dx, n->loc, "D_OP_INCOMPAT",
			   "operator ?: operands must have compatible types");
		return NULL;
	}
	/* dt_node_is_ptrcompat(): the more specific type, the
	 * right's unless it is 0 or a void pointer; an array is a
	 * pointer to its first element here */
	t = type_is_int(l) ? r : type_is_int(r) ? l :
	    r->kind == TY_PTR && r->base && r->base->kind == TY_VOID ? l : r;
	if (t->kind == TY_ARRAY)
		t = type_ptr(dx, t->base);
	sema_array_as_ptr(dx, &n->b, t);
	sema_array_as_ptr(dx, &n->c, t);
	return n->type = t;
}
