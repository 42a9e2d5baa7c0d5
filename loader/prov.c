/*
 * prov.c: dtrun's providers as a table (prov.h), and what they share.
 *
 * This host's probes: probes_build() (probes.c) lists the base providers'
 * (dtrace, profile, syscall: DTrace's fixed IDs); prov_probes_add() those
 * of the others in table order, then the pid and USDT probes the object's
 * descriptions name.  Attachment (run.c) goes to the provider of the
 * program's family; the names of cookie-keyed probes go to dtc_pnames here.
 * Every run lists the dtrace, profile, syscall and proc/sched/io... probes,
 * used or not, so their IDs (`id`, "probe ID N") are those -l gives, as
 * dtrace's are fixed once it has opened; the later providers' probes are
 * listed where the object uses them (reading every tracepoint, kernel
 * function or counter costs milliseconds), so theirs may differ from -l's.
 *
 *   prov_dtrace.c  dtrace:::BEGIN/END/ERROR (run by dtrun, run.c)
 *   prov_profile.c profile-N, tick-N (perf_event timers)
 *   prov_syscall.c syscall:::entry/return (raw_syscalls)
 *   prov_tp.c      proc/sched/io/... (dt_provtab.h) on their tracepoints
 *   prov_sdt.c     rawtp/sdt: every tracepoint; sdt:::dt_probe (libdtprobe)
 *   prov_fbt.c     fbt: fentry/fexit or kprobes
 *   prov_cpc.c     cpc:::EVENT-MODE-COUNT (performance counters)
 *   prov_pid.c     pid<PID> (uprobes, ELF symbols: uproc.c)
 *   prov_usdt.c    PROVIDER<PID> (USDT notes, libbpf)
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>

#include "../runtime/dt_provtab.h" /* struct dt_pname */
#include "prov.h"

static const struct prov_ops *const provs[] = {
	&prov_dtrace, &prov_profile, &prov_syscall, &prov_tp, &prov_sdt, &prov_fbt, &prov_cpc,
	&prov_pid, &prov_usdt,
};
#define NPROVS (sizeof(provs) / sizeof(provs[0]))
#define NBASE 3 /* dtrace, profile, syscall: probes_build()'s */

const struct prov_ops *prov_of(int fam)
{
	for (size_t i = 0; i < NPROVS; i++)
		if (fam >= 0 && (provs[i]->fams & 1u << fam))
			return provs[i];
	return NULL;
}

int prov_meta_has(const struct meta *m, int fam)
{
	for (int p = 0; p < m->nprogs; p++)
		if (m->progs[p].fam == fam)
			return 1;
	return 0;
}

void *prov_keep(struct probes *ps, void *mem)
{
	/* capacity: 16, then doubled at each power of two (one element at a
	 * time was quadratic for a description matching every tracepoint) */
	if (mem && (ps->npool >= 16 ? !(ps->npool & (ps->npool - 1)) : ps->npool == 0)) {
		size_t cap = ps->npool ? (size_t)ps->npool * 2 : 16;
		char **np = realloc(ps->pool, sizeof(*np) * cap);

		if (!np) {
			free(mem);
			return NULL;
		}
		ps->pool = np;
	}
	if (mem)
		ps->pool[ps->npool++] = mem;
	return mem;
}

const char *prov_str(struct probes *ps, const char *s)
{
	const char *c = prov_keep(ps, strdup(s));

	return c ? c : "";
}

const char *prov_events_dir(void)
{
	static const char *const dirs[] = { "/sys/kernel/tracing/events",
					    "/sys/kernel/debug/tracing/events" };
	static const char *dir;
	struct stat st;

	for (size_t i = 0; i < 2 && !dir; i++)
		if (stat(dirs[i], &st) == 0 && S_ISDIR(st.st_mode))
			dir = dirs[i];
	return dir;
}

/*
 * This host's kernel functions: the FUNC entries of its BTF, loaded once.
 * fbt descriptions (globs included) are expanded against them here, on the
 * host dtrun runs on, never at compile time.
 */
