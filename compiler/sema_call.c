/*
 * sema_call.c: actions and subroutines: prototype checks with DTrace's
 * messages, and the registration of each data-recording action with its
 * record layout (struct action) for the emitter and the metadata.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "../runtime/dt_fmt.h"
#include "sema.h"
#include "agg.h"

/* ---- actions and subroutines ---------------------------------------------- */

struct action *new_action(struct dtc *dx, struct cctx *cc, const char *kind)
{
	struct action *a = arena_alloc(dx, sizeof(*a));
	a->id = st(dx)->nacts++;
	a->clause = cc->ci->id;
	a->kind = kind;
	*st(dx)->acts_tail = a;
	st(dx)->acts_tail = &a->next;
	cc->nact_in_clause++;
	cc->ci->records = 1;
	return a;
}

void act_add_arg(struct dtc *dx, struct action *a, struct dtype *t)
{
	int i = a->nargs++;
	if (i >= MAX_ACT_ARGS)
		return;
	if (t && t->kind == TY_STRING) {
		a->argk[i] = 's';
		a->argsize[i] = st(dx)->strsize;
	} else if (t && t->kind == TY_PTR) {
		a->argk[i] = 'p';
		a->argsize[i] = 8;
	} else if (t && t->kind == TY_FLOAT) {
		/* BPF has no FP arithmetic: the raw bits, formatted by dtrun */
		a->argk[i] = 'f';
		a->argsize[i] = t->size;
	} else {
		/* an enum is unsigned: dt_node_type_assign() sets DT_NF_SIGNED
		 * only for a signed integer encoding, so trace() and %d print
		 * an enum value as unsigned */
		a->argk[i] = (t && t->is_signed && t->kind != TY_ENUM) ? 'i' : 'u';
		a->argsize[i] = t ? t->size : 8;
	}
}

/*
 * A D bit-field's value has a type of its own, an integer of its width that
 * dt_decl_member() adds with ctf_add_integer(): libctf sizes it
 * clp2(ceil(bits / 8)) bytes, and dt_printf.c formats that many (%x of an
 * int : 4 holding -8 is f8, %u 248).  Kernel bit-fields are libctf slices
 * (dt_btf.c) and keep their declared type's size here.
 */
static void act_bitfield_size(struct action *a, int i, const struct node *arg)
{
	const struct dtype *st;
	int unit = 1;

	if (i >= MAX_ACT_ARGS || !arg || !(arg->flags & NF_BITFIELD) || !arg->member ||
	    (a->argk[i] != 'i' && a->argk[i] != 'u') || !arg->a || !arg->a->type)
		return;
	st = arg->kind == N_PTR_MEMBER ? arg->a->type->base : arg->a->type;
	if (!st || st->kernel)
		return;
	while (unit * 8 < arg->member->bits)
		unit <<= 1;
	if (unit < a->argsize[i])
		a->argsize[i] = unit;
}

void act_finish(struct action *a)
{
	int i, sz = sizeof(struct dt_item);
	for (i = 0; i < a->nargs && i < MAX_ACT_ARGS; i++)
		sz += a->argk[i] == 's' || a->argk[i] == 'f' || a->argk[i] == 'r'
			      ? (a->argsize[i] + 7) & ~7 : 8;
	a->size = sz;
}

static int count_args(struct node *a)
{
	int n = 0;
	for (; a; a = a->next)
		n++;
	return n;
}

static void proto_len_error(struct dtc *dx, struct node *n, int got, const char *want)
{
	diag_error(dx, n->loc, "D_PROTO_LEN", "%s( ) prototype mismatch: %d arg%s passed, %s", n->str,
		   got, got == 1 ? "" : "s", want);
}

