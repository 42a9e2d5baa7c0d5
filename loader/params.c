/*
 * params.c: the load-time parameters, filled before load from
 * runtime/dtc_abi.h's DT_RODATA_PARAMS table, one param_<ID>() each.  An
 * object holds only the parameters it uses: a plain one is filled when the
 * object declares it (its size given), a "dtc_mac_*" family asks for each
 * of its members itself.  0, or -1 after a message.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <bpf/libbpf.h>

#include "dtrun.h"
#include "actions.h" /* act_write_user_ok() */
#include "prov.h"    /* probeinfo_format() */

#define SET(d, name, val, size) bpfvar_rodata_set((d)->obj, name, val, size)

/* A string parameter of sz bytes: s, cut to fit. */
static void set_str(struct dtrun *d, const char *name, size_t sz, const char *s)
{
	char *v = calloc(1, sz);

	if (v) {
		strncpy(v, s, sz - 1);
		SET(d, name, v, sz);
		free(v);
	}
}

static int param_on(struct dtrun *d, const char *name, size_t sz)
{
	(void)sz;
	if (d->meta.npairs)
		SET(d, name, d->en.on, d->meta.npairs);
	return 0;
}

static int param_dsc(struct dtrun *d, const char *name, size_t sz)
{
	if (d->en.ndsc && (size_t)d->en.ndsc * sizeof(*d->en.dsc) <= sz)
		SET(d, name, d->en.dsc, (size_t)d->en.ndsc * sizeof(*d->en.dsc));
	return 0;
}

static int param_sys_on(struct dtrun *d, const char *name, size_t sz)
{
	size_t n = (size_t)d->meta.npairs * DT_MAX_SYSCALLS;
	uint8_t *on;

	(void)sz;
	if (!d->meta.npairs)
		return 0;
	on = calloc(n, 1);
	for (int i = 0; on && i < d->meta.npairs; i++)
		for (int nr = 0; nr < DT_MAX_SYSCALLS; nr++)
			on[(size_t)i * DT_MAX_SYSCALLS + nr] =
				d->en.on[i] && (d->en.sys_mask[i][nr / 64] >> (nr % 64) & 1);
	if (!on || SET(d, name, on, n)) {
		free(on);
		dt_err("failed to set the enabled syscalls\n");
		return -1;
	}
	free(on);
	return 0;
}

static int param_sysnames(struct dtrun *d, const char *name, size_t sz)
{
	static char names[DT_MAX_SYSCALLS][DT_SYSNAME_LEN];

	(void)sz;
	for (int i = 0; i < DT_MAX_SYSCALLS; i++)
		if (d->probes.sysname && d->probes.sysname[i])
			snprintf(names[i], DT_SYSNAME_LEN, "%s", d->probes.sysname[i]);
	SET(d, name, names, sizeof(names));
	return 0;
}

/* syscall NR's argument count + 1 from its sys_enter format file, 0 unknown */
static int param_sysargc(struct dtrun *d, const char *name, size_t sz)
{
	static uint8_t argc[DT_MAX_SYSCALLS];
	char ev[64];

	(void)sz;
	for (int i = 0; i < DT_MAX_SYSCALLS; i++) {
		struct argtypes at = { .n = 0 };

		argc[i] = 0;
		if (!d->probes.sysname || !d->probes.sysname[i])
			continue;
		snprintf(ev, sizeof(ev), "sys_enter_%s", d->probes.sysname[i]);
		if (probeinfo_format("syscalls", ev, 1, &at) == 0 && at.n <= 6)
			argc[i] = (uint8_t)(at.n + 1);
		for (int j = 0; j < at.n; j++)
			free(at.v[j]);
	}
	SET(d, name, argc, sizeof(argc));
	return 0;
}

