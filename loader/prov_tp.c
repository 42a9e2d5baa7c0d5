/*
 * prov_tp.c: dtrun's stable kernel providers (proc, sched, io, ip, tcp, udp,
 * lockstat, vminfo, sysinfo): the rows of runtime/dt_provtab.h whose
 * tracepoints exist on this host, one probe each, its program attached to
 * that raw tracepoint (and its second one, dtc_p<N>_tp2, to the row's second
 * tracepoint), or, for a probe on a kernel function (dt_stable_kfn[]),
 * attached with fentry/fexit or its kprobe twin, as fbt's are; the one line
 * that says which tracepoint this kernel lacks when a description finds
 * nothing.  dtc's side: compiler/prov_tp.c.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <bpf/btf.h>

#include "../runtime/dt_provtab.h"
#include "prov.h"

static int tp_exists(const char *group, const char *event)
{
	const char *ev = prov_events_dir();
	char path[PATH_MAX];
	struct stat st;

	if (!ev)
		return 1; /* cannot tell: let the attachment say */
	snprintf(path, sizeof(path), "%s/%s/%s", ev, group, event);
	return stat(path, &st) == 0;
}

/* A description names PROV:::NAME itself, no glob ("tcp:::receive", "tcp:vmlinux::receive"). */
static int desc_names(const char *desc, const char *prov, const char *name)
{
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];

	if (strpbrk(desc, "*?[\\") || dt_pdesc_split(desc, f) < 4)
		return 0;
	return !strcmp(f[DT_PD_PROV], prov) && !strcmp(f[DT_PD_NAME], name);
}

/* Program P's clauses name its probe without a glob: then a missing one is an error. */
static int prog_named(const struct meta *m, int p, const struct dt_stable_probe *sp)
{
	for (int i = 0; i < m->npairs; i++) {
		const struct meta_clause *cl;

		if (m->pairs[i].prog != p || m->pairs[i].clause >= m->nclauses)
			continue;
		cl = &m->clauses[m->pairs[i].clause];
		for (int d = 0; d < cl->ndesc; d++)
			if (desc_names(cl->pdesc[d], sp->prov, sp->name))
				return 1;
	}
	return 0;
}

/* The row of runtime/dt_provtab.h of probe prov:::name, or NULL. */
static const struct dt_stable_probe *stable_row(const char *prov, const char *name)
{
	for (size_t i = 0; i < DT_NSTABLE; i++) {
		const struct dt_stable_probe *sp = &dt_stable_probes[i];

		if (!strcmp(sp->prov, prov) && !strcmp(sp->name, name))
			return sp;
	}
	return NULL;
}

/* The tracepoint of row sp (either) this kernel lacks, or NULL. */
static const char *stable_missing(const struct dt_stable_probe *sp)
{
	const struct dt_stable_tp2 *t2 = dt_stable_tp2_of(sp);

	if (!tp_exists(sp->group, sp->tp))
		return sp->tp;
	if (t2 && !tp_exists(sp->group, t2->tp2))
		return t2->tp2;
	return NULL;
}

/* What a kernel without a tracepoint lacks (dt_tp_since[]), or NULL. */
static const char *tp_since(const char *group, const char *tp)
{
	for (size_t i = 0; i < sizeof(dt_tp_since) / sizeof(dt_tp_since[0]); i++)
		if (!strcmp(dt_tp_since[i].group, group) && !strcmp(dt_tp_since[i].tp, tp))
			return dt_tp_since[i].since;
	return NULL;
}

static void say_missing(const struct dt_stable_probe *sp, const char *tp)
{
	const char *since = tp_since(sp->group, tp);

	dt_err("%s:::%s needs the %s:%s tracepoint%s%s%s, which this kernel does not have\n",
	       sp->prov, sp->name, sp->group, tp, since ? " (" : "", since ? since : "",
	       since ? ")" : "");
}

