/*
 * prov_fbt.c: the fbt provider: fbt::FUNCTION:entry on fentry and
 * fbt::FUNCTION:return on fexit, one program per clause and family
 * ("c<N>"): dtrun expands the function part (globs included) against the
 * BTF of the host it runs on, sets the first function as the program's
 * target and loads a copy per further function, the probe ID as BPF
 * cookie.  Each program has a kprobe/kretprobe twin dtc_p<N>_kp for kernels
 * that refuse fentry.  args[N] of one function named in full are typed from
 * its BTF prototype.  dtrun's side: loader/prov_fbt.c.
 */
#include <stdio.h>
#include <string.h>

#include <bpf/btf.h>

#include "prov.h"

static int fbt_match(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	int hit = 0;

	(void)pd;
	if (strcmp(f->prov, "fbt"))
		return 0;
	if (sema_field_match(f->name, "entry"))
		sema_prog_add_clause(dx, DT_FAM_FENTRY, prov_clause_param(dx, clause), clause), hit++;
	if (sema_field_match(f->name, "return"))
		sema_prog_add_clause(dx, DT_FAM_FEXIT, prov_clause_param(dx, clause), clause), hit++;
	return hit;
}

/* A kernel function /proc/kallsyms lists, vmlinux's or a module's. */
static int fbt_kallsyms_has(const char *fn)
{
	char line[512], sym[256];
	FILE *f;
	int hit = 0;

	if (strlen(fn) >= sizeof(sym) || !(f = fopen("/proc/kallsyms", "re")))
		return 1; /* cannot tell: as if it had */
	while (!hit && fgets(line, sizeof(line), f))
		hit = sscanf(line, "%*s %*s %255s", sym) == 1 && !strcmp(sym, fn);
	fclose(f);
	return hit;
}

/*
 * args[N] in a clause for fbt::FN:entry where this host's kernel has no
 * function FN, in its BTF or /proc/kallsyms (a Solaris one, fop_read):
 * DTrace never gets to args[ ], dt_setcontext() already refused the
 * description [D_PDESC_ZERO]; with zdefs, the clause has no probe to type
 * args[ ] from (dt_idcook_args(): D_ARGS_MULTI).  Compiling for another
 * kernel's BTF (--btf), the function may be a module's: args[N] stays argN.
 */
static int fbt_args_absent(struct dtc *dx, struct node *n, struct node *pd)
{
	struct pdesc_fields f;
	struct btf *b;

	sema_pdesc_fields(pd->str, &f);
	if (strcmp(f.prov, "fbt") || !*f.func || prov_has_glob(f.func) || dx->btf_path ||
	    !(b = kbtf(dx)) || btf__find_by_name_kind(b, f.func, BTF_KIND_FUNC) > 0 ||
	    fbt_kallsyms_has(f.func))
		return 0;
	sema_args_unmatched(dx, n, pd, &f); /* sema_prov.c */
	return -1;
}

/*
 * The BTF type of args[N] of fbt::FN:NAME: parameter N of entry, the return
 * value as args[1] of return; 0 where there is none to give (argN stays
 * untyped), -1 after D_ARGS_IDX, an index past entry's parameters.
 */
static int fbt_arg_tid(struct dtc *dx, struct btf *b, struct node *pd, struct node *n,
		       long long i)
{
	const struct btf_type *t;
	struct pdesc_fields f;
	int id;

	sema_pdesc_fields(pd->str, &f);
	if ((id = btf__find_by_name_kind(b, f.func, BTF_KIND_FUNC)) <= 0)
		return 0;
	t = btf__type_by_id(b, btf__type_by_id(b, id)->type); /* the FUNC_PROTO */
	if (!t || !btf_is_func_proto(t))
		return 0;
	if (!strcmp(f.name, "entry")) {
		if (i >= btf_vlen(t)) {
			prov_args_idx(dx, n, &f, i);
			return -1;
		}
		return (int)btf_params(t)[i].type;
	}
	return i == 1 ? (int)t->type : 0;
}

/*
 * args[N] of fbt probes of kernel functions named in full: DTrace's fbt
 * types them from the function's prototype (BTF here), args[N] of entry as
 * parameter N, args[1] of return as the return value.  DTrace compiles the
 * clause once per description (dt_compile_one_clause()), dtc once: args[N]
 * is typed where every description's is the same type (vfs_read and
 * vfs_write's struct file *), else it stays argN.  Rewritten to (T)argN; 1
 * done, 0 not such a clause (args[N] stays argN), -1 error.
 */
static int fbt_args(struct dtc *dx, struct cctx *cc, struct node *n, long long i)
{
	const char *name = NULL;
	struct pdesc_fields f;
	struct node *pd, *arg, *tn, *cast;
	struct btf *b;
	struct dtype *dt;
	char argname[8];
	int tid = -1;

	for (pd = cc->ci->n->a; pd; pd = pd->next)
		if (fbt_args_absent(dx, n, pd))
			return -1;
	for (pd = cc->ci->n->a; pd; pd = pd->next) {
		sema_pdesc_fields(pd->str, &f);
		if (strcmp(f.prov, "fbt") || !*f.func || prov_has_glob(f.func) ||
		    (strcmp(f.name, "entry") && strcmp(f.name, "return")) ||
		    (name && strcmp(name, f.name)))
			return 0;
		name = arena_strdup(dx, f.name);
	}
	if (!name || !(b = kbtf(dx)))
		return 0;
	for (pd = cc->ci->n->a; pd; pd = pd->next) {
		int t = fbt_arg_tid(dx, b, pd, n, i);

		if (t < 0)
			return -1;
		if (tid >= 0 && t != tid)
			t = 0; /* the descriptions' types differ */
		tid = t;
	}
	if (tid <= 0 || !(dt = btf_type_dtype(dx, tid)) || dt->kind == TY_VOID)
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

static void fbt_emit(struct ectx *ec, struct prog *p)
{
	int ret = dt_family(p->family)->ret;

	/* fentry/fexit: dtrun sets the target (the first probe) before load
	 * and loads a copy per further function; the probe ID is the cookie */
	emit_prog_head(ec, p, 1);
	emit_prologue(ec, p, 0);
	emit_cookie_names(ec, "bpf_get_attach_cookie(ctx)");
	sb_printf(ec->out, "\tdt_fbt_args(&c, ctx, %d);\n", ret);
	emit_prog_calls(ec, p, 0);
	sb_puts(ec->out, "\treturn 0;\n}\n");
	/* its kprobe twin dtc_p<N>_kp, loaded instead where fentry is refused */
	sb_printf(ec->out, "\nSEC(\"%s\")\nint dtc_p%d_kp(struct pt_regs *ctx)\n{\n",
		  dt_family(p->family)->twin, p->id);
	sb_puts(ec->out, "\tstruct dt_ctx c = {};\n");
	emit_prologue(ec, p, 0);
	emit_cookie_names(ec, "bpf_get_attach_cookie(ctx)");
	sb_printf(ec->out, "\tdt_kprobe_args(&c, ctx, %d);\n", ret);
	emit_prog_calls(ec, p, 0);
	sb_puts(ec->out, "\treturn 0;\n}\n");
}

const struct prov_ops prov_fbt = {
	.name = "fbt",
	.tier = 1,
	.fams = 1u << DT_FAM_FENTRY | 1u << DT_FAM_FEXIT,
	.match = fbt_match,
	.emit = fbt_emit,
	.args = fbt_args,
};
