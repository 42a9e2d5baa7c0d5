/*
 * prov_sdt.c: dtrun's rawtp and sdt providers: every tracepoint in tracefs,
 * as rawtp:GROUP::EVENT and sdt:GROUP::EVENT (Oracle's DTrace names),
 * attached with the probe ID as BPF cookie (raw tracepoint cookies: Linux
 * 6.10); and sdt:::dt_probe, the dt_probe() symbol of libdtprobe, for every
 * process (its program is a uprobe: prov_pid.c attaches it).  dtc's side:
 * compiler/prov_sdt.c.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <linux/bpf.h>

#include "prov.h"
#include "uproc.h"

#ifndef DTRUN_LIBDTPROBE
#define DTRUN_LIBDTPROBE "/usr/local/lib/libdtprobe.so.1"
#endif
#ifndef DTRUN_LIBDTPROBE_REL
#define DTRUN_LIBDTPROBE_REL "../lib"
#endif
#ifndef DTRUN_LIBDTPROBE_BUILD
#define DTRUN_LIBDTPROBE_BUILD "runtime/libdtprobe/libdtprobe.so.1"
#endif

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * Groups of tracefs events that are no tracepoints of their own, left out
 * as Oracle's rawtp and sdt populate() leave them out: the events other
 * DTrace processes make (GROUP_FMT, "dt_<pid>_<name>": each running dtrace
 * has its BEGIN and END there), kprobes, uprobes and the pid provider's
 * (dt_pid), the syscalls group (the syscall provider's), and ftrace's own
 * events, which are not in available_events.
 */