static int param_sys_id(struct dtrun *d, const char *name, size_t sz)
{
	static uint32_t ids[2][DT_MAX_SYSCALLS];

	(void)sz;
	if (!d->probes.sys_entry_id)
		return 0;
	for (int i = 0; i < DT_MAX_SYSCALLS; i++) {
		ids[0][i] = d->probes.sys_entry_id[i];
		ids[1][i] = d->probes.sys_return_id ? d->probes.sys_return_id[i] : 0;
	}
	SET(d, name, ids, sizeof(ids));
	return 0;
}

/* D's id: the probe each program fires for (dtc_probe_id(), emit.c) */
static int param_prog_id(struct dtrun *d, const char *name, size_t sz)
{
	size_t n = sz / sizeof(uint32_t);
	uint32_t *ids = calloc(n, sizeof(uint32_t));

	for (int i = 0; ids && i < (int)n && i < d->meta.nprogs; i++) {
		const struct probe *p = probes_find(&d->probes, &d->meta, i, 0);

		ids[i] = p ? p->id : 0;
	}
	if (ids)
		SET(d, name, ids, n * sizeof(uint32_t));
	free(ids);
	return 0;
}

/* An integer in /sys/devices/system/cpu/cpuN/FILE; 0 if absent. */
static int sysfs_cpu_int(int cpu, const char *file)
{
	char path[128];
	FILE *f;
	int v = 0;

	snprintf(path, sizeof(path), "/sys/devices/system/cpu/cpu%d/%s", cpu, file);
	if ((f = fopen(path, "r"))) {
		if (fscanf(f, "%d", &v) != 1 || v < 0)
			v = 0;
		fclose(f);
	}
	return v;
}

/* The NUMA node of a CPU: its cpuN/nodeM link; 0 without NUMA. */
static int sysfs_cpu_node(int cpu)
{
	char path[128];
	struct dirent *e;
	DIR *dir;
	int node = 0;

	snprintf(path, sizeof(path), "/sys/devices/system/cpu/cpu%d", cpu);
	if (!(dir = opendir(path)))
		return 0;
	while ((e = readdir(dir)))
		if (!strncmp(e->d_name, "node", 4) && e->d_name[4] >= '0' && e->d_name[4] <= '9') {
			node = atoi(e->d_name + 4);
			break;
		}
	closedir(dir);
	return node;
}

/* curcpu: this host's CPUs, as sysfs describes them */
static int param_cpuinfo(struct dtrun *d, const char *name, size_t sz)
{
	static struct dt_cpuinfo ci[DT_MAX_CPUS];

	if (sz != sizeof(ci))
		return 0;
	for (int i = 0; i < DT_MAX_CPUS; i++) {
		ci[i].cpu_id = i;
		ci[i].cpu_chip = sysfs_cpu_int(i, "topology/physical_package_id");
		ci[i].cpu_lgrp = sysfs_cpu_node(i);
	}
	SET(d, name, ci, sizeof(ci));
	return 0;
}

/*
 * io's devinfo_t dev_name: the name each block driver registered its major
 * with (register_blkdev(): "sd", "loop", "virtblk"), as /proc/devices lists
 * them after "Block devices:".
 */
static int param_blkdevs(struct dtrun *d, const char *name, size_t sz)
{
	static char names[DT_MAX_BLKDEV][DT_BLKDEV_LEN];
	char line[128], drv[64];
	int blk = 0, major;
	FILE *f;

	if (sz != sizeof(names))
		return 0;
	memset(names, 0, sizeof(names));
	if ((f = fopen("/proc/devices", "r"))) {
		while (fgets(line, sizeof(line), f)) {
			if (!strncmp(line, "Block devices:", 14))
				blk = 1;
			else if (blk && sscanf(line, "%d %63s", &major, drv) == 2 && major >= 0 &&
				 major < DT_MAX_BLKDEV)
				snprintf(names[major], DT_BLKDEV_LEN, "%.*s", DT_BLKDEV_LEN - 1, drv);
		}
		fclose(f);
	}
	SET(d, name, names, sizeof(names));
	return 0;
}

