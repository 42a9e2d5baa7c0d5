/*
 * prov.c: the providers beyond dtrace/syscall/profile, as a table.  Part of
 * sema (prov_check_pdesc decides which probe families a description reaches)
 * and of the emitter (prov_emit_prog writes the program of such a family).
 *
 * Families (dt_family.h) and what dtrun does with them:
 *   tp       proc/sched/io stable probes, one raw_tp program per probe, on the
 *            tracepoint dt_provtab.h names; param "prov:::name"
 *   rawtp    rawtp:GROUP::EVENT and sdt:GROUP::EVENT, any kernel tracepoint;
 *            one program per clause ("c<N>"), attached by dtrun to every
 *            matching tracepoint with the probe ID as BPF cookie
 *   uprobe   pid<PID>:mod:func:entry|<offset>, and sdt:::dt_probe (libdtprobe)
 *   uretprobe pid<PID>:mod:func:return
 *   usdt     provider<PID>:mod:func:name (.note.stapsdt), through libbpf
 *   fentry   fbt::func:entry / fbt::func:return (fexit), per clause ("c<N>"),
 *            function globs expanded by dtrun on the host; each program has
 *            a kprobe/kretprobe twin dtc_p<N>_kp for kernels without fentry
 * Probe descriptions of the per-clause families are resolved by dtrun on the
 * target host ($target and globs included), so one object serves any process.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "../runtime/dt_provtab.h"
#include <bpf/btf.h>

#include "emit.h"

static int has_glob(const char *s)
{
	return strpbrk(s, "*?[\\") != NULL;
}

static int fmatch(const char *pat, const char *s)
{
	return sema_field_match(pat, s);
}

/*
 * The process part of a pid/USDT provider name: digits, $target or a macro
 * argument $N, which dtrun replaces when it runs.  Returns the length of the
 * name before it, or -1.  A $N used here counts as referenced.
 */
static int pid_suffix(struct dtc *dx, const char *p)
{
	size_t n = strlen(p), i = n;

	if (n > 7 && !strcmp(p + n - 7, "$target")) {
		st(dx)->target_used = 1;
		return (int)(n - 7);
	}
	if (n > 2 && p[n - 2] == '$' && isdigit((unsigned char)p[n - 1])) {
		st(dx)->macros_used[p[n - 1] - '0'] |= MAC_INT;
		return (int)(n - 2);
	}
	while (i > 0 && isdigit((unsigned char)p[i - 1]))
		i--;
	return i == n ? -1 : (int)i;
}

/* "pid123", "pid$target", "pid$1", or a glob matching such a name. */
static int is_pid_prov(struct dtc *dx, const char *p)
{
	int k = pid_suffix(dx, p);
	char pre[128];

	if (k <= 0 || k >= (int)sizeof(pre))
		return 0;
	memcpy(pre, p, k);
	pre[k] = '\0';
	return sema_field_match(pre, "pid") && strcmp(pre, "*") != 0;
}

/* "name123", "name$target": a USDT provider instance. */
static int is_usdt_prov(struct dtc *dx, const char *p)
{
	int k = pid_suffix(dx, p);
	size_t i = k < 0 ? strlen(p) : (size_t)k, n = strlen(p);

	if (i == n || i == 0)
		return 0;
	for (size_t j = 0; j < i; j++)
		if (!isalnum((unsigned char)p[j]) && p[j] != '_' && p[j] != '-')
			return 0;
	return 1;
}

static const char *clause_param(struct dtc *dx, int clause)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "c%d", clause);
	return arena_strdup(dx, buf);
}

/* proc, sched, io: the stable probes of dt_provtab.h. */
static int check_stable(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	int hit = 0;
	size_t i;

	if (*f->mod && !fmatch(f->mod, "vmlinux"))
		return 0;
	if (*f->func)
		return 0;
	for (i = 0; i < DT_NSTABLE; i++) {
		const struct dt_stable_probe *sp = &dt_stable_probes[i];
		char param[64];

		if (!fmatch(f->prov, sp->prov) || !fmatch(f->name, sp->name))
			continue;
		if (!sp->tp) {
			/* an empty field matches every probe, as a glob does */
			if (*f->name && !has_glob(f->name) && !has_glob(f->prov)) {
				diag_error(dx, pd->loc, "D_PDESC_ZERO",
					   "probe description %s does not match any probes: "
					   "%s:::%s cannot be traced on Linux: %s",
					   pd->str, sp->prov, sp->name, sp->why);
				return -1;
			}
			continue;
		}
		snprintf(param, sizeof(param), "%s:::%s", sp->prov, sp->name);
		sema_prog_add_clause(dx, DT_FAM_TP, param, clause);
		hit++;
	}
	return hit;
}

