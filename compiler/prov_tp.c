/*
 * prov_tp.c: DTrace's stable kernel providers (proc, sched, io, ...): the
 * rows of runtime/dt_provtab.h, each a raw_tp program on the tracepoint its
 * row names (family tp, parameter "prov:::name"), with the row's condition
 * and argument code, or, for a row on a kernel function (io:::wait-start),
 * an fentry/fexit program with its kprobe twin (families kfn-entry and
 * kfn-return); args[N] of a translated type is prov_tp_args.c's.
 * dtrun's side: loader/prov_tp.c.
 */
#include <stdio.h>
#include <string.h>

#include "../runtime/dt_provtab.h"
#include "prov.h"

/* The stable probe a "prov:::name" program parameter names, or NULL. */
const struct dt_stable_probe *prov_tp_probe(const char *param)
{
	for (size_t i = 0; i < DT_NSTABLE; i++) {
		const struct dt_stable_probe *sp = &dt_stable_probes[i];
		size_t pl = strlen(sp->prov);

		if (!strncmp(param, sp->prov, pl) && !strncmp(param + pl, ":::", 3) &&
		    !strcmp(param + pl + 3, sp->name))
			return sp;
	}
	return NULL;
}

/* proc, sched, io: the stable probes of dt_provtab.h. */
static int tp_match(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	int hit = 0;
	size_t i;

	/* an empty provider matches every provider, as in dt_probe_iter()
	 * (":::start" is proc:::start and io:::start) */
	if (*f->mod && !sema_field_match(f->mod, "vmlinux"))
		return 0;
	if (*f->func)
		return 0;
	for (i = 0; i < DT_NSTABLE; i++) {
		const struct dt_stable_probe *sp = &dt_stable_probes[i];
		const struct dt_stable_kfn *kf;
		char param[64];

		if (!sema_field_match(f->prov, sp->prov) || !sema_field_match(f->name, sp->name))
			continue;
		if (!sp->tp && !dt_stable_kfn_of(sp)) {
			/* an empty field matches every probe, as a glob does */
			if (*f->name && !prov_has_glob(f->name) && !prov_has_glob(f->prov)) {
				diag_error(dx, pd->loc, "D_PDESC_ZERO",
					   "probe description %s does not match any probes: "
					   "%s:::%s cannot be traced on Linux: %s",
					   pd->str, sp->prov, sp->name, sp->why);
				return -1;
			}
			continue;
		}
		snprintf(param, sizeof(param), "%s:::%s", sp->prov, sp->name);
		kf = dt_stable_kfn_of(sp);
		sema_prog_add_clause(dx, !kf ? DT_FAM_TP
				     : kf->kret ? DT_FAM_KFN_RETURN : DT_FAM_KFN_ENTRY,
				     param, clause);
		hit++;
	}
	return hit;
}

/* A stable probe's program after its head: the prologue, the arguments,
 * the probe's names and the clauses. */
static void emit_stable_body(struct ectx *ec, struct prog *p, const struct dt_stable_probe *sp)
{
	emit_prologue(ec, p, 0);
	if (*sp->args)
		sb_printf(ec->out, "\t%s\n", sp->args);
	emit_probe_names(ec, sp->prov, "vmlinux", "", sp->name);
	emit_prog_calls(ec, p, 0);
	sb_puts(ec->out, "\treturn 0;\n}\n");
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
		emit_prog_head(ec, p, 1);
	}
	sb_printf(ec->out, "\t/* %s on raw tracepoint %s */\n", p->param, tp);
	if (sp->when)
		sb_printf(ec->out, "\tif (!(%s))\n\t\treturn 0;\n", sp->when);
	emit_stable_body(ec, p, sp);
}

/*
 * A stable probe on a kernel function (kfn): fentry or fexit on it, and a
 * kprobe twin dtc_p<N>_kp for kernels that refuse those (dtrun chooses, as
 * for fbt: loader/prov_tp.c), karg0 the function's first argument.  A
 * kretprobe cannot read the arguments, so a return probe's twin takes
 * karg0 from a map its entry program dtc_p<N>_kp2 fills, per thread (as
 * Oracle's DTrace keeps the bio of submit_bio_wait() in a TLS variable).
 */