/* copyout(): dtc_mem.bpf.h */
static int param_write_user(struct dtrun *d, const char *name, size_t sz)
{
	uint8_t ok = (uint8_t)act_write_user_ok();

	if (sz == 1)
		SET(d, name, &ok, 1);
	return 0;
}

/* The value of macro argument $i ($0: the script), or NULL. */
static const char *macro_arg(const struct dtrun *d, int i)
{
	const struct dtrun_opts *o = d->o;

	return i == 0 ? o->macro0 : i <= o->nmacro_args ? o->macro_args[i - 1] : NULL;
}

static int param_mac(struct dtrun *d, const char *name, size_t sz)
{
	char buf[64];

	(void)name, (void)sz;
	for (int i = 0; i <= d->meta.nmacro_max && i < DT_MAX_MACROS; i++) {
		const char *arg = macro_arg(d, i);
		unsigned long long u;
		long long v;

		if (!(d->meta.macros[i] & DT_MAC_INT) || !arg)
			continue;
		/* dt_lex.l: an optional sign, then strtoull's integer */
		u = strtoull(arg + (*arg == '-' || *arg == '+'), NULL, 0);
		v = *arg == '-' ? (long long)-u : (long long)u;
		snprintf(buf, sizeof(buf), "dtc_mac_%d", i);
		SET(d, buf, &v, sizeof(v));
	}
	return 0;
}

static int param_smac(struct dtrun *d, const char *name, size_t sz)
{
	char buf[64];

	(void)name, (void)sz;
	for (int i = 0; i <= d->meta.nmacro_max && i < DT_MAX_MACROS; i++) {
		const char *arg = macro_arg(d, i);
		size_t n;

		if (!(d->meta.macros[i] & DT_MAC_STR) || !arg)
			continue;
		snprintf(buf, sizeof(buf), "dtc_smac_%d", i);
		if ((n = bpfvar_rodata_size(d->obj, buf)))
			set_str(d, buf, n, arg);
	}
	return 0;
}

static int param_target(struct dtrun *d, const char *name, size_t sz)
{
	(void)sz;
	if (d->meta.target)
		SET(d, name, &d->o->target, sizeof(d->o->target));
	return 0;
}

/* $$pid ... $$target: DT_MACVAR_NAMES' values as strings, "%u" as
 * dt_lex.l writes them */
static int param_smv(struct dtrun *d, const char *name, size_t sz)
{
	static const char *const names[] = { DT_MACVAR_NAMES };
	unsigned vals[] = { (unsigned)getpid(), (unsigned)getppid(), (unsigned)getuid(),
			    (unsigned)getgid(), (unsigned)geteuid(), (unsigned)getegid(),
			    (unsigned)getpgid(0), (unsigned)getsid(0), (unsigned)d->o->target };
	char buf[64], val[16];

	(void)name, (void)sz;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t n;

		snprintf(buf, sizeof(buf), "dtc_smv_%s", names[i]);
		snprintf(val, sizeof(val), "%u", vals[i]);
		if ((n = bpfvar_rodata_size(d->obj, buf)))
			set_str(d, buf, n, val);
	}
	return 0;
}

/* $pid $ppid $uid $gid $euid $egid $pgid $sid: as in DTrace, those of the
 * tracing process itself (dtrun) */
static int param_macvar(struct dtrun *d, const char *name, size_t sz)
{
	int mv[8] = { getpid(), getppid(), (int)getuid(), (int)getgid(), (int)geteuid(),
		      (int)getegid(), getpgid(0), getsid(0) };

	(void)sz;
	SET(d, name, mv, sizeof(mv));
	return 0;
}

static int param_instance(struct dtrun *d, const char *name, size_t sz)
{
	if (d->o->instance)
		set_str(d, name, sz, d->o->instance);
	return 0;
}

/* walltimestamp = boot-time clock + this offset */
static int param_walloff(struct dtrun *d, const char *name, size_t sz)
{
	struct timespec rt, bt;
	int64_t off;

	(void)sz;
	clock_gettime(CLOCK_REALTIME, &rt);
	clock_gettime(CLOCK_BOOTTIME, &bt);
	off = ((int64_t)rt.tv_sec - bt.tv_sec) * 1000000000LL + (rt.tv_nsec - bt.tv_nsec);
	SET(d, name, &off, sizeof(off));
	return 0;
}

