/*
 * prov_fbt.c: dtrun's fbt provider: fbt:vmlinux:FUNCTION:entry|return for
 * the functions of this host's kernel BTF, descriptions (globs included)
 * expanded here, never at compile time.  Each program is attached with
 * fentry/fexit (its first function as its target, a copy of its
 * instructions per further one) or, where the kernel refuses those, its
 * kprobe twin dtc_p<P>_kp; the probe ID is the cookie.  dtc's side:
 * compiler/prov_fbt.c.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>

#include "prov.h"

/*
 * The kernel functions fbt has probes for: the BTF FUNC entries, one per
 * name (the first), in BTF order, less synthetic names (with a '.'), as
 * Oracle's fbt provider leaves them out.  Computed once; *np gets the count.
 */
static const __u32 *fbt_funcs(int *np)
{
	static __u32 *ids;
	static int n, done;
	struct btf *btf = prov_vmlinux_btf();
	const char **seen = NULL;
	__u32 cnt, size = 1;

	if (done || !btf) {
		*np = n;
		return ids;
	}
	done = 1;
	cnt = btf__type_cnt(btf);
	while (size < 2 * cnt)
		size <<= 1;
	seen = calloc(size, sizeof(*seen));   /* open addressing on the name */
	ids = calloc(cnt, sizeof(*ids));
	if (!seen || !ids) {
		free(seen);
		free(ids);
		ids = NULL;
		*np = 0;
		return NULL;
	}
	for (__u32 id = 1; id < cnt; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const char *fn;
		__u32 h = 2166136261u;

		if (!btf_is_func(t))
			continue;
		fn = btf__name_by_offset(btf, t->name_off);
		if (!fn || !*fn || strchr(fn, '.'))
			continue;
		for (const char *c = fn; *c; c++)
			h = (h ^ (unsigned char)*c) * 16777619u;
		for (h &= size - 1; seen[h] && strcmp(seen[h], fn); h = (h + 1) & (size - 1))
			;
		if (seen[h])
			continue;
		seen[h] = fn;
		ids[n++] = id;
	}
	free(seen);
	*np = n;
	return ids;
}

static struct probe *add_fbt(struct probes *ps, __u32 id, int fam)
{
	struct btf *btf = prov_vmlinux_btf();
	/* BTF strings live as long as the BTF, loaded once for the run */
	const char *fn = btf__name_by_offset(btf, btf__type_by_id(btf, id)->name_off);
	struct probe *p = probes_add(ps, "fbt", "vmlinux", fn,
				     dt_family(fam)->ret ? "return" : "entry", fam, 0);

	if (p)
		p->off = id; /* the function's BTF type ID, its fentry target */
	return p;
}

/*
 * Every fbt probe, as a plain -l lists them: each function's entry, then
 * its return probe, after the rest of the table.
 */
static int add_fbt_all(struct probes *ps)
{
	int n;
	const __u32 *ids = fbt_funcs(&n);

	if (ps->n + 2 * n > ps->cap) { /* room for them all at once */
		struct probe *nv = realloc(ps->v, sizeof(*nv) * (ps->n + 2 * n + 64));

		if (!nv)
			return -1;
		ps->v = nv;
		ps->cap = ps->n + 2 * n + 64;
	}
	for (int i = 0; i < n; i++)
		if (!add_fbt(ps, ids[i], DT_FAM_FENTRY) || !add_fbt(ps, ids[i], DT_FAM_FEXIT))
			return -1;
	return 0;
}

/*
 * fbt:MOD:FUNC:NAME: a probe per matching kernel function and family,
 * once: added[i] has bit 1 (entry) and 2 (return) for function i.
 */
static int add_fbt_desc(struct probes *ps, int fam, const char *desc, unsigned char *added)
{
	const char *name = dt_family(fam)->ret ? "return" : "entry";
	int bit = dt_family(fam)->ret ? 2 : 1, n;
	const __u32 *ids = fbt_funcs(&n);
	struct btf *btf = prov_vmlinux_btf();
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];

	if (dt_pdesc_split(desc, f) < 0 || !probes_gmatch("fbt", f[1]) ||
	    !probes_gmatch("vmlinux", f[2]) || !probes_gmatch(name, f[4]) || !btf)
		return 0;
	for (int i = 0; i < n; i++) {
		const char *fn = btf__name_by_offset(btf, btf__type_by_id(btf, ids[i])->name_off);

		if ((added[i] & bit) || !probes_gmatch(fn, f[3]))
			continue;
		added[i] |= bit;
		if (!add_fbt(ps, ids[i], fam))
			return -1;
	}
	return 0;
}

