/*
 * sema.c: semantic analysis.  Walks the parsed program once, in source
 * order (D types a variable by its first assignment, so order matters):
 * collects options, decides which probe families each clause needs, types
 * every expression, resolves identifiers to built-ins and globals, checks
 * actions and subroutines against their prototypes, and registers each
 * data-recording action with its record layout for the metadata.
 *
 * Results: node->type / node->sym / node->id on the AST, and struct
 * sema_state (sema.h) for the emitter.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "../runtime/dt_fmt.h"
#include "sema.h"

/* DTrace's built-in variables, typed as in Oracle's DTrace for Linux. */
static const struct builtin_var builtin_vars[] = {
	{ "pid", "pid_t", "(int)(bpf_get_current_pid_tgid() >> 32)", 0 },
	{ "tid", "id_t", "(int)bpf_get_current_pid_tgid()", 0 },
	{ "ppid", "pid_t", "dt_ppid()", 0 },
	{ "uid", "uid_t", "(unsigned int)bpf_get_current_uid_gid()", 0 },
	{ "gid", "gid_t", "(unsigned int)(bpf_get_current_uid_gid() >> 32)", 0 },
	{ "execname", "string", "dt_execname(c, %d)", 1 },
	{ "timestamp", "uint64_t", "bpf_ktime_get_ns()", 0 },
	{ "vtimestamp", "uint64_t", "bpf_ktime_get_ns()", 0 },
	{ "walltimestamp", "int64_t", "dt_walltimestamp()", 0 },
	{ "cpu", "processorid_t", "(int)bpf_get_smp_processor_id()", 0 },
	{ "probeprov", "string", "c->pprov", 0 },
	{ "probemod", "string", "c->pmod", 0 },
	{ "probefunc", "string", "c->pfunc", 0 },
	{ "probename", "string", "c->pname", 0 },
	{ "errno", "int", "(int)c->errno_val", 0 },
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
struct cctx {
	struct clause_info *ci;
	int in_pred;
	int nact_in_clause;
};

static struct sema_state *st(struct dtc *dx)
{
	return SEMA(dx);
}

static struct sym *sym_find(struct dtc *dx, const char *name)
{
	struct sym *s;
	for (s = st(dx)->syms; s; s = s->next)
		if (!strcmp(s->name, name))
			return s;
	return NULL;
}

static struct sym *sym_add(struct dtc *dx, enum sym_kind kind, const char *name,
			   struct dtype *type, struct loc loc)
{
	struct sym *s = arena_alloc(dx, sizeof(*s));
	s->kind = kind;
	s->name = name;
	s->type = type;
	s->decl = loc;
	s->next = st(dx)->syms;
	st(dx)->syms = s;
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

/* Options dtc knows; others are an error, as in DTrace (D_PRAGMA_OPTSET). */
static const char *const known_options[] = {
	"aggpercpu", "aggrate", "aggsize", "aggsortkey", "aggsortkeypos", "aggsortpos",
	"aggsortrev", "bufpolicy", "bufresize", "bufsize", "cleanrate", "cpu", "defaultargs",
	"destructive", "dynvarsize", "flowindent", "grabanon", "jstackframes",
	"jstackstrsize", "nspec", "quiet", "rawbytes", "specsize", "stackframes",
	"stackindent", "statusrate", "strsize", "switchrate", "ustackframes", "zdefs",
	"version", "errtags", "linkmode", "stdc", "core", "droptags", "evaltime", "incdir",
	"define", "undef", "libdir", "lazyload", "ldpath", "modpath", "nolibs", "pgmax",
	"pspec", "tree", "verbose", "knodefs", "unodefs", "disasm", "debug", "iregs",
	"maxframes", "preallocate", "procrate", "scratchsize", "dtc",
};

static int option_known(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof(known_options) / sizeof(known_options[0]); i++)
		if (!strcmp(known_options[i], name))
			return 1;
	return 0;
}

static void add_option(struct dtc *dx, const char *name, const char *value, struct loc loc)
{
	struct dopt *o = arena_alloc(dx, sizeof(*o)), **pp;
	o->name = name;
	o->value = value;
	o->loc = loc;
	for (pp = &dx->opts; *pp; pp = &(*pp)->next)
		;
	*pp = o;
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
			value = "";
		}
		if (!*name) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM", "malformed #pragma D option");
			return;
		}
		if (!option_known(name)) {
			diag_error(dx, n->loc, "D_PRAGMA_OPTSET",
				   "failed to set option '%s': Invalid option name", name);
			return;
		}
		add_option(dx, name, value, n->loc);
	} else if (!strcmp(word, "depends_on") || !strcmp(word, "binding") ||
		   !strcmp(word, "attributes") || !strcmp(word, "ident")) {
		/* recorded for documentation; nothing to enforce on Linux yet */
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

struct pdesc_fields {
	char inst[128], prov[128], mod[128], func[128], name[128];
};

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

static void prog_add_clause(struct dtc *dx, int family, const char *param, int clause)
{
	struct prog *p = prog_get(dx, family, param);
	if (p->nclauses && p->clauses[p->nclauses - 1] == clause)
		return;
	if (p->nclauses == 256)
		return;
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
			prog_add_clause(dx, DT_FAM_BEGIN, "", clause), hit = 1;
		if (field_match(f.name, "END"))
			prog_add_clause(dx, DT_FAM_END, "", clause), hit = 1;
		if (field_match(f.name, "ERROR"))
			prog_add_clause(dx, DT_FAM_ERROR, "", clause), hit = 1;
	}
	if (field_match(f.prov, "syscall") && (!*f.mod || field_match(f.mod, "vmlinux"))) {
		if (field_match(f.name, "entry"))
			prog_add_clause(dx, DT_FAM_SYSCALL_ENTRY, "", clause), hit = 1;
		if (field_match(f.name, "return"))
			prog_add_clause(dx, DT_FAM_SYSCALL_RETURN, "", clause), hit = 1;
	}
	if ((!*f.prov || !strcmp(f.prov, "profile")) && !*f.mod && !*f.func) {
		if (timer_name_ok(f.name, "profile-"))
			prog_add_clause(dx, DT_FAM_PROFILE, f.name, clause), hit = 1;
		else if (timer_name_ok(f.name, "tick-"))
			prog_add_clause(dx, DT_FAM_TICK, f.name, clause), hit = 1;
	}
	if (!hit) {
		static const char *const later[] = { "fbt", "pid", "usdt", "proc", "sched", "io",
						     "sdt", "rawtp", "ip", "tcp", "udp", "lockstat",
						     "fasttrap", "lockstat", "cpc" };
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
		diag_error(dx, pd->loc, "D_PDESC_ZERO",
			   "probe description %s does not match any probes", pd->str);
	}
}