void fmt_arg_of(struct dtc *dx, struct dtype *t, struct dt_fmt_arg *fa)
{
	memset(fa, 0, sizeof(*fa));
	if (!t) {
		fa->kind = DT_FA_INT;
		fa->size = 4;
		fa->is_signed = 1;
		fa->type_name = "int";
		return;
	}
	fa->size = t->kind == TY_STRING ? st(dx)->strsize : t->size;
	fa->is_signed = t->is_signed && t->kind != TY_ENUM; /* DT_NF_SIGNED, as above */
	fa->type_name = t->name;
	fa->base_name = t->cname;
	switch (t->kind) {
	case TY_INT:
	case TY_ENUM:
		fa->kind = DT_FA_INT;
		fa->is_enum = t->kind == TY_ENUM;
		fa->is_int64_typedef = t->size == 8 && (!strcmp(t->name, "int64_t") ||
							!strcmp(t->name, "uint64_t"));
		if (t->size == 8 && strstr(t->name, "long long")) /* 1LL: dt_node_int() */
			fa->base_name = t->is_signed ? "long long" : "unsigned long long";
		else if (t->size == 8)
			fa->base_name = t->is_signed ? "long" : "unsigned long";
		break;
	case TY_PTR: fa->kind = DT_FA_PTR; break;
	case TY_STRING: fa->kind = DT_FA_STRING; break;
	case TY_ARRAY:
		/* pfcheck_wstr(): an array of 32-bit integers (wchar_t []) */
		fa->kind = t->base && t->base->kind == TY_INT && t->base->size == 4
				   ? DT_FA_INTARRAY32 : DT_FA_OTHER;
		break;
	case TY_VOID: fa->kind = DT_FA_VOID; break;
	case TY_FLOAT: fa->kind = DT_FA_FLOAT; break;
	default: fa->kind = DT_FA_OTHER; break;
	}
	/* sym(), func()...: DTrace's _symaddr and _usymaddr are typedefs of
	 * void, which %a and %A take and the integer conversions refuse
	 * (sema_stack.c names the types) */
	if (sema_is_actval(t) && !strcmp(t->name, "_symaddr"))
		fa->kind = DT_FA_SYMADDR;
	else if (sema_is_actval(t) && !strcmp(t->name, "_usymaddr"))
		fa->kind = DT_FA_USYMADDR;
}

/*
 * printf() and the actions formatted like it (system(), freopen()): func
 * names the call in messages; the action recorded is a "printf" one.
 */
struct dtype *sema_printf_like(struct dtc *dx, struct cctx *cc, struct node *n, const char *func)
{
	struct node *fmt = n->a, *arg, *args[MAX_ACT_ARGS];
	struct action *a;
	struct dtype *types[MAX_ACT_ARGS], *ft = NULL;
	struct dt_fmt_arg fargs[MAX_ACT_ARGS];
	struct dt_fmt_err err;
	int nargs = 0, i, bad = 0;

	if (!fmt) {
		diag_error(dx, n->loc, "D_PROTO_LEN", DT_FMT_MSG_PROTO_LEN, func, 0, 1);
		return NULL;
	}
	/* dt_cook_func() cooks the arguments in order, the format first:
	 * printf((uint64_t)"s", p + 1) is the cast's D_CAST_INVAL */
	if (fmt->kind != N_STRING && !(ft = check_expr(dx, cc, fmt)))
		return NULL;
	for (arg = fmt->next; arg; arg = arg->next) {
		struct dtype *t = check_expr(dx, cc, arg);
		if (!t)
			bad = 1; /* reported: not again as a mismatch */
		if (nargs == MAX_ACT_ARGS) {
			diag_error(dx, arg->loc, "D_PROTO_LEN", "%s( ) has more than %d arguments",
				   func, MAX_ACT_ARGS);
			return NULL;
		}
		args[nargs] = arg;
		types[nargs] = t;
		fmt_arg_of(dx, t, &fargs[nargs]);
		if (sema_stack_frames(dx, arg, &(char){ 0 }) >= 0)
			fargs[nargs].kind = DT_FA_STACK; /* %k's pfcheck_stack() */
		nargs++;
	}
	/*
	 * printf()'s prototype is "void(string, ...)", system()'s and
	 * freopen()'s "void(@, ...)" (dt_open.c): the arguments are checked as
	 * expressions, then against the prototype, then code generation wants
	 * the format to be a string constant (dt_cg_act_printf()).
	 */
	if (fmt->kind != N_STRING) {
		if (!strcmp(func, "printf") &&
		    !type_argcompat(type_string(dx), ft, (fmt->flags & NF_CONST) && !fmt->ival))
			diag_error(dx, fmt->loc, "D_PROTO_ARG", DT_FMT_MSG_PROTO_ARG, func, 1,
				   "string", ft->name);
		else
			diag_error(dx, n->loc, "D_PRINTF_ARG_FMT", DT_FMT_MSG_PROTO_ARG, func, 1,
				   "string constant", ft->name);
		if (fmt->kind == N_MACRO && fmt->str[1] == '$' && !dx->dtrace_diags)
			/* dt_lex.l: $$N is a string constant, once its text is known */
			diag_note(dx, fmt->loc, "%s is a string constant when dtc is given the "
				  "arguments: dtc %s -- ARGS", fmt->str,
				  dx->script_name ? dx->script_name : "script.d");
		return NULL;
	}
	cc->cg_line = n->loc; /* dt_cg_act_printf(): yylineno, for the clause's code after it */
	if (bad)
		return NULL;
	if (dt_fmt_check(func, fmt->str, fargs, nargs, 1, DT_FMT_V_EXACTLEN |
			 (st(dx)->target_used ? DT_FMT_V_TARGET : 0), &err) < 0) {
		struct loc at = err.arg >= 0 && err.arg < nargs ? args[err.arg]->loc
			: err.arg < 0 ? fmt->loc : n->loc;
		/* dt_printf_create() and dt_printf_validate(), from code
		 * generation (dt_cg_act_printf()): after the clause's cooking
		 * errors, unlabelled, and xyerror() says the call's line */
		diag_error_cg_at(dx, at, n->loc, err.tag, "%s", err.msg);
		return NULL;
	}
	for (i = 0; i < nargs; i++)
		if (sema_is_actval(types[i])) {
			/* %k takes a stack and %a a sym() value, but the value
			 * is recorded by generating the argument's code, which
			 * a tracing function has not: D_CG_EXPR (sema_stack.c) */
			sema_actval_used(cc, args[i]);
			return type_void(dx);
		}
	a = new_action(dx, cc, "printf");
	a->fmt = fmt->str;
	for (i = 0; i < nargs; i++) {
		act_add_arg(dx, a, types[i]);
		act_bitfield_size(a, i, args[i]);
		/* a char array of N < strsize bytes: %S escapes N bytes at most,
		 * its record's size (pfprint_estr(): strchr2esc(addr, size)) */
		if (types[i] && types[i]->kind == TY_STRING && i < MAX_ACT_ARGS &&
		    sema_char_array_value(dx, args[i]) && args[i]->ival < a->argsize[i])
			a->argcap[i] = (int)args[i]->ival;
		if (types[i] && types[i]->kind == TY_ARRAY && i < MAX_ACT_ARGS) {
			/* %ls of an int [N]: its bytes, by reference, as
			 * dt_cg_store_val() records an array */
			a->argk[i] = 'r';
			a->argsize[i] = types[i]->size;
		}
	}
	act_finish(a);
	n->id = a->id;
	return type_void(dx);
}

