/*
 * sema.c: semantic analysis, the driver.  Walks the parsed program once, in
 * source order (D types a variable by its first assignment, so order
 * matters): collects options, decides which probe families each clause
 * needs, then checks each clause's predicate and statements (sema_expr.c,
 * sema_call.c).
 *
 * Results: node->type / node->sym / node->id on the AST, and struct
 * sema_state (sema.h) for the emitter.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "../runtime/dt_opt.h"
#include "sema.h"

static const struct builtin_var builtin_vars[] = {
	{ "pid", "pid_t", "dt_cur_pid(c)", 0 },
	{ "tid", "id_t", "dt_cur_tid(c)", 0 },
	{ "ppid", "pid_t", "dt_ppid(c)", 0 },
	{ "uid", "uid_t", "dt_cur_uid(c)", 0 },
	{ "gid", "gid_t", "dt_cur_gid(c)", 0 },
	{ "execname", "string", "dt_execname(c, %d)", 1 },
	{ "timestamp", "uint64_t", "dt_timestamp(c)", 0 },
	{ "vtimestamp", "uint64_t", "bpf_ktime_get_ns()", 0 },
	{ "walltimestamp", "int64_t", "dt_walltimestamp()", 0 },
	{ "cpu", "processorid_t", "(int)bpf_get_smp_processor_id()", 0 },
	{ "probeprov", "string", "c->pprov", 0 },
	{ "probemod", "string", "c->pmod", 0 },
	{ "probefunc", "string", "c->pfunc", 0 },
	{ "probename", "string", "c->pname", 0 },
	{ "instance", "string", "(const char *)dtc_instance", 0 },
	{ "errno", "int", "(int)c->errno_val", 0 },
	{ "id", "uint32_t", "dtc_probe_id(c)", 0 },   /* emit.c: dtc_probe_id() */
	{ "epid", "uint32_t", "c->epid", 0 },
	/* dtrun's table of this host's CPUs (dtc_abi.h struct dt_cpuinfo) */
	{ "curcpu", "cpuinfo_t *",
	  "((unsigned long long)&dtc_cpuinfo[bpf_get_smp_processor_id() & (DT_MAX_CPUS - 1)])", 0 },
	{ "curthread", "struct task_struct *", "(unsigned long long)dt_cur_task(c)", 0 },
	{ "caller", "uintptr_t", "dt_caller(c)", 0 },       /* dt_stack.bpf.h */
	{ "ucaller", "uint64_t", "dt_ucaller(c)", 0 },
	{ "stackdepth", "uint32_t", "dt_stackdepth(c, 0)", 0 },
	{ "ustackdepth", "uint32_t", "dt_stackdepth(c, BPF_F_USER_STACK)", 0 },
	{ "arg0", "int64_t", "(long long)c->arg[0]", 0 },
	{ "arg1", "int64_t", "(long long)c->arg[1]", 0 },
	{ "arg2", "int64_t", "(long long)c->arg[2]", 0 },
	{ "arg3", "int64_t", "(long long)c->arg[3]", 0 },
	{ "arg4", "int64_t", "(long long)c->arg[4]", 0 },
	{ "arg5", "int64_t", "(long long)c->arg[5]", 0 },
	{ "arg6", "int64_t", "(long long)c->arg[6]", 0 },
	{ "arg7", "int64_t", "(long long)c->arg[7]", 0 },
	{ "arg8", "int64_t", "(long long)c->arg[8]", 0 },
	{ "arg9", "int64_t", "(long long)c->arg[9]", 0 },
};

const struct builtin_var *builtin_var_find(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof(builtin_vars) / sizeof(builtin_vars[0]); i++)
		if (!strcmp(builtin_vars[i].name, name))
			return &builtin_vars[i];
	return NULL;
}

/* Per-clause checking context. */

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

