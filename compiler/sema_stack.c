/*
 * sema_stack.c: stacks, symbols and raw memory: stack(), ustack(), sym(),
 * func(), mod(), usym(), ufunc(), umod(), uaddr(), tracemem(), and trace()
 * of a symbol.  Checks with DTrace's messages and registers each
 * data-recording action with its record layout (struct action); the
 * argument descriptors (k U a y m A Y M X r) are documented in dtc_abi.h.
 * The emitter's side is emit_stack.c; dtrun prints them in stack.c.
 */
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "../runtime/dt_fmt.h"
#include "sema.h"

static void stk_arg(struct action *a, char k, int size)
{
	a->argk[a->nargs] = k;
	a->argsize[a->nargs] = size;
	a->nargs++;
	a->size += (size + 7) & ~7;
}

static int nargs_of(struct node *a)
{
	int n = 0;

	for (; a; a = a->next)
		n++;
	return n;
}

/*
 * The frames a stack value holds: n, cut silently to the maxframes option
 * (dt_cg_stack_arg(); DTrace's default is perf_event_max_stack, 127 as
 * DT_MAX_STACK_FRAMES is), never past DT_MAX_STACK_FRAMES.
 */
static int clamp_frames(struct dtc *dx, int64_t n)
{
	int64_t max = sema_option_num(dx, "maxframes", DT_MAX_STACK_FRAMES);

	if (max < 0 || max > DT_MAX_STACK_FRAMES)
		max = DT_MAX_STACK_FRAMES; /* unset ("no"): the default */
	return n > max ? (int)max : (int)n;
}

/* A frames option ("stackframes", "ustackframes"), or its default. */
static int frames_opt(struct dtc *dx, const char *name, int dflt)
{
	/* values as dt_opt.c parsed them; unset ("", "no"): the default */
	int64_t n = sema_option_num(dx, name, dflt);

	if (n < 0)
		n = dflt;
	return clamp_frames(dx, n);
}

/*
 * An argument that must be a positive integer constant (dt_node_is_posconst():
 * not 0, and unsigned or above 0; where allow_zero, ustack()'s strsize, only
 * not negative): its value, one past INT64_MAX as INT64_MAX, or -1.
 */
static int64_t posconst(struct dtc *dx, struct cctx *cc, struct node *arg, int allow_zero)
{
	struct dtype *t = check_expr(dx, cc, arg);

	if (!t || !type_is_int(t) || !(arg->flags & NF_CONST))
		return -1;
	if (!allow_zero && arg->ival == 0)
		return -1;
	if (arg->ival < 0)
		return t->is_signed ? -1 : INT64_MAX;
	return arg->ival;
}

static void proto_arg(struct dtc *dx, struct node *call, struct node *arg, int i,
		      const char *proto, struct dtype *t)
{
	diag_error(dx, arg->loc, "D_PROTO_ARG",
		   "%s( ) argument #%d is incompatible with prototype:\n\tprototype: %s\n"
		   "\t argument: %s", call->str, i, proto, t ? t->name : "void");
}

static void proto_len(struct dtc *dx, struct node *n, int got, const char *want)
{
	diag_error(dx, n->loc, "D_PROTO_LEN", "%s( ) prototype mismatch: %d arg%s passed, %s",
		   n->str, got, got == 1 ? "" : "s", want);
}

/*
 * The frames of stack(), ustack() or jstack() without an argument: the
 * stackframes, ustackframes or jstackframes option, or DTrace's default
 * (jstack: 50, dtrace_jstackframes_default).
 */
static int default_frames(struct dtc *dx, const char *func)
{
	if (func[0] == 's')
		return frames_opt(dx, "stackframes", DT_STACK_FRAMES);
	if (func[0] == 'j')
		return frames_opt(dx, "jstackframes", 50);
	return frames_opt(dx, "ustackframes", DT_USTACK_FRAMES);
}

