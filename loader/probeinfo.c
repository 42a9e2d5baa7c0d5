/*
 * probeinfo.c: dtrace -lv, the block each listed probe gets: its probe
 * description and argument stability attributes and its argument types, in
 * dtrace(8)'s print_probe_info() layout.  Part of listing (probes.c).
 *
 * A probe's description attributes are the minimum of its provider's
 * provider, module, function and name attributes, leaving out the fields
 * the probe leaves empty (a glob to DTrace's dt_probe_info()).  The stable
 * providers (proc, sched, io) take their argument types from dt_provtab.h,
 * as dtc types args[] (translated types such as psinfo_t * included); pid
 * probes have none known, as in DTrace on Linux.  Probes of other providers
 * print no block yet.
 */
#include <stdio.h>
#include <string.h>

#include "../runtime/dt_provtab.h"
#include "dtrun.h"

enum { S_INTERNAL, S_PRIVATE, S_OBSOLETE, S_EXTERNAL, S_UNSTABLE, S_EVOLVING, S_STABLE,
       S_STANDARD };
enum { C_UNKNOWN, C_CPU, C_PLATFORM, C_GROUP, C_ISA, C_COMMON };

static const char *const stab_names[] = { "Internal", "Private",  "Obsolete", "External",
					  "Unstable", "Evolving", "Stable",   "Standard" };
static const char *const class_names[] = { "Unknown", "CPU", "Platform", "Group", "ISA",
					   "Common" };

struct attr {
	int name, data, cls;
};

/* A provider's attributes: provider, module, function, name, arguments. */
struct pattr {
	const char *prov;
	struct attr a[5];
};

static const struct pattr pattrs[] = {
	/* proc, sched and io as DTrace declares them (dt_prov_proc.c, ...) */
	{ "proc", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		    { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_EVOLVING, S_EVOLVING, C_ISA },
		    { S_EVOLVING, S_EVOLVING, C_ISA } } },
	{ "sched", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		     { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_EVOLVING, S_EVOLVING, C_ISA },
		     { S_EVOLVING, S_EVOLVING, C_ISA } } },
	{ "io", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		  { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_EVOLVING, S_EVOLVING, C_ISA },
		  { S_EVOLVING, S_EVOLVING, C_ISA } } },
	/* pid<PID> (dt_prov_uprobe.c) */
	{ "pid", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		   { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_EVOLVING, S_EVOLVING, C_ISA },
		   { S_PRIVATE, S_PRIVATE, C_UNKNOWN } } },
};

static struct attr attr_min(struct attr a, struct attr b)
{
	a.name = b.name < a.name ? b.name : a.name;
	a.data = b.data < a.data ? b.data : a.data;
	a.cls = b.cls < a.cls ? b.cls : a.cls;
	return a;
}

static void print_attr(FILE *out, const char *title, struct attr a)
{
	fprintf(out, "\n\t%s\n", title);
	fprintf(out, "\t\tIdentifier Names: %s\n", stab_names[a.name]);
	fprintf(out, "\t\tData Semantics:   %s\n", stab_names[a.data]);
	fprintf(out, "\t\tDependency Class: %s\n", class_names[a.cls]);
}

static const struct dt_stable_probe *stable_probe(const struct probe *p)
{
	if (p->fam != DT_FAM_TP)
		return NULL;
	for (size_t i = 0; i < DT_NSTABLE; i++)
		if (!strcmp(dt_stable_probes[i].prov, p->prov) &&
		    !strcmp(dt_stable_probes[i].name, p->name))
			return &dt_stable_probes[i];
	return NULL;
}

/* pid123: a pid provider probe. */
static int is_pid(const struct probe *p)
{
	const char *d = p->prov + 3;

	if ((p->fam != DT_FAM_UPROBE && p->fam != DT_FAM_URETPROBE) || strncmp(p->prov, "pid", 3) ||
	    !*d)
		return 0;
	for (; *d; d++)
		if (*d < '0' || *d > '9')
			return 0;
	return 1;
}

void probes_print_info(FILE *out, const struct probe *p)
{
	const struct dt_stable_probe *sp = stable_probe(p);
	const struct pattr *pa = NULL;
	const char *fields[3] = { p->mod, p->func, p->name };
	struct attr a;
	int argc = 0;

	for (size_t i = 0; i < sizeof(pattrs) / sizeof(pattrs[0]); i++)
		if (!strcmp(pattrs[i].prov, p->prov) || (is_pid(p) && !strcmp(pattrs[i].prov, "pid")))
			pa = &pattrs[i];
	if (!pa || (!sp && !is_pid(p)) || (sp && !sp->argtypes))
		return;
	a = pa->a[0];
	for (int i = 0; i < 3; i++)
		if (*fields[i])
			a = attr_min(a, pa->a[i + 1]);
	print_attr(out, "Probe Description Attributes", a);
	print_attr(out, "Argument Attributes", pa->a[4]);
	fprintf(out, "\n\tArgument Types\n");
	for (const char *t = sp ? sp->argtypes : ""; *t;) {
		const char *e = strstr(t, ", ");
		int len = e ? (int)(e - t) : (int)strlen(t);

		fprintf(out, "\t\targs[%d]: %.*s\n", argc++, len, t);
		t += len + (e ? 2 : 0);
	}
	if (!argc)
		fprintf(out, "\t\tNone\n");
	fprintf(out, "\n");
}