/*
 * Decides the families a description reaches among these providers: the
 * number of programs it added, 0 if none, -1 after an error.
 */
int prov_check_pdesc(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	int hit = 0, r;

	if (!*f->prov)
		return 0;
	r = check_stable(dx, pd, f, clause);
	if (r < 0)
		return -1;
	hit += r;
	if (fmatch(f->prov, "sdt") && fmatch(f->name, "dt_probe") &&
	    (!*f->func || fmatch(f->func, "dt_probe"))) {
		sema_prog_add_clause(dx, DT_FAM_UPROBE, clause_param(dx, clause), clause);
		hit++;
	}
	if ((fmatch(f->prov, "rawtp") || fmatch(f->prov, "sdt")) &&
	    (strcmp(f->name, "dt_probe") || strcmp(f->prov, "sdt"))) {
		sema_prog_add_clause(dx, DT_FAM_RAWTP, clause_param(dx, clause), clause);
		hit++;
	}
	if (!strcmp(f->prov, "fbt")) {
		/* one program per clause and family: dtrun expands the function
		 * part (globs included) against the BTF of the host it runs on */
		if (fmatch(f->name, "entry"))
			sema_prog_add_clause(dx, DT_FAM_FENTRY, clause_param(dx, clause), clause),
				hit++;
		if (fmatch(f->name, "return"))
			sema_prog_add_clause(dx, DT_FAM_FEXIT, clause_param(dx, clause), clause),
				hit++;
		return hit;
	}
	if (is_pid_prov(dx, f->prov)) {
		const char *s = f->name;

		while (isxdigit((unsigned char)*s))
			s++;
		if (*f->name && strcmp(f->name, "entry") && strcmp(f->name, "return") && *s &&
		    !has_glob(f->name)) {
			diag_error(dx, pd->loc, "D_PROC_NAME",
				   "invalid probe name '%s' in %s: a pid probe is entry, return "
				   "or a hexadecimal offset", f->name, pd->str);
			return -1;
		}
		if (fmatch(f->name, "return"))
			sema_prog_add_clause(dx, DT_FAM_URETPROBE, clause_param(dx, clause), clause),
				hit++;
		if (!*f->name || strcmp(f->name, "return"))
			sema_prog_add_clause(dx, DT_FAM_UPROBE, clause_param(dx, clause), clause),
				hit++;
		return hit;
	}
	if (!hit && is_usdt_prov(dx, f->prov) && strcmp(f->prov, "sdt") != 0) {
		sema_prog_add_clause(dx, DT_FAM_USDT, clause_param(dx, clause), clause);
		hit++;
	}
	return hit;
}

/*
 * args[N] of fbt probes of one kernel function named in full: DTrace's fbt
 * types them from the function's prototype (BTF here), args[N] of entry as
 * parameter N, args[1] of return as the return value.  Rewritten to
 * (T)argN; 1 done, 0 not such a clause (args[N] stays argN), -1 error.
 */