/*
 * stack([frames]), ustack([frames[, strsize]]) and jstack([frames[,
 * strsize]]).  jstack() is ustack() whose frames default to jstackframes,
 * as in Oracle's DTrace for Linux 1.x (dt_action_ustack_args()): Linux has
 * no ustack helpers, so a JVM's frames print as ustack() prints them.
 */
static int check_stack(struct dtc *dx, struct cctx *cc, struct node *n, int user)
{
	int nargs = nargs_of(n->a), max = user ? 2 : 1;
	int frames = default_frames(dx, n->str);
	struct dtype *ts[2];
	struct action *a;
	struct node *arg;
	int i = 0;

	if (nargs > max) {
		proto_len(dx, n, nargs, user ? "at most 2 expected" : "at most 1 expected");
		return -1;
	}
	/* dt_ident_cook(): every argument cooked, then their types */
	for (arg = n->a; arg; arg = arg->next)
		if (!(ts[i++] = check_expr(dx, cc, arg)))
			return -1;
	i = 0;
	for (arg = n->a; arg; arg = arg->next) {
		struct dtype *t = ts[i];
		int64_t v;

		i++;
		if (!type_is_int(t)) {
			proto_arg(dx, n, arg, i, "uint32_t", t);
			return -1;
		}
		v = posconst(dx, cc, arg, i == 2);
		if (v < 0) {
			if (!user)
				diag_error(dx, arg->loc, "D_STACK_SIZE",
					   "stack( ) argument #1 must be a non-zero positive "
					   "integer constant");
			else if (i == 1)
				diag_error(dx, arg->loc, "D_USTACK_FRAMES",
					   "%s( ) argument #1 must be a non-zero positive "
					   "integer constant", n->str);
			else
				diag_error(dx, arg->loc, "D_USTACK_STRSIZE",
					   "%s( ) argument #2 must be a positive integer "
					   "constant", n->str);
			return -1;
		}
		if (i == 1)
			frames = clamp_frames(dx, v);
		/* #2, the ustack helper string space, has no use on Linux */
	}
	if (!user)
		st(dx)->uses_kstack = 1;
	a = new_action(dx, cc, user ? "ustack" : "stack");
	a->size = sizeof(struct dt_item);
	stk_arg(a, user ? 'U' : 'k', 8 * (1 + frames));
	n->id = a->id;
	return 0;
}

/*
 * tracemem(addr, size[, dsize]): size bytes at addr, dsize of them printed.
 * DTrace's order (dt_idcook_sign(), then dt_cg_act_tracemem()): the
 * prototype void(@, size_t, [size_t]), then D_TRACEMEM_ADDR when addr is
 * neither an integer nor a pointer (an array is its address), then
 * D_TRACEMEM_SIZE when size is not a positive constant.
 */
static int check_tracemem(struct dtc *dx, struct cctx *cc, struct node *n)
{
	int nargs = nargs_of(n->a), i = 0;
	struct dtype *ts[3];
	struct node *arg;
	struct action *a;
	struct dtype *at = NULL;
	long size = 0;

	if (nargs < 2 || nargs > 3) {
		proto_len(dx, n, nargs, nargs < 2 ? "at least 2 expected" : "at most 3 expected");
		return -1;
	}
	/* dt_ident_cook(): every argument cooked, then their types */
	for (arg = n->a; arg; arg = arg->next)
		if (!(ts[i++] = check_expr(dx, cc, arg)))
			return -1;
	i = 0;
	for (arg = n->a; arg; arg = arg->next) {
		struct dtype *t = ts[i];

		i++;
		if (i == 1)
			at = sema_chararr_addr(dx, cc, arg, t);
		else if (!type_is_int(t)) {
			proto_arg(dx, n, arg, i, "size_t", t);
			return -1;
		}
	}
	if (!type_is_int(at) && at->kind != TY_PTR && at->kind != TY_ARRAY) {
		diag_error(dx, n->a->loc, "D_TRACEMEM_ADDR",
			   "tracemem( ) argument #1 is incompatible with prototype:\n"
			   "\tprototype: pointer or integer\n\t argument: %s", at->name);
		return -1;
	}
	arg = n->a->next;
	size = posconst(dx, cc, arg, 0);
	if (size < 0) {
		diag_error(dx, arg->loc, "D_TRACEMEM_SIZE",
			   "tracemem( ) argument #2 must be a non-zero positive integral constant "
			   "expression");
		return -1;
	}
	if (size > DT_OUT_SIZE - 256) {
		diag_error(dx, arg->loc, "D_TRACEMEM_SIZE",
			   "tracemem( ) argument #2 exceeds the largest record (%d bytes)",
			   DT_OUT_SIZE - 256);
		return -1;
	}
	a = new_action(dx, cc, "tracemem");
	a->size = sizeof(struct dt_item);
	stk_arg(a, 'u', 8);
	stk_arg(a, 'r', (int)size);
	n->id = a->id;
	return 0;
}