/* ---- expressions ------------------------------------------------------ */

static struct dtype *check_expr(struct dtc *dx, struct cctx *cc, struct node *n);

static int new_tmp(struct dtc *dx, struct cctx *cc, struct node *n)
{
	int max = (DT_SCRATCH_SIZE - 2 * DT_OUT_SIZE) / st(dx)->strsize;
	if (cc->ci->ntmp >= max) {
		diag_error(dx, n->loc, "D_NOSCRATCH",
			   "clause uses more than %d string temporaries at strsize %d", max,
			   st(dx)->strsize);
		return 0;
	}
	return cc->ci->ntmp++;
}

/*
 * String values the BPF code reads directly (comparisons) must be readable
 * for strsize bytes: variables, temporaries and $$N are; literals and probe
 * names are copied into a temporary first.
 */
static int str_is_sized(struct node *n)
{
	switch (n->kind) {
	case N_IDENT:
		return !n->sym || n->sym->kind == SYM_GLOBAL || (n->sym->bv && n->sym->bv->needs_tmp);
	case N_CALL:
	case N_MACRO:
	case N_COND:
		return 1;
	case N_ASSIGN:
		return 1;
	case N_STRINGOF:
		return str_is_sized(n->a);
	default:
		return 0;
	}
}

static void str_sized(struct dtc *dx, struct cctx *cc, struct node *n)
{
	if (str_is_sized(n))
		return;
	n->flags |= NF_TMPCOPY;
	n->id = new_tmp(dx, cc, n);
}