struct btf *prov_vmlinux_btf(void)
{
	static struct btf *btf;
	static int tried;

	if (!tried) {
		tried = 1;
		btf = btf__load_vmlinux_btf();
		if (libbpf_get_error(btf))
			btf = NULL;
	}
	return btf;
}

/*
 * A description that matched nothing: why a probe it could have matched
 * is missing on this host (sdt:::dt_probe), if one is.
 */
void prov_why_none(const struct probes *ps, const char *desc)
{
	for (size_t i = 0; i < NPROVS; i++)
		if (provs[i]->why_none)
			provs[i]->why_none(ps, desc);
}

/*
 * pid$target -> pid<N>, pid$1 -> pid<$1> in the descriptions, as DTrace
 * expands macros in probe descriptions; the macro variables of dtrace's
 * own process too ($pid, $ppid, $uid, $gid, $pgid, $sid: dt_pragma.c's
 * dt_macro_vars), dtrun's here.
 */
static void subst_macros(struct meta *m, const struct dtrun_opts *o)
{
	const struct {
		const char *name;
		long val;
	} vars[] = {
		{ "$target", o->target }, { "$pid", getpid() }, { "$ppid", getppid() },
		{ "$uid", (long)getuid() }, { "$gid", (long)getgid() }, { "$euid", (long)geteuid() },
		{ "$egid", (long)getegid() }, { "$pgid", getpgid(0) }, { "$sid", getsid(0) },
	};

	for (int c = 0; c < m->nclauses; c++)
		for (int d = 0; d < m->clauses[c].ndesc; d++) {
			char *s = m->clauses[c].pdesc[d], *t = strchr(s, '$'), *ns, num[24];
			const char *val = NULL;
			char *e;
			int skip = 0;

			while (t && !val) {
				size_t k;

				for (k = 0; k < sizeof(vars) / sizeof(vars[0]); k++) {
					size_t l = strlen(vars[k].name);

					if (!strncmp(t, vars[k].name, l) &&
					    !isalnum((unsigned char)t[l]) && t[l] != '_')
						break;
				}
				if (k < sizeof(vars) / sizeof(vars[0])) {
					snprintf(num, sizeof(num), "%ld", vars[k].val);
					val = num, skip = (int)strlen(vars[k].name);
				} else if (isdigit((unsigned char)t[1]) &&
					   strtol(t + 1, &e, 10) > 0 &&
					   strtol(t + 1, NULL, 10) <= o->nmacro_args) {
					/* $N then the rest of the field (dtrace_xstr2desc) */
					val = o->macro_args[strtol(t + 1, NULL, 10) - 1];
					skip = (int)(e - t);
				} else {
					t = strchr(t + 1, '$');
				}
			}
			if (!val || asprintf(&ns, "%.*s%s%s", (int)(t - s), s, val, t + skip) < 0)
				continue;
			free(s);
			m->clauses[c].pdesc[d] = ns;
			d--; /* another macro */
		}
}