static int fbt_args_typed(struct dtc *dx, struct cctx *cc, struct node *n, long long i)
{
	const char *fn = NULL, *name = NULL;
	struct pdesc_fields f;
	const struct btf_type *t;
	const struct btf_param *pa;
	struct node *pd, *arg, *tn, *cast;
	struct btf *b;
	struct dtype *dt;
	char argname[8];
	int id, tid;

	for (pd = cc->ci->n->a; pd; pd = pd->next) {
		sema_pdesc_fields(pd->str, &f);
		if (strcmp(f.prov, "fbt") || !*f.func || has_glob(f.func) ||
		    (strcmp(f.name, "entry") && strcmp(f.name, "return")) ||
		    (fn && strcmp(fn, f.func)) || (name && strcmp(name, f.name)))
			return 0;
		fn = arena_strdup(dx, f.func);
		name = arena_strdup(dx, f.name);
	}
	if (!fn || !(b = kbtf(dx)) || (id = btf__find_by_name_kind(b, fn, BTF_KIND_FUNC)) <= 0)
		return 0;
	t = btf__type_by_id(b, btf__type_by_id(b, id)->type); /* the FUNC_PROTO */
	if (!t || !btf_is_func_proto(t))
		return 0;
	if (!strcmp(name, "entry")) {
		if (i >= btf_vlen(t)) {
			diag_error(dx, n->loc, "D_ARGS_IDX",
				   "index %lld is out of range for fbt:vmlinux:%s:entry args[ ]", i, fn);
			return -1;
		}
		pa = btf_params(t);
		tid = (int)pa[i].type;
	} else {
		if (i != 1 || !t->type)
			return 0;
		tid = (int)t->type;
	}
	if (!(dt = btf_type_dtype(dx, tid)) || dt->kind == TY_VOID)
		return 0;
	snprintf(argname, sizeof(argname), "arg%lld", i);
	arg = node_new(dx, N_IDENT, n->loc);
	arg->str = arena_strdup(dx, argname);
	tn = node_new(dx, N_TYPENAME, n->loc);
	tn->type = dt; /* a BTF type, no specifiers: type_from_typename() */
	cast = node_new(dx, N_CAST, n->loc);
	cast->a = tn;
	cast->b = arg;
	cast->next = n->next;
	*n = *cast;
	return 1;
}

/*
 * args[N]: the clause's probes' argument N as DTrace types it.  For
 * proc/sched/io probes dt_provtab.h gives the types: int and string
 * arguments become (int)argN and copyinstr(argN); the others (pid, rawtp,
 * syscall, and pointer arguments until dlib/ translates them) are argN, an
 * int64_t.  All probes of a clause must agree, as in DTrace.
 */
int prov_args_rewrite(struct dtc *dx, struct cctx *cc, struct node *n)
{
	const char *kind = NULL;
	struct node *pd, *idx = n->b, *r;
	char argname[8];
	long long i;

	if (!idx || idx->next) {
		int argc = 0;
		for (r = idx; r; r = r->next)
			argc++;
		diag_error(dx, n->loc, "D_PROTO_LEN",
			   "args[ ] prototype mismatch: %d arg%spassed, 1 expected", argc,
			   argc == 1 ? " " : "s ");
		return -1;
	}
	if (idx->kind != N_INT) {
		/* DTrace's dt_idcook_args(): a constant, after folding */
		struct dtype *t = check_expr(dx, cc, idx);
		if (!t)
			return -1;
		if (!(idx->flags & NF_CONST) || !type_is_int(t)) {
			diag_error(dx, n->loc, "D_PROTO_ARG",
				   "args[ ] argument #1 is incompatible with prototype:\n"
				   "\tprototype: integer constant\n\t argument: %s", t->name);
			return -1;
		}
	}
	if (idx->ival < 0 || idx->ival > 9) {
		diag_error(dx, n->loc, "D_ARGS_IDX",
			   "args[ ] requires a constant index between 0 and 9 in dtc");
		return -1;
	}
	i = idx->ival;
	switch (prov_usdt_args(dx, cc, n, i)) { /* provider definitions: prov_usdt.c */
	case 1: return 0;
	case -1: return -1;
	}
	switch (fbt_args_typed(dx, cc, n, i)) {
	case 1: return 0;
	case -1: return -1;
	}
	for (pd = cc->ci->n->a; pd; pd = pd->next) {
		struct pdesc_fields f;
		const char *k = "i";

		sema_pdesc_fields(pd->str, &f);
		for (size_t t = 0; t < DT_NSTABLE; t++) {
			const struct dt_stable_probe *sp = &dt_stable_probes[t];
			const char *a = sp->argtypes;
			long long j = 0;

			if (!sp->tp || !*f.prov || !fmatch(f.prov, sp->prov) || !fmatch(f.name, sp->name))
				continue;
			k = "i";
			while (a && *a && j < i) {
				a = strchr(a, ',');
				a = a ? a + 2 : NULL;
				j++;
			}
			if (!a || !*a) { /* past its last argument: dt_idcook_args() */
				diag_error(dx, n->loc, "D_ARGS_IDX",
					   "index %lld is out of range for %s:vmlinux::%s args[ ]", i,
					   sp->prov, sp->name);
				return -1;
			}
			if (a && !strncmp(a, "string", 6))
				k = "s";
			else if (a && !strncmp(a, "int", 3) && (a[3] == ',' || !a[3]))
				k = "4";
		}
		if (kind && strcmp(kind, k)) {
			diag_error(dx, n->loc, "D_ARGS_TYPE",
				   "args[%lld] has different types in the probes of this clause", i);
			return -1;
		}
		kind = k;
	}
	snprintf(argname, sizeof(argname), "arg%lld", i);
	r = node_new(dx, N_IDENT, n->loc);
	r->str = arena_strdup(dx, argname);
	if (kind && !strcmp(kind, "s")) {
		struct node *call = node_new(dx, N_CALL, n->loc);

		call->str = "copyinstr";
		call->a = r;
		r = call;
	} /* "4" (int) and "i": argN holds the value sign-extended */
	{
		struct node *next = n->next;
		struct loc loc = n->loc;

		*n = *r;
		n->next = next;
		n->loc = loc;
	}
	return 0;
}