static const char *op_str(int op)
{
	switch (op) {
	case OP_ADD: return "+";
	case OP_SUB: return "-";
	case OP_MUL: return "*";
	case OP_DIV: return "/";
	case OP_MOD: return "%";
	case OP_SHL: return "<<";
	case OP_SHR: return ">>";
	case OP_BAND: return "&";
	case OP_BOR: return "|";
	case OP_BXOR: return "^";
	case OP_LT: return "<";
	case OP_LE: return "<=";
	case OP_GT: return ">";
	case OP_GE: return ">=";
	case OP_EQ: return "==";
	case OP_NE: return "!=";
	case OP_LAND: return "&&";
	case OP_LOR: return "||";
	case OP_LXOR: return "^^";
	case OP_NEG: return "-";
	case OP_PLUS: return "+";
	case OP_BNOT: return "~";
	case OP_LNOT: return "!";
	case OP_DEREF: return "*";
	case OP_ADDR: return "&";
	case OP_PREINC: case OP_POSTINC: return "++";
	case OP_PREDEC: case OP_POSTDEC: return "--";
	case OP_ASSIGN: return "=";
	case OP_ADD_ASSIGN: return "+=";
	case OP_SUB_ASSIGN: return "-=";
	case OP_MUL_ASSIGN: return "*=";
	case OP_DIV_ASSIGN: return "/=";
	case OP_MOD_ASSIGN: return "%=";
	case OP_SHL_ASSIGN: return "<<=";
	case OP_SHR_ASSIGN: return ">>=";
	case OP_AND_ASSIGN: return "&=";
	case OP_OR_ASSIGN: return "|=";
	case OP_XOR_ASSIGN: return "^=";
	}
	return "?";
}

/* The binary operator of a compound assignment. */
static int compound_base(int op)
{
	switch (op) {
	case OP_ADD_ASSIGN: return OP_ADD;
	case OP_SUB_ASSIGN: return OP_SUB;
	case OP_MUL_ASSIGN: return OP_MUL;
	case OP_DIV_ASSIGN: return OP_DIV;
	case OP_MOD_ASSIGN: return OP_MOD;
	case OP_SHL_ASSIGN: return OP_SHL;
	case OP_SHR_ASSIGN: return OP_SHR;
	case OP_AND_ASSIGN: return OP_BAND;
	case OP_OR_ASSIGN: return OP_BOR;
	case OP_XOR_ASSIGN: return OP_BXOR;
	}
	return OP_NONE;
}

static struct dtype *int_const_type(struct dtc *dx, struct node *n)
{
	const char *s = n->str ? n->str : "";
	int u = 0, l = 0;
	const char *p;
	uint64_t v = (uint64_t)n->ival;
	int dec = !(s[0] == '0' && s[1]);

	for (p = s + strlen(s); p > s && strchr("uUlL", p[-1]); p--) {
		if (p[-1] == 'u' || p[-1] == 'U')
			u = 1;
		else
			l++;
	}
	/* C rules for LP64: int, long (8 bytes); octal/hex may be unsigned */
	if (!l && !u && v <= 0x7fffffffULL)
		return type_int(dx, 4, 1);
	if (!l && (u || !dec) && v <= 0xffffffffULL)
		return type_int(dx, 4, 0);
	if (!u && v <= 0x7fffffffffffffffULL)
		return type_int(dx, 8, 1);
	return type_int(dx, 8, 0);
}

static int is_lvalue_ident(struct dtc *dx, struct node *n)
{
	(void)dx;
	return n->kind == N_IDENT;
}

/* An identifier in an rvalue context. */
static struct dtype *check_ident(struct dtc *dx, struct cctx *cc, struct node *n)
{
	const struct builtin_var *bv = builtin_var_find(n->str);
	struct sym *s;

	if (bv) {
		struct dtype *t = type_named(dx, bv->type);
		if (!t)
			dtc_bug("builtin type %s", bv->type);
		if (bv->needs_tmp)
			n->id = new_tmp(dx, cc, n);
		s = sym_find(dx, n->str);
		if (!s) {
			s = sym_add(dx, SYM_BUILTIN, n->str, t, n->loc);
			s->bv = bv;
		}
		n->sym = s;
		if (!strcmp(bv->name, "probefunc"))
			st(dx)->uses_sysnames = 1;
		if (!strncmp(bv->name, "arg", 3))
			st(dx)->uses_args = 1;
		return n->type = t;
	}
	s = sym_find(dx, n->str);
	if (s && s->kind == SYM_GLOBAL) {
		n->sym = s;
		return n->type = s->type;
	}
	if (n->str[0] == '`' || strchr(n->str, '`')) {
		diag_error(dx, n->loc, "D_IDENT_UNDEF", "failed to resolve %s: Unknown symbol name",
			   n->str);
		return NULL;
	}
	diag_error(dx, n->loc, "D_IDENT_UNDEF", "failed to resolve %s: Unknown variable name",
		   n->str);
	return NULL;
}

