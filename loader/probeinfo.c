/*
 * probeinfo.c: dtrace -lv, the block each listed probe gets: its probe
 * description and argument stability attributes and its argument types, in
 * dtrace(8)'s print_probe_info() layout.  Part of listing (probes.c).
 *
 * A probe's description attributes are the minimum of its provider's
 * provider, module, function and name attributes, leaving out the fields
 * the probe leaves empty (a glob to DTrace's dt_probe_info()).  The stable
 * providers (proc, sched, io) take their argument types from dt_provtab.h,
 * as dtc types args[] (translated types such as psinfo_t * included).  The
 * others as Oracle's providers describe them: syscall and sdt probes the
 * fields of the tracepoint's tracefs format file (the common_ fields, and a
 * syscall's __syscall_nr, left out); rawtp probes one uint64_t per argument
 * of the tracepoint's BTF prototype (btf_trace_<name>); fbt entry probes one
 * uint64_t per argument of the function's BTF prototype, fbt return probes
 * uint64_t for the return offset and, unless the function is void, for its
 * value; USDT probes int<N>_t/uint<N>_t from each stapsdt argument's size
 * and sign; dtrace, profile and pid probes none.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "prov.h"

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
	/* ip as dt_prov_ip.c declares it, and tcp and udp with the same */
	{ "ip", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		  { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_EVOLVING, S_EVOLVING, C_ISA },
		  { S_EVOLVING, S_EVOLVING, C_ISA } } },
	{ "tcp", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		   { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_EVOLVING, S_EVOLVING, C_ISA },
		   { S_EVOLVING, S_EVOLVING, C_ISA } } },
	{ "udp", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		   { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_EVOLVING, S_EVOLVING, C_ISA },
		   { S_EVOLVING, S_EVOLVING, C_ISA } } },
	/* Oracle's dt_prov_lockstat.c */
	{ "lockstat", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
			{ S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_EVOLVING, S_EVOLVING, C_ISA },
			{ S_EVOLVING, S_EVOLVING, C_ISA } } },
	/* vminfo and sysinfo: the Dynamic Tracing Guide's stability tables */
	{ "vminfo", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		      { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_EVOLVING, S_EVOLVING, C_ISA },
		      { S_PRIVATE, S_PRIVATE, C_ISA } } },
	{ "sysinfo", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		       { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_EVOLVING, S_EVOLVING, C_ISA },
		       { S_PRIVATE, S_PRIVATE, C_ISA } } },
	/* pid<PID> and USDT providers (dt_prov_uprobe.c) */
	{ "pid", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		   { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_EVOLVING, S_EVOLVING, C_ISA },
		   { S_PRIVATE, S_PRIVATE, C_UNKNOWN } } },
	/* dt_prov_dtrace.c */
	{ "dtrace", { { S_STABLE, S_STABLE, C_COMMON }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		      { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_STABLE, S_STABLE, C_COMMON },
		      { S_STABLE, S_STABLE, C_COMMON } } },
	/* dt_prov_syscall.c */
	{ "syscall", { { S_EVOLVING, S_EVOLVING, C_COMMON }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		       { S_PRIVATE, S_PRIVATE, C_ISA }, { S_EVOLVING, S_EVOLVING, C_COMMON },
		       { S_PRIVATE, S_PRIVATE, C_ISA } } },
	/* dt_prov_profile.c */
	{ "profile", { { S_EVOLVING, S_EVOLVING, C_COMMON }, { S_UNSTABLE, S_UNSTABLE, C_UNKNOWN },
		       { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_EVOLVING, S_EVOLVING, C_COMMON },
		       { S_EVOLVING, S_EVOLVING, C_COMMON } } },
	/* dt_prov_rawtp.c and dt_prov_sdt.c */
	{ "rawtp", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		     { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_PRIVATE, S_PRIVATE, C_ISA },
		     { S_PRIVATE, S_PRIVATE, C_ISA } } },
	{ "sdt", { { S_EVOLVING, S_EVOLVING, C_ISA }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		   { S_PRIVATE, S_PRIVATE, C_UNKNOWN }, { S_PRIVATE, S_PRIVATE, C_ISA },
		   { S_PRIVATE, S_PRIVATE, C_ISA } } },
	/* dt_prov_fbt.c */
	{ "fbt", { { S_EVOLVING, S_EVOLVING, C_COMMON }, { S_PRIVATE, S_PRIVATE, C_UNKNOWN },
		   { S_PRIVATE, S_PRIVATE, C_ISA }, { S_EVOLVING, S_EVOLVING, C_COMMON },
		   { S_PRIVATE, S_PRIVATE, C_ISA } } },
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

