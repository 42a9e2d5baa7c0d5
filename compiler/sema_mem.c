/*
 * sema_mem.c: DTrace's scratch memory and user-memory subroutines: alloca(),
 * bcopy(), copyin(), copyinto(), copyout() and copyoutstr(), with DTrace's
 * prototypes (libdtrace/dt_open.c) and messages; and the alloca taint.
 *
 * alloca'd memory is a per-CPU region (runtime/dtc_mem.bpf.h) that every
 * clause starts empty.  A pointer into it is a real kernel address, so it
 * prints, compares and converts like any pointer; but loads and stores
 * through it must be bounds-checked against the clause's allocations and
 * stores are allowed nowhere else.  So, as DTrace does (DT_NF_ALLOCA), sema
 * tracks which expressions are alloca'd pointers and which memory is
 * alloca'd, through variables, casts, pointer arithmetic, ?:, *, [], ->, .
 * and &: NF_ALLOCA on a value node marks an alloca'd pointer; on a memory
 * node (NF_MEM) it marks alloca'd memory.  check_expr() calls
 * sema_mem_taint() on every node it checked; emit_types.c and emit_mem.c
 * write the checked accesses.
 */
#include <stdlib.h>
#include <string.h>

#include "sema.h"

/* The memory n designates is alloca'd. */
int sema_mem_is_alloca(const struct node *n)
{
	return (n->flags & NF_ALLOCA) && (n->flags & NF_MEM);
}

/* n's value points into alloca'd memory: an alloca'd pointer, or an array in
 * alloca'd memory (its address). */
int sema_mem_ptr_is_alloca(const struct node *n)
{
	if (!(n->flags & NF_ALLOCA) || !n->type)
		return 0;
	if (n->flags & NF_MEM)
		return n->type->kind == TY_ARRAY;
	return 1;
}

/*
 * n's value is alloca-derived, as DTrace's DT_NF_ALLOCA marks a value: an
 * alloca'd pointer and whatever is computed from it (sema_mem_taint()).  Of
 * memory, p->m and s.m are when p or s is (dt_cook_op2()'s "transfer alloca
 * taint"), *p and p[i] are not (a dereference's node starts unmarked), and
 * an array in alloca'd memory is (its value is its address).
 */
int sema_mem_val_is_alloca(const struct node *n)
{
	if (!(n->flags & NF_ALLOCA) || !n->type)
		return 0;
	if (!(n->flags & NF_MEM))
		return 1;
	if ((n->kind == N_PTR_MEMBER || n->kind == N_MEMBER_OF) && sema_mem_val_is_alloca(n->a))
		return 1;
	return n->type->kind == TY_ARRAY;
}

/* The scratchsize option: alloca()'s bytes per clause (DTrace's default 256). */
static int scratchsize(struct dtc *dx)
{
	struct sema_state *ss = st(dx);
	const char *v;

	if (ss->scratchsize)
		return ss->scratchsize < 0 ? 0 : ss->scratchsize;
	/* dt_opt_scratchsize() adds an 8-byte header to a value set (the
	 * table's parse); alloca() gets the rest: scratchsize rounded up to 8.
	 * dtc's limit (DT_MAX_SCRATCHSIZE) is checked when it is set.
	 * scratchsize=0 stays 0: no scratch space (dtrace makes no scratchmem
	 * map), every alloca() faults (-1 here: known to be 0) */
	v = sema_option(dx, "scratchsize");
	ss->scratchsize = v ? (int)sema_option_num(dx, "scratchsize", 0) - 8 : 256;
	if (ss->scratchsize < 0)
		ss->scratchsize = -1;
	else if (ss->scratchsize < 8)
		ss->scratchsize = 8;
	return ss->scratchsize < 0 ? 0 : ss->scratchsize;
}

/*
 * The argument kinds of their rows in builtins.c, each checked against its
 * prototype as dt_node_is_argcompat() does: 'x' an integer (size_t,
 * uintptr_t: no pointer passes), 'm' a pointer compatible with the
 * prototype's (void *, char *: a pointer, an array, a string, or the
 * constant 0), 'a' a void * that code generation then wants alloca'd.
 */
static int arg_ok(struct dtc *dx, char k, const char *proto, struct node *arg, struct dtype *t)
{
	struct dtype *pt;

	if (k == 'x')
		return type_is_int(t);
	pt = type_ptr(dx, !strncmp(proto, "char", 4) ? type_int(dx, 1, 1) : type_void(dx));
	return type_argcompat(pt, t, (arg->flags & NF_CONST) && type_is_int(t) && !arg->ival);
}

/* The check hook of alloca() bcopy() copyin() copyinto() copyout() copyoutstr(). */
struct dtype *sema_mem_check(struct dtc *dx, struct cctx *cc, struct node *n)
{
	const struct builtin *ms = builtin_find(n->str);
	struct node *arg, *size;
	uint64_t bound;
	int nargs = 0, want, i;

