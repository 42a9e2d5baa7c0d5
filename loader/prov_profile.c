/*
 * prov_profile.c: dtrun's profile provider: profile-N (a CPU-clock
 * perf_event timer on every online CPU) and tick-N (on one CPU), the
 * default rates DTrace always lists and those the object's programs ask
 * for.  dtc's side: compiler/prov_profile.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/perf_event.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "prov.h"

/*
 * The profile provider's default probes (profile-97 ... tick-5000,
 * dt_profile_default[]), as DTrace's, after the dtrace provider's; then
 * those of other rates in program order.
 */
static int profile_probes(struct probes *ps, const struct meta *m, const struct dtrun_opts *o,
			  int list)
{
	size_t k;
	int i;

	(void)o, (void)list;
	/* the profile provider's probes that always exist, as DTrace's */
	for (k = 0; k < DT_PROFILE_NDEFAULT; k++)
		if (!probes_add(ps, "profile", "", "", dt_profile_default[k],
			       dt_profile_default[k][0] == 'p' ? DT_FAM_PROFILE : DT_FAM_TICK, -1))
			return -1;
	for (i = 0; i < m->nprogs; i++) {
		const struct meta_prog *pg = &m->progs[i];
		const char *want = pg->fam == DT_FAM_PROFILE ? "profile-" : "tick-";
		int j, dup = 0;

		if (pg->fam != DT_FAM_PROFILE && pg->fam != DT_FAM_TICK)
			continue;
		/* a name get_period() gives no period names no probe (a unit
		 * it lacks, under 200 us: D_PDESC_ZERO), as profile-1ns */
		if (!pg->str || strncmp(pg->str, want, strlen(want)) != 0 ||
		    !dt_pdesc_period_ns(pg->str))
			continue;
		for (j = 3; j < ps->n; j++)
			dup |= strcmp(ps->v[j].name, pg->str) == 0;
		if (!dup && !probes_add(ps, "profile", "", "", pg->str, pg->fam, i))
			return -1;
	}
	return 0;
}

/* CPUs from /sys/devices/system/cpu/online ("0-3,5"), or -1. */
int prov_online_cpus(int *cpus, int max)
{
	char buf[1024];
	int n = 0, fd, a, b, k;
	ssize_t r;
	char *p, *end;

	fd = open("/sys/devices/system/cpu/online", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	r = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (r <= 0)
		return -1;
	buf[r] = '\0';
	for (p = buf; *p && *p != '\n';) {
		a = (int)strtol(p, &end, 10);
		b = a;
		if (*end == '-')
			b = (int)strtol(end + 1, &end, 10);
		for (k = a; k <= b && n < max; k++)
			cpus[n++] = k;
		p = *end == ',' ? end + 1 : end;
		if (end == p && *p != ',')
			break;
	}
	return n;
}

/* profile-N: a CPU-clock timer on every online CPU; tick-N: on one CPU;
 * both on -x cpu's CPU alone when it is set. */
static int profile_attach(struct dtrun *d, struct bpf_program *prog, int p)
{
	const struct meta_prog *pg = &d->meta.progs[p];
	uint64_t ns = dt_pdesc_period_ns(pg->str);
	struct perf_event_attr attr;
	int cpus[1024], n, i;

	n = prov_online_cpus(cpus, 1024);
	if (n <= 0) {
		cpus[0] = 0;
		n = 1;
	}
	if (d->o->cpu >= 0)
		cpus[0] = d->o->cpu;
	if (pg->fam == DT_FAM_TICK || d->o->cpu >= 0)
		n = 1;
	memset(&attr, 0, sizeof(attr));
	attr.size = sizeof(attr);
	attr.type = PERF_TYPE_SOFTWARE;
	attr.config = PERF_COUNT_SW_CPU_CLOCK;
	attr.sample_period = ns;
	for (i = 0; i < n; i++) {
		struct bpf_link *l;
		int fd;

		fd = (int)syscall(SYS_perf_event_open, &attr, -1, cpus[i], -1, PERF_FLAG_FD_CLOEXEC);
		if (fd < 0) {
			dt_err("failed to enable probe profile:::%s: perf_event_open on CPU %d: %s\n",
			       pg->str, cpus[i], strerror(errno));
			return -1;
		}
		if (prov_add_fd(d, fd))
			return -1;
		l = bpf_program__attach_perf_event(prog, fd);
		if (!l) {
			dt_err("failed to enable probe profile:::%s on CPU %d: %s\n", pg->str,
			       cpus[i], strerror(errno));
			return -1;
		}
		if (run_add_link(d, l))
			return -1;
	}
	return 0;
}

const struct prov_ops prov_profile = {
	.name = "profile",
	.fams = 1u << DT_FAM_PROFILE | 1u << DT_FAM_TICK,
	.probes = profile_probes,
	.attach = profile_attach,
};
