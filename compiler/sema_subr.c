/*
 * sema_subr.c: D subroutines that compute a value (strlen, substr, index,
 * lltostr, htons, rand, progenyof, ...): prototype checks with DTrace's
 * messages and result types, from each entry's row in builtins.c (the
 * check hook sema_subr_check()); emit_subr.c writes the calls,
 * runtime/dtc_str.bpf.h implements them in BPF.
 *
 * A row's args are argument kinds: 's' string, 'i' integer, 'p' pointer
 * (an array is its address; of the integers only a constant 0, as
 * DTrace's dt_node_is_argcompat()), 'q' pointer to the struct ptr_to_tag() names;
 * upper case marks optional arguments.  ret: 's' string, 'i' int, 'l'
 * int64, 'u' size_t, 'h' 16-bit, 'w' 32-bit, 'q' 64-bit unsigned, 'v'
 * void, 't' struct task_struct *.
 */
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "sema.h"

/*
 * A 'q' argument: a pointer to struct `tag` (or to a typedef of it, such as
 * in6_addr_t), or void *, as DTrace's pointer compatibility rule has it.
 * The kernel's rwlock_t is a typedef of an anonymous struct: that struct.
 */
static int ptr_to_tag(struct dtc *dx, const struct dtype *t, const char *subr)
{
	const char *tag = !strncmp(subr, "inet", 4) ? "in6_addr" : subr[0] == 'm' ? "mutex"
			: subr[0] == 'd' ? "path" : "rwlock_t";
	const struct dtype *b;

	if (!t || t->kind != TY_PTR || !(b = t->base))
		return 0;
	if (b->kind == TY_VOID)
		return 1;
	if (!strcmp(tag, "rwlock_t")) {
		const struct dtype *rw = type_named(dx, "rwlock_t");
		return rw && rw->kind == TY_STRUCT &&
		       (b == rw || (b->btf_id && b->btf_id == rw->btf_id));
	}
	/* a union of the same tag is no struct (ctf_type_compat()) */
	return b->kind == TY_STRUCT && b->tag && !strcmp(b->tag, tag);
}

/*
 * A kernel char array passed where an address is expected (a void *
 * argument, tracemem()): its address, not the string copy check_expr()
 * made of it.  Returns the argument's type.
 */
struct dtype *sema_chararr_addr(struct dtc *dx, struct cctx *cc, struct node *arg, struct dtype *t)
{
	if (!(arg->flags & NF_CHARARR) || arg->kind == N_STRINGOF || arg->ival <= 0)
		return t;
	arg->flags &= ~NF_CHARARR;
	if (cc->ci->ntmp > 0 && arg->id == cc->ci->ntmp - 1)
		cc->ci->ntmp--;
	return arg->type = type_array(dx, type_int(dx, 1, 1), (int)arg->ival);
}

/* The i-th '|'-separated prototype spelling. */
const char *sema_proto_of(struct dtc *dx, const char *protos, int i)
{
	const char *p = protos, *e;
	while (i-- > 0 && (p = strchr(p, '|')))
		p++;
	if (!p)
		return "?";
	e = strchr(p, '|');
	return e ? arena_strndup(dx, p, e - p) : p;
}

/*
 * Whether each typedef name in the entry's argument spellings is a type
 * here; the first that is not is DTrace's D_UNKNOWN (dt_idcook_func()),
 * followed by why Linux lacks it.
 */
static int proto_types_resolve(struct dtc *dx, struct node *n, const struct builtin *sb)
{
	for (int i = 0; sb->protos && *sb->protos; i++) {
		const char *p = sema_proto_of(dx, sb->protos, i);
		size_t len = strcspn(p, " *|");

		if (!strcmp(p, "?"))
			break;
		if (p[len] == '|' || !len || !strncmp(p, "void", len) ||
		    !strncmp(p, "struct", len) || !strncmp(p, "const", len) ||
		    type_named(dx, arena_strndup(dx, p, len)))
			continue;
		diag_error(dx, n->loc, "D_UNKNOWN",
			   "failed to resolve type of %s arg#%d (%s): Unknown type name", n->str,
			   i + 1, p);
		diag_note(dx, n->loc, "%s( ) %s", n->str, sb->linux_note);
		return 0;
	}
	return 1;
}

static struct dtype *ret_type(struct dtc *dx, char r)
{
	switch (r) {
	case 's': return type_string(dx);
	case 'i': return type_int(dx, 4, 1);
	case 'l': return type_int(dx, 8, 1);
	case 'u': return type_named(dx, "size_t");
	case 'h': return type_int(dx, 2, 0);
	case 'w': return type_int(dx, 4, 0);
	case 'q': return type_int(dx, 8, 0);
	case 'v': return type_void(dx);
	case 't': { /* mutex_owner(): Oracle's vmlinux`struct task_struct * */
		struct dtype *task = type_named(dx, "struct task_struct");
		return type_ptr(dx, task ? task : type_void(dx));
	}
	}
	return type_int(dx, 8, 1);
}

/*
 * The generic check of a table entry with argument kinds (builtins.c):
 * counts, kinds, then the entry's Linux note if it cannot act here.  The
 * result type is the entry's ret; check_call() gives a string result its
 * temporary.
 */
struct dtype *sema_subr_check(struct dtc *dx, struct cctx *cc, struct node *n)
{
	const struct builtin *sb = builtin_find(n->str);
	int min = 0, max, nargs = 0, i;
	struct node *arg, **ap;