/*
 * The check hook of printf(), trace(), exit() and copyinstr() (builtins.c).
 */
static struct dtype *sema_call_check(struct dtc *dx, struct cctx *cc, struct node *n)
{
	int nargs = count_args(n->a);
	struct node *arg;
	struct action *a;
	struct dtype *t;

	if (!strcmp(n->str, "printf"))
		return n->type = sema_printf_like(dx, cc, n, "printf");
	if (!strcmp(n->str, "trace")) {
		if (nargs != 1) {
			proto_len_error(dx, n, nargs, "1 expected");
			return NULL;
		}
		if (n->a->kind == N_INDEX && n->a->a->kind == N_AGG) {
			diag_error(dx, n->a->loc, "D_TRACE_DYN",
				   "trace( ) may not be applied to a dynamic expression");
			return NULL;
		}
		t = check_expr(dx, cc, n->a);
		if (t && t->kind == TY_DYN) { /* dt_cg_act_trace() */
			diag_error(dx, n->a->loc, "D_TRACE_DYN",
				   "trace( ) may not be applied to a dynamic expression");
			return NULL;
		}
		if (sema_is_actval(t)) { /* trace(stack()): D_CG_EXPR (sema_stack.c) */
			sema_actval_used(cc, n->a);
			return n->type = type_void(dx);
		}
		/* "void(@)" takes any type; code generation refuses void (dt_cg_act_trace()) */
		if (t && t->kind == TY_VOID) {
			diag_error(dx, n->a->loc, "D_TRACE_VOID",
				   "trace( ) may not be applied to a void expression");
			return NULL;
		}
		if (sema_print_trace(dx, cc, n, t, &t)) /* structs, arrays: sema_print.c */
			return t;
		a = new_action(dx, cc, "trace");
		act_add_arg(dx, a, t);
		act_bitfield_size(a, 0, n->a);
		act_finish(a);
		n->id = a->id;
		return n->type = type_void(dx);
	}
	if (!strcmp(n->str, "exit")) {
		if (nargs != 1) {
			proto_len_error(dx, n, nargs, "1 expected");
			return NULL;
		}
		t = check_expr(dx, cc, n->a);
		if (t && !type_is_int(t)) {
			diag_error(dx, n->a->loc, "D_PROTO_ARG",
				   "exit( ) argument #1 is incompatible with prototype:\n"
				   "\tprototype: int\n\t argument: %s", t->name);
			return NULL;
		}
		a = new_action(dx, cc, "exit");
		act_add_arg(dx, a, type_int(dx, 4, 1));
		act_finish(a);
		n->id = a->id;
		return n->type = type_void(dx);
	}
	if (!strcmp(n->str, "copyinstr")) {
		if (nargs < 1 || nargs > 2) {
			proto_len_error(dx, n, nargs, nargs < 1 ? "at least 1 expected" : "at most 2 expected");
			return NULL;
		}
		struct dtype *ts[2];
		int i = 0;

		/* dt_ident_cook(): both arguments cooked, then their types */
		for (arg = n->a; arg; arg = arg->next)
			if (!(ts[i++] = check_expr(dx, cc, arg)))
				return NULL;
		for (arg = n->a, i = 0; arg; arg = arg->next) {
			t = ts[i++];
			/* uintptr_t, size_t: no pointer passes (dt_node_is_argcompat()) */
			if (!type_is_int(t)) {
				diag_error(dx, arg->loc, "D_PROTO_ARG",
					   "copyinstr( ) argument #%d is incompatible with prototype:\n"
					   "\tprototype: %s\n\t argument: %s",
					   arg == n->a ? 1 : 2, arg == n->a ? "uintptr_t" : "size_t",
					   t->name);
				return NULL;
			}
		}
		return n->type = type_string(dx);
	}
	dtc_bug("%s( ) is not printf, trace, exit or copyinstr", n->str);
}

