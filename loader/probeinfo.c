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
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "dt_attr.h"
#include "prov.h"

/* The report's block of one attribute (dtrace(8)'s print_probe_info()). */
void probeinfo_print_attr(FILE *out, const char *title, int a)
{
	fprintf(out, "\n\t%s\n", title);
	fprintf(out, "\t\tIdentifier Names: %s\n", dt_stab_name(DT_ATTR_NAME(a)));
	fprintf(out, "\t\tData Semantics:   %s\n", dt_stab_name(DT_ATTR_DATA(a)));
	fprintf(out, "\t\tDependency Class: %s\n", dt_class_name(DT_ATTR_CLASS(a)));
}

void probeinfo_add(struct argtypes *at, const char *t)
{
	if (at->n < (int)(sizeof(at->v) / sizeof(at->v[0])))
		at->v[at->n++] = strdup(t);
}

/*
 * The type words of a field's declaration (n bytes at d) into buf, less the
 * qualifiers: D's declarations drop const and volatile (dt_decl.c), so
 * DTrace lists "const char *const *" as char ** (ctf_type_name()).
 */
static void type_words(char *buf, size_t len, const char *d, size_t n)
{
	size_t o = 0;

	for (size_t i = 0; i < n && o + 2 < len;) {
		size_t w = 0;

		while (i + w < n && (isalnum((unsigned char)d[i + w]) || d[i + w] == '_'))
			w++;
		if ((w == 5 && !strncmp(d + i, "const", 5)) ||
		    (w == 8 && !strncmp(d + i, "volatile", 8))) {
			i += w;
			continue;
		}
		if (!w) { /* a blank (one, none at either end) or a '*' */
			if (d[i] != ' ' || (o && buf[o - 1] != ' '))
				buf[o++] = d[i];
			i++;
			continue;
		}
		if (o + w + 1 >= len)
			break;
		memcpy(buf + o, d + i, w);
		o += w, i += w;
	}
	while (o > 0 && buf[o - 1] == ' ')
		o--;
	buf[o] = '\0';
}

/* buf's type with dimensions dm (or its own, "char[]"): "char [16]", and an
 * array of no size (a __data_loc's) "char [0]" */
static void array_dims(char *buf, size_t len, const char *dm)
{
	char t[512], *b;
	size_t o;

	snprintf(t, sizeof(t), "%s%s", buf, dm);
	if (!(b = strchr(t, '[')))
		return;
	o = (size_t)(b - t);
	while (o > 0 && t[o - 1] == ' ')
		o--;
	snprintf(buf, len, "%.*s ", (int)o, t);
	for (o = strlen(buf); *b && o + 4 < len; b++) {
		buf[o++] = *b;
		if (*b == '[' && b[1] == ']')
			buf[o++] = '0';
	}
	buf[o] = '\0';
}

/*
 * A tracefs format file's argument fields: the "field:DECL;" lines after
 * the common_ ones, `skip` more left out.  DECL less its identifier is the
 * type; array dimensions after the identifier stay ("char comm[16]" is
 * char [16]), a __data_loc tag goes ("__data_loc char[] name" is char [0]).
 */
int probeinfo_format(const char *group, const char *event, int skip, struct argtypes *at)
{
	const char *ev = prov_events_dir();
	char path[512], line[1024], buf[512];
	FILE *f;

	if (!ev)
		return -1;
	snprintf(path, sizeof(path), "%s/%s/%s/format", ev, group, event);
	if (!(f = fopen(path, "r")))
		return -1;
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
		type_words(buf, sizeof(buf), d, (size_t)(id - 1 - d));
		/* as ctf_type_name() spells the type DTrace compiles from it:
		 * "struct robust_list_head * *" is "struct robust_list_head **";
		 * dimensions follow a blank, a __data_loc's none is [0] */
		for (char *q = buf; (q = strstr(q, "* *")) != NULL;)
			memmove(q + 1, q + 2, strlen(q + 2) + 1);
		array_dims(buf, sizeof(buf), dm);
		probeinfo_add(at, buf);
	}
	fclose(f);
	return 0;
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

