/*
 * sema_subr.c: D subroutines that compute a value (strlen, substr, index,
 * lltostr, htons, rand, progenyof, ...): prototype checks with DTrace's
 * messages, result types and string temporaries.  check_call() (sema_call.c)
 * asks sema_subr_call() before reporting an unknown function; emit_subr.c
 * writes the calls, runtime/dtc_str.bpf.h implements them in BPF.
 *
 * A prototype is a string of argument kinds: 's' string, 'i' integer,
 * 'p' pointer (or integer address), 'q' pointer to the struct ptr_to_tag()
 * names; upper case marks optional arguments.
 */
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "sema.h"

struct subr {
	const char *name;
	const char *args;      /* argument kinds, optional ones in upper case */
	const char *protos;    /* D spelling of each argument, '|' separated */
	char ret;              /* 's' string, 'i' int, 'l' int64, 'u' size_t/uint, 'h' 16-bit,
				  'w' 32-bit, 'q' 64-bit unsigned, 't' struct task_struct * */
	const char *unsupported; /* reason it cannot work here, or NULL */
};

/* 'q': a pointer to a kernel lock (ptr_to_tag()); runtime/dt_klock.bpf.h */
#define SUBR_KLOCK(name, proto, ret) { name, "q", proto, ret, NULL }

static const struct subr subrs[] = {
	{ "strlen", "s", "string", 'u', NULL },
	{ "strjoin", "ss", "char *|char *", 's', NULL },
	{ "substr", "siI", "const char *|int|int", 's', NULL },
	{ "index", "ssI", "const char *|const char *|int", 'i', NULL },
	{ "rindex", "ssI", "const char *|const char *|int", 'i', NULL },
	{ "strchr", "si", "const char *|char", 's', NULL },
	{ "strrchr", "si", "const char *|char", 's', NULL },
	{ "strstr", "ss", "const char *|const char *", 's', NULL },
	{ "lltostr", "iI", "int64_t|int", 's', NULL },
	{ "strtoll", "sI", "const char *|int", 'l', NULL },
	{ "toupper", "s", "const char *", 's', NULL },
	{ "tolower", "s", "const char *", 's', NULL },
	{ "basename", "s", "const char *", 's', NULL },
	{ "dirname", "s", "const char *", 's', NULL },
	{ "rand", "", "", 'i', NULL },
	{ "progenyof", "i", "pid_t", 'i', NULL },
	{ "getmajor", "i", "dev_t", 'w', NULL },
	{ "getminor", "i", "dev_t", 'w', NULL },
	{ "htons", "i", "uint16_t", 'h', NULL },
	{ "ntohs", "i", "uint16_t", 'h', NULL },
	{ "htonl", "i", "uint32_t", 'w', NULL },
	{ "ntohl", "i", "uint32_t", 'w', NULL },
	{ "htonll", "i", "uint64_t", 'q', NULL },
	{ "ntohll", "i", "uint64_t", 'q', NULL },
	{ "inet_ntoa", "p", "ipaddr_t *", 's', NULL },
	{ "strtok", "ss", "char *|const char *", 's', NULL },
	{ "cleanpath", "s", "const char *", 's', NULL },
	{ "inet_ntoa6", "qI", "in6_addr_t *|int", 's', NULL },
	{ "inet_ntop", "ip", "int|void *", 's', NULL },
	{ "link_ntop", "ip", "int|void *", 's', NULL },
	SUBR_KLOCK("mutex_owned", "vmlinux`struct mutex *", 'i'),
	SUBR_KLOCK("mutex_owner", "vmlinux`struct mutex *", 't'),
	SUBR_KLOCK("mutex_type_adaptive", "vmlinux`struct mutex *", 'i'),
	SUBR_KLOCK("mutex_type_spin", "vmlinux`struct mutex *", 'i'),
	SUBR_KLOCK("rw_read_held", "vmlinux`rwlock_t *", 'i'),
	SUBR_KLOCK("rw_write_held", "vmlinux`rwlock_t *", 'i'),
	SUBR_KLOCK("rw_iswriter", "vmlinux`rwlock_t *", 'i'),
	{ "d_path", "p", "struct path *", 's', NULL }, /* runtime/dt_path.bpf.h */
};

