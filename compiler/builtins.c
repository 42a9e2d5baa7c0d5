/*
 * builtins.c: the one table of D's built-in functions: every subroutine,
 * action and aggregating function of DTrace's global identifier table
 * (Oracle libdtrace dt_open.c, _dtrace_globals: DT_IDENT_FUNC, _ACTFUNC,
 * _AGGFUNC), the illumos subroutines dtc also has (strtoll, toupper,
 * tolower), and the internal calls sema makes itself.
 *
 * One row per name: DTrace's prototype, the argument kinds the generic
 * checks use, which sema file checks it and which emitter writes it (as a
 * statement, as a value), and flags: BI_SCRATCH (the result or its work
 * lives in the clause's per-CPU scratch; a string result gets a temporary
 * there), BI_DESTRUCTIVE (needs -w; not after speculate()), BI_DREC
 * (records data).  check_call() (sema_call.c), emit_stmts() (emit_stmt.c)
 * and emit_expr() (emit_expr.c) dispatch on it, each to its own layer's
 * hooks: the table names them, so it calls neither sema nor the emitter.
 * sema_spec.c's ordering rules, the D_OP_ACT checks and the identifier
 * checks read its flags and kinds.  docs/builtins.md lists every identifier
 * and its state on Linux.
 */
#include <string.h>

#include "../runtime/dt_attr.h"
#include "sema.h"

/* A subroutine checked by its argument kinds (sema_subr.c), written by emit_subr.c. */
#define SUBR(name, proto, args, protos, ret)                                                  \
	{ name, BI_SUBR, proto, args, protos, ret, BC_SUBR, BS_NONE, BE_SUBR,                 \
	  ret == 's' ? BI_SCRATCH : 0, NULL }
/* alloca() and the copy subroutines (sema_mem.c, emit_mem.c): the alloca scratch */
#define MEM(name, proto, args, protos, flags)                                                 \
	{ name, BI_SUBR, proto, args, protos, 0, BC_MEM, BS_NONE, BE_MEM,                     \
	  BI_SCRATCH | (flags), NULL }
/* An aggregating function: only @a[...] = f(...) (sema_agg.c, emit_agg.c) */
#define AGGFN(name, proto)                                                                    \
	{ name, BI_AGGFN, proto, NULL, NULL, 0, BC_AGGFN, BS_NONE, BE_NONE, 0, NULL }
/* An action on aggregations, or setopt() (sema_agg.c, emit_agg.c) */
#define AGGACT(name, proto)                                                                   \
	{ name, BI_ACT, proto, NULL, NULL, 0, BC_AGG, BS_AGG, BE_NONE, BI_DREC, NULL }
/* sym() and kin: an action as a statement, the address as a value (sema_stack.c) */
#define SYMACT(name, proto)                                                                   \
	{ name, BI_ACT, proto, NULL, NULL, 0, BC_STACK, BS_STACK,                             \
	  BE_STACK, BI_DREC, NULL }
/* Checked by its prototype, then refused with the sentence why Linux cannot do it. */
#define NOLINUX(name, kind, proto, args, protos, flags, why)                                  \
	{ name, kind, proto, args, protos, 'v', BC_SUBR, BS_NONE, BE_NONE, flags, why }