/* The variable an assignment writes, created on first assignment. */
static struct dtype *check_lvalue(struct dtc *dx, struct cctx *cc, struct node *n,
				  struct dtype *rtype, int op)
{
	struct sym *s;

	(void)cc;
	if (n->kind != N_IDENT) {
		diag_error(dx, n->loc, "D_OP_LVAL", "operator %s requires modifiable lvalue",
			   op_str(op));
		return NULL;
	}
	if (builtin_var_find(n->str)) {
		diag_error(dx, n->loc, "D_OP_WRITE",
			   "operator %s can only be applied to a writable variable", op_str(op));
		return NULL;
	}
	s = sym_find(dx, n->str);
	if (!s) {
		struct dtype *t = rtype;
		if (op != OP_ASSIGN || !t)
			t = type_int(dx, 8, 1);
		if (t->kind == TY_VOID) {
			diag_error(dx, n->loc, "D_OP_VOID", "cannot assign a void expression");
			return NULL;
		}
		s = sym_add(dx, SYM_GLOBAL, n->str, t, n->loc);
	}
	n->sym = s;
	return n->type = s->type;
}

static int types_assignable(struct dtype *l, struct dtype *r)
{
	if (!l || !r)
		return 1;
	if (l->kind == TY_STRING || r->kind == TY_STRING)
		return l->kind == r->kind;
	return type_is_scalar(l) && type_is_scalar(r);
}

/* ---- actions and subroutines ---------------------------------------------- */

static struct action *new_action(struct dtc *dx, struct cctx *cc, const char *kind)
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

static void act_add_arg(struct dtc *dx, struct action *a, struct dtype *t)
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
	} else {
		a->argk[i] = (t && t->is_signed) ? 'i' : 'u';
		a->argsize[i] = t ? t->size : 8;
	}
}

static void act_finish(struct action *a)
{
	int i, sz = sizeof(struct dt_item);
	for (i = 0; i < a->nargs && i < MAX_ACT_ARGS; i++)
		sz += a->argk[i] == 's' ? (a->argsize[i] + 7) & ~7 : 8;
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

static void fmt_arg_of(struct dtc *dx, struct dtype *t, struct dt_fmt_arg *fa)
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
	fa->is_signed = t->is_signed;
	fa->type_name = t->name;
	fa->base_name = t->cname;
	switch (t->kind) {
	case TY_INT:
	case TY_ENUM:
		fa->kind = DT_FA_INT;
		fa->is_int64_typedef = t->size == 8 && (!strcmp(t->name, "int64_t") ||
							!strcmp(t->name, "uint64_t"));
		if (t->size == 8)
			fa->base_name = t->is_signed ? "long" : "unsigned long";
		break;
	case TY_PTR: fa->kind = DT_FA_PTR; break;
	case TY_STRING: fa->kind = DT_FA_STRING; break;
	case TY_VOID: fa->kind = DT_FA_VOID; break;
	case TY_FLOAT: fa->kind = DT_FA_FLOAT; break;
	default: fa->kind = DT_FA_OTHER; break;
	}
}