/* The check hook of print() (sema_print.c). */
static struct dtype *sema_print_check(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *t = NULL;

	sema_print_call(dx, cc, n, &t);
	return t;
}

/* The check hooks of the rows of builtins.c, by enum bi_check. */
static struct dtype *(*const check_hooks[])(struct dtc *, struct cctx *, struct node *) = {
	[BC_NONE] = NULL,
	[BC_SUBR] = sema_subr_check,
	[BC_MEM] = sema_mem_check,
	[BC_CALL] = sema_call_check,
	[BC_PRINT] = sema_print_check,
	[BC_STACK] = sema_stack_check,
	[BC_SPEC] = sema_spec_check,
	[BC_AGG] = sema_agg_check,
	[BC_AGGFN] = sema_aggfn_check,
};

/*
 * sched:::on-cpu runs on the sched_switch tracepoint, in the thread leaving
 * the CPU, with the incoming thread's task (README): BPF reads no user stack,
 * registers or memory of a thread that is not running, so what reads them
 * there would show the outgoing thread's.
 */
int sema_uctx_check(struct dtc *dx, const struct cctx *cc, const struct node *n,
		    const char *what)
{
	const struct prog *p;
	int i;

	if (!cc || !cc->ci)
		return 0;
	for (p = st(dx)->progs; p; p = p->next) {
		if (p->family != DT_FAM_TP || strcmp(p->param, "sched:::on-cpu"))
			continue;
		for (i = 0; i < p->nclauses; i++)
			if (p->clauses[i] == cc->ci->id) {
				diag_error(dx, n->loc, "D_UNKNOWN",
					   "%s cannot be used in a clause for sched:::on-cpu: "
					   "Linux fires it in the thread leaving the CPU, and BPF "
					   "cannot read the incoming thread's user stack, registers "
					   "or memory", what);
				return -1;
			}
	}
	return 0;
}

/*
 * A call: its row in the table of built-ins (builtins.c) checks it.  A
 * string result gets its temporary in the clause's scratch.
 */
/*
 * DTrace's dt_node_func(), as the call is parsed: its callee is a name
 * (D_FUNC_IDENT) of a function (D_FUNC_UNDEF: none; D_FUNC_IDKIND: a
 * global identifier of another kind).  0, or -1 after the error.
 */