static const struct builtin builtins[] = {
	/* ---- subroutines ---- */
	MEM("alloca", "void *(size_t)", "x", "size_t", 0),
	SUBR("basename", "string(const char *)", "s", "char *", 's'),
	MEM("bcopy", "void(void *, void *, size_t)", "max", "void *|void *|size_t", 0),
	SUBR("cleanpath", "string(const char *)", "s", "char *", 's'),
	MEM("copyin", "void *(uintptr_t, size_t)", "xx", "uintptr_t|size_t", BI_UCTX),
	{ "copyinstr", BI_SUBR, "string(uintptr_t, [size_t])", NULL, NULL, 's', BC_CALL,
	  BS_NONE, BE_COPYINSTR, BI_SCRATCH | BI_UCTX, NULL },
	MEM("copyinto", "void(uintptr_t, size_t, void *)", "xxa", "uintptr_t|size_t|void *",
	    BI_UCTX),
	MEM("copyout", "void(void *, uintptr_t, size_t)", "mxx", "void *|uintptr_t|size_t",
	    BI_DESTRUCTIVE),
	MEM("copyoutstr", "void(char *, uintptr_t, size_t)", "mxx", "char *|uintptr_t|size_t",
	    BI_DESTRUCTIVE),
	SUBR("d_path", "string(struct path *)", "q", "struct path *", 's'), /* dt_path.bpf.h */
	NOLINUX("ddi_pathname", BI_SUBR, "string(void *, int64_t)", "pi", "void *|int64_t", 0,
		"cannot be implemented on Linux: it names a Solaris device-tree node, which Linux "
		"does not have"),
	SUBR("dirname", "string(const char *)", "s", "char *", 's'),
	SUBR("getmajor", "vmlinux`dev_t(vmlinux`dev_t)", "i", "dev_t", 'w'),
	SUBR("getminor", "vmlinux`dev_t(vmlinux`dev_t)", "i", "dev_t", 'w'),
	SUBR("htonl", "uint32_t(uint32_t)", "i", "uint32_t", 'w'),
	SUBR("htonll", "uint64_t(uint64_t)", "i", "uint64_t", 'q'),
	SUBR("htons", "uint16_t(uint16_t)", "i", "uint16_t", 'h'),
	SUBR("index", "int(const char *, const char *, [int])", "ssI",
	     "char *|char *|int", 'i'),
	SUBR("inet_ntoa", "string(ipaddr_t *)", "p", "unsigned int *", 's'),
	SUBR("inet_ntoa6", "string(struct in6_addr *, [int])", "qI", "struct in6_addr *|int", 's'),
	SUBR("inet_ntop", "string(int, void *)", "ip", "int|void *", 's'),
	SUBR("link_ntop", "string(int, void *)", "ip", "int|void *", 's'),
	/* illumos's lltostr(int64_t, [int]): a base as well */
	SUBR("lltostr", "string(int64_t, [int])", "iI", "int64_t|int", 's'),
	NOLINUX("msgdsize", BI_SUBR, "size_t(mblk_t *)", "p", "mblk_t *", 0,
		"cannot be implemented on Linux: mblk_t is a STREAMS message, and Linux has no "
		"STREAMS"),
	NOLINUX("msgsize", BI_SUBR, "size_t(mblk_t *)", "p", "mblk_t *", 0,
		"cannot be implemented on Linux: mblk_t is a STREAMS message, and Linux has no "
		"STREAMS"),
	/* 'q': a pointer to a kernel lock, in6_addr or struct path (sema_subr.c
	 * ptr_to_tag()); the locks' code is dt_klock.bpf.h */
	SUBR("mutex_owned", "int(vmlinux`struct mutex *)", "q", "struct mutex *", 'i'),
	SUBR("mutex_owner", "vmlinux`struct task_struct *(vmlinux`struct mutex *)", "q",
	     "struct mutex *", 't'),
	SUBR("mutex_type_adaptive", "int(vmlinux`struct mutex *)", "q", "struct mutex *",
	     'i'),
	SUBR("mutex_type_spin", "int(vmlinux`struct mutex *)", "q", "struct mutex *",
	     'i'),
	SUBR("ntohl", "uint32_t(uint32_t)", "i", "uint32_t", 'w'),
	SUBR("ntohll", "uint64_t(uint64_t)", "i", "uint64_t", 'q'),
	SUBR("ntohs", "uint16_t(uint16_t)", "i", "uint16_t", 'h'),
	SUBR("progenyof", "int(pid_t)", "i", "pid_t", 'i'),
	SUBR("rand", "int()", "", "", 'i'),
	SUBR("rindex", "int(const char *, const char *, [int])", "ssI",
	     "char *|char *|int", 'i'),
	SUBR("rw_iswriter", "int(vmlinux`rwlock_t *)", "q", "rwlock_t *", 'i'),
	SUBR("rw_read_held", "int(vmlinux`rwlock_t *)", "q", "rwlock_t *", 'i'),
	SUBR("rw_write_held", "int(vmlinux`rwlock_t *)", "q", "rwlock_t *", 'i'),
	{ "speculation", BI_SUBR, "int()", NULL, NULL, 0, BC_SPEC, BS_NONE, BE_STACK,
	  0, NULL },
	SUBR("strchr", "string(const char *, char)", "si", "char *|char", 's'),
	SUBR("strjoin", "string(const char *, const char *)", "ss", "char *|char *", 's'),
	SUBR("strlen", "size_t(const char *)", "s", "char *", 'u'),
	SUBR("strrchr", "string(const char *, char)", "si", "char *|char", 's'),
	SUBR("strstr", "string(const char *, const char *)", "ss", "char *|char *",
	     's'),
	SUBR("strtok", "string(const char *, const char *)", "ss", "char *|char *", 's'),
	SUBR("strtoll", "int64_t(const char *, [int])", "sI", "char *|int", 'l'), /* illumos */
	SUBR("substr", "string(const char *, int, [int])", "siI", "char *|int|int", 's'),
	SUBR("tolower", "string(const char *)", "s", "char *", 's'), /* illumos */
	SUBR("toupper", "string(const char *)", "s", "char *", 's'), /* illumos */

	/* ---- actions ---- */
	NOLINUX("breakpoint", BI_ACT, "void()", "", "", BI_DESTRUCTIVE,
		"cannot be implemented on Linux: BPF programs cannot enter the kernel debugger"),
	/* spins in BPF (dt_chill.bpf.h) */
	{ "chill", BI_ACT, "void(int)", NULL, NULL, 0, BC_STACK, BS_STACK, BE_NONE,
	  BI_DESTRUCTIVE, NULL },
	AGGACT("clear", "void(@)"),
	{ "commit", BI_ACT, "void(int)", NULL, NULL, 0, BC_SPEC, BS_STACK, BE_NONE, 0,
	  NULL },
	AGGACT("denormalize", "void(@)"),
	{ "discard", BI_ACT, "void(int)", NULL, NULL, 0, BC_SPEC, BS_STACK, BE_NONE,
	  0, NULL },
	{ "exit", BI_ACT, "void(int)", NULL, NULL, 0, BC_CALL, BS_RECORD, BE_NONE,
	  BI_DREC, NULL },
	{ "freopen", BI_ACT, "void(@, ...)", NULL, NULL, 0, BC_STACK, BS_RECORD,
	  BE_NONE, BI_DESTRUCTIVE, NULL },
	{ "ftruncate", BI_ACT, "void()", NULL, NULL, 0, BC_STACK, BS_RECORD, BE_NONE,
	  BI_DREC, NULL },
	SYMACT("func", "_symaddr(uintptr_t)"),
	{ "jstack", BI_ACT, "stack([uint32_t], [uint32_t])", NULL, NULL, 0, BC_STACK,
	  BS_STACK, BE_NONE, BI_DREC | BI_UCTX, NULL },
	SYMACT("mod", "_symaddr(uintptr_t)"),
	AGGACT("normalize", "void(@, uint64_t)"),
	NOLINUX("panic", BI_ACT, "void()", "", "", BI_DESTRUCTIVE,
		"cannot be implemented on Linux: BPF programs cannot panic the kernel"),
	/* checked as a subroutine by its args (sema_stack.c), recorded by emit_stack.c */
	{ "pcap", BI_ACT, "void(void *, int)", "pi", "void *|int", 'v', BC_STACK, BS_STACK,
	  BE_NONE, BI_DREC, NULL },
	{ "print", BI_ACT, "void(void *)", NULL, NULL, 0, BC_PRINT, BS_PRINT, BE_NONE,
	  BI_DREC, NULL },
	AGGACT("printa", "void(@, ...)"),
	{ "printf", BI_ACT, "void(string, ...)", NULL, NULL, 0, BC_CALL, BS_RECORD,
	  BE_NONE, BI_DREC, NULL },
	{ "raise", BI_ACT, "void(int)", NULL, NULL, 0, BC_STACK, BS_STACK, BE_NONE,
	  BI_DESTRUCTIVE, NULL },
	AGGACT("setopt", "void(const char *, [const char *])"),
	{ "speculate", BI_ACT, "void(int)", NULL, NULL, 0, BC_SPEC, BS_STACK, BE_NONE,
	  0, NULL },
	{ "stack", BI_ACT, "stack([uint32_t])", NULL, NULL, 0, BC_STACK, BS_STACK,
	  BE_NONE, BI_DREC, NULL },
	{ "stop", BI_ACT, "void()", NULL, NULL, 0, BC_STACK, BS_STACK, BE_NONE,
	  BI_DESTRUCTIVE, NULL },
	SYMACT("sym", "_symaddr(uintptr_t)"),
	{ "system", BI_ACT, "void(@, ...)", NULL, NULL, 0, BC_STACK, BS_RECORD,
	  BE_NONE, BI_DESTRUCTIVE, NULL },
	{ "trace", BI_ACT, "void(@)", NULL, NULL, 0, BC_CALL, BS_TRACE, BE_NONE,
	  BI_DREC, NULL },
	{ "tracemem", BI_ACT, "void(@, size_t, [size_t])", NULL, NULL, 0, BC_STACK,
	  BS_STACK, BE_NONE, BI_DREC, NULL },
	AGGACT("trunc", "void(@, [int64_t])"),
	SYMACT("uaddr", "_usymaddr(uintptr_t)"),
	SYMACT("ufunc", "_usymaddr(uintptr_t)"),
	SYMACT("umod", "_usymaddr(uintptr_t)"),
	{ "ustack", BI_ACT, "stack([uint32_t], [uint32_t])", NULL, NULL, 0, BC_STACK,
	  BS_STACK, BE_NONE, BI_DREC | BI_UCTX, NULL },
	SYMACT("usym", "_usymaddr(uintptr_t)"),

	/* ---- aggregating functions ---- */
	AGGFN("avg", "void(@)"),
	AGGFN("count", "void()"),
	AGGFN("llquantize", "void(@, int32_t, int32_t, int32_t, int32_t, ...)"),
	AGGFN("lquantize", "void(@, int32_t, int32_t, ...)"),
	AGGFN("max", "void(@)"),
	AGGFN("min", "void(@)"),
	AGGFN("quantize", "void(@, ...)"),
	AGGFN("stddev", "void(@)"),
	AGGFN("sum", "void(@)"),

	/* ---- internal ---- */
	/* dlib/psinfo.d's psinfo_t members from the process's memory map (dt_psinfo.bpf.h) */
	SUBR("__psargs", "string(struct task_struct *)", "p", "struct task_struct *", 's'),
	SUBR("__psinfo_mm", "uint64_t(struct task_struct *, int)", "pi",
	     "struct task_struct *|int", 'q'),
	/* dlib/io.d's fileinfo_t members from the file a bio's page belongs to (dt_iofile.bpf.h) */
	SUBR("__iofile", "string(struct bio *, int)", "pi", "struct bio *|int", 's'),
	SUBR("__iofile_off", "int64_t(struct bio *)", "p", "struct bio *", 'l'),
	/* dlib/io.d's devinfo_t dev_name: block major M's driver (dtrun's dtc_blkdevs) */
	SUBR("__blkdev", "string(int)", "i", "int", 's'),
	/* uregs[R_*], rewritten to a call by sema_expr.c check_uregs() */
	{ "uregs", BI_INTERNAL, "uint64_t(int)", NULL, NULL, 0, BC_NONE, BS_NONE, BE_SUBR, 0,
	  NULL },
};

