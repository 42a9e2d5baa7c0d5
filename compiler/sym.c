/*
 * sym.c: what names mean before any expression is checked, the ground the
 * sema*.c files stand on: the symbol table (D variables, by name space),
 * the built-in variables (pid, execname, arg0 ...) with the C each becomes,
 * and the options of a compilation (-x, #pragma D option), checked and
 * parsed as dtrace_setopt() does (runtime/dt_opt.c).
 *
 * It calls nothing above it: types.c, util.c and runtime/dt_opt.c.
 */
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "../runtime/dt_opt.h"
#include "sema.h"

/* ---- built-in variables --------------------------------------------------- */

static const struct builtin_var builtin_vars[] = {
	{ "pid", "pid_t", "dt_cur_pid(c)", 0, 0, NULL },
	{ "tid", "id_t", "dt_cur_tid(c)", 0, 0, NULL },
	{ "ppid", "pid_t", "dt_ppid(c)", 0, 0, NULL },
	{ "uid", "uid_t", "dt_cur_uid(c)", 0, 0, NULL },
	{ "gid", "gid_t", "dt_cur_gid(c)", 0, 0, NULL },
	{ "execname", "string", "dt_execname(c, %d)", 1, 1, NULL },
	{ "timestamp", "uint64_t", "dt_timestamp(c)", 0, 0, NULL },
	{ "vtimestamp", "uint64_t", "dt_vtimestamp(dt_cur_task(c))", 0, 0, NULL },
	{ "walltimestamp", "int64_t", "dt_walltimestamp()", 0, 0, NULL },
	{ "cpu", "processorid_t", "(int)bpf_get_smp_processor_id()", 0, 0, NULL },
	{ "probeprov", "string", "c->pprov", 0, 0, NULL },
	{ "probemod", "string", "c->pmod", 0, 0, NULL },
	{ "probefunc", "string", "c->pfunc", 0, 0, NULL },
	{ "probename", "string", "c->pname", 0, 0, NULL },
	{ "instance", "string", "(const char *)dtc_instance", 0, 0, NULL },
	{ "errno", "int", "(int)c->errno_val", 0, 0, NULL },
	{ "id", "uint_t", "dtc_probe_id(c)", 0, 0, NULL },   /* emit.c: dtc_probe_id() */
	/* DTrace 2's epid (dt_get_bvar()): the probe ID in the upper half, the
	 * statement's ID in the lower: one per probe description of a clause,
	 * numbered in program order (dt_compile_one_clause()) */
	{ "epid", "uint64_t", "(((__u64)dtc_probe_id(c) << 32) | c->stmt)", 0, 0, NULL },
	/* dtrun's table of this host's CPUs (dtc_abi.h struct dt_cpuinfo) */
	{ "curcpu", "cpuinfo_t *",
	  "((unsigned long long)&dtc_cpuinfo[bpf_get_smp_processor_id() & (DT_MAX_CPUS - 1)])", 0, 0, NULL },
	{ "curthread", "struct task_struct *", "(unsigned long long)dt_cur_task(c)", 0, 0, NULL },
	{ "caller", "uintptr_t", "dt_caller(c)", 0, 1, NULL },       /* dt_stack.bpf.h */
	{ "ucaller", "uint64_t", "dt_ucaller(c)", 0, 1, NULL },
	{ "stackdepth", "uint32_t", "dt_stackdepth(c, 0)", 0, 1, NULL },
	{ "ustackdepth", "uint32_t", "dt_stackdepth(c, BPF_F_USER_STACK)", 0, 1, NULL },
	{ "arg0", "int64_t", "(long long)c->arg[0]", 0, 0, NULL },
	{ "arg1", "int64_t", "(long long)c->arg[1]", 0, 0, NULL },
	{ "arg2", "int64_t", "(long long)c->arg[2]", 0, 0, NULL },
	{ "arg3", "int64_t", "(long long)c->arg[3]", 0, 0, NULL },
	{ "arg4", "int64_t", "(long long)c->arg[4]", 0, 0, NULL },
	{ "arg5", "int64_t", "(long long)c->arg[5]", 0, 0, NULL },
	{ "arg6", "int64_t", "(long long)c->arg[6]", 0, 0, NULL },
	{ "arg7", "int64_t", "(long long)c->arg[7]", 0, 0, NULL },
	{ "arg8", "int64_t", "(long long)c->arg[8]", 0, 0, NULL },
	{ "arg9", "int64_t", "(long long)c->arg[9]", 0, 0, NULL },
	/* the interrupt priority level, a uint_t (dt_open.c): cooked as one,
	 * refused where code is generated (sema_expr.c check_ident()) */
	{ "ipl", "uint_t", NULL, 0, 0, "Linux has no interrupt priority levels" },
};