/*
 * pcap(skb, proto): the prototype void(void *, int) checked as a
 * subroutine's, then a record as dt_cg_act_pcap() makes: the time, the
 * captured length, the protocol and pcapsize bytes of packet (the option
 * as dt_opt_pcapsize() sets it: 1514 by default, rounded up to 8).  A
 * capture larger than a record is D_PCAP_SIZE: dtc would drop its end.
 */
static int check_pcap(struct dtc *dx, struct cctx *cc, struct node *n)
{
	int64_t cap = sema_option_num(dx, "pcapsize", 1520);
	struct action *a;

	if (!sema_subr_check(dx, cc, n))
		return -1;
	if (cap > DT_OUT_SIZE - 256) {
		diag_error(dx, n->loc, "D_PCAP_SIZE",
			   "pcap( ) cannot capture pcapsize (%lld) bytes: the largest record holds "
			   "%d", (long long)cap, DT_OUT_SIZE - 256);
		return -1;
	}
	a = new_action(dx, cc, "pcap");
	a->size = sizeof(struct dt_item);
	stk_arg(a, 'u', 8); /* time since boot, ns */
	stk_arg(a, 'u', 8); /* captured length */
	stk_arg(a, 'u', 8); /* protocol (PCAP_*, the pcap link type) */
	stk_arg(a, 'r', (int)cap);
	n->id = a->id;
	return 0;
}

/* The descriptor letter of a symbol subroutine, 0 for other names. */
static char sym_letter_of(const char *name)
{
	static const struct {
		const char *name;
		char letter;
	} tab[] = {
		{ "sym", 'a' },   { "func", 'y' },  { "mod", 'm' },   { "usym", 'A' },
		{ "ufunc", 'Y' }, { "umod", 'M' },  { "uaddr", 'X' },
	};
	size_t i;

	for (i = 0; i < sizeof(tab) / sizeof(tab[0]); i++)
		if (strcmp(name, tab[i].name) == 0)
			return tab[i].letter;
	return 0;
}

char sema_sym_letter(const struct node *n)
{
	return n && n->kind == N_CALL && n->str ? sym_letter_of(n->str) : 0;
}

/*
 * A stack()/ustack() call used as a value (an aggregation key): its frames
 * (0 under -x maxframes=0) and kind ('k' or 'U'), or -1 when n is not one.
 * The value's layout is dtc_abi.h's; the arguments were checked by
 * check_stack().
 */
int sema_stack_frames(struct dtc *dx, const struct node *n, char *kind)
{
	int user;

	if (!n || n->kind != N_CALL || !n->str ||
	    (strcmp(n->str, "stack") != 0 && strcmp(n->str, "ustack") != 0 &&
	     strcmp(n->str, "jstack") != 0))
		return -1;
	user = n->str[0] != 's';
	*kind = user ? 'U' : 'k';
	if (n->a && (n->a->flags & NF_CONST) && n->a->ival > 0)
		return clamp_frames(dx, n->a->ival);
	return default_frames(dx, n->str);
}