const struct builtin *builtin_find(const char *name)
{
	size_t i;

	if (!name)
		return NULL;
	for (i = 0; i < sizeof(builtins) / sizeof(builtins[0]); i++)
		if (!strcmp(builtins[i].name, name))
			return &builtins[i];
	return NULL;
}

/*
 * DTrace's built-in functions (actions, subroutines, aggregating functions)
 * are identifiers in its global scope, so an inline may not redefine one
 * (D_DECL_IDRED) and a #pragma naming one is used.
 */
int builtin_is_func(const char *name)
{
	const struct builtin *b = builtin_find(name);

	return b && b->kind != BI_INTERNAL;
}

/*
 * The argument counts b's prototype "ret(a, [b], ...)" takes, as
 * dt_idcook_func() reads it: *lo required arguments, at most *hi (-1 after
 * "...", which dt_idcook_sign() does not bound).
 */
void builtin_arg_range(const struct builtin *b, int *lo, int *hi)
{
	const char *p = b->proto ? strchr(b->proto, '(') : NULL;
	int req = 0, opt = 0, var = 0;

	while (p && *p != ')') {
		p++; /* past '(' or ',' */
		while (*p == ' ')
			p++;
		if (*p == '[')
			opt++;
		else if (!strncmp(p, "...", 3))
			var = 1;
		else if (*p != ')' && strncmp(p, "void)", 5) != 0)
			req++;
		p += strcspn(p, ",)");
	}
	*lo = req;
	*hi = var ? -1 : req + opt;
}

