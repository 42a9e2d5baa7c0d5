/*
 * sema_subr.c: D subroutines that compute a value (strlen, substr, index,
 * lltostr, htons, rand, progenyof, ...): prototype checks with DTrace's
 * messages, result types and string temporaries.  check_call() (sema_call.c)
 * asks sema_subr_call() before reporting an unknown function; emit_subr.c
 * writes the calls, runtime/dtc_str.bpf.h implements them in BPF.
 *
 * A prototype is a string of argument kinds: 's' string, 'i' integer,
 * 'p' pointer (or integer address); upper case marks optional arguments.
 */
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "sema.h"

struct subr {
	const char *name;
	const char *args;      /* argument kinds, optional ones in upper case */
	const char *protos;    /* D spelling of each argument, '|' separated */
	char ret;              /* 's' string, 'i' int, 'l' int64, 'u' size_t/uint, 'h' 16-bit,
				  'w' 32-bit, 'q' 64-bit unsigned */
	const char *unsupported; /* reason it cannot work here, or NULL */
};

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
	{ "strtok", "ss", "char *|const char *", 's',
	  "strtok( ) is not yet supported by dtc" },
	{ "cleanpath", "s", "const char *", 's', "cleanpath( ) is not yet supported by dtc" },
	{ "inet_ntoa6", "pI", "in6_addr_t *|int", 's', "inet_ntoa6( ) is not yet supported by dtc" },
	{ "inet_ntop", "ip", "int|void *", 's', "inet_ntop( ) is not yet supported by dtc" },
	{ "alloca", "i", "size_t", 's', "alloca( ) is not yet supported by dtc" },
	{ "bcopy", "ppi", "void *|void *|size_t", 's', "bcopy( ) is not yet supported by dtc" },
	{ "d_path", "p", "struct path *", 's',
	  "d_path( ) cannot be used here: the kernel allows bpf_d_path() only in fentry/fexit "
	  "and LSM programs, which dtc does not attach on this kernel" },
};

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
static const char *proto_of(struct dtc *dx, const char *protos, int i)
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
		ok = k == 's' ? t->kind == TY_STRING
		   : k == 'i' ? type_is_int(t)
			      : type_is_scalar(t);
		if (!ok) {
			diag_error(dx, arg->loc, "D_PROTO_ARG",
				   "%s( ) argument #%d is incompatible with prototype:\n"
				   "\tprototype: %s\n\t argument: %s",
				   n->str, i + 1, proto_of(dx, sb->protos, i), t->name);
			return 1;
		}
		if (k == 's')
			str_sized(dx, cc, arg);
	}
	if (sb->unsupported) {
		diag_error(dx, n->loc, "D_UNSUPPORTED", "%s", sb->unsupported);
		return 1;
	}
	if (sb->ret == 's')
		n->id = new_tmp(dx, cc, n);
	*tp = n->type = ret_type(dx, sb->ret);
	return 1;
}