/* sym(addr) ...: typed _symaddr / _usymaddr, DTrace's typedefs of void
 * (dt_open.c), the names its messages give; an aggregation key or the
 * statement records the address (sema_stack_stmt(), sema_agg.c). */
static struct dtype *check_sym(struct dtc *dx, struct cctx *cc, struct node *n, char letter)
{
	int nargs = nargs_of(n->a);
	struct dtype *t, *r;

	if (sema_call_count(dx, cc, n)) /* the arguments' errors first (sema_call.c) */
		return NULL;
	if (nargs != 1) {
		proto_len(dx, n, nargs, "1 expected");
		return NULL;
	}
	t = check_expr(dx, cc, n->a);
	if (!t)
		return NULL;
	/* dt_idcook_sign(): the prototype's uintptr_t takes an integer, a
	 * pointer only as the constant 0 (dt_node_is_argcompat()) */
	if (!type_argcompat(type_int(dx, 8, 0), t, sema_const_zero(n->a))) {
		proto_arg(dx, n, n->a, 1, "uintptr_t", t);
		return NULL;
	}
	r = arena_alloc(dx, sizeof(*r));
	*r = *type_void(dx);
	r->name = letter >= 'a' ? "_symaddr" : "_usymaddr";
	return r;
}

/*
 * sym(x); usym(x); ... as statements are actions (DTrace's DTRACEACT_SYM,
 * _MOD, _USYM, _UMOD, _UADDR): the value is recorded and printed as a
 * symbol.  1 when e is one.
 */
int sema_stack_stmt(struct dtc *dx, struct cctx *cc, struct node *e)
{
	char letter = sema_sym_letter(e);
	struct action *a;

	if (!letter)
		return 0;
	if (!(e->type = check_sym(dx, cc, e, letter)))
		return 1;
	a = new_action(dx, cc, e->str);
	a->size = sizeof(struct dt_item);
	stk_arg(a, letter, letter >= 'a' ? 8 : 16);
	e->id = a->id;
	e->type = type_void(dx);
	return 1;
}

/* system(), freopen(): printf()'s checks and record (sema_call.c), the
 * action then relabelled so dtrun acts on the formatted text */
static struct dtype *printf_like_as(struct dtc *dx, struct cctx *cc, struct node *n,
				    const char *kind)
{
	struct dtype *t = sema_printf_like(dx, cc, n, kind);
	struct action *a;

	n->str = "printf";
	if (t)
		for (a = st(dx)->acts; a; a = a->next)
			if (a->id == n->id)
				a->kind = kind;
	return t;
}

/*
 * The calls this file owns: 1 when n is one of them (*type set, NULL after
 * an error), 0 to let check_call() go on.
 */