	want = (int)strlen(ms->args);
	/* dt_ident_cook(): the arguments are cooked, then counted */
	for (arg = n->a; arg; arg = arg->next, nargs++)
		if (!(arg->type = check_expr(dx, cc, arg)))
			return NULL;
	if (nargs != want) {
		diag_error(dx, n->loc, "D_PROTO_LEN",
			   "%s( ) prototype mismatch: %d arg%s passed, %d expected", n->str, nargs,
			   nargs == 1 ? "" : "s", want);
		return NULL;
	}
	for (arg = n->a, i = 0; arg; arg = arg->next, i++) {
		struct dtype *t = arg->type;
		const char *proto = sema_proto_of(dx, ms->protos, i);

		if (!arg_ok(dx, ms->args[i], proto, arg, t)) {
			diag_error(dx, arg->loc, "D_PROTO_ARG",
				   "%s( ) argument #%d is incompatible with prototype:\n"
				   "\tprototype: %s\n\t argument: %s",
				   n->str, i + 1, proto, t->name);
			return NULL;
		}
	}
	for (arg = n->a, i = 0; arg; arg = arg->next, i++)
		if (ms->args[i] == 'a' && !sema_mem_val_is_alloca(arg)) {
			/* code generation's (dt_cg_subr_bcopy_impl()): the
			 * destination must be alloca-derived: a cast of one
			 * to any type, stringof, arithmetic on it are; a
			 * string variable is not, it was assigned by value */
			diag_error_cg(dx, arg->loc, "D_PROTO_ARG",
				      "%s( ) argument #%d is incompatible with prototype:\n"
				      "\tprototype: alloca pointer\n\t argument: non-alloca pointer",
				      n->str, i + 1);
			return NULL;
		}
	st(dx)->uses_alloca = 1;
	/* DTrace's dt_cg_subr_alloca_impl(), which copyin() calls too: a
	 * constant size (unsigned: -1 is huge) past the scratch space */
	size = !strcmp(n->str, "alloca") ? n->a : !strcmp(n->str, "copyin") ? n->a->next : NULL;
	/* (scratchsize=0: DTrace's int scratchsize - 8, -8, compared unsigned) */
	bound = scratchsize(dx) ? (uint64_t)scratchsize(dx) : (uint64_t)-8;
	if (size && (size->flags & NF_CONST) && (uint64_t)size->ival > bound) {
		/* code generation's error: the call is still cooked (typed
		 * void *), so a variable it initializes is declared */
		diag_error(dx, n->loc, "D_ALLOCA_SIZE", "alloca(%llu) size larger than scratchsize %llu",
			   (unsigned long long)size->ival, (unsigned long long)bound);
	}
	scratchsize(dx);
	if (ms->flags & BI_DESTRUCTIVE) {
		/* recorded as an action that writes nothing, so dtrun asks for -w */
		int rec = cc->ci->records, nact = cc->nact_in_clause;
		struct action *a = new_action(dx, cc, ms->name);
		a->size = 0;
		cc->ci->records = rec;
		cc->nact_in_clause = nact;
	}
	if (!strcmp(n->str, "alloca") || !strcmp(n->str, "copyin")) {
		n->flags |= NF_ALLOCA;
		return n->type = type_ptr(dx, type_void(dx));
	}
	return n->type = type_void(dx);
}

/* The variable an assignment or a read names, or NULL. */
static struct sym *var_of(const struct node *n)
{
	if (n->flags & NF_MEM)
		return NULL;
	if (n->kind == N_IDENT || n->kind == N_PTR_MEMBER || n->kind == N_INDEX)
		return n->sym && n->sym->kind != SYM_BUILTIN ? n->sym : NULL;
	return NULL;
}

static const struct node *skip_casts(const struct node *n)
{
	while (n->kind == N_CAST)
		n = n->b;
	return n;
}

/* A store whose variable is alloca'd, for sema_mem_clause_end() */
struct astore {
	struct sym *s;
	struct loc loc, at; /* the assignment, and yylineno as its code is generated */
	struct astore *next;
};

/*
 * x = e (dt_cook_op2()): an alloca'd value that is no string taints x
 * (DT_IDFLG_ALLOCA); any other but the constant 0 marks it as holding
 * other values (DT_IDFLG_NONALLOCA).  Code generation then refuses a store
 * into an alloca'd variable (one tainted before, or by this store) that is
 * marked so, wherever in the clause or before the mark was made
 * (dt_cg_store_var()): sema_mem_clause_end() checks the clause's stores.
 */
static void taint_assign(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct sym *s = var_of(n->a);
	const struct node *r = skip_casts(n->b);
	int al = sema_mem_val_is_alloca(n->b) && n->b->type->kind != TY_STRING;

	if (!s)
		return;
	if (n->b->flags & NF_NONASSIGN) {
		diag_error(dx, r->loc, "D_ALLOCA_INCOMPAT",
			   "ternary conditional with alloca and non-alloca branches cannot be "
			   "assigned to a variable");
		return;
	}
	if (al || (s->alloca & 1)) {
		struct astore *a = arena_alloc(dx, sizeof(*a)), **tail = &cc->astores;

		*a = (struct astore){ s, n->loc, cc->cg_line, NULL };
		while (*tail)
			tail = &(*tail)->next;
		*tail = a;
	}
	if (al)
		s->alloca |= 1;
	else if (!sema_const_zero(n->b))
		s->alloca |= 2;
	if (s->alloca & 1)
		n->flags |= NF_ALLOCA; /* the variable's value, as its node has */
}