static void emit_calls(struct ectx *ec, struct prog *p)
{
	for (int i = 0; i < p->nclauses; i++) {
		if (ec->ss->uses_epid) /* epid: the pair + 1 (emit.c) */
			sb_printf(ec->out, "\tc.epid = %d;\n", p->pair0 + i + 1);
		sb_printf(ec->out, "\tif (dtc_on[%d] && %sdtc_clause_%d(&c))\n\t\tdtc_error(&c);\n",
			  p->pair0 + i, i ? "dtc_activity == DT_ACTIVITY_ACTIVE && " : "",
			  p->clauses[i]);
	}
	sb_puts(ec->out, "\treturn 0;\n}\n");
}

static void emit_head(struct ectx *ec, struct prog *p)
{
	const struct dt_family *fam = dt_family(p->family);

	sb_printf(ec->out, "\nSEC(\"%s\")\nint dtc_p%d(%s *ctx)\n{\n", fam->sec, p->id, fam->ctx);
	sb_puts(ec->out, "\tstruct dt_ctx c = {};\n");
}

/* Probe names of a cookie-keyed program come from the dtc_pnames map. */
static void emit_cookie_names(struct ectx *ec, const char *cookie)
{
	sb_printf(ec->out, "\tc.probe = %s;\n\tdt_probe_names(&c);\n", cookie);
}

/* The stable probe a "prov:::name" program parameter names. */
static const struct dt_stable_probe *stable_of(const char *param)
{
	for (size_t i = 0; i < DT_NSTABLE; i++) {
		char buf[64];

		snprintf(buf, sizeof(buf), "%s:::%s", dt_stable_probes[i].prov,
			 dt_stable_probes[i].name);
		if (!strcmp(buf, param))
			return &dt_stable_probes[i];
	}
	return NULL;
}

/*
 * #defines of dt_prov.bpf.h's optional parts: libbpf's USDT support, and
 * lockstat's map of waits.
 */
void prov_emit_defines(struct ectx *ec)
{
	int usdt = 0, lockstat = 0;

	for (const struct prog *p = ec->ss->progs; p; p = p->next) {
		const struct dt_stable_probe *sp;

		usdt |= p->family == DT_FAM_USDT;
		if (p->family == DT_FAM_TP && (sp = stable_of(p->param)) != NULL)
			lockstat |= !strcmp(sp->prov, "lockstat");
	}
	if (usdt)
		sb_puts(ec->out, "#define DT_USE_USDT 1\n");
	if (lockstat)
		sb_puts(ec->out, "#define DT_USE_LOCKSTAT 1\n");
}