static struct dtype *check_printf(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct node *fmt = n->a, *arg, *args[MAX_ACT_ARGS];
	struct action *a;
	struct dtype *types[MAX_ACT_ARGS];
	struct dt_fmt_arg fargs[MAX_ACT_ARGS];
	struct dt_fmt_err err;
	int nargs = 0, i;

	if (!fmt) {
		diag_error(dx, n->loc, "D_PROTO_LEN", DT_FMT_MSG_PROTO_LEN, "printf", 0, 1);
		return NULL;
	}
	if (fmt->kind != N_STRING) {
		struct dtype *ft = check_expr(dx, cc, fmt);
		diag_error(dx, fmt->loc, "D_PROTO_ARG", DT_FMT_MSG_PROTO_ARG, "printf", 1, "string",
			   ft ? ft->name : "int");
		return NULL;
	}
	for (arg = fmt->next; arg; arg = arg->next) {
		struct dtype *t = check_expr(dx, cc, arg);
		if (nargs == MAX_ACT_ARGS) {
			diag_error(dx, arg->loc, "D_PROTO_LEN", "printf( ) has more than %d arguments",
				   MAX_ACT_ARGS);
			return NULL;
		}
		args[nargs] = arg;
		types[nargs] = t;
		fmt_arg_of(dx, t, &fargs[nargs]);
		nargs++;
	}
	if (dt_fmt_check("printf", fmt->str, fargs, nargs, 1, DT_FMT_V_EXACTLEN |
			 (st(dx)->target_used ? DT_FMT_V_TARGET : 0), &err) < 0) {
		struct loc at = err.arg >= 0 && err.arg < nargs ? args[err.arg]->loc
			: err.arg < 0 ? fmt->loc : n->loc;
		diag_error(dx, at, err.tag, "%s", err.msg);
		return NULL;
	}
	a = new_action(dx, cc, "printf");
	a->fmt = fmt->str;
	for (i = 0; i < nargs; i++)
		act_add_arg(dx, a, types[i]);
	act_finish(a);
	n->id = a->id;
	return type_void(dx);
}

static struct dtype *check_call(struct dtc *dx, struct cctx *cc, struct node *n)
{
	int nargs = count_args(n->a);
	struct node *arg;
	struct action *a;
	struct dtype *t;

	if (!strcmp(n->str, "printf"))
		return n->type = check_printf(dx, cc, n);
	if (!strcmp(n->str, "trace")) {
		if (nargs != 1) {
			proto_len_error(dx, n, nargs, "1 expected");
			return NULL;
		}
		t = check_expr(dx, cc, n->a);
		if (t && t->kind == TY_VOID) {
			diag_error(dx, n->a->loc, "D_PROTO_ARG",
				   "trace( ) argument #1 is incompatible with prototype:\n"
				   "\tprototype: ??? (any non-void)\n\t argument: void");
			return NULL;
		}
		a = new_action(dx, cc, "trace");
		act_add_arg(dx, a, t);
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
		for (arg = n->a; arg; arg = arg->next) {
			t = check_expr(dx, cc, arg);
			if (t && !type_is_scalar(t)) {
				diag_error(dx, arg->loc, "D_PROTO_ARG",
					   "copyinstr( ) argument #%d is incompatible with prototype:\n"
					   "\tprototype: %s\n\t argument: %s",
					   arg == n->a ? 1 : 2, arg == n->a ? "uintptr_t" : "size_t",
					   t->name);
				return NULL;
			}
		}
		n->id = new_tmp(dx, cc, n);
		return n->type = type_string(dx);
	}
	diag_error(dx, n->loc, "D_IDENT_UNDEF", "failed to resolve %s: Unknown function name",
		   n->str);
	return NULL;
}