int prov_probes_add(struct probes *ps, struct meta *m, const struct dtrun_opts *o, int want_tp)
{
	int first;

	subst_macros(m, o);
	for (size_t i = NBASE; i < NPROVS; i++) {
		int r = provs[i]->probes ? provs[i]->probes(ps, m, o, want_tp) : 0;

		if (r == -1)
			dt_err("out of memory\n");
		if (r)
			return -1;
	}
	first = ps->n;
	/* entry probes (and USDT) first, then return probes: IDs in dtrace's order */
	for (int i = 0; i < 2 * m->npairs; i++) {
		const struct meta_pair *pr = &m->pairs[i % m->npairs];
		int fam = pr->prog < m->nprogs ? m->progs[pr->prog].fam : -1;
		const struct prov_ops *pv = prov_of(fam);
		const struct meta_clause *cl;

		if (!pv || !pv->desc || dt_family(fam)->ret != (i >= m->npairs))
			continue;
		cl = &m->clauses[pr->clause];
		for (int d = 0; d < cl->ndesc; d++) {
			struct prov_desc pd = { .text = cl->pdesc[d], .fix = &cl->pdesc[d],
						.line = cl->line ? cl->line[d] : 0,
						.script = o->desc_name };
			/* dtrace compiles each program (-s, -n) on its own and
			 * names the one that failed, as match() in main.c: the
			 * clause's ("cinput"), or clause i is the i-th -n when
			 * each made one */
			const struct meta_input *in =
				m->ninputs > 1 ? &m->inputs[cl->input] : NULL;

			if (in && in->script)
				pd.script = in->name;
			else if (in)
				pd.spec = in->name;
			else if (o->desc_kind && !strcmp(o->desc_kind, "description"))
				pd.spec = !o->nnspecs ? o->desc_name
					  : o->nnspecs == m->nclauses ? o->nspecs[pr->clause]
								      : o->nspecs[0];
			if (pv->desc(ps, fam, &pd, o, first))
				return -1; /* said why */
		}
	}
	/* programs with their own copy of dt_probe() (libdtprobe.a), last: the
	 * other probes' IDs do not depend on the processes running */
	if (prov_sdt_static(ps, m, o, want_tp)) {
		dt_err("out of memory\n");
		return -1;
	}
	return 0;
}

int prov_add_fd(struct dtrun *d, int fd)
{
	int *nf = realloc(d->perf_fds, sizeof(int) * (d->nperf + 1));

	if (!nf) {
		close(fd);
		return -1;
	}
	d->perf_fds = nf;
	d->perf_fds[d->nperf++] = fd;
	return 0;
}

void prov_fail(const struct probe *p, const char *how, int err)
{
	dt_err("failed to enable probe %s:%s:%s:%s: %s%s%s\n", p->prov, p->mod, p->func, p->name,
	       how, *how ? ": " : "", strerror(err));
}

/*
 * Before load: the names map holds one entry per probe of the cookie-keyed
 * programs (pid$target:::entry over a whole process is thousands), so it
 * grows past its default to the probes matched; then each provider's
 * preparation (fbt: fentry targets or kprobes).
 */
int prov_before_load(struct dtrun *d)
{
	struct bpf_map *map = bpf_object__find_map_by_name(d->obj, "dtc_pnames");

	if (map && d->en.natt > DT_PNAMES_MAX &&
	    bpf_map__set_max_entries(map, (uint32_t)d->en.natt)) {
		dt_err("failed to size the probe names map for %d probes: %s\n", d->en.natt,
		       strerror(errno));
		return -1;
	}
	for (size_t i = 0; i < NPROVS; i++)
		if (provs[i]->before_load && provs[i]->before_load(d))
			return -1;
	return 0;
}

/*
 * The BPF cookie of probe pr attached for description dsc of its clause:
 * the probe ID, and (dtc_abi.h) the description, where the object reads it
 * (metadata version 3; an older object's pid return probes read the whole
 * high half as their offset).
 */
uint64_t prov_cookie(const struct dtrun *d, const struct probe *pr, int dsc)
{
	uint64_t c = pr->id;

	if (d->meta.version >= 3 && dsc > 0)
		c |= (uint64_t)(dsc < DT_COOKIE_DSC_MAX ? dsc : DT_COOKIE_DSC_MAX)
		     << DT_COOKIE_DSC_SHIFT;
	return c;
}

/* Program p, by its family's provider: the program, or each probe matched for it. */
int prov_attach(struct dtrun *d, struct bpf_program *prog, int p)
{
	const struct prov_ops *pv = prov_of(d->meta.progs[p].fam);

	if (!pv)
		return 0;
	if (pv->attach)
		return pv->attach(d, prog, p);
	/* a uprobe's consumers run newest first: a user program's probes are
	 * attached last to first, so that those at one address (entry and
	 * offset 0) fire in the probe table's order, entry first, as DTrace's
	 * uprobe trampoline runs the probes it carries in the order made */
	for (int k = 0, user = dt_family(d->meta.progs[p].fam)->user;
	     k < d->en.natt && pv->attach_probe; k++) {
		int i = user ? d->en.natt - 1 - k : k;

		const struct probe *pr = &d->probes.v[d->en.att[i][1]];

		if (d->en.att[i][0] == p &&
		    pv->attach_probe(d, prog, p, pr, prov_cookie(d, pr, d->en.att[i][2])))
			return -1;
	}
	return 0;
}