/* A stable probe's program on its raw tracepoint: dtc_p<N>, or dtc_p<N>_tp2. */
static void emit_tp_prog(struct ectx *ec, struct prog *p, const struct dt_stable_probe *sp,
			 int second)
{
	const struct dt_family *fam = dt_family(p->family);
	const struct dt_stable_tp2 *t2 = dt_stable_tp2_of(sp);
	const char *tp = second ? t2->tp2 : sp->tp;

	if (second) {
		sb_printf(ec->out, "\nSEC(\"%s\")\nint dtc_p%d_tp2(%s *ctx)\n{\n", fam->sec, p->id,
			  fam->ctx);
		if (t2->code) {
			sb_printf(ec->out,
				  "\t/* %s on raw tracepoint %s */\n\t%s\n\treturn 0;\n}\n",
				  p->param, tp, t2->code);
			return;
		}
		sb_puts(ec->out, "\tstruct dt_ctx c = {};\n");
	} else {
		emit_head(ec, p);
	}
	sb_printf(ec->out, "\t/* %s on raw tracepoint %s */\n", p->param, tp);
	if (sp->when)
		sb_printf(ec->out, "\tif (!(%s))\n\t\treturn 0;\n", sp->when);
	emit_prologue(ec, p, 0);
	if (*sp->args)
		sb_printf(ec->out, "\t%s\n", sp->args);
	sb_printf(ec->out, "\tc.pprov = \"%s\";\n\tc.pmod = \"vmlinux\";\n\tc.pfunc = dt_nostr;\n"
			   "\tc.pname = \"%s\";\n", sp->prov, sp->name);
	emit_calls(ec, p);
}

void prov_emit_prog(struct ectx *ec, struct prog *p)
{
	const struct dt_stable_probe *sp;

	switch (p->family) {
	case DT_FAM_TP:
		if (!(sp = stable_of(p->param)))
			dtc_bug("unknown stable probe %s", p->param);
		emit_tp_prog(ec, p, sp, 0);
		if (dt_stable_tp2_of(sp))
			emit_tp_prog(ec, p, sp, 1);
		break;
	case DT_FAM_RAWTP:
		emit_head(ec, p);
		emit_prologue(ec, p, 0);
		emit_cookie_names(ec, "bpf_get_attach_cookie(ctx)");
		sb_puts(ec->out, "\tdt_rawtp_args(&c, ctx, 10);\n");
		emit_calls(ec, p);
		break;
	case DT_FAM_UPROBE:
	case DT_FAM_URETPROBE:
		emit_head(ec, p);
		emit_prologue(ec, p, 0);
		emit_cookie_names(ec, "bpf_get_attach_cookie(ctx)");
		if (!dt_family(p->family)->ret)
			sb_puts(ec->out, "\tdt_uprobe_args(&c, ctx);\n");
		else /* DTrace's return probe: arg0 is the offset of the instruction
		      * leaving the function (dtrun puts it in the cookie's high
		      * half: loader/pid_ret.c), arg1 the return value */
			sb_puts(ec->out, "\tc.arg[0] = bpf_get_attach_cookie(ctx) >> 32;\n"
					 "\tc.arg[1] = PT_REGS_RC(ctx);\n");
		emit_calls(ec, p);
		break;
	case DT_FAM_USDT:
		emit_head(ec, p);
		emit_prologue(ec, p, 0);
		emit_cookie_names(ec, "bpf_usdt_cookie(ctx)");
		sb_puts(ec->out, "\tdt_usdt_args(&c, ctx);\n");
		emit_calls(ec, p);
		break;
	case DT_FAM_FENTRY:
	case DT_FAM_FEXIT: {
		int ret = dt_family(p->family)->ret;

		/* fentry/fexit: dtrun sets the target (the first probe) before load
		 * and loads a copy per further function; the probe ID is the cookie */
		emit_head(ec, p);
		emit_prologue(ec, p, 0);
		emit_cookie_names(ec, "bpf_get_attach_cookie(ctx)");
		sb_printf(ec->out, "\tdt_fbt_args(&c, ctx, %d);\n", ret);
		emit_calls(ec, p);
		/* its kprobe twin dtc_p<N>_kp, loaded instead where fentry is refused */
		sb_printf(ec->out, "\nSEC(\"%s\")\nint dtc_p%d_kp(struct pt_regs *ctx)\n{\n",
			  dt_family(p->family)->twin, p->id);
		sb_puts(ec->out, "\tstruct dt_ctx c = {};\n");
		emit_prologue(ec, p, 0);
		emit_cookie_names(ec, "bpf_get_attach_cookie(ctx)");
		sb_printf(ec->out, "\tdt_kprobe_args(&c, ctx, %d);\n", ret);
		emit_calls(ec, p);
		break;
	}
	}
}