static int group_skipped(const char *g)
{
	static const char *const skip[] = { "kprobes", "syscalls", "uprobes", "dt_pid",
					    "ftrace" };
	const char *p = g + 3;

	for (size_t i = 0; i < sizeof(skip) / sizeof(skip[0]); i++)
		if (!strcmp(g, skip[i]))
			return 1;
	if (strncmp(g, "dt_", 3) || !isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	return *p == '_' && p[1];
}

/* Every tracepoint: rawtp:GROUP::EVENT, then sdt:GROUP::EVENT. */
static int add_tracepoints(struct probes *ps)
{
	const char *ev = prov_events_dir();
	struct dirent *g, *e;
	char **names = NULL;
	int n = 0, cap = 0, rc = 0;
	DIR *gd, *ed;

	if (!ev || !(gd = opendir(ev)))
		return 0;
	while ((g = readdir(gd)) != NULL) {
		char path[PATH_MAX];

		if (g->d_name[0] == '.' || g->d_type != DT_DIR || group_skipped(g->d_name))
			continue;
		snprintf(path, sizeof(path), "%s/%s", ev, g->d_name);
		if (!(ed = opendir(path)))
			continue;
		while ((e = readdir(ed)) != NULL) {
			char buf[512];

			if (e->d_name[0] == '.' || e->d_type != DT_DIR)
				continue;
			if (n == cap) {
				char **nn = realloc(names, sizeof(*nn) * (cap = cap ? 2 * cap : 1024));

				if (!nn) {
					rc = -1;
					break;
				}
				names = nn;
			}
			snprintf(buf, sizeof(buf), "%s:%s", g->d_name, e->d_name);
			names[n++] = strdup(buf);
		}
		closedir(ed);
	}
	closedir(gd);
	if (n > 1) /* qsort(NULL, 0) is undefined */
		qsort(names, n, sizeof(*names), name_cmp);
	for (int pass = 0; pass < 2 && rc == 0; pass++)
		for (int i = 0; i < n; i++) {
			char *colon = strchr(names[i], ':');
			const char *grp, *evn;
			struct probe *p;

			*colon = '\0';
			grp = prov_str(ps, names[i]);
			evn = prov_str(ps, colon + 1);
			*colon = ':';
			p = probes_add(ps, pass ? "sdt" : "rawtp", grp, "", evn, DT_FAM_RAWTP, 0);
			if (!p) {
				rc = -1;
				break;
			}
			p->tp = evn;
		}
	for (int i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

/*
 * Where libdtprobe.so.1 is, the first that exists: $DTRUN_LIBDTPROBE alone
 * when set; else next to this dtrun as installed (bin/../lib, whatever
 * prefix `cmake --install --prefix` was given), next to it in the build
 * tree, and at the configured install path.  NULL when none is; `tried`
 * then lists the places, for the message.
 */
static char *dt_probe_lib(char *tried, size_t len)
{
	const char *env = getenv("DTRUN_LIBDTPROBE");
	char exe[PATH_MAX], cand[3][PATH_MAX + 64];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	int nc = 0;
	size_t at = 0;

	if (env && *env) {
		snprintf(cand[nc++], sizeof(cand[0]), "%s", env);
	} else {
		char *slash = n > 0 ? (exe[n] = 0, strrchr(exe, '/')) : NULL;

		if (slash) {
			*slash = 0;
			if (*DTRUN_LIBDTPROBE_REL)
				snprintf(cand[nc++], sizeof(cand[0]), "%s/%s/libdtprobe.so.1", exe,
					 DTRUN_LIBDTPROBE_REL);
			snprintf(cand[nc++], sizeof(cand[0]), "%s/%s", exe, DTRUN_LIBDTPROBE_BUILD);
		}
		snprintf(cand[nc++], sizeof(cand[0]), "%s", DTRUN_LIBDTPROBE);
	}
	tried[0] = 0;
	for (int i = 0; i < nc; i++) {
		if (access(cand[i], R_OK) == 0)
			return strdup(cand[i]);
		if (at < len)
			at += snprintf(tried + at, len - at, "%s%s", i ? ", " : "", cand[i]);
	}
	return NULL;
}

/* sdt:::dt_probe: the dt_probe() symbol of libdtprobe, in every process. */
static int add_dt_probe(struct probes *ps)
{
	char tried[3 * PATH_MAX], *path = dt_probe_lib(tried, sizeof(tried)), *real;
	struct elf_file ef;
	struct probe *p = NULL;

	real = path ? realpath(path, NULL) : NULL;
	if (!real) {
		snprintf(ps->dt_probe_why, sizeof(ps->dt_probe_why),
			 "sdt:::dt_probe is dt_probe() of libdtprobe.so.1, which is not at %.7900s%s",
			 tried, getenv("DTRUN_LIBDTPROBE") && *getenv("DTRUN_LIBDTPROBE")
					? " ($DTRUN_LIBDTPROBE)"
					: " (install it, or name it with $DTRUN_LIBDTPROBE)");
		free(path);
		return 0;
	}
	if (uproc_elf_read(real, &ef) != 0) {
		snprintf(ps->dt_probe_why, sizeof(ps->dt_probe_why),
			 "sdt:::dt_probe is dt_probe() of libdtprobe.so.1, and %s is not an "
			 "ELF file", real);
		free(real);
		free(path);
		return 0;
	}
	for (int k = 0; k < ef.n; k++) {
		if (strcmp(ef.syms[k].name, "dt_probe"))
			continue;
		p = probes_add(ps, "sdt", prov_str(ps, uproc_base(path)), "dt_probe", "dt_probe",
			       DT_FAM_UPROBE, 0);
		if (p) {
			p->path = prov_str(ps, real);
			p->off = ef.syms[k].off;
		}
		break;
	}
	if (!p)
		snprintf(ps->dt_probe_why, sizeof(ps->dt_probe_why),
			 "sdt:::dt_probe is dt_probe() of libdtprobe.so.1, and %s has no "
			 "dt_probe symbol", real);
	uproc_elf_free(&ef);
	free(real);
	free(path);
	return 0;
}

static int names_dt_probe(const char *desc)
{
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];

	return dt_pdesc_split(desc, f) >= 0 && probes_gmatch("sdt", f[1]) &&
	       probes_gmatch("dt_probe", f[3]) && probes_gmatch("dt_probe", f[4]);
}

/*
 * A clause of a uprobe program, or a description dtrun -l -n lists, may
 * match sdt:::dt_probe.
 */
static int dt_probe_wanted(const struct meta *m, const struct dtrun_opts *o)
{
	for (int i = 0; i < o->nlist_descs; i++)
		if (names_dt_probe(o->list_descs[i]))
			return 1;
	for (int i = 0; i < m->npairs; i++) {
		const struct meta_pair *pr = &m->pairs[i];
		const struct meta_clause *cl;

		if (pr->prog >= m->nprogs || m->progs[pr->prog].fam != DT_FAM_UPROBE)
			continue;
		cl = &m->clauses[pr->clause];
		for (int d = 0; d < cl->ndesc; d++)
			if (names_dt_probe(cl->pdesc[d]))
				return 1;
	}
	return 0;
}

/* The file of libdtprobe.so.1's sdt:::dt_probe, when add_dt_probe() found it. */
static const char *dt_probe_shared(const struct probes *ps)
{
	for (int k = 0; k < ps->n; k++)
		if (ps->v[k].fam == DT_FAM_UPROBE && !strcmp(ps->v[k].prov, "sdt") &&
		    !strcmp(ps->v[k].func, "dt_probe"))
			return ps->v[k].path;
	return NULL;
}

/*
 * A listing of every probe has the -c/-p target's copies of dt_probe(), a
 * description naming sdt:::dt_probe those of every process.
 */
int prov_sdt_static(struct probes *ps, const struct meta *m, const struct dtrun_opts *o, int list)
{
	if (!m->nprogs || list || dt_probe_wanted(m, o))
		return prov_dt_probe_static(ps, o, dt_probe_shared(ps), dt_probe_wanted(m, o));
	return 0;
}

static int sdt_probes(struct probes *ps, const struct meta *m, const struct dtrun_opts *o, int list)
{
	(void)o;
	/* in every listing, so that probe IDs do not depend on the descriptions */
	if (!m->nprogs || list || prov_meta_has(m, DT_FAM_UPROBE))
		add_dt_probe(ps);
	if ((list || prov_meta_has(m, DT_FAM_RAWTP)) && add_tracepoints(ps))
		return -1;
	return 0;
}

/*
 * A description that matched nothing and could have matched
 * sdt:::dt_probe: why that probe is missing on this host, if it is.
 */
static void sdt_why_none(const struct probes *ps, const char *desc)
{
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];

	if (!ps->dt_probe_why[0] || dt_pdesc_split(desc, f) < 0)
		return;
	if (probes_gmatch("sdt", f[1]) && probes_gmatch("dt_probe", f[3]) &&
	    probes_gmatch("dt_probe", f[4]))
		dt_err("%s\n", ps->dt_probe_why);
}

/* BPF_RAW_TRACEPOINT_OPEN with a cookie (Linux 6.10); older UAPI headers lack the field. */
static int raw_tp_open(int prog_fd, const char *name, uint64_t cookie)
{
	union bpf_attr attr;
	struct {
		uint64_t name;
		uint32_t prog_fd;
		uint32_t pad;
		uint64_t cookie;
	} *r = (void *)&attr;

	_Static_assert(sizeof(attr) >= 24, "bpf_attr too small");
	memset(&attr, 0, sizeof(attr));
	r->name = (uint64_t)(uintptr_t)name;
	r->prog_fd = (uint32_t)prog_fd;
	r->cookie = cookie;
	return (int)syscall(SYS_bpf, BPF_RAW_TRACEPOINT_OPEN, &attr, sizeof(attr));
}

static int rawtp_attach_probe(struct dtrun *d, struct bpf_program *prog, int p,
			      const struct probe *pr, uint64_t cookie)
{
	int fd = raw_tp_open(bpf_program__fd(prog), pr->tp, cookie);

	(void)p;
	if (fd < 0) {
		prov_fail(pr, "raw tracepoint", errno);
		return -1;
	}
	return prov_add_fd(d, fd);
}

/*
 * -lv: an sdt probe's fields of its tracepoint's format file; a rawtp
 * probe's one uint64_t per argument of its BTF prototype (btf_trace_<name>).
 */
static void rawtp_argtypes(const struct probe *p, struct argtypes *at)
{
	struct btf *btf;
	char name[256];
	__s32 id;

	if (!strcmp(p->prov, "sdt")) {
		probeinfo_format(p->mod, p->name, 0, at);
		return;
	}
	btf = prov_vmlinux_btf();
	snprintf(name, sizeof(name), "btf_trace_%s", p->name);
	id = btf ? btf__find_by_name_kind(btf, name, BTF_KIND_TYPEDEF) : -1;
	probeinfo_uint64(at, probeinfo_btf_params(btf, id, NULL) - 1); /* less the void *__data */
}

const struct prov_ops prov_sdt = {
	.name = "sdt",
	.fams = 1u << DT_FAM_RAWTP,
	.probes = sdt_probes,
	.attach_probe = rawtp_attach_probe,
	.why_none = sdt_why_none,
	.argtypes = rawtp_argtypes,
};