	st(dx)->uses_strsubr = 1;
	max = (int)strlen(sb->args);
	for (i = 0; i < max; i++)
		if (sb->args[i] >= 'a' && sb->args[i] <= 'z')
			min = i + 1;
	/* dt_ident_cook(): the arguments are cooked, then checked against
	 * the prototype (dt_idcook_sign()) */
	for (arg = n->a; arg; arg = arg->next, nargs++)
		if (!(arg->type = check_expr(dx, cc, arg)))
			return NULL;
	/* dt_idcook_func() resolves the prototype's types next: one Linux
	 * lacks (msgsize()'s mblk_t) fails every call */
	if (sb->linux_note && !proto_types_resolve(dx, n, sb))
		return NULL;
	if (nargs < min || nargs > max) {
		char want[64];
		if (min == max)
			snprintf(want, sizeof(want), "%d expected", min);
		else if (nargs < min)
			snprintf(want, sizeof(want), "at least %d expected", min);
		else
			snprintf(want, sizeof(want), "at most %d expected", max);
		diag_error(dx, n->loc, "D_PROTO_LEN", "%s( ) prototype mismatch: %d arg%s passed, %s",
			   n->str, nargs, nargs == 1 ? "" : "s", want);
		return NULL;
	}
	for (ap = &n->a, i = 0; (arg = *ap); ap = &arg->next, i++) {
		struct dtype *t = arg->type;
		char k = (char)(sb->args[i] | 0x20);
		int ok;

		if (k == 'p')
			t = sema_chararr_addr(dx, cc, arg, t);
		/* strtok(NULL, delims) goes on in the last string */
		if (i == 0 && !strcmp(sb->name, "strtok") && (arg->flags & NF_CONST) &&
		    type_is_int(t) && arg->ival == 0)
			continue;
		if (k == 's' && sema_str_arg(dx, cc, ap)) /* char *, void *, 0: read at run time */
			t = (arg = *ap)->type;
		ok = k == 's' ? t->kind == TY_STRING
		   : k == 'i' ? type_is_int(t)
		   : k == 'q' ? ptr_to_tag(dx, t, sb->name) ||
					(type_is_int(t) && (arg->flags & NF_CONST) && !arg->ival)
		   : !strcmp(sema_proto_of(dx, sb->protos, i), "unsigned int *")
			      /* inet_ntoa()'s ipaddr_t *: pointers to a 32-bit
			       * unsigned integer, void * and 0 (dt_node_is_ptrcompat()) */
			      ? type_argcompat(type_ptr(dx, type_int(dx, 4, 0)), t,
					       (arg->flags & NF_CONST) && type_is_int(t) && !arg->ival)
			      : t->kind == TY_PTR || t->kind == TY_ARRAY || t->kind == TY_STRING ||
					/* DTrace's dt_node_is_ptrcompat(): of the
					 * integers, only a constant 0 */
					(type_is_int(t) && (arg->flags & NF_CONST) && !arg->ival);
		if (!ok) {
			diag_error(dx, arg->loc, "D_PROTO_ARG",
				   "%s( ) argument #%d is incompatible with prototype:\n"
				   "\tprototype: %s\n\t argument: %s",
				   n->str, i + 1, sema_proto_of(dx, sb->protos, i), t->name);
			return NULL;
		}
		if (k == 's')
			str_mem_arg(dx, cc, arg);
	}
	/* dt_cg_subr_inet_ntoa6() picks its code by the strict flag's value */
	if (!strcmp(sb->name, "inet_ntoa6") && n->a->next && !(n->a->next->flags & NF_CONST)) {
		diag_error_cg(dx, n->a->next->loc, "D_PROTO_ARG", /* dt_cg.c */
			   "inet_ntoa6( ) argument #2 must be an integer constant");
		return NULL;
	}
	if (!strcmp(sb->name, "inet_ntop") && n->a->next->type->kind == TY_STRING) {
		/* dt_cg_subr_inet_ntop() cooks af == AF_INET6 ?
		 * inet_ntoa6((struct in6_addr *)addr, 1) : inet_ntoa((ipaddr_t *)addr),
		 * the ?: folded when af is a constant: a string is cast to neither */
		int v4 = (n->a->flags & NF_CONST) && n->a->ival != 10;

		diag_error_cg_at(dx, n->a->next->loc, cc->cg_line, "D_CAST_INVAL",
				 "invalid cast expression: \"string\" to \"%s\"",
			      v4 ? "unsigned int *" : "struct in6_addr *");
		return NULL;
	}
	if (sb->linux_note) {
		/*
		 * An action's refusal stands where libdtrace's is, in its
		 * code generation (dt_cg_act_panic()...), after the clause's
		 * cooking errors and after dt_cg_clsflags()'s D_ACT_SPEC.
		 */
		if (sb->kind == BI_ACT)
			diag_error_cg(dx, n->loc, "D_UNSUPPORTED", "%s( ) %s", n->str,
				      sb->linux_note);
		else
			diag_error(dx, n->loc, "D_UNSUPPORTED", "%s( ) %s", n->str,
				   sb->linux_note);
		return NULL;
	}
	if (!strcmp(sb->name, "strtok"))
		st(dx)->uses_strtok = 1;
	if (!strcmp(sb->name, "d_path") || !strncmp(sb->name, "__iofile", 8))
		st(dx)->uses_dpath = 1;
	if (!strcmp(sb->name, "__blkdev"))
		st(dx)->uses_blkdevs = 1;
	return n->type = ret_type(dx, sb->ret);
}