/* The clause's stores into alloca'd variables marked as holding others:
 * dtrace stops at the first; dtc says the first of each variable. */
void sema_mem_clause_end(struct dtc *dx, struct cctx *cc)
{
	for (struct astore *a = cc->astores; a; a = a->next) {
		struct astore *b = cc->astores;

		while (b != a && b->s != a->s)
			b = b->next;
		if (b == a && (a->s->alloca & 2))
			diag_error_cg_at(dx, a->loc, a->at, "D_ALLOCA_INCOMPAT",
					 "%s: cannot reuse the same identifier for both alloca and "
					 "non-alloca allocations", a->s->name);
	}
}

/* dt_node_prop_alloca(), dt_cook_taint_alloca(): from an alloca-derived
 * operand, the taint and whether it may be assigned (DT_NF_NONASSIGN). */
static void prop_taint(struct node *n, const struct node *from)
{
	if (!sema_mem_val_is_alloca(from))
		return;
	n->flags |= NF_ALLOCA | (from->flags & NF_NONASSIGN);
}

/* dt_node_type_propagate() (unary - + ~, shifts): the operand's flags. */
static void copy_taint(struct node *n, const struct node *from)
{
	if (sema_mem_val_is_alloca(from))
		n->flags |= NF_ALLOCA;
	n->flags |= from->flags & NF_NONASSIGN;
}

/*
 * The alloca taint of n's value (DT_NF_ALLOCA), from its operands' as
 * dt_cook_op1(), dt_cook_op2() and dt_cook_op3() pass it on: a cast to any
 * type, stringof, unary + - ~, the arithmetic, bitwise and logical
 * operators of either operand (not the comparisons), a shift of its left
 * operand, ?: of its true branch, a comma of its right operand, ++ and --
 * of their variable.  And of memory (NF_MEM): p[i], *p, p->m of an alloca'd
 * pointer, s.m of alloca'd memory.
 */
void sema_mem_taint(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct sym *s;

	if (!n->type)
		return;
	switch (n->kind) {
	case N_IDENT:
	case N_PTR_MEMBER:
	case N_INDEX:
		s = var_of(n);
		if (s) {
			if (s->alloca & 1)
				n->flags |= NF_ALLOCA;
			return;
		}
		if (n->kind == N_IDENT || !(n->flags & NF_MEM))
			return;
		/* p[i], p->m: memory of an alloca'd pointer or array */
		if (sema_mem_ptr_is_alloca(n->a))
			n->flags |= NF_ALLOCA;
		return;
	case N_MEMBER_OF:
		if (sema_mem_is_alloca(n->a) || sema_mem_val_is_alloca(n->a))
			n->flags |= NF_ALLOCA;
		return;
	case N_UNARY:
		if (n->op == OP_DEREF && (n->flags & NF_MEM) && sema_mem_ptr_is_alloca(n->a))
			n->flags |= NF_ALLOCA;
		else if (n->op == OP_ADDR && sema_mem_is_alloca(n->a))
			n->flags |= NF_ALLOCA;
		else if (n->op == OP_NEG || n->op == OP_PLUS || n->op == OP_BNOT)
			copy_taint(n, n->a);
		return;
	case N_INCDEC:
	case N_CAST:
	case N_STRINGOF:
		prop_taint(n, n->kind == N_CAST ? n->b : n->a);
		return;
	case N_BINARY:
		if (n->op == OP_SHL || n->op == OP_SHR) {
			copy_taint(n, n->a);
		} else if (n->op != OP_LT && n->op != OP_LE && n->op != OP_GT && n->op != OP_GE &&
			   n->op != OP_EQ && n->op != OP_NE) {
			prop_taint(n, n->a);
			prop_taint(n, n->b);
		}
		return;
	case N_LOGICAL:
		prop_taint(n, n->a);
		prop_taint(n, n->b);
		return;
	case N_COND:
		/* dt_cook_op3(): alloca'd as its true branch; not assignable
		 * where the branches differ, or either is not */
		if (sema_mem_val_is_alloca(n->b))
			n->flags |= NF_ALLOCA;
		if (sema_mem_val_is_alloca(n->b) != sema_mem_val_is_alloca(n->c) ||
		    ((n->b->flags | n->c->flags) & NF_NONASSIGN))
			n->flags |= NF_NONASSIGN;
		return;
	case N_COMMA:
		prop_taint(n, n->b);
		return;
	case N_ASSIGN:
		taint_assign(dx, cc, n);
		return;
	default:
		return;
	}
}