/* ---- options ------------------------------------------------------------ */

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
 * dtc's own limits on top of DTrace's (dt_opt.c checks DTrace's): a message
 * naming the limit, or NULL.
 */
static const char *option_limit(struct dtc *dx, const char *name, int64_t v)
{
	if (!strcmp(name, "strsize") && v > DT_MAX_STRSIZE)
		return arena_printf(dx, "value must be between 2 and %d", DT_MAX_STRSIZE);
	if (!strcmp(name, "scratchsize") && v > DT_MAX_SCRATCHSIZE + 8)
		return arena_printf(dx, "dtc's scratch space per clause is at most %d bytes",
				    DT_MAX_SCRATCHSIZE);
	if (!strcmp(name, "nspec") && (v < 1 || v > DT_MAX_NSPEC))
		return arena_printf(dx, "dtc supports 1 to %d speculation buffers", DT_MAX_NSPEC);
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
		const char *msg = lim ? lim : dt_opt_strerror(e);

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

/* #pragma D option name[=value] | D depends_on ... | D binding ... | D attributes */
static void check_pragma(struct dtc *dx, struct node *n)
{
	const char *s = n->str;
	char word[64];
	int i = 0;

	while (isspace((unsigned char)*s))
		s++;
	if (strncmp(s, "D", 1) || !isspace((unsigned char)s[1]))
		return; /* other pragmas (e.g. ident) are ignored, as DTrace does */
	s += 2;
	while (isspace((unsigned char)*s))
		s++;
	while (*s && !isspace((unsigned char)*s) && i < 63)
		word[i++] = *s++;
	word[i] = 0;
	while (isspace((unsigned char)*s))
		s++;
	if (!strcmp(word, "option")) {
		const char *eq = strchr(s, '=');
		const char *end = s + strlen(s);
		char *name, *value;
		while (end > s && isspace((unsigned char)end[-1]))
			end--;
		if (eq && eq < end) {
			name = arena_strndup(dx, s, eq - s);
			value = arena_strndup(dx, eq + 1, end - eq - 1);
		} else {
			name = arena_strndup(dx, s, end - s);
			value = NULL;
		}
		if (!*name) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM", "malformed #pragma D option");
			return;
		}
		if (strpbrk(name, " \t") || (value && strpbrk(value, " \t"))) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "superfluous arguments specified for #pragma option");
			return;
		}
		sema_set_option(dx, name, value, n->loc);
	} else if (!strcmp(word, "depends_on") || !strcmp(word, "binding") ||
		   !strcmp(word, "attributes") || !strcmp(word, "ident")) {
		/* checked as scanned: sema_pragma_scanned() (sema_types.c) */
	} else {
		diag_error(dx, n->loc, "D_PRAGMA_INVAL", "invalid control directive: #pragma D %s",
			   word);
	}
}

/* ---- probe descriptions ---------------------------------------------- */

/* gmatch(3)-style glob matching, as DTrace matches probe descriptions. */
static int glob_match(const char *p, const char *s)
{
	for (;;) {
		switch (*p) {
		case 0:
			return *s == 0;
		case '*':
			while (*p == '*')
				p++;
			if (!*p)
				return 1;
			for (; *s; s++)
				if (glob_match(p, s))
					return 1;
			return glob_match(p, s);
		case '?':
			if (!*s)
				return 0;
			p++, s++;
			break;
		case '[': {
			int neg = 0, ok = 0;
			const char *q = p + 1;
			if (!*s)
				return 0;
			if (*q == '!' || *q == '^')
				neg = 1, q++;
			while (*q && *q != ']') {
				if (q[1] == '-' && q[2] && q[2] != ']') {
					if (*s >= q[0] && *s <= q[2])
						ok = 1;
					q += 3;
				} else {
					if (*s == *q)
						ok = 1;
					q++;
				}
			}
			if (!*q)
				return 0;
			if (ok == neg)
				return 0;
			p = q + 1;
			s++;
			break;
		}
		case '\\':
			if (p[1])
				p++;
			/* fall through */
		default:
			if (*p != *s)
				return 0;
			p++, s++;
		}
	}
}

/* An empty description field matches anything. */
static int field_match(const char *pat, const char *s)
{
	return !*pat || glob_match(pat, s);
}

int sema_field_match(const char *pat, const char *s)
{
	return field_match(pat, s);
}

/* Split a description into fields, right-aligned: "BEGIN" is ":::BEGIN". */
static int pdesc_split(const char *d, struct pdesc_fields *f)
{
	char parts[5][128];
	int n = 0, i;
	const char *s = d;

	memset(f, 0, sizeof(*f));
	for (;;) {
		const char *c = s;
		size_t len;
		while (*c && *c != ':') {
			if (*c == '\\' && c[1])
				c++;
			c++;
		}
		len = c - s;
		if (n == 5 || len >= 128)
			return -1;
		memcpy(parts[n], s, len);
		parts[n][len] = 0;
		n++;
		if (!*c)
			break;
		s = c + 1;
	}
	char *dst[5] = { f->inst, f->prov, f->mod, f->func, f->name };
	for (i = 0; i < n; i++)
		strcpy(dst[5 - n + i], parts[i]);
	return n;
}