static void emit_kfn_prog(struct ectx *ec, struct prog *p, const struct dt_stable_probe *sp,
			  int twin)
{
	const struct dt_family *fam = dt_family(p->family);
	const struct dt_stable_kfn *kf = dt_stable_kfn_of(sp);

	if (!twin) {
		emit_prog_head(ec, p, 1);
		sb_printf(ec->out, "\t/* %s on %s %s() */\n\t__u64 karg0 = ctx[0];\n", p->param,
			  fam->sec, kf->kfn);
	} else {
		sb_printf(ec->out, "\nSEC(\"%s\")\nint dtc_p%d_kp(struct pt_regs *ctx)\n{\n",
			  fam->twin, p->id);
		sb_printf(ec->out, "\tstruct dt_ctx c = {};\n\t/* %s on %s %s() */\n", p->param,
			  fam->twin, kf->kfn);
		if (!kf->kret) {
			sb_puts(ec->out, "\t__u64 karg0 = PT_REGS_PARM1(ctx);\n");
		} else {
			sb_printf(ec->out, "\t__u64 tid = bpf_get_current_pid_tgid(), karg0;\n"
					   "\t__u64 *a = bpf_map_lookup_elem(&dtc_p%d_karg, &tid);\n\n"
					   "\tif (!a)\n\t\treturn 0;\n\tkarg0 = *a;\n"
					   "\tbpf_map_delete_elem(&dtc_p%d_karg, &tid);\n",
				  p->id, p->id);
		}
	}
	emit_stable_body(ec, p, sp);
}

static void emit_kfn(struct ectx *ec, struct prog *p, const struct dt_stable_probe *sp)
{
	const struct dt_stable_kfn *kf = dt_stable_kfn_of(sp);

	if (kf->kret)
		sb_printf(ec->out,
			  "\n/* %s: karg0 of the threads in %s(), for the kretprobe twin */\n"
			  "struct {\n\t__uint(type, BPF_MAP_TYPE_HASH);\n"
			  "\t__uint(max_entries, 4096);\n\t__type(key, __u64);\n"
			  "\t__type(value, __u64);\n} dtc_p%d_karg SEC(\".maps\");\n"
			  "\nSEC(\"kprobe\")\nint dtc_p%d_kp2(struct pt_regs *ctx)\n{\n"
			  "\t__u64 tid = bpf_get_current_pid_tgid(), a = PT_REGS_PARM1(ctx);\n\n"
			  "\tbpf_map_update_elem(&dtc_p%d_karg, &tid, &a, BPF_ANY);\n"
			  "\treturn 0;\n}\n",
			  p->param, kf->kfn, p->id, p->id, p->id);
	emit_kfn_prog(ec, p, sp, 0);
	emit_kfn_prog(ec, p, sp, 1);
}

/* A probe that needs a second tracepoint (dt_stable_tp2[]) gets dtc_p<N>_tp2 too. */
static void tp_emit(struct ectx *ec, struct prog *p)
{
	const struct dt_stable_probe *sp = prov_tp_probe(p->param);

	if (!sp)
		dtc_bug("unknown stable probe %s", p->param);
	if (dt_stable_kfn_of(sp)) {
		emit_kfn(ec, p, sp);
		return;
	}
	emit_tp_prog(ec, p, sp, 0);
	if (dt_stable_tp2_of(sp))
		emit_tp_prog(ec, p, sp, 1);
}

/* lockstat's map of waits (dt_prov.bpf.h) */
static const char *tp_define(const struct sema_state *ss)
{
	for (const struct prog *p = ss->progs; p; p = p->next) {
		const struct dt_stable_probe *sp =
			p->family == DT_FAM_TP ? prov_tp_probe(p->param) : NULL;

		if (sp && !strcmp(sp->prov, "lockstat"))
			return "DT_USE_LOCKSTAT";
	}
	return NULL;
}

/* Argument i of the stable probes f names: a string, an int or else. */
static const char *tp_arg_kind(struct dtc *dx, struct node *n, const struct pdesc_fields *f,
			       long long i)
{
	const char *k = NULL;

	for (size_t t = 0; t < DT_NSTABLE; t++) {
		const struct dt_stable_probe *sp = &dt_stable_probes[t];
		const char *a = sp->argtypes;
		long long j = 0;

		if ((!sp->tp && !dt_stable_kfn_of(sp)) || !sema_field_match(f->prov, sp->prov) ||
		    !sema_field_match(f->name, sp->name))
			continue;
		k = "i";
		while (a && *a && j < i) {
			a = strchr(a, ',');
			a = a ? a + 2 : NULL;
			j++;
		}
		if (!a || !*a) /* past its last argument: dt_idcook_args() */
			return prov_args_idx(dx, n, f, i);
		if (a && !strncmp(a, "string", 6))
			k = "s";
		else if (a && !strncmp(a, "int", 3) && (a[3] == ',' || !a[3]))
			k = "4";
	}
	return k;
}

const struct prov_ops prov_tp = {
	.name = "tp",
	.tier = 1,
	.fams = 1u << DT_FAM_TP | 1u << DT_FAM_KFN_ENTRY | 1u << DT_FAM_KFN_RETURN,
	.match = tp_match,
	.emit = tp_emit,
	.args = prov_tp_args,
	.arg_kind = tp_arg_kind,
	.define = tp_define,
};