/*
 * The argument count a call of b with no arguments lacks, in DTrace's
 * words (dt_idcook_sign() over its prototype "ret(a, [b], ...)"): "N"
 * for a fixed count, "at least N" for optional arguments or "..." after N
 * fixed ones; NULL when no argument is required.  f[i] cooks f that way.
 */
const char *builtin_noargs_want(struct dtc *dx, const struct builtin *b)
{
	int lo, hi;

	builtin_arg_range(b, &lo, &hi);
	if (lo == 0)
		return NULL;
	return arena_printf(dx, "%s%d", hi != lo ? "at least " : "", lo);
}

int builtin_is(const struct node *n, enum bi_kind kind)
{
	const struct builtin *b;

	if (!n || n->kind != N_CALL || !(b = builtin_find(n->str)))
		return 0;
	return b->kind == kind;
}

int builtin_has(const struct node *n, unsigned flag)
{
	const struct builtin *b;

	if (!n || n->kind != N_CALL || !(b = builtin_find(n->str)))
		return 0;
	return (b->flags & flag) != 0;
}

/*
 * What DTrace's global identifier table (libdtrace dt_open.c,
 * _dtrace_globals) says of an identifier beyond its type, where it differs
 * from the rest: the D API version it appeared in, where later than 1.0
 * (di_vers; DT_VERSION_NUMBER M << 24 | m << 12 | u), and its stability
 * attributes, where not Stable/Stable/Common (di_attr).  -x version /
 * #pragma D option version= removes every identifier newer than the version
 * asked for (dt_reduce()), so a script written for D 1.0 may use "substr"
 * as its own variable, and a call of it is an undefined function there.
 * Functions and variables alike: the table is DTrace's, not dtc's.
 */
