/*
 * sema_print.c: print() and trace() of values that are not scalars or
 * strings: structs, unions and arrays (DTrace records their bytes).
 *
 *   print(p)     p any pointer (print()'s prototype is `void (void *)`):
 *                records the address and the bytes of *p; dtrun prints
 *                "ADDR = *" and the value as DTrace does, typed by the
 *                type description the metadata carries (emit_print.c).
 *                A kernel type is copied member by member, each read a
 *                CO-RE relocation (emit_print.c), into the layout it has
 *                in the compile-time BTF, so the object runs on any kernel.
 *   print(s)     s a string: its address and its strsize bytes, a char
 *                array (D's string type is one).
 *   trace(v)     v a struct, union or array (a char array in memory too):
 *                its bytes, printed as a hex dump (Oracle's
 *                dt_print_rawbytes()).
 *
 * Called from check_call() (sema_call.c); the emitter side is emit_print.c
 * and dtrun's loader/print.c.
 */
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "sema.h"

/* The largest value print() and trace() record: half a record. */
#define PRINT_MAX_SIZE (DT_OUT_SIZE / 2)

static int count_args(struct node *a)
{
	int n = 0;
	for (; a; a = a->next)
		n++;
	return n;
}

/*
 * A kernel struct/union print() copies member by member: mark every member
 * (recursively through nested structs) used so that its definition is
 * emitted, and resolve member types.  Returns the number of reads, or -1
 * when a member's type is unknown.
 */
static int mark_members(struct dtc *dx, struct dtype *t, int depth)
{
	struct dmember *m;
	int n = 0;

	if (depth > 8)
		return -1;
	type_resolve(dx, t);
	t->used = 1;
	for (m = t->members; m; m = m->next) {
		struct dtype *mt;
		if (!m->type && m->btf_type)
			m->type = btf_type_dtype(dx, m->btf_type);
		mt = m->type;
		if (!mt || !m->name)
			return -1;
		m->used = 1;
		if (type_is_sou(mt) && !m->bits) {
			int k = mark_members(dx, mt, depth + 1);
			if (k < 0)
				return -1;
			n += k;
			continue;
		}
		for (struct dtype *e = mt; e; e = e->kind == TY_ARRAY ? e->base : NULL)
			if (type_is_sou(e)) {
				type_resolve(dx, e);
				e->used = 1;
			}
		n++;
	}
	return n;
}

/* Types whose values print() can describe to dtrun. */
static int printable(struct dtype *t)
{
	switch (t->kind) {
	case TY_INT:
	case TY_ENUM:
	case TY_PTR:
	case TY_FLOAT:
		return 1;
	case TY_ARRAY:
		return t->nelem > 0 && printable(t->base);
	case TY_STRUCT:
	case TY_UNION:
		return t->complete;
	case TY_STRING:
	case TY_VOID:
	case TY_FUNC:
	case TY_DYN:
		return 0;
	}
	return 0;
}

/*
 * The bytes of a print() value recorded: all of it, up to the printsize
 * option (DTrace's: 8192 by default, at most 65536, rounded up to 8;
 * dt_opt_printsize()) and to half a record.  dtrun prints what it has and
 * "..." where the value goes on, as DTrace's dt_print_visit() does past
 * printsize.
 */
static int sema_print_recsize(struct dtc *dx, const struct dtype *vt)
{
	long long ps = sema_option_num(dx, "printsize", 8192); /* parsed by dt_opt.c */

	if (ps > PRINT_MAX_SIZE)
		ps = PRINT_MAX_SIZE;
	return vt->size < ps ? vt->size : (int)ps;
}

static struct dtype *check_print(struct dtc *dx, struct cctx *cc, struct node *n)
{
	int nargs = count_args(n->a);
	struct dtype *t, *vt;
	struct action *a;