/* The BTF id of kernel function fn on this host, or 0 when it has none. */
static __u32 kfn_id(const char *fn)
{
	struct btf *btf = prov_vmlinux_btf();
	int id = btf ? btf__find_by_name_kind(btf, fn, BTF_KIND_FUNC) : -1;

	return id > 0 ? (__u32)id : 0;
}

/* The family of row sp's program: tp, or kfn-entry/kfn-return. */
static int stable_fam(const struct dt_stable_probe *sp)
{
	const struct dt_stable_kfn *kf = dt_stable_kfn_of(sp);

	return !kf ? DT_FAM_TP : kf->kret ? DT_FAM_KFN_RETURN : DT_FAM_KFN_ENTRY;
}

/* 0, -1 out of memory, -2 a probe the script names is missing (said). */
static int add_stable(struct probes *ps, const struct meta *m, int all)
{
	for (size_t i = 0; i < DT_NSTABLE; i++) {
		const struct dt_stable_probe *sp = &dt_stable_probes[i];
		const struct dt_stable_kfn *kf = dt_stable_kfn_of(sp);
		const char *tp;
		char param[64];
		int p, want = -1, fam = stable_fam(sp);

		if (!sp->tp && !kf)
			continue;
		snprintf(param, sizeof(param), "%s:::%s", sp->prov, sp->name);
		for (p = 0; p < m->nprogs; p++)
			if (m->progs[p].fam == fam && m->progs[p].str &&
			    !strcmp(m->progs[p].str, param))
				want = p;
		if (kf) {
			/* on a kernel function: listed where this kernel has it */
			if (m->nprogs && want < 0 && !all)
				continue;
			if (!kfn_id(kf->kfn)) {
				if (want < 0 || all)
					continue;
				dt_err("%s:::%s needs the kernel function %s(), which this kernel "
				       "does not have\n", sp->prov, sp->name, kf->kfn);
				if (prog_named(m, want, sp))
					return -2;
				continue;
			}
			/* A kernel that refuses fentry/fexit and has no kprobes
			 * cannot trace the function: the probe is not there, as
			 * DTrace's is not where its fbt probe is missing, so a glob
			 * (io:::) goes on with the others; a description naming it
			 * is told why. */
			int err, mode = prov_kfunc_mode(kfn_id(kf->kfn), &err);

			if (mode == FBT_NONE) {
				if (want < 0 || all || !prog_named(m, want, sp))
					continue;
				dt_err("%s:::%s cannot be traced on this kernel: it refuses "
				       "fentry/fexit on %s() (%s) and has no kprobes\n", sp->prov,
				       sp->name, kf->kfn, strerror(err));
				return -2;
			}
			if (!probes_add(ps, sp->prov, "vmlinux", "", sp->name, fam, want))
				return -1;
			continue;
		}
		if ((tp = stable_missing(sp)) != NULL) {
			/* an older kernel: say which probe and why, once; a glob
			 * goes on with the probes that are there */
			if (want < 0 || all)
				continue;
			say_missing(sp, tp);
			if (prog_named(m, want, sp))
				return -2;
			continue;
		}
		struct probe *pr = probes_add(ps, sp->prov, "vmlinux", "", sp->name, DT_FAM_TP, want);

		if (!pr)
			return -1;
		pr->tp = sp->tp;
		pr->tp2 = dt_stable_tp2_of(sp) ? dt_stable_tp2_of(sp)->tp2 : NULL;
	}
	return 0;
}

static int tp_probes(struct probes *ps, const struct meta *m, const struct dtrun_opts *o, int list)
{
	(void)o; /* listed in every run: IDs as -l numbers them */
	return add_stable(ps, m, list);
}

/* A probe's program on its second tracepoint (dtc_p<N>_tp2, compiler/prov_tp.c). */
static struct bpf_program *stable_tp2(struct bpf_object *obj, int p)
{
	char name[32];

	snprintf(name, sizeof(name), "dtc_p%d_tp2", p);
	return bpf_object__find_program_by_name(obj, name);
}

/* Program P's program named dtc_p<P><suffix>, or NULL. */
static struct bpf_program *prog_of(struct bpf_object *obj, int p, const char *suffix)
{
	char name[40];