/*
 * A 'q' argument: a pointer to struct `tag` (or to a typedef of it, such as
 * in6_addr_t), or void *, as DTrace's pointer compatibility rule has it.
 * The kernel's rwlock_t is a typedef of an anonymous struct: that struct.
 */
static int ptr_to_tag(struct dtc *dx, const struct dtype *t, const char *subr)
{
	const char *tag = !strncmp(subr, "inet", 4) ? "in6_addr" : subr[0] == 'm' ? "mutex" : "rwlock_t";
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
	return (b->kind == TY_STRUCT || b->kind == TY_UNION) && b->tag && !strcmp(b->tag, tag);
}

static const struct subr *subr_find(const char *name)
{
	for (size_t i = 0; i < sizeof(subrs) / sizeof(subrs[0]); i++)
		if (!strcmp(subrs[i].name, name))
			return &subrs[i];
	return NULL;
}

/* A D subroutine's name: declarations may not reuse it (sema_var.c). */
int sema_subr_is_name(const char *name)
{
	return subr_find(name) != NULL;
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
	case 't': { /* mutex_owner(): Oracle's vmlinux`struct task_struct * */
		struct dtype *task = type_named(dx, "struct task_struct");
		return type_ptr(dx, task ? task : type_void(dx));
	}
	}
	return type_int(dx, 8, 1);
}

int sema_subr_call(struct dtc *dx, struct cctx *cc, struct node *n, struct dtype **tp)
{
	const struct subr *sb = subr_find(n->str);
	int min = 0, max, nargs = 0, i;
	struct node *arg;

	*tp = NULL;
	if (!sb)
		return 0;
	st(dx)->uses_strsubr = 1;
	max = (int)strlen(sb->args);
	for (i = 0; i < max; i++)
		if (sb->args[i] >= 'a' && sb->args[i] <= 'z')
			min = i + 1;
	for (arg = n->a; arg; arg = arg->next)
		nargs++;
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
		return 1;
	}
	for (arg = n->a, i = 0; arg; arg = arg->next, i++) {
		struct dtype *t = check_expr(dx, cc, arg);
		char k = (char)(sb->args[i] | 0x20);
		int ok;
		if (!t)
			return 1;
		if (k == 'p' && (arg->flags & NF_CHARARR) && arg->kind != N_STRINGOF &&
		    arg->ival > 0) {
			/* a char array passed as void *: its address, not a string copy */
			arg->flags &= ~NF_CHARARR;
			if (cc->ci->ntmp > 0 && arg->id == cc->ci->ntmp - 1)
				cc->ci->ntmp--;
			t = arg->type = type_array(dx, type_int(dx, 1, 1), (int)arg->ival);
		}
		ok = k == 's' ? t->kind == TY_STRING
		   : k == 'i' ? type_is_int(t)
		   : k == 'q' ? ptr_to_tag(dx, t, sb->name) ||
					(type_is_int(t) && (arg->flags & NF_CONST) && !arg->ival)
			      : type_is_scalar(t) || t->kind == TY_ARRAY ||
					t->kind == TY_STRING; /* arrays are their address */
		/* strtok(NULL, delims) goes on in the last string */
		if (!ok && i == 0 && !strcmp(sb->name, "strtok") && (arg->flags & NF_CONST) &&
		    type_is_int(t) && arg->ival == 0)
			continue;
		if (!ok) {
			diag_error(dx, arg->loc, "D_PROTO_ARG",
				   "%s( ) argument #%d is incompatible with prototype:\n"
				   "\tprototype: %s\n\t argument: %s",
				   n->str, i + 1, sema_proto_of(dx, sb->protos, i), t->name);
			return 1;
		}
		if (k == 's')
			str_sized(dx, cc, arg);
	}
	if (sb->unsupported) {
		diag_error(dx, n->loc, "D_UNSUPPORTED", "%s", sb->unsupported);
		return 1;
	}
	if (!strcmp(sb->name, "d_path"))
		st(dx)->uses_dpath = 1;
	if (sb->ret == 's')
		n->id = new_tmp(dx, cc, n);
	*tp = n->type = ret_type(dx, sb->ret);
	return 1;
}