/*
 * Kernel stack frames that are the tracer's, not the probe's, per program:
 * its family's kskip (dt_family.h; DT_KSKIP_GLUE: those whose addresses
 * are the tracer's, kglue.c).
 */
static int param_kskip(struct dtrun *d, const char *name, size_t sz)
{
	uint8_t skip[256];

	(void)sz;
	memset(skip, 1, sizeof(skip));
	for (int p = 0; p < d->meta.nprogs && p < 256; p++)
		skip[p] = dt_family(d->meta.progs[p].fam)->kskip;
	SET(d, name, skip, sizeof(skip));
	return 0;
}

/*
 * speculations: the nspec and specsize options (sema checked them).  nspec
 * is DTrace's bound on IDs, any value dt_opt_runtime() takes: 0 is no
 * speculation at all, and one past DT_MAX_NSPEC is kept as given (an ID up
 * to it is no error for commit(), as in Oracle's
 * dt_speculation_set_drainable()); BPF hands out at most DT_MAX_NSPEC IDs.
 */
static int param_nspec(struct dtrun *d, const char *name, size_t sz)
{
	int64_t n = meta_opt_num(&d->meta, "nspec", 1);
	uint32_t nspec = n < 0 ? 1 : n > UINT32_MAX ? UINT32_MAX : (uint32_t)n;

	(void)sz;
	SET(d, name, &nspec, sizeof(nspec));
	return 0;
}

static int param_specsize(struct dtrun *d, const char *name, size_t sz)
{
	const char *v = meta_opt(&d->meta, "specsize");
	uint64_t specsize = 4 << 20; /* Oracle's default (dt_open.c) */

	(void)sz;
	if (v && *v)
		dt_parse_size(v, &specsize);
	SET(d, name, &specsize, sizeof(specsize));
	return 0;
}

/* records are written without wakeups; wake the reader at 1/4 full */
static int param_rb_wake(struct dtrun *d, const char *name, size_t sz)
{
	struct bpf_map *rb = bpf_object__find_map_by_name(d->obj, "dtc_rb");
	uint64_t wake = rb ? (uint64_t)bpf_map__max_entries(rb) / 4 : 0;

	(void)sz;
	if (wake)
		SET(d, name, &wake, sizeof(wake));
	return 0;
}

/* -x dynvarsize: also for an object compiled with another (dynvar.c) */
static int param_dyn_max(struct dtrun *d, const char *name, size_t sz)
{
	(void)sz;
	if (d->o->dynvarsize)
		SET(d, name, &d->o->dynvarsize, sizeof(d->o->dynvarsize));
	return 0;
}

/* objects that gave self-> variables a space of their own: the same bytes */
static int param_self_max(struct dtrun *d, const char *name, size_t sz)
{
	return param_dyn_max(d, name, sz);
}

static int param_cpu(struct dtrun *d, const char *name, size_t sz)
{
	int32_t cpu = d->o->cpu;

	(void)sz;
	if (cpu >= 0)
		SET(d, name, &cpu, sizeof(cpu));
	return 0;
}

static const struct {
	const char *name;
	int (*fill)(struct dtrun *d, const char *name, size_t size);
} params[] = {
#define X(id, name, type, from) { name, param_##id },
	DT_RODATA_PARAMS(X)
#undef X
};

int params_fill(struct dtrun *d)
{
	for (size_t i = 0; i < sizeof(params) / sizeof(params[0]); i++) {
		const char *name = params[i].name;
		size_t sz = strchr(name, '*') ? 0 : bpfvar_rodata_size(d->obj, name);

		if (!strchr(name, '*') && !sz)
			continue; /* the object does not use it */
		if (params[i].fill(d, name, sz))
			return -1;
	}
	return 0;
}