int prov_after_load(struct dtrun *d)
{
	struct bpf_map *map = bpf_object__find_map_by_name(d->obj, "dtc_pnames");
	int fd;

	if (!map || (fd = bpf_map__fd(map)) < 0)
		return 0;
	for (int i = 0; i < d->en.natt; i++) {
		const struct probe *pr = &d->probes.v[d->en.att[i][1]];
		struct dt_pname v;
		uint32_t key = pr->id;

		memset(&v, 0, sizeof(v));
		snprintf(v.prov, sizeof(v.prov), "%s", pr->prov);
		snprintf(v.mod, sizeof(v.mod), "%s", pr->mod);
		snprintf(v.func, sizeof(v.func), "%s", pr->func);
		snprintf(v.name, sizeof(v.name), "%s", pr->name);
		if (bpf_map_update_elem(fd, &key, &v, BPF_ANY) != 0) {
			dt_err("failed to set the names of probe %u: %s\n", pr->id, strerror(errno));
			return -1;
		}
	}
	return 0;
}

/* Whether a probe of ps matches description desc ("prov:mod:func:name"). */
static int pid_check_matched(const struct probes *ps, const char *desc)
{
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];

	if (dt_pdesc_split(desc, f) < 0)
		return 0;
	for (int i = 0; i < ps->n; i++) {
		const struct probe *p = &ps->v[i];

		if (probes_gmatch(p->prov, f[1]) && probes_mod_match(p->mod, f[2]) &&
		    (probes_gmatch(p->func, f[3]) || (p->alias && probes_gmatch(p->alias, f[3]))) &&
		    probes_gmatch(p->name, f[4]))
			return 1;
	}
	return 0;
}

/*
 * dtc's question in one step, where an error it found would come after a
 * pid description of a live process (compile.c): DTrace grabs the process
 * and makes the description's probes as it sets the clause's context
 * (dt_setcontext() -> dt_pid_create_pid_probes()), before it cooks the
 * clause, so their errors (D_PROC_*, then D_PDESC_ZERO with the description
 * as dt_pid.c rewrote it) come first.  The probes are made as for loading;
 * a description of return probes only is looked up as entry probes (the
 * same functions, without finding where each returns).
 */
int prov_pid_check(const char *desc, const struct dtrun_opts *o, char *res, size_t len)
{
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN], *fixed = strdup(desc), *alt = NULL;
	struct prov_desc pd = { .text = desc, .fix = &fixed, .err = res, .errlen = len };
	struct probes ps = { 0 };
	int rc = 0;

	*res = '\0';
	if (!fixed || dt_pdesc_split(desc, f) < 0) {
		free(fixed);
		return 0;
	}
	if (prov_pid.desc(&ps, DT_FAM_UPROBE, &pd, o, 0) == 0 && !pid_check_matched(&ps, fixed) &&
	    probes_gmatch("return", f[4]) &&
	    asprintf(&alt, "%s:%s:%s:entry", f[1], f[2], f[3]) >= 0) {
		char *afix = strdup(alt);
		struct prov_desc ad = { .text = alt, .fix = &afix, .err = res, .errlen = len };

		if (afix && prov_pid.desc(&ps, DT_FAM_UPROBE, &ad, o, 0) == 0 &&
		    pid_check_matched(&ps, afix))
			rc = 1;
		free(afix);
		free(alt);
	} else {
		rc = pid_check_matched(&ps, fixed);
	}
	if (!*res && !rc)
		snprintf(res, len, "D_PDESC_ZERO probe description %s does not match any probes",
			 fixed);
	probes_free(&ps);
	free(fixed);
	return 0;
}