	if (nargs != 1) {
		diag_error(dx, n->loc, "D_PROTO_LEN", "print( ) prototype mismatch: %d arg%s passed, "
			   "1 expected", nargs, nargs == 1 ? "" : "s");
		return NULL;
	}
	t = check_expr(dx, cc, n->a);
	if (!t)
		return NULL;
	if (t->kind == TY_STRING) {
		/*
		 * A string passes void *'s prototype (dt_node_is_ptrcompat(): D's
		 * string is a char array), and dt_cg_act_print() prints what its
		 * type references: char [strsize], from the string's address.
		 */
		t = type_ptr(dx, type_array(dx, type_int(dx, 1, 1), st(dx)->strmax));
	} else if (t->kind != TY_PTR) {
		diag_error(dx, n->a->loc, "D_PROTO_ARG",
			   "print( ) argument #1 is incompatible with prototype:\n"
			   "\tprototype: void *\n\t argument: %s", t->name);
		return NULL;
	}
	vt = t->base;
	if (vt && type_is_sou(vt))
		type_resolve(dx, vt);
	if (!vt || vt->kind == TY_VOID || (type_is_sou(vt) && !vt->complete)) {
		/* DTrace's dt_cg_act_print(): nothing of size 0 can be printed */
		diag_error(dx, n->a->loc, "D_PRINT_SIZE",
			   "print( ) argument #1 reference has type '%s' with size 0; cannot "
			   "print( ) it.", vt ? vt->name : "void");
		return NULL;
	}
	if (!printable(vt)) {
		diag_error(dx, n->a->loc, "D_UNSUPPORTED",
			   "print( ) of a %s value is not supported by dtc: it has no printable "
			   "type", t->name);
		return NULL;
	}
	if (vt->size <= 0) {
		diag_error(dx, n->a->loc, "D_PRINT_SIZE",
			   "print( ) argument #1 reference has type '%s' with size 0; cannot "
			   "print( ) it.", vt->name);
		return NULL;
	}
	if (type_is_sou(vt) && vt->kernel && mark_members(dx, vt, 0) < 0) {
		diag_error(dx, n->a->loc, "D_UNSUPPORTED",
			   "print( ) of %s is not supported by dtc: a member has no known type",
			   vt->name);
		return NULL;
	}
	if (type_is_sou(vt))
		vt->used = 1;
	a = new_action(dx, cc, "print");
	a->argk[0] = 'p';
	a->argsize[0] = 8;
	a->argk[1] = 'r';
	a->argsize[1] = sema_print_recsize(dx, vt);
	a->nargs = 2;
	a->size = (int)sizeof(struct dt_item) + 8 + ((a->argsize[1] + 7) & ~7);
	a->vtype = vt;
	n->id = a->id;
	return n->type = type_void(dx);
}

/*
 * trace(v) of a struct, union or array value: 1 when handled (its type
 * in *tp, NULL after an error), 0 for the scalars and strings sema_call.c
 * records itself.  v is already checked.
 */
int sema_print_trace(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype *t,
		     struct dtype **tp)
{
	struct node *v = n->a;
	struct action *a;
	int size;

	if (!t)
		return 0;
	if (v->flags & NF_ARRSUM) {
		size = (int)v->ival; /* p->comm + 1: a char [16] from there (dt_cook_op2()) */
	} else if ((v->flags & NF_CHARARR) && !(v->flags & NF_XLSTR) && v->kind != N_STRINGOF &&
		   sema_node_is_mem(v)) {
		size = (int)v->ival; /* a char array in memory: its bytes, as DTrace */
	} else if ((v->flags & NF_CHARARR) && !(v->flags & NF_XLSTR) && v->kind != N_STRINGOF &&
		   v->ival > 0) {
		/* a D variable's char array (char c[4], v.name) is no string
		 * either (dt_node_is_string()): dt_cg_store_val() records it
		 * by reference, dt_print_trace() prints its bytes */
		size = (int)v->ival;
		v->flags &= ~NF_CHARARR;
		if (cc->ci->ntmp > 0 && v->id == cc->ci->ntmp - 1)
			cc->ci->ntmp--; /* the string copy's temporary goes unused */
		v->type = type_array(dx, type_int(dx, 1, 1), size);
	} else if (type_is_sou(t) || t->kind == TY_ARRAY)
		size = t->size;
	else
		return 0;
	*tp = NULL; /* handled here: t is no longer the caller's */
	if (!sema_assoc_member_root(v) && sema_byref_unaddressable(dx, v))
		return 1; /* a[k].arr: from a copy of a[k] (emit_print.c) */
	if (size <= 0 || size > PRINT_MAX_SIZE) {
		diag_error(dx, v->loc, "D_UNSUPPORTED",
			   "trace( ) of %s (%d bytes) is not supported by dtc: at most %d bytes",
			   t->name, size, PRINT_MAX_SIZE);
		return 1;
	}
	a = new_action(dx, cc, "trace");
	a->argk[0] = 'r';
	a->argsize[0] = size;
	a->nargs = 1;
	a->size = (int)sizeof(struct dt_item) + ((size + 7) & ~7);
	n->id = a->id;
	*tp = n->type = type_void(dx);
	return 1;
}

/* print(): 1 when n is a call sema_print.c handles. */
int sema_print_call(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype **tp)
{
	if (strcmp(n->str, "print") != 0)
		return 0;
	*tp = check_print(dx, cc, n);
	return 1;
}