/*
 * A listing has every fbt probe; a program, those its fbt clauses'
 * descriptions name.
 */
static int fbt_probes(struct probes *ps, const struct meta *m, const struct dtrun_opts *o, int list)
{
	(void)o;
	if (list)
		return add_fbt_all(ps);
	if (!prov_meta_has(m, DT_FAM_FENTRY) && !prov_meta_has(m, DT_FAM_FEXIT))
		return 0;
	int nf;
	unsigned char *added;

	fbt_funcs(&nf);
	added = calloc(nf ? nf : 1, 1);
	if (!added)
		return -1;
	for (int i = 0; i < m->npairs; i++) {
		const struct meta_pair *pr = &m->pairs[i];
		int fam = pr->prog < m->nprogs ? m->progs[pr->prog].fam : -1;
		const struct meta_clause *cl;

		if (fam < 0 || !(prov_fbt.fams & 1u << fam))
			continue;
		cl = &m->clauses[pr->clause];
		for (int d = 0; d < cl->ndesc; d++)
			if (add_fbt_desc(ps, fam, cl->pdesc[d], added)) {
				free(added);
				return -1;
			}
	}
	free(added);
	return 0;
}

/*
 * How kernel functions' probes (fbt, and the stable probes on a kernel
 * function: prov_tp.c) attach here, decided once: fentry/fexit where the
 * kernel loads a tracing program on the function (btf_id), else kprobes
 * where the kernel has them, else neither (this host: fentry refused with
 * EPERM, no kprobes); *err gets why fentry was refused.
 */
static int fbt_mode;
static int fbt_err; /* why fentry was refused */

int prov_kfunc_mode(__u32 btf_id, int *err)
{
	struct bpf_insn insns[2];
	int fd;

	*err = fbt_err ? fbt_err : EOPNOTSUPP;
	if (fbt_mode)
		return fbt_mode;
	if (getenv("DTRUN_FBT") && !strcmp(getenv("DTRUN_FBT"), "kprobe"))
		return fbt_mode = FBT_KPROBE; /* the kprobe twins, whatever the kernel has */
	memset(insns, 0, sizeof(insns));
	insns[0].code = BPF_ALU64 | BPF_MOV | BPF_K; /* r0 = 0 */
	insns[1].code = BPF_JMP | BPF_EXIT;
	{
		LIBBPF_OPTS(bpf_prog_load_opts, lo, .expected_attach_type = BPF_TRACE_FENTRY,
			    .attach_btf_id = btf_id);

		fd = bpf_prog_load(BPF_PROG_TYPE_TRACING, "dtrun_fentry", "GPL", insns, 2, &lo);
	}
	if (fd >= 0) {
		close(fd);
		return fbt_mode = FBT_FENTRY;
	}
	*err = fbt_err = errno;
	if (access("/sys/bus/event_source/devices/kprobe/type", F_OK) == 0)
		return fbt_mode = FBT_KPROBE;
	return fbt_mode = FBT_NONE;
}

/* dtc_p<P>_kp: program P's kprobe twin (compiler/prov_fbt.c). */
static struct bpf_program *fbt_twin(struct bpf_object *obj, int p)
{
	char name[32];

	snprintf(name, sizeof(name), "dtc_p%d_kp", p);
	return bpf_object__find_program_by_name(obj, name);
}

static const struct probe *first_att(const struct dtrun *d, int p)
{
	for (int i = 0; i < d->en.natt; i++)
		if (d->en.att[i][0] == p)
			return &d->probes.v[d->en.att[i][1]];
	return NULL;
}

/*
 * Before load: each enabled fbt program gets its first probe's function as
 * its fentry target, or gives way to its kprobe twin; a kernel with neither
 * is refused here, in one line naming the probe.  Twins not needed are not
 * loaded.
 */