#define VERS(M, m, u) ((M) << 24 | (m) << 12 | (u))
#define STABCMN DT_ATTR_DEF
#define EVOLCMN DT_ATTR_EVOLCMN
static const struct {
	const char *name;
	int vers;
	int attr;
} ident_info[] = {
	{ "freopen", VERS(1, 1, 0), STABCMN },	   { "index", VERS(1, 1, 0), STABCMN },
	{ "rindex", VERS(1, 1, 0), STABCMN },	   { "strchr", VERS(1, 1, 0), STABCMN },
	{ "strrchr", VERS(1, 1, 0), STABCMN },	   { "strstr", VERS(1, 1, 0), STABCMN },
	{ "strtok", VERS(1, 1, 0), STABCMN },	   { "substr", VERS(1, 1, 0), STABCMN },
	{ "func", VERS(1, 2, 0), STABCMN },	   { "mod", VERS(1, 2, 0), STABCMN },
	{ "setopt", VERS(1, 2, 0), STABCMN },	   { "sym", VERS(1, 2, 0), STABCMN },
	{ "uaddr", VERS(1, 2, 0), STABCMN },	   { "ucaller", VERS(1, 2, 0), STABCMN },
	{ "ufunc", VERS(1, 2, 0), STABCMN },	   { "umod", VERS(1, 2, 0), STABCMN },
	{ "ustackdepth", VERS(1, 2, 0), STABCMN }, { "usym", VERS(1, 2, 0), STABCMN },
	{ "htonl", VERS(1, 3, 0), EVOLCMN },	   { "htonll", VERS(1, 3, 0), EVOLCMN },
	{ "htons", VERS(1, 3, 0), EVOLCMN },	   { "ntohl", VERS(1, 3, 0), EVOLCMN },
	{ "ntohll", VERS(1, 3, 0), EVOLCMN },	   { "ntohs", VERS(1, 3, 0), EVOLCMN },
	{ "inet_ntoa", VERS(1, 5, 0), STABCMN },   { "inet_ntoa6", VERS(1, 5, 0), STABCMN },
	{ "inet_ntop", VERS(1, 5, 0), STABCMN },   { "link_ntop", VERS(1, 5, 0), STABCMN },
	{ "stddev", VERS(1, 6, 0), STABCMN },	   { "llquantize", VERS(1, 6, 4), STABCMN },
	{ "pcap", VERS(1, 6, 4), STABCMN },	   { "print", VERS(2, 0, 0), STABCMN },
	/* 1.0, with other attributes */
	{ "curthread", 0, DT_ATTR(DT_STAB_STABLE, DT_STAB_PRIVATE, DT_CLASS_COMMON) },
	{ "d_path", 0, EVOLCMN },		   { "ddi_pathname", 0, EVOLCMN },
	{ "getmajor", 0, EVOLCMN },		   { "getminor", 0, EVOLCMN },
	{ "mutex_owned", 0, EVOLCMN },		   { "mutex_owner", 0, EVOLCMN },
	{ "mutex_type_adaptive", 0, EVOLCMN },	   { "mutex_type_spin", 0, EVOLCMN },
	{ "rw_iswriter", 0, EVOLCMN },		   { "rw_read_held", 0, EVOLCMN },
	{ "rw_write_held", 0, EVOLCMN },
};

int builtin_attr(const char *name)
{
	size_t i;

	for (i = 0; name && i < sizeof(ident_info) / sizeof(ident_info[0]); i++)
		if (!strcmp(ident_info[i].name, name))
			return ident_info[i].attr;
	return DT_ATTR_DEF;
}

int builtin_since(const char *name)
{
	size_t i;

	for (i = 0; name && i < sizeof(ident_info) / sizeof(ident_info[0]); i++)
		if (!strcmp(ident_info[i].name, name))
			return ident_info[i].vers;
	return 0;
}