const struct builtin_var *builtin_var_find(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof(builtin_vars) / sizeof(builtin_vars[0]); i++)
		if (!strcmp(builtin_vars[i].name, name))
			return &builtin_vars[i];
	return NULL;
}

/* ---- symbols -------------------------------------------------------------- */

/*
 * Symbols: a list in declaration order (the latest first), which the
 * emitter walks, and a hash table by name space and name for lookups (a
 * script with 40,000 variables took 26 s walking the list).  self->,
 * this-> and global names are separate name spaces.
 */
static unsigned sym_ns(int kind)
{
	return kind == SYM_TLS ? 1 : kind == SYM_LOCAL ? 2 : 0;
}

static unsigned sym_hash(unsigned ns, const char *name)
{
	unsigned h = 2166136261u ^ ns; /* FNV-1a */

	for (; *name; name++)
		h = (h ^ (unsigned char)*name) * 16777619u;
	return h;
}

struct sym *sym_lookup(struct dtc *dx, int ns, const char *name)
{
	struct sema_state *ss = st(dx);
	unsigned n = sym_ns(ns);
	struct sym *s;

	if (!ss->sym_hcap)
		return NULL;
	for (s = ss->sym_hash[sym_hash(n, name) & (ss->sym_hcap - 1)]; s; s = s->hnext)
		if (sym_ns(s->kind) == n && !strcmp(s->name, name))
			return s;
	return NULL;
}

struct sym *sym_find(struct dtc *dx, const char *name)
{
	return sym_lookup(dx, SYM_GLOBAL, name);
}

static void sym_hash_add(struct sema_state *ss, struct sym *s)
{
	unsigned b = sym_hash(sym_ns(s->kind), s->name) & (ss->sym_hcap - 1);

	s->hnext = ss->sym_hash[b];
	ss->sym_hash[b] = s;
}

struct sym *sym_add(struct dtc *dx, enum sym_kind kind, const char *name,
			   struct dtype *type, struct loc loc)
{
	struct sema_state *ss = st(dx);
	struct sym *s = arena_alloc(dx, sizeof(*s));
	s->kind = kind;
	s->name = name;
	s->type = type;
	s->decl = loc;
	s->next = ss->syms;
	ss->syms = s;
	if (++ss->nsyms > ss->sym_hcap / 2) {
		/* grow: rehash oldest first, so each bucket keeps the latest first */
		struct sym *v, **all = arena_alloc(dx, sizeof(*all) * ss->nsyms);
		unsigned i = ss->nsyms;

		ss->sym_hcap = ss->sym_hcap ? ss->sym_hcap * 2 : 256;
		ss->sym_hash = arena_alloc(dx, sizeof(*ss->sym_hash) * ss->sym_hcap);
		for (v = ss->syms; v && i; v = v->next)
			all[--i] = v;
		for (; i < ss->nsyms; i++)
			sym_hash_add(ss, all[i]);
	} else {
		sym_hash_add(ss, s);
	}
	return s;
}

/* ---- options ------------------------------------------------------------- */

const char *sema_option(struct dtc *dx, const char *name)
{
	const char *v = NULL;
	struct dopt *o;
	for (o = dx->opts; o; o = o->next)
		if (!strcmp(o->name, name))
			v = o->value;
	return v;
}

/* The option's value as dt_opt_set() parsed it (sizes in bytes ...), or dflt. */
int64_t sema_option_num(struct dtc *dx, const char *name, int64_t dflt)
{
	int64_t v = dflt;
	struct dopt *o;
	for (o = dx->opts; o; o = o->next)
		if (!strcmp(o->name, name))
			v = o->num;
	return v;
}

/*
 * The version a D program's own "#pragma D option version=" reduced D to,
 * or 0: dt_reduce() acts only when a version lowers the one in force (the
 * command line's, or the latest).
 */
static int64_t program_version(struct dtc *dx)
{
	int64_t cur = 0, red = 0;

	for (struct dopt *o = dx->opts; o; o = o->next) {
		if (strcmp(o->name, "version"))
			continue;
		if (o->loc.file >= 0 && (!cur || o->num < cur))
			red = o->num;
		cur = o->num;
	}
	return red;
}

/*
 * dt_reduce(): -x version removes the global identifiers newer than the
 * version from the script's scope.  The D library's files were written
 * against the latest version and keep them.  The D library's own
 * identifiers bound to a later version ("#pragma D binding", pragma.c) are
 * removed only by the program's "#pragma D option version=": libdtrace
 * loads the library after the command line's -x version has been applied,
 * and before the program's pragmas are.
 */