int sema_pdesc_fields(const char *d, struct pdesc_fields *f)
{
	return pdesc_split(d, f);
}

/* True when a profile/tick probe name is well formed: profile-N[unit]. */
static int timer_name_ok(const char *name, const char *prefix)
{
	size_t pl = strlen(prefix);
	const char *p;
	static const char *const units[] = { "", "ns", "nsec", "us", "usec", "ms", "msec", "s",
					     "sec", "m", "min", "h", "hour", "d", "day", "hz" };
	size_t i;

	if (strncmp(name, prefix, pl))
		return 0;
	p = name + pl;
	if (!isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (!strcmp(p, units[i]))
			return 1;
	return 0;
}

static struct prog *prog_get(struct dtc *dx, int family, const char *param)
{
	struct prog *p;
	for (p = st(dx)->progs; p; p = p->next)
		if (p->family == family && !strcmp(p->param, param))
			return p;
	p = arena_alloc(dx, sizeof(*p));
	p->id = st(dx)->nprogs++;
	p->family = family;
	p->param = arena_strdup(dx, param);
	*st(dx)->progs_tail = p;
	st(dx)->progs_tail = &p->next;
	return p;
}

void sema_prog_add_clause(struct dtc *dx, int family, const char *param, int clause)
{
	struct prog *p = prog_get(dx, family, param);
	if (p->nclauses && p->clauses[p->nclauses - 1] == clause)
		return;
	if (p->nclauses == p->maxclauses) {
		/* no limit on the clauses of one probe (DTrace has none) */
		int *c = arena_alloc(dx, sizeof(int) * (size_t)(p->maxclauses ? 2 * p->maxclauses : 16));
		if (p->nclauses)
			memcpy(c, p->clauses, sizeof(int) * (size_t)p->nclauses);
		p->clauses = c;
		p->maxclauses = p->maxclauses ? 2 * p->maxclauses : 16;
	}
	p->clauses[p->nclauses++] = clause;
}

/* Known providers: which families a description can reach. */
static void check_pdesc(struct dtc *dx, struct node *pd, int clause)
{
	struct pdesc_fields f;
	int hit = 0;

	if (pdesc_split(pd->str, &f) < 0) {
		diag_error(dx, pd->loc, "D_PDESC_INVAL", "invalid probe description \"%s\"", pd->str);
		return;
	}
	if (field_match(f.prov, "dtrace") && !*f.mod && !*f.func) {
		if (field_match(f.name, "BEGIN"))
			sema_prog_add_clause(dx, DT_FAM_BEGIN, "", clause), hit = 1;
		if (field_match(f.name, "END"))
			sema_prog_add_clause(dx, DT_FAM_END, "", clause), hit = 1;
		if (field_match(f.name, "ERROR"))
			sema_prog_add_clause(dx, DT_FAM_ERROR, "", clause), hit = 1;
	}
	if (field_match(f.prov, "syscall") && (!*f.mod || field_match(f.mod, "vmlinux"))) {
		if (field_match(f.name, "entry"))
			sema_prog_add_clause(dx, DT_FAM_SYSCALL_ENTRY, "", clause), hit = 1;
		if (field_match(f.name, "return"))
			sema_prog_add_clause(dx, DT_FAM_SYSCALL_RETURN, "", clause), hit = 1;
	}
	if ((!*f.prov || !strcmp(f.prov, "profile")) && !*f.mod && !*f.func) {
		if (timer_name_ok(f.name, "profile-"))
			sema_prog_add_clause(dx, DT_FAM_PROFILE, f.name, clause), hit = 1;
		else if (timer_name_ok(f.name, "tick-"))
			sema_prog_add_clause(dx, DT_FAM_TICK, f.name, clause), hit = 1;
	}
	if (!hit) {
		int r = prov_check_pdesc(dx, pd, &f, clause);

		if (r < 0)
			return;
		hit = r;
	}
	if (!hit) {
		static const char *const later[] = { "ip", "tcp", "udp", "lockstat", "fasttrap",
						     "cpc" };
		size_t i;
		for (i = 0; i < sizeof(later) / sizeof(later[0]); i++) {
			if (*f.prov && !strncmp(f.prov, later[i], strlen(later[i]))) {
				diag_error(dx, pd->loc, "D_PDESC_ZERO",
					   "probe description %s does not match any probes: "
					   "provider '%s' is not available in this dtc",
					   pd->str, later[i]);
				return;
			}
		}
		/* one-step dtrun: it matches on the host and says so as dtrace does */
		if (!dx->pdesc_at_load)
			diag_error(dx, pd->loc, "D_PDESC_ZERO",
				   "probe description %s does not match any probes", pd->str);
	}
}

static void check_stmt(struct dtc *dx, struct cctx *cc, struct node *s)
{
	struct dtype *t;

	for (; s; s = s->next) {
		int mark = cc->ci->ntmp;

		switch (s->kind) {
		case N_EXPR_STMT:
			if (s->a->kind == N_AGG) {
				/* @a; an aggregation is dynamic: DTrace's dt_cg_node() */
				diag_error(dx, s->a->loc, "D_CG_DYN",
					   "expression cannot evaluate to result of dynamic type");
				break;
			}
			if (sema_stack_stmt(dx, cc, s->a)) /* sym(x); and kin */
				break;
			check_expr(dx, cc, s->a);
			/* a statement's string temporaries are dead once it has run
			 * (variables hold copies), so the next one reuses them */
			cc->ci->ntmp = mark;
			break;
		case N_EMPTY:
			break;
		case N_BLOCK:
			check_stmt(dx, cc, s->a);
			break;
		case N_IF:
			t = check_expr(dx, cc, s->a);
			cc->ci->ntmp = mark; /* tested before either branch runs */
			if (t && !type_is_scalar(t) && t->kind != TY_STRING) {
				diag_error(dx, s->a->loc, "D_COND_TYPE",
					   "if-condition must be of scalar type");
			}
			check_stmt(dx, cc, s->b);
			if (s->c)
				check_stmt(dx, cc, s->c);
			break;
		default:
			diag_error(dx, s->loc, "D_SYNTAX", "unexpected statement");
		}
	}
}

/* Whether an expression assigns a variable (=, op=, ++, --). */
static int assigns(const struct node *n)
{
	for (; n; n = n->next) {
		if (n->kind == N_ASSIGN || n->kind == N_INCDEC)
			return 1;
		if (assigns(n->a) || assigns(n->b) || assigns(n->c) || assigns(n->d) || assigns(n->e))
			return 1;
	}
	return 0;
}

static void check_pred(struct dtc *dx, struct cctx *cc, struct node *cl)
{
	struct dtype *t;

	if (!cl->b)
		return;
	if (cl->b->kind == N_AGG) { /* dynamic, no scalar: DTrace's dt_cook_clause() */
		diag_error(dx, cl->b->loc, "D_PRED_SCALAR", "predicate result must be of scalar type");
		return;
	}
	cc->in_pred = 1;
	t = check_expr(dx, cc, cl->b);
	cc->in_pred = 0;
	if (t && !type_is_scalar(t))
		diag_error(dx, cl->b->loc, "D_PRED_SCALAR", "predicate result must be of scalar type");
}

/* Whether an expression mentions $target (checked before the clause body). */
static int mentions_target(const struct node *n)
{
	for (; n; n = n->next) {
		if (n->kind == N_MACRO && n->str && !strcmp(n->str, "$target"))
			return 1;
		if (mentions_target(n->a) || mentions_target(n->b) || mentions_target(n->c) ||
		    mentions_target(n->d) || mentions_target(n->e))
			return 1;
	}
	return 0;
}

static void check_clause(struct dtc *dx, struct node *cl, int id)
{
	struct sema_state *ss = st(dx);
	struct clause_info *ci = &ss->clauses[id];
	struct cctx cc = { .ci = ci };
	struct node *pd;

	ci->n = cl;
	ci->id = id;
	cl->id = id;
	for (pd = cl->a; pd; pd = pd->next)
		check_pdesc(dx, pd, id);
	if (!cl->c)
		ci->records = 1; /* the default action: trace the probe */
	sema_spec_clause(dx, cl->c); /* what may follow speculate() ...: sema_spec.c */
	/*
	 * DTrace cooks the action list before the predicate (dt_cook_clause()),
	 * so a predicate may test a variable the clause's body declares by
	 * assigning it: /!done/ { ...; done = 1; }.  A predicate that assigns
	 * (/i++ < 10/ { @ = count(i); }) declares for the body, so it goes first.
	 */
	if (cl->b && mentions_target(cl->b))
		ss->target_used = 1; /* printf's %A checks in the body depend on it */
	if (cl->b && assigns(cl->b)) {
		check_pred(dx, &cc, cl);
		check_stmt(dx, &cc, cl->c);
	} else {
		check_stmt(dx, &cc, cl->c);
		check_pred(dx, &cc, cl);
	}
}

/*
 * DTrace's D_EMPTY: a program with no clause and no declaration (comments
 * and pragmas only) is an error unless -x empty; reported at the end of the
 * script, where the parser stopped.
 */
static void check_empty(struct dtc *dx)
{
	struct loc loc = { -1, 0, 0 };
	struct node *it;
	int f;

	for (it = dx->program ? dx->program->a : NULL; it; it = it->next)
		if (it->kind != N_PRAGMA && !sema_is_dlib_item(dx, it))
			return;
	if (sema_option(dx, "empty"))
		return;
	for (f = 0; f < dx->nfiles; f++)
		if (!sema_is_dlib_file(dx, f)) {
			loc.file = f;
			loc.off = (int)dx->files[f].len;
		}
	diag_error(dx, loc, "D_EMPTY", "empty D program translation unit");
}

int sema_check(struct dtc *dx)
{
	struct sema_state *ss = arena_alloc(dx, sizeof(*ss));
	struct node *it;
	int nclauses = 0, id = 0;

	dx->sema = ss;
	ss->acts_tail = &ss->acts;
	ss->progs_tail = &ss->progs;
	ss->strsize = 264; /* strsize characters and a NUL, in 8-byte units */
	ss->strmax = 256;
	types_init(dx);

	if (!dx->program)
		return 0;
	check_empty(dx);
	for (it = dx->program->a; it; it = it->next) {
		if (it->kind == N_PRAGMA)
			check_pragma(dx, it);
		if (it->kind == N_CLAUSE)
			nclauses++;
	}
	if (sema_option(dx, "strsize")) {
		/* checked when set (sema_set_option); as in DTrace, a string keeps
		 * strsize characters and its NUL */
		int64_t n = sema_option_num(dx, "strsize", 256);

		ss->strsize = (int)((n + 1 + 7) & ~7L);
		ss->strmax = (int)n;
	}
	types_register_items(dx);
	ss->clauses = arena_alloc(dx, sizeof(*ss->clauses) * (nclauses + 1));
	ss->nclauses = nclauses;
	for (it = dx->program->a; it; it = it->next) {
		switch (it->kind) {
		case N_CLAUSE:
			check_clause(dx, it, id++);
			sema_types_check_clause(dx, it); /* sema_types.c */
			break;
		case N_PRAGMA:
			break;
		case N_DECL:
			if (sema_is_dlib_item(dx, it))
				break; /* D library: resolved when used (sema_types.c) */
			if (types_declare_decl(dx, it))
				sema_declare_vars(dx, it); /* variables: sema_var.c */
			break;
		case N_INLINE:
			if (!sema_is_dlib_item(dx, it))
				sema_types_inline(dx, it);
			break;
		case N_TRANSLATOR:
			if (!sema_is_dlib_item(dx, it))
				sema_types_translator(dx, it);
			break;
		case N_PROVIDER:
			prov_usdt_define(dx, it); /* prov_usdt.c */
			break;
		default:
			break;
		}
	}
	sema_types_pragmas_unused(dx);
	sema_types_deferred(dx); /* after every clause, as DTrace's code generator */
	sema_var_limits(dx);     /* sema_var.c */
	/*
	 * Macro arguments given to dtc: the checks dtrace makes.  A $N past
	 * the last argument is D_MACRO_UNDEF unless -x defaultargs; the last
	 * argument must be referenced unless -x argref (dt_cc.c checks only
	 * the last one: "a b" with only $2 used is fine).
	 */
	if (dx->macro_bound && !sema_option(dx, "defaultargs")) {
		for (int i = 1; i < DT_MAX_MACROS; i++)
			if (ss->macros_used[i] && i >= dx->macro_bound)
				diag_error(dx, ss->macro_loc[i], "D_MACRO_UNDEF",
					   "macro argument $%s%d is not defined",
					   ss->macros_used[i] & MAC_INT ? "" : "$", i);
	}
	if (dx->macro_bound > 1 && !dx->unused_at_load && !sema_option(dx, "argref") &&
	    !ss->macros_used[dx->macro_bound - 1] && !dx->macro_lexed[dx->macro_bound - 1])
		diag_plain(dx, "D_MACRO_UNUSED", "extraneous argument '%s' ($%d is not referenced)",
			   dx->macro_argv[dx->macro_bound - 1], dx->macro_bound - 1);
	/* pair indices: consecutive per program */
	{
		struct prog *p;
		int pair = 0;
		for (p = ss->progs; p; p = p->next) {
			p->pair0 = pair;
			pair += p->nclauses;
		}
		ss->npairs = pair;
	}
	return dx->nerrors ? -1 : 0;
}

