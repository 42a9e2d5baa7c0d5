/*
 * prov_syscall.c: dtrun's syscall provider: syscall:vmlinux:NAME:entry and
 * :return for each syscall of this host (the build's table, less those its
 * kernel has no tracepoints for), in syscall-number order after the profile
 * provider's probes.  One program per direction, attached once to
 * raw_syscalls' sys_enter or sys_exit; matching fills dtc_sys_on[][].
 * dtc's side: compiler/prov_syscall.c.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>

#include "prov.h"
#include "syscalls_gen.h"

#define NSYSTAB (sizeof(dt_syscall_table) / sizeof(dt_syscall_table[0]))

/*
 * Syscalls that have tracepoints on this kernel, when tracefs can tell: the
 * build-time table may name syscalls this kernel was configured without.
 */
static int syscalls_present(unsigned char *present)
{
	static const char *const dirs[] = {
		"/sys/kernel/tracing/events/syscalls",
		"/sys/kernel/debug/tracing/events/syscalls",
	};
	DIR *dir = NULL;
	struct dirent *e;
	size_t i, k;

	for (i = 0; i < 2 && !dir; i++)
		dir = opendir(dirs[i]);
	if (!dir) {
		/* tracefs is not mounted: mount it where it belongs, once. */
		if (mount("tracefs", "/sys/kernel/tracing", "tracefs", 0, NULL) == 0)
			dir = opendir(dirs[0]);
	}
	if (!dir)
		return -1;
	memset(present, 0, NSYSTAB);
	while ((e = readdir(dir)) != NULL) {
		if (strncmp(e->d_name, "sys_enter_", 10) != 0)
			continue;
		for (k = 0; k < NSYSTAB; k++)
			if (strcmp(dt_syscall_table[k].name, e->d_name + 10) == 0)
				present[k] = 1;
	}
	closedir(dir);
	return 0;
}

/* list: a listing, or an object with syscall probes. */
static int syscall_probes(struct probes *ps, const struct meta *m, const struct dtrun_opts *o,
			  int list)
{
	unsigned char present[NSYSTAB];
	size_t k;

	(void)m, (void)o;
	if (!list)
		return 0;
	if (syscalls_present(present) != 0)
		memset(present, 1, sizeof(present));
	ps->sys_base = ps->n;
	for (k = 0; k < NSYSTAB; k++) {
		int nr = dt_syscall_table[k].nr;

		if (!present[k] || nr < 0 || nr >= DT_MAX_SYSCALLS)
			continue;
		ps->sysname[nr] = dt_syscall_table[k].name;
		if (!probes_add(ps, "syscall", "vmlinux", dt_syscall_table[k].name, "entry",
				DT_FAM_SYSCALL_ENTRY, nr))
			return -1;
		ps->sys_entry_id[nr] = ps->v[ps->n - 1].id;
		if (!probes_add(ps, "syscall", "vmlinux", dt_syscall_table[k].name, "return",
				DT_FAM_SYSCALL_RETURN, nr))
			return -1;
		ps->sys_return_id[nr] = ps->v[ps->n - 1].id;
		ps->nsys++;
	}
	return 0;
}

/*
 * One attachment for every syscall: raw_syscalls' tracepoint attaches and
 * detaches in about 1 ms where 360 syscalls:sys_enter_* take 20 s to detach.
 */
static int syscall_attach(struct dtrun *d, struct bpf_program *prog, int p)
{
	const struct dt_family *fam = dt_family(d->meta.progs[p].fam);
	struct bpf_link *l = bpf_program__attach_raw_tracepoint(prog, fam->tp);

	if (!l) {
		dt_err("failed to enable probes syscall:::%s (raw tracepoint %s): %s\n",
		       fam->ret ? "return" : "entry", fam->tp, strerror(errno));
		return -1;
	}
	return run_add_link(d, l);
}

/* -lv: the fields of the tracepoint's format file, less __syscall_nr */
static void syscall_argtypes(const struct probe *p, struct argtypes *at)
{
	char name[256];

	snprintf(name, sizeof(name), "sys_%s_%s", dt_family(p->fam)->ret ? "exit" : "enter",
		 p->func);
	probeinfo_format("syscalls", name, 1, at);
}

const struct prov_ops prov_syscall = {
	.name = "syscall",
	.fams = 1u << DT_FAM_SYSCALL_ENTRY | 1u << DT_FAM_SYSCALL_RETURN,
	.probes = syscall_probes,
	.attach = syscall_attach,
	.argtypes = syscall_argtypes,
};
