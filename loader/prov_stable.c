/*
 * prov_stable.c: dtrun's side of the probes of runtime/dt_provtab.h (proc,
 * sched, io, lockstat, vminfo, sysinfo), part of the probes.c and run.c
 * stages: whether this kernel has their tracepoints, the one line that says
 * which one it lacks when a description finds nothing, and a probe's program
 * on its second tracepoint (dtc_p<N>_tp2, compiler/prov.c).
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <bpf/libbpf.h>

#include "../runtime/dt_provtab.h"
#include "dtrun.h"

int prov_tp_exists(const char *group, const char *event)
{
	const char *ev = prov_events_dir();
	char path[PATH_MAX];
	struct stat st;

	if (!ev)
		return 1; /* cannot tell: let the attachment say */
	snprintf(path, sizeof(path), "%s/%s/%s", ev, group, event);
	return stat(path, &st) == 0;
}

const struct dt_stable_probe *prov_stable_row(const char *prov, const char *name)
{
	for (size_t i = 0; i < DT_NSTABLE; i++) {
		const struct dt_stable_probe *sp = &dt_stable_probes[i];

		if (!strcmp(sp->prov, prov) && !strcmp(sp->name, name))
			return sp;
	}
	return NULL;
}

const char *prov_stable_missing(const struct dt_stable_probe *sp)
{
	const struct dt_stable_tp2 *t2 = dt_stable_tp2_of(sp);

	if (!prov_tp_exists(sp->group, sp->tp))
		return sp->tp;
	if (t2 && !prov_tp_exists(sp->group, t2->tp2))
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

void prov_stable_say_missing(const struct dt_stable_probe *sp, const char *tp)
{
	const char *since = tp_since(sp->group, tp);

	dt_err("%s:::%s needs the %s:%s tracepoint%s%s%s, which this kernel does not have\n",
	       sp->prov, sp->name, sp->group, tp, since ? " (" : "", since ? since : "",
	       since ? ")" : "");
}

/*
 * dtrun -l: a description (fields f) that matched nothing names, for each
 * probe of the table it reaches whose tracepoint this kernel lacks (an
 * older kernel, or one built without the feature), one line saying so.
 */
void prov_stable_why_none(char f[5][128])
{
	for (size_t i = 0; i < DT_NSTABLE; i++) {
		const struct dt_stable_probe *sp = &dt_stable_probes[i];
		const char *tp;

		if (sp->tp && probes_gmatch(sp->prov, f[1]) && probes_mod_match("vmlinux", f[2]) &&
		    probes_gmatch("", f[3]) && probes_gmatch(sp->name, f[4]) &&
		    (tp = prov_stable_missing(sp)) != NULL)
			prov_stable_say_missing(sp, tp);
	}
}

struct bpf_program *prov_stable_tp2(struct bpf_object *obj, int p)
{
	char name[32];

	snprintf(name, sizeof(name), "dtc_p%d_tp2", p);
	return bpf_object__find_program_by_name(obj, name);
}