/* DTrace's strisglob(): an empty field is a glob to dt_probe_info() too */
static int is_glob(const char *s)
{
	return !*s || strpbrk(s, "*?[\\") != NULL;
}

/*
 * dt_probe_info()'s block for probe p reached by a description of fields
 * f (provider, module, function, name; NULL: p's own, as -lv has them): a
 * glob or empty provider takes _dtrace_prvdesc's attributes, and a glob or
 * empty field leaves its attribute out of the minimum.
 */
static void print_info(FILE *out, const struct probe *p, const char *const f[4])
{
	const struct prov_ops *pv = prov_of(p->fam);
	const char *own[4] = { p->prov, p->mod, p->func, p->name };
	const struct dt_pattr *pa;
	int a;

	struct argtypes at = { .n = 0 };
	/* pid and USDT probes: the pid provider's attributes */
	const char *key = dt_family(p->fam)->user ? "pid" : p->prov;

	if (!f)
		f = own;
	if (!(pa = dt_pattr_find(key)))
		return;
	if (is_glob(f[0]))
		pa = &dt_pattr_unstable;
	if (pv && pv->argtypes)
		pv->argtypes(p, &at);
	a = pa->a[DT_PA_PROV];
	for (int i = 1; i < 4; i++)
		if (!is_glob(f[i]))
			a = dt_attr_min(a, pa->a[i]);
	probeinfo_print_attr(out, "Probe Description Attributes", a);
	probeinfo_print_attr(out, "Argument Attributes", pa->a[DT_PA_ARGS]);
	fprintf(out, "\n\tArgument Types\n");
	for (int i = 0; i < at.n; i++)
		fprintf(out, "\t\targs[%d]: %s\n", i, at.v[i]);
	if (!at.n)
		fprintf(out, "\t\tNone\n");
	fprintf(out, "\n");
	for (int i = 0; i < at.n; i++)
		free(at.v[i]);
}

void probes_print_info(FILE *out, const struct probe *p)
{
	print_info(out, p, NULL);
}

/*
 * dtrace -e -v (dtrace(8)'s info_stmt()): each description of clauses [c0,
 * c1) as "prov:mod:func:name", then dt_probe_info()'s block for it.  As
 * dt_probe_info(), a description several probes match has no block when
 * its provider's argument data is below Evolving and the provider is a
 * glob, or when a field of Evolving or better name stability is a glob;
 * dtrace_stmt_iter() then stops, and so does this.  instance: this host's.
 */
void probes_stmt_info(const struct probes *ps, const struct meta *m, const char *instance,
		      int c0, int c1, FILE *out)
{
	for (int c = c0; c < c1 && c < m->nclauses; c++) {
		const struct meta_clause *cl = &m->clauses[c];

		for (int d = 0; d < cl->ndesc; d++) {
			char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];
			const char *fv[4];
			const struct probe *first = NULL;
			const struct dt_pattr *pa;
			int n = 0;

			if (dt_pdesc_split(cl->pdesc[d], f) < 0)
				return;
			for (int i = 0; i < 4; i++)
				fv[i] = f[i + 1];
			fprintf(out, "\n%s:%s:%s:%s\n", fv[0], fv[1], fv[2], fv[3]);
			for (int k = 0; k < ps->n; k++)
				if (probes_desc_match(&ps->v[k], f, instance) && !n++)
					first = &ps->v[k];
			if (!first)
				return;
			pa = dt_pattr_find(dt_family(first->fam)->user ? "pid" : first->prov);
			if (n > 1 && pa &&
			    ((DT_ATTR_DATA(pa->a[DT_PA_ARGS]) < DT_STAB_EVOLVING && is_glob(fv[0])) ||
			     (DT_ATTR_NAME(pa->a[DT_PA_MOD]) >= DT_STAB_EVOLVING && is_glob(fv[1])) ||
			     (DT_ATTR_NAME(pa->a[DT_PA_FUNC]) >= DT_STAB_EVOLVING && is_glob(fv[2])) ||
			     (DT_ATTR_NAME(pa->a[DT_PA_NAME]) >= DT_STAB_EVOLVING && is_glob(fv[3]))))
				return;
			print_info(out, first, fv);
		}
	}
}