	snprintf(name, sizeof(name), "dtc_p%d%s", p, suffix);
	return bpf_object__find_program_by_name(obj, name);
}

/*
 * A probe on a kernel function (compiler/prov_tp.c emit_kfn()): its fentry
 * or fexit program on the function, or, where the kernel refuses those,
 * its kprobe twin dtc_p<P>_kp (and a return probe's entry program
 * dtc_p<P>_kp2); a kernel with neither is refused in one line.
 */
static int kfn_before_load(struct dtrun *d, int p, struct bpf_program *main)
{
	const struct dt_stable_probe *sp = NULL;
	const struct dt_stable_kfn *kf;
	struct bpf_program *twin = prog_of(d->obj, p, "_kp"), *kp2 = prog_of(d->obj, p, "_kp2");
	int on = bpf_program__autoload(main), mode, err;
	__u32 id;

	if (twin)
		bpf_program__set_autoload(twin, false);
	if (kp2)
		bpf_program__set_autoload(kp2, false);
	for (int k = 0; k < d->probes.n && !sp; k++)
		if (d->probes.v[k].fam == d->meta.progs[p].fam && d->probes.v[k].key == p)
			sp = stable_row(d->probes.v[k].prov, d->probes.v[k].name);
	if (!on || !sp || !(kf = dt_stable_kfn_of(sp)) || !(id = kfn_id(kf->kfn)))
		return 0;
	mode = prov_kfunc_mode(id, &err);
	if (mode == FBT_FENTRY) {
		err = bpf_program__set_attach_target(main, 0, kf->kfn);
		if (err) {
			dt_err("failed to enable probe %s:vmlinux::%s: %s\n", sp->prov, sp->name,
			       strerror(-err));
			return -1;
		}
		return 0;
	}
	if (mode == FBT_KPROBE && twin && (kp2 || !kf->kret)) {
		bpf_program__set_autoload(main, false);
		bpf_program__set_autoload(twin, true);
		if (kp2)
			bpf_program__set_autoload(kp2, true);
		return 0;
	}
	dt_err("failed to enable probe %s:vmlinux::%s: this kernel refuses fentry/fexit on %s() "
	       "(%s) and has no kprobes\n", sp->prov, sp->name, kf->kfn, strerror(err));
	return -1;
}

/* Before load: a program's second program loads with it; a probe on a
 * kernel function chooses its program. */
static int tp_before_load(struct dtrun *d)
{
	for (int p = 0; p < d->meta.nprogs; p++) {
		struct bpf_program *tp2 = stable_tp2(d->obj, p), *main = prog_of(d->obj, p, "");
		int fam = d->meta.progs[p].fam;

		if (main && (fam == DT_FAM_KFN_ENTRY || fam == DT_FAM_KFN_RETURN)) {
			if (kfn_before_load(d, p, main))
				return -1;
			continue;
		}
		if (tp2 && main)
			bpf_program__set_autoload(tp2, bpf_program__autoload(main));
	}
	return 0;
}

/* Program p of a probe on a kernel function: its fentry/fexit link, or its
 * kprobes (a return probe's entry program first). */
static int kfn_attach(struct dtrun *d, struct bpf_program *prog, int p, const struct probe *pr)
{
	const struct dt_stable_kfn *kf = dt_stable_kfn_of(stable_row(pr->prov, pr->name));
	struct bpf_program *twin = prog_of(d->obj, p, "_kp"), *kp2 = prog_of(d->obj, p, "_kp2");
	struct bpf_link *l;

	if (!kf)
		return 0;
	if (bpf_program__autoload(prog)) {
		l = bpf_program__attach_trace(prog);
		if (!l) {
			prov_fail(pr, kf->kret ? "fexit" : "fentry", errno);
			return -1;
		}
		return run_add_link(d, l);
	}
	if (kp2 && bpf_program__autoload(kp2)) {
		l = bpf_program__attach_kprobe(kp2, false, kf->kfn);
		if (!l) {
			prov_fail(pr, "kprobe", errno);
			return -1;
		}
		if (run_add_link(d, l))
			return -1;
	}
	l = twin ? bpf_program__attach_kprobe(twin, kf->kret, kf->kfn) : NULL;
	if (!l) {
		prov_fail(pr, kf->kret ? "kretprobe" : "kprobe", twin ? errno : ENOENT);
		return -1;
	}
	return run_add_link(d, l);
}