int sema_ident_newer(struct dtc *dx, const char *name, struct loc loc)
{
	int since = builtin_since(name);
	int64_t pv;

	if (!name || (loc.file >= 0 && dtc_is_dlib_file(dx, loc.file)))
		return 0;
	if (since && sema_option(dx, "version") && since > sema_option_num(dx, "version", 0))
		return 1;
	if (!(pv = program_version(dx)))
		return 0;
	for (struct dpragma_id *p = dx->pragma_ids; p; p = p->next)
		if (p->binding && p->dlib && !strcmp(p->name, name))
			return p->value > pv;
	return 0;
}

/*
 * The kind of global identifier a name is, in DTrace's words
 * (dt_idkind_name(), over libdtrace's global identifier table and the
 * script's variables): what D_IDENT_BADREF and D_FUNC_IDKIND say when it
 * is used as another kind.  NULL when the name is no global identifier
 * (yet); a user variable is a scalar or an associative array.
 */
const char *sema_ident_kind(struct dtc *dx, const char *name, struct loc loc)
{
	const struct builtin *b = builtin_find(name);
	struct sym *s;

	if (sema_ident_newer(dx, name, loc))
		b = NULL; /* newer than -x version: no such identifier */
	if (b && b->kind != BI_INTERNAL)
		return b->kind == BI_ACT	? "tracing function"
		       : b->kind == BI_AGGFN ? "aggregating function"
					     : "function";
	if (!strcmp(name, "self") || !strcmp(name, "this"))
		return "pointer";
	if (!strcmp(name, "args") || !strcmp(name, "uregs"))
		return "associative array";
	if (builtin_var_find(name) && !sema_ident_newer(dx, name, loc))
		return "scalar";
	s = sym_find(dx, name);
	if (s && s->kind == SYM_ASSOC)
		return "associative array";
	if (s && (s->kind == SYM_GLOBAL || s->kind == SYM_BUILTIN))
		return "scalar";
	return NULL;
}

/*
 * dtc's own limits on top of DTrace's (dt_opt.c checks DTrace's): a message
 * naming the limit, or NULL.
 */
static const char *option_limit(struct dtc *dx, const char *name, int64_t v)
{
	if (!strcmp(name, "scratchsize") && v > DT_MAX_SCRATCHSIZE + 8)
		return arena_printf(dx, "dtc's scratch space per clause is at most %d bytes",
				    DT_MAX_SCRATCHSIZE);
	return NULL;
}

/*
 * Set an option as dtrace_setopt() does (runtime/dt_opt.c): from dtc's
 * command line (loc.file -1: -x, -q, -w) or a #pragma D option.  value is
 * NULL when none is given ("-x quiet"), which is not "-x quiet=" (unset).
 * Reports the error in dtrace's words and returns -1.
 */
int sema_set_option(struct dtc *dx, const char *name, const char *value, struct loc loc)
{
	const struct dt_opt_def *d = dt_opt_find(name);
	struct dopt *o, **pp;
	const char *lim = NULL;
	enum dt_opt_err e;
	int64_t v;

	e = dt_opt_set(name, value, loc.file < 0 ? DT_OPTC_CMDLINE : DT_OPTC_PROGRAM, &v);
	if (e == DT_OPTE_OK)
		lim = option_limit(dx, name, v);
	/* dt_reduce(): a version may only lower the one set before it */
	if (e == DT_OPTE_OK && !strcmp(name, "version") && sema_option(dx, "version") &&
	    v > sema_option_num(dx, "version", 0))
		lim = "Requested version conflicts with earlier setting";
	if (e != DT_OPTE_OK || lim) {
		const char *msg = lim ? lim : dt_opt_errmsg(e, v);

		if (loc.file < 0) { /* dtrace(1)'s words: "failed to set -x NAME: ..." */
			dx->nerrors++;
			fprintf(dx->diag_out, "%s: failed to set -x %s: %s\n",
				dx->dtrace_diags ? "dtrace" : "dtc", name, msg);
		} else if (value)
			diag_error(dx, loc, "D_PRAGMA_OPTSET", "failed to set option '%s' to '%s': %s",
				   name, value, msg);
		else
			diag_error(dx, loc, "D_PRAGMA_OPTSET", "failed to set option '%s': %s", name,
				   msg);
		return -1;
	}
	o = arena_alloc(dx, sizeof(*o));
	o->name = arena_strdup(dx, name);
	/* the object's metadata keeps the text: "" is "given without a value",
	 * so an explicit empty value (unset) is written as the word "unset" */
	o->value = !value ? "" : *value || d->kind != DT_OPTK_RUNTIME ? arena_strdup(dx, value)
								     : "unset";
	o->num = v;
	o->loc = loc;
	for (pp = &dx->opts; *pp; pp = &(*pp)->next)
		;
	*pp = o;
	return 0;
}