void probeinfo_add(struct argtypes *at, const char *t)
{
	if (at->n < (int)(sizeof(at->v) / sizeof(at->v[0])))
		at->v[at->n++] = strdup(t);
}

/*
 * A tracefs format file's argument fields: the "field:DECL;" lines after
 * the common_ ones, `skip` more left out.  DECL less its identifier is the
 * type; array dimensions after the identifier stay ("char comm[16]" is
 * char[16]), a __data_loc tag goes ("__data_loc char[] name" is char[]).
 */
void probeinfo_format(const char *group, const char *event, int skip, struct argtypes *at)
{
	const char *ev = prov_events_dir();
	char path[512], line[1024], buf[512];
	FILE *f;

	if (!ev)
		return;
	snprintf(path, sizeof(path), "%s/%s/%s/format", ev, group, event);
	if (!(f = fopen(path, "r")))
		return;
	while (fgets(line, sizeof(line), f)) {
		char *d = strstr(line, "field:"), *e, *id, *dims;
		const char *dm;

		if (!d || !(e = strchr(d, ';')))
			continue;
		d += 6;
		*e = '\0';
		if (!strncmp(d, "__data_loc ", 11))
			d += 11;
		/* the identifier: the last word before any trailing dimensions */
		dims = e;
		while (dims > d && dims[-1] == ']') {
			while (dims > d && *--dims != '[')
				;
			while (dims > d && dims[-1] == ' ')
				dims--;
		}
		id = dims;
		while (id > d && id[-1] != ' ')
			id--;
		if (id == d || !strncmp(id, "common_", 7))
			continue;
		if (skip > 0) {
			skip--;
			continue;
		}
		for (dm = dims; *dm == ' '; dm++)
			;
		snprintf(buf, sizeof(buf), "%.*s%s", (int)(id - 1 - d), d, dm);
		probeinfo_add(at, buf);
	}
	fclose(f);
}

/*
 * The parameter count of BTF type `id`'s prototype (through typedefs, a
 * pointer or a FUNC), -1 when it has none; *is_void: it returns void.
 */
int probeinfo_btf_params(const struct btf *btf, __s32 id, int *is_void)
{
	const struct btf_type *t;

	if (!btf || id <= 0)
		return -1;
	t = btf__type_by_id(btf, id);
	while (t && (btf_is_typedef(t) || btf_is_ptr(t) || btf_is_func(t)))
		t = btf__type_by_id(btf, t->type);
	if (!t || !btf_is_func_proto(t))
		return -1;
	if (is_void)
		*is_void = t->type == 0;
	return btf_vlen(t);
}

void probeinfo_uint64(struct argtypes *at, int n)
{
	for (int i = 0; i < n; i++)
		probeinfo_add(at, "uint64_t");
}

void probes_print_info(FILE *out, const struct probe *p)
{
	const struct prov_ops *pv = prov_of(p->fam);
	const struct pattr *pa = NULL;
	const char *fields[3] = { p->mod, p->func, p->name };
	struct attr a;

	struct argtypes at = { .n = 0 };
	/* pid and USDT probes: the pid provider's attributes */
	const char *key = dt_family(p->fam)->user ? "pid" : p->prov;

	for (size_t i = 0; i < sizeof(pattrs) / sizeof(pattrs[0]); i++)
		if (!strcmp(pattrs[i].prov, key))
			pa = &pattrs[i];
	if (!pa)
		return;
	if (pv && pv->argtypes)
		pv->argtypes(p, &at);
	a = pa->a[0];
	for (int i = 0; i < 3; i++)
		if (*fields[i])
			a = attr_min(a, pa->a[i + 1]);
	print_attr(out, "Probe Description Attributes", a);
	print_attr(out, "Argument Attributes", pa->a[4]);
	fprintf(out, "\n\tArgument Types\n");
	for (int i = 0; i < at.n; i++)
		fprintf(out, "\t\targs[%d]: %s\n", i, at.v[i]);
	if (!at.n)
		fprintf(out, "\t\tNone\n");
	fprintf(out, "\n");
	for (int i = 0; i < at.n; i++)
		free(at.v[i]);
}