int sema_call_designator(struct dtc *dx, struct node *n)
{
	const struct builtin *b = builtin_find(n->str);

	if (b && sema_ident_newer(dx, n->str, n->loc))
		b = NULL; /* newer than -x version: no such identifier */
	if (!*n->str || sema_inline_at(dx, n->str, n->loc) == SEMA_INL_INT) {
		/* a callee that is not a name (parser.y call_name()), or an
		 * integer constant's inline, which the parser replaced by the
		 * constant */
		diag_error(dx, n->e ? n->e->loc : n->loc, "D_FUNC_IDENT",
			   "function designator is not of function type");
		return -1;
	}
	if (!b || b->check == BC_NONE) {
		int inl = sema_inline_at(dx, n->str, n->loc); /* an inline above the call */
		const char *kind = inl == SEMA_INL_SCALAR  ? "scalar"
				   : inl == SEMA_INL_ARRAY ? "associative array"
							   : sema_ident_kind(dx, n->str, n->loc);

		if (kind)
			diag_error(dx, n->loc, "D_FUNC_IDKIND",
				   "%s '%s' may not be referenced as a function", kind, n->str);
		else
			diag_error(dx, n->loc, "D_FUNC_UNDEF", "undefined function name: %s",
				   n->str);
		return -1;
	}
	return 0;
}

/*
 * dt_ident_cook(): a call's arguments are cooked (dt_node_list_cook()),
 * each in turn, before its prototype is checked (di_cook, dt_idcook_func()
 * -> dt_idcook_sign(): D_PROTO_LEN, then D_PROTO_ARG argument by argument),
 * so an argument's own error comes before a count that does not fit:
 * stop(("a" & 1)) is D_OP_INT.  Where the count does not fit, the arguments
 * are checked here, up to the first error, and then the count's error is
 * said in dt_idcook_sign()'s words.  1 when that was done (an error said),
 * 0 to let the call's own check go on.
 */
int sema_call_count(struct dtc *dx, struct cctx *cc, struct node *n)
{
	const struct builtin *b = builtin_find(n->str);
	int lo, hi, nargs = count_args(n->a);
	struct node *arg;
	char want[24], msg[40];

	if (!b)
		return 0;
	builtin_arg_range(b, &lo, &hi);
	if (nargs >= lo && (hi < 0 || nargs <= hi))
		return 0;
	for (arg = n->a; arg; arg = arg->next)
		if (!check_expr(dx, cc, arg))
			return 1;
	sema_proto_want(want, sizeof(want), nargs, lo, hi);
	snprintf(msg, sizeof(msg), "%s expected", want);
	proto_len_error(dx, n, nargs, msg);
	return 1;
}

/*
 * dt_node_op3(): c ? x : y whose condition the parser folds to an integer
 * constant (sema_parse_folded()) is the chosen operand as the call is
 * parsed, before anything checks it: printf(1 ? "%d" : "%x", v) has the
 * string constant a format must be.  -1 after the condition's error.
 */
static int call_args_fold(struct dtc *dx, struct cctx *cc, struct node *n)
{
	for (struct node *arg = n->a; arg; arg = arg->next)
		while (arg->kind == N_COND && sema_parse_folded(arg->a)) {
			struct dtype *t = check_expr(dx, cc, arg->a);
			struct node *next = arg->next;

			if (!t)
				return -1;
			if (!type_is_int(t) || !(arg->a->flags & NF_CONST))
				break;
			*arg = *(arg->a->ival ? arg->b : arg->c);
			arg->next = next;
		}
	return 0;
}

struct dtype *check_call(struct dtc *dx, struct cctx *cc, struct node *n)
{
	const struct builtin *b = builtin_find(n->str);
	struct dtype *t;

	if ((n->flags & NF_PARSED_BAD) || sema_call_designator(dx, n))
		return NULL; /* said as it was parsed (sema_parse.c), or now */
	if (b->flags & BI_UCTX) {
		char what[64];

		snprintf(what, sizeof(what), "%s( )", n->str);
		if (sema_uctx_check(dx, cc, n, what))
			return NULL;
	}
	if (call_args_fold(dx, cc, n))
		return NULL;
	/* the subroutines' and the aggregating functions' own checks cook
	 * their arguments first (sema_subr.c: then the prototype's types,
	 * msgsize()'s D_UNKNOWN; sema_agg.c) */
	if (b->check != BC_SUBR && b->check != BC_AGGFN && sema_call_count(dx, cc, n))
		return NULL;
	{
		int nerr = dx->nerrors, ncg = dx->ncg_diags;

		t = check_hooks[b->check](dx, cc, n);
		/* an action whose only error is code generation's is cooked,
		 * void, for the operator around it (/printf("%d", "s")/ is
		 * D_PRED_SCALAR first) */
		if (!t && b->kind == BI_ACT && dx->nerrors == nerr && dx->ncg_diags > ncg)
			t = n->type = type_void(dx);
	}
	if (t && t->kind == TY_STRING && (b->flags & BI_SCRATCH))
		n->id = new_tmp(dx, cc, n);
	return t;
}