static int fbt_before_load(struct dtrun *d)
{
	struct bpf_program *prog;

	for (int p = 0; p < d->meta.nprogs; p++) {
		int fam = d->meta.progs[p].fam, mode, err;
		const struct probe *pr;
		struct bpf_program *twin;
		char name[32];

		if (!(prov_fbt.fams & 1u << fam))
			continue;
		twin = fbt_twin(d->obj, p);
		if (twin)
			bpf_program__set_autoload(twin, false);
		snprintf(name, sizeof(name), "dtc_p%d", p);
		prog = bpf_object__find_program_by_name(d->obj, name);
		if (!prog || !bpf_program__autoload(prog) || !(pr = first_att(d, p)))
			continue;
		mode = prov_kfunc_mode((__u32)pr->off, &err);
		if (mode == FBT_KPROBE && twin) {
			bpf_program__set_autoload(prog, false);
			bpf_program__set_autoload(twin, true);
		} else if (mode == FBT_FENTRY) {
			int err = bpf_program__set_attach_target(prog, 0, pr->func);

			if (err) {
				prov_fail(pr, "fentry", -err);
				return -1;
			}
		} else {
			dt_err("failed to enable probe %s:%s:%s:%s: this kernel refuses fentry/fexit "
			       "(%s) and has no kprobes\n", pr->prov, pr->mod, pr->func, pr->name,
			       strerror(err));
			return -1;
		}
	}
	return 0;
}

/* Whether program P is served by its kprobe twin (prov_before_load()). */
int prov_fbt_twin_loaded(struct dtrun *d, int p)
{
	struct bpf_program *twin = fbt_twin(d->obj, p);

	return twin && bpf_program__autoload(twin);
}

/*
 * One fbt probe: with fentry, the program itself on its target (the first
 * probe), else a copy of its loaded instructions on the probe's function;
 * with kprobes, the twin on the function.  The cookie: prov_cookie().
 */
static int fbt_attach(struct dtrun *d, struct bpf_program *prog, int p, const struct probe *pr,
		      uint64_t cookie)
{
	int ret = dt_family(d->meta.progs[p].fam)->ret;
	struct bpf_program *twin = fbt_twin(d->obj, p);
	struct bpf_link *l;

	if (twin && bpf_program__autoload(twin)) {
		LIBBPF_OPTS(bpf_kprobe_opts, ko, .bpf_cookie = cookie, .retprobe = ret);

		l = bpf_program__attach_kprobe_opts(twin, pr->func, &ko);
		if (!l) {
			prov_fail(pr, ret ? "kretprobe" : "kprobe", errno);
			return -1;
		}
		return run_add_link(d, l);
	}
	if (pr == first_att(d, p)) {
		LIBBPF_OPTS(bpf_trace_opts, to, .cookie = cookie);

		l = bpf_program__attach_trace_opts(prog, &to);
		if (!l) {
			prov_fail(pr, ret ? "fexit" : "fentry", errno);
			return -1;
		}
		return run_add_link(d, l);
	}
	{
		enum bpf_attach_type at = ret ? BPF_TRACE_FEXIT : BPF_TRACE_FENTRY;
		LIBBPF_OPTS(bpf_prog_load_opts, lo, .expected_attach_type = at,
			    .attach_btf_id = (__u32)pr->off);
		LIBBPF_OPTS(bpf_link_create_opts, co, .tracing.cookie = cookie);
		int fd, lfd;

		fd = bpf_prog_load(BPF_PROG_TYPE_TRACING, bpf_program__name(prog), "GPL",
				   bpf_program__insns(prog), bpf_program__insn_cnt(prog), &lo);
		if (fd < 0) {
			prov_fail(pr, ret ? "fexit" : "fentry", errno);
			return -1;
		}
		if (prov_add_fd(d, fd))
			return -1;
		lfd = bpf_link_create(fd, 0, at, &co);
		if (lfd < 0) {
			prov_fail(pr, ret ? "fexit" : "fentry", errno);
			return -1;
		}
		return prov_add_fd(d, lfd);
	}
}

/*
 * -lv: one uint64_t per argument of the function's BTF prototype for entry;
 * for return, the return offset and, unless the function is void, its value.
 */
static void fbt_argtypes(const struct probe *p, struct argtypes *at)
{
	struct btf *btf = prov_vmlinux_btf();
	int n, is_void = 0;

	/* p->off: the function's BTF type ID (add_fbt()) */
	n = probeinfo_btf_params(btf, !btf ? -1
					 : p->off ? (__s32)p->off
						  : btf__find_by_name_kind(btf, p->func, BTF_KIND_FUNC),
				 &is_void);
	if (n >= 0)
		probeinfo_uint64(at, !dt_family(p->fam)->ret ? n : is_void ? 1 : 2);
}

const struct prov_ops prov_fbt = {
	.name = "fbt",
	.fams = 1u << DT_FAM_FENTRY | 1u << DT_FAM_FEXIT,
	.probes = fbt_probes,
	.before_load = fbt_before_load,
	.attach_probe = fbt_attach,
	.argtypes = fbt_argtypes,
};