static int sema_stack_call(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype **type)
{
	char letter;

	*type = NULL;
	if (!n->str)
		return 0;
	if (sema_spec_call(dx, cc, n, type)) /* sema_spec.c */
		return 1;
	if (!strcmp(n->str, "system")) {
		/* printf()'s checks and record; dtrun runs the formatted command
		 * when it consumes the record, as dtrace does */
		*type = printf_like_as(dx, cc, n, "system");
		return 1;
	}
	if (!strcmp(n->str, "freopen")) {
		/* printf()'s checks and record (the formatted path; "" restores
		 * stdout); dtrun switches its output when it consumes it */
		struct action *a;

		if (!n->a) {
			diag_error(dx, n->loc, "D_PROTO_LEN", DT_FMT_MSG_PROTO_LEN, "freopen", 0, 1);
			return 1;
		}
		if (n->a->kind != N_STRING) { /* D_PRINTF_ARG_FMT */
			*type = printf_like_as(dx, cc, n, "freopen");
			return 1;
		}
		if (!strcmp(n->a->str, ".") || !strcmp(n->a->str, "..")) {
			diag_error(dx, n->a->loc, "D_FREOPEN_INVALID",
				   "freopen( ) argument #1 cannot be \"%s\"", n->a->str);
			return 1;
		}
		if (!n->a->str[0] && !n->a->next) { /* freopen(""): back to stdout */
			a = new_action(dx, cc, "freopen");
			a->fmt = "";
			act_finish(a);
			n->id = a->id;
			n->str = "printf"; /* emitted as a printf item without arguments */
			*type = type_void(dx);
			return 1;
		}
		*type = printf_like_as(dx, cc, n, "freopen");
		return 1;
	}
	if (!strcmp(n->str, "ftruncate")) {
		/* an empty item: dtrun truncates its current output file */
		struct action *a;

		if (n->a) {
			proto_len(dx, n, nargs_of(n->a), "0 expected");
			return 1;
		}
		a = new_action(dx, cc, "ftruncate");
		a->size = sizeof(struct dt_item);
		n->id = a->id;
		*type = type_void(dx);
		return 1;
	}
	if (!strcmp(n->str, "raise") || !strcmp(n->str, "stop") || !strcmp(n->str, "chill")) {
		/* void raise(int), void stop(): bpf_send_signal() to the current
		 * process (emit_stack.c): DTrace stops a process "when it next
		 * leaves the kernel", which is when a signal is delivered;
		 * void chill(int): a spin in BPF (dt_chill.bpf.h) */
		int want = n->str[0] != 's', got = nargs_of(n->a);
		struct dtype *t;
		struct action *a;

		if (got != want) {
			proto_len(dx, n, got, want ? "1 expected" : "0 expected");
			return 1;
		}
		if (want) {
			if (!(t = check_expr(dx, cc, n->a)))
				return 1;
			if (!type_is_int(t)) {
				proto_arg(dx, n, n->a, 1, "int", t);
				return 1;
			}
		}
		/* nothing recorded but the clause's line; dtrun asks for -w */
		if (n->str[0] == 'c')
			st(dx)->uses_chill = 1; /* its map (dt_chill.bpf.h) */
		a = new_action(dx, cc, n->str);
		a->size = sizeof(struct dt_item);
		n->id = a->id;
		*type = type_void(dx);
		return 1;
	}
	if (!strcmp(n->str, "stack") || !strcmp(n->str, "ustack") || !strcmp(n->str, "jstack")) {
		/* void, named "stack" as DTrace's typedef is (dt_open.c): the
		 * argument type its printa() errors name, whatever its own
		 * arguments (their errors are code generation's, after those) */
		struct dtype *t = arena_alloc(dx, sizeof(*t));

		(void)check_stack(dx, cc, n, n->str[0] != 's');
		*t = *type_void(dx);
		t->name = "stack";
		*type = t;
		return 1;
	}
	if (!strcmp(n->str, "pcap")) {
		if (!check_pcap(dx, cc, n))
			*type = type_void(dx);
		return 1;
	}
	if (!strcmp(n->str, "tracemem")) {
		if (!check_tracemem(dx, cc, n))
			*type = type_void(dx);
		return 1;
	}
	if ((letter = sym_letter_of(n->str)) != 0) {
		*type = check_sym(dx, cc, n, letter);
		return 1;
	}
	return 0;
}

/* The table's check hook (builtins.c). */
struct dtype *sema_stack_check(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *t = NULL;

	if (!sema_stack_call(dx, cc, n, &t))
		dtc_bug("%s( ) is not a stack or symbol action", n->str);
	return t;
}

/* stack(), ustack(), jstack(), sym() and kin: DTrace's tracing functions
 * (DT_IDENT_ACTFUNC) whose value is of a type of its own. */
static int is_tracing_call(const struct node *n)
{
	return n && n->kind == N_CALL && n->str &&
	       (!strcmp(n->str, "stack") || !strcmp(n->str, "ustack") ||
		!strcmp(n->str, "jstack") || sym_letter_of(n->str));
}

