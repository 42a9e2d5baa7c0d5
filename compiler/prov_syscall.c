/*
 * prov_syscall.c: the syscall provider: syscall:vmlinux:NAME:entry|return,
 * one raw_tp program per direction on raw_syscalls' sys_enter/sys_exit for
 * every syscall, filtered in BPF by the load-time bitmap dtc_sys_on[][]
 * that dtrun fills from this host's syscall table; args[N] are typed from
 * the build host's tracepoint format files (prov_syscall_args.c).  dtrun's
 * side: loader/prov_syscall.c.
 */
#include <string.h>

#include "prov.h"

/* The syscall families description f reaches: 1 << DT_FAM_*. */
static unsigned syscall_fams(const struct pdesc_fields *f)
{
	unsigned fams = 0;

	if (sema_field_match(f->prov, "syscall") && (!*f->mod || sema_field_match(f->mod, "vmlinux"))) {
		if (sema_field_match(f->name, "entry"))
			fams |= 1u << DT_FAM_SYSCALL_ENTRY;
		if (sema_field_match(f->name, "return"))
			fams |= 1u << DT_FAM_SYSCALL_RETURN;
	}
	return fams;
}

static int syscall_match(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	unsigned fams = syscall_fams(f);

	(void)pd;
	if (fams & 1u << DT_FAM_SYSCALL_ENTRY)
		sema_prog_add_clause(dx, DT_FAM_SYSCALL_ENTRY, "", clause);
	if (fams & 1u << DT_FAM_SYSCALL_RETURN)
		sema_prog_add_clause(dx, DT_FAM_SYSCALL_RETURN, "", clause);
	return fams != 0;
}

/*
 * The most descriptions of clause i of syscall program p one syscall can
 * match: those whose function is a pattern (or empty, or a macro dtrun
 * fills in), plus the most that name one function.  `syscall::read:entry,
 * syscall::write:entry` fires once per syscall, and its program checks
 * one statement per firing, not two.
 */
static int syscall_maxdup(struct dtc *dx, struct prog *p, int i)
{
	const struct node *cl = st(dx)->clauses[p->clauses[i]].n, *pd, *q;
	int nglob = 0, most = 0;

	for (pd = cl->a; pd; pd = pd->next) {
		struct pdesc_fields f, g;
		int n = 0;

		if (sema_pdesc_fields(pd->str, &f) < 0 || !(syscall_fams(&f) & 1u << p->family))
			continue;
		if (!*f.func || prov_has_glob(f.func) || strchr(f.func, '$')) {
			nglob++;
			continue;
		}
		for (q = cl->a; q; q = q->next)
			if (sema_pdesc_fields(q->str, &g) >= 0 && syscall_fams(&g) & 1u << p->family &&
			    !strcmp(f.func, g.func))
				n++;
		if (n > most)
			most = n;
	}
	return nglob + most > 0 ? nglob + most : 1;
}

/*
 * One raw_tp program sees every syscall of every process: one that no
 * clause enables (dtc_sys_on[pair][nr], .rodata set by dtrun: the clause is
 * on and its descriptions match the syscall) leaves before the prologue and
 * the argument reads, after one byte load per clause.  Past a few clauses
 * the per-clause checks below do it.
 */
static void emit_sys_precheck(struct ectx *ec, struct prog *p)
{
	if (p->nclauses < 1 || p->nclauses > 8)
		return;
	sb_puts(ec->out, "\tif (");
	for (int i = 0; i < p->nclauses; i++)
		sb_printf(ec->out, "%s!dtc_sys_on[%d][nr]", i ? " &&\n\t    " : "", p->pair0 + i);
	sb_puts(ec->out, ")\n\t\treturn 0; /* no clause for this syscall */\n");
}

static void syscall_emit(struct ectx *ec, struct prog *p)
{
	struct sema_state *ss = ec->ss;
	int ret = dt_family(p->family)->ret;

	emit_prog_head(ec, p, 0);
	if (ret) {
		sb_puts(ec->out, "\t__u64 nr = 0;\n\tlong long rv = (long long)ctx->args[1];\n");
		/* orig_ax of the current task's saved user registers (what
		 * args[0] points to) as a BTF-typed load: no probe-read
		 * helper on every sys_exit (bench/read-quantize.sh) */
		sb_puts(ec->out, "\tnr = *(__u64 *)((char *)bpf_task_pt_regs(bpf_get_current_task_btf()) + 120); /* orig_ax */\n");
	} else {
		sb_puts(ec->out, "\t__u64 nr = ctx->args[1];\n");
	}
	sb_puts(ec->out, "\tif (nr >= DT_MAX_SYSCALLS)\n\t\treturn 0;\n");
	emit_sys_precheck(ec, p);
	sb_puts(ec->out, "\tstruct dt_ctx c = {};\n");
	emit_prologue(ec, p, 0);
	sb_puts(ec->out, "\tc.probe = nr;\n");
	if (ret) {
		sb_puts(ec->out, "\tc.arg[0] = c.arg[1] = rv;\n");
		sb_puts(ec->out, "\tc.errno_val = rv < 0 && rv >= -4095 ? -rv : 0;\n");
	} else if (ss->uses_args) {
		sb_puts(ec->out, "\tdt_syscall_args(&c, (void *)ctx->args[0]);\n");
		/* the arguments past the syscall's own are 0, as Oracle's
		 * dt_prov_syscall.c trampoline zeroes them */
		sb_puts(ec->out, "\tdt_syscall_argc(&c, dtc_sysargc[nr & (DT_MAX_SYSCALLS - 1)]);\n");
	}
	emit_probe_names(ec, "syscall", "vmlinux", NULL, ret ? "return" : "entry");
	if (ss->uses_sysnames)
		emit_names_line(ec, "\tc.pfunc = (const char *)dtc_sysnames[nr & (DT_MAX_SYSCALLS - 1)];\n");
	else
		emit_names_line(ec, "\tc.pfunc = dt_nostr;\n");
	emit_prog_calls(ec, p, 1);
	sb_puts(ec->out, "\treturn 0;\n}\n");
}

const struct prov_ops prov_syscall = {
	.name = "syscall",
	.tier = 0,
	.fams = 1u << DT_FAM_SYSCALL_ENTRY | 1u << DT_FAM_SYSCALL_RETURN,
	.match = syscall_match,
	.emit = syscall_emit,
	.args = prov_syscall_args,
	.maxdup = syscall_maxdup,
};