static struct dtype *check_expr(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct dtype *l, *r, *t;

	switch (n->kind) {
	case N_INT:
		n->flags |= NF_CONST;
		return n->type = int_const_type(dx, n);
	case N_CHAR:
		n->flags |= NF_CONST;
		return n->type = type_int(dx, 1, 1);
	case N_STRING:
		return n->type = type_string(dx);
	case N_FLOAT:
		diag_error(dx, n->loc, "D_FLT_UNSUP", "floating-point constants are not permitted");
		return NULL;
	case N_IDENT:
		return check_ident(dx, cc, n);
	case N_MACRO: {
		const char *m = n->str;
		int mi = m[1] == '$' ? m[2] - '0' : m[1] - '0';
		if (mi >= 0 && mi <= 9 && !st(dx)->macros_used[mi])
			st(dx)->macro_loc[mi] = n->loc;
		if (m[1] == '$' && isdigit((unsigned char)m[2]) && !m[3]) {
			st(dx)->macros_used[m[2] - '0'] = 's';
			if (m[2] == '0')
				st(dx)->macros_used[0] = 's';
			n->id = m[2] - '0';
			return n->type = type_string(dx);
		}
		if (isdigit((unsigned char)m[1]) && !m[2]) {
			n->id = m[1] - '0';
			if (n->id == 0) {
				st(dx)->macros_used[0] = 's';
				return n->type = type_string(dx);
			}
			if (!st(dx)->macros_used[n->id])
				st(dx)->macros_used[n->id] = 'i';
			return n->type = type_int(dx, 8, 1);
		}
		if (!strcmp(m, "$target")) {
			st(dx)->target_used = 1;
			return n->type = type_named(dx, "pid_t");
		}
		if (!strcmp(m, "$pid") || !strcmp(m, "$ppid") || !strcmp(m, "$uid") ||
		    !strcmp(m, "$gid") || !strcmp(m, "$euid") || !strcmp(m, "$egid") ||
		    !strcmp(m, "$pgid") || !strcmp(m, "$sid")) {
			st(dx)->uses_macvars = 1;
			return n->type = type_int(dx, 4, 1);
		}
		diag_error(dx, n->loc, "D_MACRO_UNDEF", "macro variable %s is not defined", m);
		return NULL;
	}
	case N_BINARY:
		l = check_expr(dx, cc, n->a);
		r = check_expr(dx, cc, n->b);
		if (!l || !r)
			return NULL;
		if (n->op >= OP_LT && n->op <= OP_NE) {
			if ((l->kind == TY_STRING) != (r->kind == TY_STRING)) {
				diag_error(dx, n->loc, "D_OP_INCOMPAT",
					   "operands have incompatible types: \"%s\" %s \"%s\"", l->name,
					   op_str(n->op), r->name);
				return NULL;
			}
			if (l->kind == TY_STRING) {
				str_sized(dx, cc, n->a);
				str_sized(dx, cc, n->b);
			}
			if (l->kind != TY_STRING && (!type_is_scalar(l) || !type_is_scalar(r))) {
				diag_error(dx, n->loc, "D_OP_SCALAR",
					   "operator %s requires operands of scalar type", op_str(n->op));
				return NULL;
			}
			return n->type = type_int(dx, 4, 1);
		}
		if (l->kind == TY_PTR || r->kind == TY_PTR) {
			if ((n->op == OP_ADD || n->op == OP_SUB) && type_is_scalar(l) &&
			    type_is_scalar(r))
				return n->type = l->kind == TY_PTR ? l : r;
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"%s\" %s \"%s\"", l->name,
				   op_str(n->op), r->name);
			return NULL;
		}
		if (!type_is_arith(l) || !type_is_arith(r)) {
			diag_error(dx, n->loc, "D_OP_ARITH", "operator %s requires operands of arithmetic type",
				   op_str(n->op));
			return NULL;
		}
		if (n->op == OP_SHL || n->op == OP_SHR)
			return n->type = type_promote(dx, l);
		return n->type = type_arith_conv(dx, l, r);
	case N_LOGICAL:
		l = check_expr(dx, cc, n->a);
		r = check_expr(dx, cc, n->b);
		if (!l || !r)
			return NULL;
		if (!type_is_scalar(l) || !type_is_scalar(r)) {
			diag_error(dx, n->loc, "D_OP_SCALAR", "operator %s requires operands of scalar type",
				   op_str(n->op));
			return NULL;
		}
		return n->type = type_int(dx, 4, 1);
	case N_UNARY:
		t = check_expr(dx, cc, n->a);
		if (!t)
			return NULL;
		switch (n->op) {
		case OP_LNOT:
			if (!type_is_scalar(t)) {
				diag_error(dx, n->loc, "D_OP_SCALAR", "operator ! requires an operand of scalar type");
				return NULL;
			}
			return n->type = type_int(dx, 4, 1);
		case OP_NEG:
		case OP_PLUS:
		case OP_BNOT:
			if (!type_is_arith(t)) {
				diag_error(dx, n->loc, n->op == OP_BNOT ? "D_OP_INT" : "D_OP_ARITH",
					   "operator %s requires an operand of %s type", op_str(n->op),
					   n->op == OP_BNOT ? "integral" : "arithmetic");
				return NULL;
			}
			return n->type = type_promote(dx, t);
		default:
			diag_error(dx, n->loc, "D_OP_PTR",
				   "operator %s is not supported on this operand by this dtc", op_str(n->op));
			return NULL;
		}
	case N_INCDEC:
		if (n->a->kind != N_IDENT) {
			diag_error(dx, n->loc, "D_OP_LVAL", "operator %s requires modifiable lvalue",
				   op_str(n->op));
			return NULL;
		}
		t = check_lvalue(dx, cc, n->a, NULL, n->op);
		if (t && !type_is_scalar(t)) {
			diag_error(dx, n->loc, "D_OP_SCALAR", "operator %s requires operand of scalar type",
				   op_str(n->op));
			return NULL;
		}
		return n->type = t;
	case N_ASSIGN:
		r = check_expr(dx, cc, n->b);
		if (!r)
			return NULL;
		if (!is_lvalue_ident(dx, n->a)) {
			diag_error(dx, n->loc, "D_OP_LVAL", "operator %s requires modifiable lvalue",
				   op_str(n->op));
			return NULL;
		}
		if (n->op != OP_ASSIGN && !sym_find(dx, n->a->str) && !builtin_var_find(n->a->str)) {
			/* x += 1 on a fresh variable: DTrace types it as int64 */
		}
		l = check_lvalue(dx, cc, n->a, r, n->op);
		if (!l)
			return NULL;
		if (n->op != OP_ASSIGN) {
			int bop = compound_base(n->op);
			if (!type_is_arith(l) && !(l->kind == TY_PTR && (bop == OP_ADD || bop == OP_SUB))) {
				diag_error(dx, n->loc, "D_OP_ARITH",
					   "operator %s requires operands of arithmetic type", op_str(n->op));
				return NULL;
			}
			if (!type_is_arith(r)) {
				diag_error(dx, n->loc, "D_OP_ARITH",
					   "operator %s requires operands of arithmetic type", op_str(n->op));
				return NULL;
			}
		} else if (!types_assignable(l, r)) {
			diag_error(dx, n->loc, "D_OP_INCOMPAT",
				   "operands have incompatible types: \"%s\" = \"%s\"", l->name, r->name);
			return NULL;
		}
		return n->type = l;
	case N_COND:
		t = check_expr(dx, cc, n->a);
		l = check_expr(dx, cc, n->b);
		r = check_expr(dx, cc, n->c);
		if (!t || !l || !r)
			return NULL;
		if (!type_is_scalar(t)) {
			diag_error(dx, n->a->loc, "D_OP_SCALAR",
				   "operator ?: expression must be of scalar type");
			return NULL;
		}
		if (l->kind == TY_STRING || r->kind == TY_STRING) {
			if (l->kind != r->kind) {
				diag_error(dx, n->loc, "D_OP_INCOMPAT",
					   "operator ?: operands must have compatible types");
				return NULL;
			}
			n->id = new_tmp(dx, cc, n);
			return n->type = l;
		}
		if (type_is_arith(l) && type_is_arith(r))
			return n->type = type_arith_conv(dx, l, r);
		return n->type = l;
	case N_CALL:
		return check_call(dx, cc, n);
	case N_CAST:
		t = type_from_typename(dx, n->a);
		r = check_expr(dx, cc, n->b);
		if (!t || !r)
			return NULL;
		if (t->kind != TY_VOID && (!type_is_scalar(t) || !type_is_scalar(r))) {
			diag_error(dx, n->loc, "D_CAST_INVAL", "invalid cast expression: \"%s\" to \"%s\"",
				   r->name, t->name);
			return NULL;
		}
		return n->type = t;
	case N_SIZEOF_TYPE:
		t = type_from_typename(dx, n->a);
		if (!t)
			return NULL;
		n->flags |= NF_CONST;
		n->ival = t->kind == TY_STRING ? st(dx)->strsize : t->size;
		return n->type = type_named(dx, "size_t");
	case N_SIZEOF_EXPR:
		t = check_expr(dx, cc, n->a);
		if (!t)
			return NULL;
		n->flags |= NF_CONST;
		n->ival = t->kind == TY_STRING ? st(dx)->strsize : t->size;
		return n->type = type_named(dx, "size_t");
	case N_STRINGOF:
		t = check_expr(dx, cc, n->a);
		if (!t)
			return NULL;
		if (t->kind != TY_STRING) {
			diag_error(dx, n->loc, "D_STRINGOF_TYPE",
				   "stringof( ) operand must be a string or a pointer to char in this dtc");
			return NULL;
		}
		return n->type = t;
	case N_COMMA:
		check_expr(dx, cc, n->a);
		return n->type = check_expr(dx, cc, n->b);
	case N_AGG:
	case N_INDEX:
	case N_MEMBER_OF:
	case N_PTR_MEMBER:
	case N_OFFSETOF:
	case N_XLATE:
		diag_error(dx, n->loc, "D_UNSUPPORTED",
			   "this expression form is not yet implemented by dtc");
		return NULL;
	default:
		diag_error(dx, n->loc, "D_SYNTAX", "unexpected expression");
		return NULL;
	}
}