int sema_is_actval(const struct dtype *t)
{
	return t && t->kind == TY_VOID && t->name &&
	       (!strcmp(t->name, "stack") || !strcmp(t->name, "_symaddr") ||
		!strcmp(t->name, "_usymaddr"));
}

void sema_actval_used(struct cctx *cc, struct node *n)
{
	if (cc->cg_pending)
		return;
	cc->cg_pending = 1;
	cc->cg_loc = n->loc;
	cc->cg_func = is_tracing_call(n) ? n->str : "stack";
}

static struct node *cg_find_list(struct node *n);

/*
 * The first call of a tracing function in n that code would compute, in
 * dt_cg_node()'s order: any but an aggregation's key (dt_cg_arglist()
 * records those itself).
 */
static struct node *cg_find_one(struct node *n)
{
	struct node *f = NULL, *lhs, *k;

	if (!n)
		return NULL;
	if (is_tracing_call(n))
		return n;
	lhs = n->kind == N_ASSIGN ? n->a : NULL;
	if (lhs && (lhs->kind == N_AGG || (lhs->kind == N_INDEX && lhs->a->kind == N_AGG))) {
		for (k = lhs->kind == N_INDEX ? lhs->b : NULL; k && !f; k = k->next)
			f = is_tracing_call(k) ? cg_find_list(k->a) : cg_find_one(k);
		return f ? f : cg_find_list(n->b);
	}
	if (!(f = cg_find_list(n->a)) && !(f = cg_find_list(n->b)) && !(f = cg_find_list(n->c)) &&
	    !(f = cg_find_list(n->d)))
		f = cg_find_list(n->e);
	return f;
}

static struct node *cg_find_list(struct node *n)
{
	struct node *f = NULL;

	for (; n && !f; n = n->next)
		f = cg_find_one(n);
	return f;
}

/* The statements' first such call; a statement may be one (sym(x);). */
static struct node *cg_find_stmts(struct node *s)
{
	struct node *f = NULL;

	for (; s && !f; s = s->next) {
		switch (s->kind) {
		case N_EXPR_STMT:
			f = is_tracing_call(s->a) ? cg_find_list(s->a->a) : cg_find_one(s->a);
			break;
		case N_BLOCK:
			f = cg_find_stmts(s->a);
			break;
		case N_IF:
			if (!(f = cg_find_one(s->a)) && !(f = cg_find_stmts(s->b)))
				f = cg_find_stmts(s->c);
			break;
		default:
			break;
		}
	}
	return f;
}

/*
 * dt_cg_call_subr(): a tracing function's value that code would compute
 * (trace(sym(x)), printf("%a", sym(x)), x = stack(), a[ustack()],
 * sym(x) == sym(y)) is D_CG_EXPR.  DTrace finds it when it generates the
 * clause's code, after cooking the whole clause: it is reported only for
 * a clause with no other error, predicate first.
 */
void sema_stack_cg_check(struct dtc *dx, struct cctx *cc, struct node *cl, int nerrors)
{
	struct node *f;
	struct loc loc = cc->cg_loc;
	const char *func = cc->cg_func, *kind = cc->cg_kind ? cc->cg_kind : "tracing function";

	if (dx->nerrors != nerrors)
		return;
	if ((f = cg_find_one(cl->b)) || (f = cg_find_stmts(cl->c))) {
		loc = f->loc;
		func = f->str;
		kind = "tracing function";
	} else if (!cc->cg_pending) {
		return;
	}
	if (diag_cg_first(dx) >= 0 && diag_cg_first(dx) <= (long)loc.off)
		return; /* code generation stopped at an action's error before it */
	diag_error(dx, loc, "D_CG_EXPR",
		   "%s %s( ) may not be called from a D expression (D program context required)",
		   kind, func);
}