/*
 * dtrun -l: a description that matched nothing names, for each probe of the
 * table it reaches whose tracepoint this kernel lacks (an older kernel, or
 * one built without the feature), one line saying so.
 */
static void tp_why_none(const struct probes *ps, const char *desc)
{
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];

	(void)ps;
	if (dt_pdesc_split(desc, f) < 0)
		return;
	for (size_t i = 0; i < DT_NSTABLE; i++) {
		const struct dt_stable_probe *sp = &dt_stable_probes[i];
		const char *tp;

		if (sp->tp && probes_gmatch(sp->prov, f[1]) && probes_mod_match("vmlinux", f[2]) &&
		    probes_gmatch("", f[3]) && probes_gmatch(sp->name, f[4]) &&
		    (tp = stable_missing(sp)) != NULL)
			say_missing(sp, tp);
	}
}

/* Program p on the tracepoint of its one probe. */
static int tp_attach(struct dtrun *d, struct bpf_program *prog, int p)
{
	const struct meta_prog *pg = &d->meta.progs[p];
	struct bpf_link *l;

	for (int k = 0; k < d->probes.n; k++) {
		const struct probe *pr = &d->probes.v[k];
		const struct dt_stable_probe *sp;
		const struct dt_stable_tp2 *t2;

		if (pr->fam != pg->fam || pr->key != p)
			continue;
		if (pg->fam != DT_FAM_TP) {
			if (kfn_attach(d, prog, p, pr))
				return -1;
			continue;
		}
		/* its second tracepoint first: lockstat's records the waits
		 * that the first one's program reports */
		sp = stable_row(pr->prov, pr->name);
		if (sp && (t2 = dt_stable_tp2_of(sp))) {
			struct bpf_program *tp2 = stable_tp2(d->obj, p);

			l = tp2 ? bpf_program__attach_raw_tracepoint(tp2, t2->tp2) : NULL;
			if (!l) {
				prov_fail(pr, "raw tracepoint", tp2 ? errno : ENOENT);
				return -1;
			}
			if (run_add_link(d, l))
				return -1;
		}
		l = bpf_program__attach_raw_tracepoint(prog, pr->tp);
		if (!l) {
			prov_fail(pr, "raw tracepoint", errno);
			return -1;
		}
		if (run_add_link(d, l))
			return -1;
	}
	return 0;
}

/* -lv: the argument types dt_provtab.h gives, as dtc types args[]. */
static void tp_argtypes(const struct probe *p, struct argtypes *at)
{
	for (size_t i = 0; i < DT_NSTABLE; i++) {
		const struct dt_stable_probe *sp = &dt_stable_probes[i];
		char buf[128];

		if (strcmp(sp->prov, p->prov) || strcmp(sp->name, p->name) || !sp->argtypes)
			continue;
		for (const char *t = sp->argtypes; *t;) {
			const char *e = strstr(t, ", ");
			int len = e ? (int)(e - t) : (int)strlen(t);

			snprintf(buf, sizeof(buf), "%.*s", len, t);
			probeinfo_add(at, buf);
			t += len + (e ? 2 : 0);
		}
		return;
	}
}

const struct prov_ops prov_tp = {
	.name = "tp",
	.fams = 1u << DT_FAM_TP | 1u << DT_FAM_KFN_ENTRY | 1u << DT_FAM_KFN_RETURN,
	.probes = tp_probes,
	.before_load = tp_before_load,
	.attach = tp_attach,
	.why_none = tp_why_none,
	.argtypes = tp_argtypes,
};