/* Actions may only appear as statements (D_OP_ACT in DTrace). */
static void check_stmt(struct dtc *dx, struct cctx *cc, struct node *s)
{
	struct dtype *t;

	for (; s; s = s->next) {
		switch (s->kind) {
		case N_EXPR_STMT:
			check_expr(dx, cc, s->a);
			break;
		case N_EMPTY:
			break;
		case N_BLOCK:
			check_stmt(dx, cc, s->a);
			break;
		case N_IF:
			t = check_expr(dx, cc, s->a);
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

static void check_clause(struct dtc *dx, struct node *cl, int id)
{
	struct sema_state *ss = st(dx);
	struct clause_info *ci = &ss->clauses[id];
	struct cctx cc = { .ci = ci };
	struct node *pd;
	struct dtype *t;

	ci->n = cl;
	ci->id = id;
	cl->id = id;
	for (pd = cl->a; pd; pd = pd->next)
		check_pdesc(dx, pd, id);
	if (cl->b) {
		cc.in_pred = 1;
		t = check_expr(dx, &cc, cl->b);
		cc.in_pred = 0;
		if (t && !type_is_scalar(t)) {
			diag_error(dx, cl->b->loc, "D_PRED_SCALAR",
				   "predicate result must be of scalar type");
		}
	}
	if (!cl->c)
		ci->records = 1; /* the default action: trace the probe */
	check_stmt(dx, &cc, cl->c);
}

static int parse_size_opt(const char *v, long *out)
{
	char *end;
	long n = strtol(v, &end, 0);
	if (end == v)
		return -1;
	switch (*end) {
	case 'k': case 'K': n <<= 10; end++; break;
	case 'm': case 'M': n <<= 20; end++; break;
	case 'g': case 'G': n <<= 30; end++; break;
	}
	if (*end)
		return -1;
	*out = n;
	return 0;
}

int sema_check(struct dtc *dx)
{
	struct sema_state *ss = arena_alloc(dx, sizeof(*ss));
	struct node *it;
	int nclauses = 0, id = 0;
	const char *v;

	dx->sema = ss;
	ss->acts_tail = &ss->acts;
	ss->progs_tail = &ss->progs;
	ss->strsize = 256;
	types_init(dx);

	if (!dx->program)
		return 0;
	for (it = dx->program->a; it; it = it->next) {
		if (it->kind == N_PRAGMA)
			check_pragma(dx, it);
		if (it->kind == N_CLAUSE)
			nclauses++;
	}
	v = sema_option(dx, "strsize");
	if (v) {
		long n;
		if (parse_size_opt(v, &n) || n < 1 || n > DT_MAX_STRSIZE) {
			diag_plain(dx, "D_PRAGMA_OPTSET",
				   "failed to set option 'strsize' to '%s': value must be between 1 and %d",
				   v, DT_MAX_STRSIZE);
		} else {
			ss->strsize = (int)((n + 7) & ~7L);
		}
	}
	ss->clauses = arena_alloc(dx, sizeof(*ss->clauses) * (nclauses + 1));
	ss->nclauses = nclauses;
	for (it = dx->program->a; it; it = it->next) {
		switch (it->kind) {
		case N_CLAUSE:
			check_clause(dx, it, id++);
			break;
		case N_PRAGMA:
			break;
		case N_DECL:
		case N_INLINE:
		case N_TRANSLATOR:
		case N_PROVIDER:
			diag_error(dx, it->loc, "D_UNSUPPORTED",
				   "declarations are not yet implemented by dtc");
			break;
		default:
			break;
		}
	}
	/* macro arguments given to dtc: the checks dtrace makes */
	if (dx->macro_bound && !sema_option(dx, "defaultargs")) {
		for (int i = 1; i < 10; i++)
			if (ss->macros_used[i] && i >= dx->macro_bound)
				diag_error(dx, ss->macro_loc[i], "D_MACRO_UNDEF",
					   "macro argument $%d is not defined", i);
	}
	if (dx->macro_bound) {
		for (int i = 1; i < dx->macro_bound; i++)
			if (!ss->macros_used[i]) {
				diag_plain(dx, "D_MACRO_UNUSED", "extraneous argument '%s' ($%d is not referenced)",
					   dx->macro_argv[i], i);
				break;
			}
	}
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
