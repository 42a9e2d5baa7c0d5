/*
 * prov_cpc.c: dtrun's cpc provider: cpc:::EVENT-MODE-COUNT, a performance
 * counter on every online CPU that fires the program each COUNT events
 * (runtime/dt_cpc.h).  This host has the events perf_event_open() accepts,
 * each listed as EVENT-all-1000000000 (Oracle's populate()), and the
 * probes the object's programs name of those events.  dtc's side:
 * compiler/prov_cpc.c.
 */
#include <errno.h>
#include <linux/perf_event.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../runtime/dt_cpc.h"
#include "prov.h"

/* The perf_event_attr of probe cp (count 0: counting, as populate() tests) */
static void cpc_attr(struct perf_event_attr *attr, const struct dt_cpc_probe *cp)
{
	const struct dt_cpc_event *ev = &dt_cpc_events[cp->event];

	memset(attr, 0, sizeof(*attr));
	attr->size = sizeof(*attr);
	attr->type = ev->type;
	attr->config = ev->config;
	attr->sample_period = cp->count;
	attr->wakeup_events = 1;
	attr->exclude_hv = ev->type != PERF_TYPE_SOFTWARE;
	attr->exclude_kernel = cp->mode == DT_CPC_USER;
	attr->exclude_user = cp->mode == DT_CPC_KERNEL;
}

/* Whether this host's CPU cpu counts event ev (populate()'s test). */
static int cpc_event_here(int ev, int cpu)
{
	struct dt_cpc_probe cp = { .event = ev, .mode = DT_CPC_ALL, .count = 0 };
	struct perf_event_attr attr;
	int fd;

	cpc_attr(&attr, &cp);
	fd = (int)syscall(SYS_perf_event_open, &attr, -1, cpu, -1, PERF_FLAG_FD_CLOEXEC);
	if (fd < 0)
		return 0;
	close(fd);
	return 1;
}

static int cpc_probes(struct probes *ps, const struct meta *m, const struct dtrun_opts *o, int list)
{
	unsigned char here[DT_CPC_NEVENTS];
	int cpus[1], first;

	(void)o;
	/* probing the counters costs 2 ms: only where they may be wanted (the
	 * IDs of the providers before cpc do not depend on it) */
	if (!list && m->nprogs && !prov_meta_has(m, DT_FAM_CPC))
		return 0;
	cpus[0] = 0;
	prov_online_cpus(cpus, 1);
	first = ps->n;
	for (size_t i = 0; i < DT_CPC_NEVENTS; i++) {
		char name[96];

		here[i] = (unsigned char)cpc_event_here((int)i, cpus[0]);
		if (!here[i])
			continue;
		snprintf(name, sizeof(name), "%s%s", dt_cpc_events[i].name, DT_CPC_LIST_SUFFIX);
		if (!probes_add(ps, "cpc", "", "", prov_str(ps, name), DT_FAM_CPC, -1))
			return -1;
	}
	/* the probes programs name (provide()): of an event this host has */
	for (int p = 0; p < m->nprogs; p++) {
		const struct meta_prog *pg = &m->progs[p];
		struct dt_cpc_probe cp;
		int dup = 0;

		if (pg->fam != DT_FAM_CPC || !pg->str || dt_cpc_decode(pg->str, &cp) ||
		    !here[cp.event])
			continue;
		for (int j = first; j < ps->n && !dup; j++)
			dup = !strcmp(ps->v[j].name, pg->str);
		if (!dup && !probes_add(ps, "cpc", "", "", pg->str, DT_FAM_CPC, p))
			return -1;
	}
	return 0;
}

/* A counter on every online CPU (on -x cpu's alone when set); CPUs that
 * refuse it are left out, as Oracle's attach() does, but for all of them. */
static int cpc_attach(struct dtrun *d, struct bpf_program *prog, int p)
{
	const struct meta_prog *pg = &d->meta.progs[p];
	struct perf_event_attr attr;
	struct dt_cpc_probe cp;
	int cpus[1024], n, i, nattach = 0, err = 0;

	if (dt_cpc_decode(pg->str, &cp)) {
		dt_err("failed to enable probe cpc:::%s: not a cpc probe name\n", pg->str);
		return -1;
	}
	cpc_attr(&attr, &cp);
	n = prov_online_cpus(cpus, 1024);
	if (n <= 0) {
		cpus[0] = 0;
		n = 1;
	}
	if (d->o->cpu >= 0) {
		cpus[0] = d->o->cpu;
		n = 1;
	}
	for (i = 0; i < n; i++) {
		struct bpf_link *l;
		int fd;

		fd = (int)syscall(SYS_perf_event_open, &attr, -1, cpus[i], -1, PERF_FLAG_FD_CLOEXEC);
		if (fd < 0) {
			err = errno;
			continue;
		}
		if (prov_add_fd(d, fd))
			return -1;
		l = bpf_program__attach_perf_event(prog, fd);
		if (!l) {
			err = errno;
			continue;
		}
		if (run_add_link(d, l))
			return -1;
		nattach++;
	}
	if (!nattach) {
		dt_err("failed to enable probe cpc:::%s: no CPU can count %s (%s)\n", pg->str,
		       dt_cpc_events[cp.event].name, strerror(err));
		return -1;
	}
	return 0;
}

const struct prov_ops prov_cpc = {
	.name = "cpc",
	.fams = 1u << DT_FAM_CPC,
	.probes = cpc_probes,
	.attach = cpc_attach,
};
