/*
 * probes.c: this host's probes and DTrace probe-description matching.
 *
 * Second stage of dtrun.  Descriptions are resolved here, on the host that
 * runs the object, not at compile time, against the probes the providers
 * list (prov.h: the base ones through probes_build(), then the others).
 * The result is the per-pair switch dtc_on[], the per-pair syscall bitmap
 * dtc_sys_on[][], the descriptions (DTrace's statements) each probe of a
 * pair matches where its clause has several (dtc_dsc[]), the (program,
 * probe, description) attachments of the cookie families and the "matched
 * N probes" count, one per statement and probe (dt_prog_stmt()).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "prov.h"

/* DTrace's dt_gmatch(): an empty pattern (field) matches anything. */
int probes_gmatch(const char *s, const char *p)
{
	return dt_pdesc_gmatch(s, p);
}

struct probe *probes_add(struct probes *ps, const char *prov, const char *mod, const char *func,
			 const char *name, int fam, int key)
{
	struct probe *p;

	if (ps->n >= ps->cap) {
		int cap = ps->cap ? ps->cap * 2 : 64;
		struct probe *nv = realloc(ps->v, sizeof(*nv) * cap);

		if (!nv)
			return NULL;
		ps->v = nv;
		ps->cap = cap;
	}
	p = &ps->v[ps->n];
	memset(p, 0, sizeof(*p));
	p->pid = -1;
	p->id = (unsigned)ps->n + 1;
	p->prov = prov;
	p->mod = mod;
	p->func = func;
	p->name = name;
	p->fam = fam;
	p->key = key;
	ps->n++;
	return p;
}

/*
 * IDs as DTrace assigns them: the dtrace provider's (BEGIN 1, END 2, ERROR
 * 3), the profile provider's, then with want_syscalls each syscall's entry
 * and return: the base providers, whose hooks list them here; the other
 * providers' probes follow (prov.c: prov_probes_add()).
 */
int probes_build(struct probes *ps, const struct meta *m, int want_syscalls)
{
	memset(ps, 0, sizeof(*ps));
	ps->cap = 16 + m->nprogs + 2 * DT_MAX_SYSCALLS;
	ps->v = calloc(ps->cap, sizeof(*ps->v));
	ps->sysname = calloc(DT_MAX_SYSCALLS, sizeof(*ps->sysname));
	ps->sys_entry_id = calloc(DT_MAX_SYSCALLS, sizeof(unsigned));
	ps->sys_return_id = calloc(DT_MAX_SYSCALLS, sizeof(unsigned));
	if (!ps->v || !ps->sysname || !ps->sys_entry_id || !ps->sys_return_id)
		return -1;
	ps->sys_base = -1;
	if (prov_dtrace.probes(ps, m, NULL, 0) || prov_profile.probes(ps, m, NULL, 0))
		return -1;
	return prov_syscall.probes(ps, m, NULL, want_syscalls);
}

void probes_free(struct probes *ps)
{
	free(ps->v);
	free(ps->sysname);
	free(ps->sys_entry_id);
	free(ps->sys_return_id);
	for (int i = 0; i < ps->npool; i++)
		free(ps->pool[i]);
	free(ps->pool);
	memset(ps, 0, sizeof(*ps));
}

void probes_enabling_free(struct enabling *en)
{
	free(en->on);
	free(en->sys_mask);
	free(en->clause_matches);
	free(en->att);
	free(en->dsc);
	memset(en, 0, sizeof(*en));
}

/*
 * A pid/USDT module pattern matches the object's file name or any part of
 * it that ends before a dot, as DTrace's: "libc", "libc.so" and "libc.so.6"
 * all name libc.so.6.
 */
int probes_mod_match(const char *mod, const char *pat)
{
	char buf[256];
	size_t n = strlen(mod);

	if (probes_gmatch(mod, pat))
		return 1;
	if (n >= sizeof(buf))
		return 0;
	memcpy(buf, mod, n + 1);
	for (size_t k = n; k > 0; k--) {
		if (buf[k] != '.')
			continue;
		buf[k] = '\0';
		if (probes_gmatch(buf, pat))
			return 1;
	}
	return 0;
}

int probes_desc_match(const struct probe *p, char f[DT_PDESC_NFIELDS][DT_PDESC_LEN],
		      const char *instance)
{
	return probes_gmatch(instance, f[0]) && probes_gmatch(p->prov, f[1]) &&
	       probes_mod_match(p->mod, f[2]) &&
	       (probes_gmatch(p->func, f[3]) || (p->alias && probes_gmatch(p->alias, f[3]))) &&
	       probes_gmatch(p->name, f[4]);
}

/*
 * dtrace compiles a clause as one statement per probe description
 * (dt_compile_one_clause()), numbered in program order: dt_clause_N of its
 * fault messages.  A fault record says its statement (dtc_abi.h); for one
 * that does not (a data record, an object older than statements), clause
 * c's statement where probe p fired is the count of the statements before
 * it plus the first of its descriptions p matches.
 */
unsigned probes_stmt_id(const struct meta *m, const struct probe *p, unsigned c,
			const char *instance)
{
	unsigned id = 0;
	int d;

	if (c >= (unsigned)m->nclauses)
		return c;
	for (unsigned k = 0; k < c; k++)
		id += (unsigned)m->clauses[k].ndesc;
	for (d = 0; p && d < m->clauses[c].ndesc; d++) {
		char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];

		if (dt_pdesc_split(m->clauses[c].pdesc[d], f) > 0 && probes_desc_match(p, f, instance))
			return id + (unsigned)d;
	}
	return id;
}

/* The probes of pair I's program: its family, and for profile/tick its name. */
int probes_in_prog(const struct probe *p, const struct meta *m, int prog)
{
	const struct meta_prog *pg = &m->progs[prog];

	if (p->fam != pg->fam)
		return 0;
	switch (dt_family(p->fam)->match) {
	case DT_MATCH_ALL:
		return 1;
	case DT_MATCH_NAME:
		return strcmp(p->name, pg->str) == 0;
	case DT_MATCH_PROG:
		return p->key == prog; /* one probe per program */
	}
	return 0;
}

/* "probe description X": the description's fields as DTrace prints them. */
static void desc_print(char *buf, size_t len, char f[DT_PDESC_NFIELDS][DT_PDESC_LEN], int nf)
{
	if (nf == 5 && f[0][0]) /* an empty one is no instance ("::::BEGIN") */
		snprintf(buf, len, "%s:%s:%s:%s:%s", f[0], f[1], f[2], f[3], f[4]);
	else
		snprintf(buf, len, "%s:%s:%s:%s", f[1], f[2], f[3], f[4]);
}

/*
 * Description d of pair I's clause matched probe p: appended to p's row of
 * the pair's dtc_dsc[] entries, the statements it runs in order (1-based).
 */
static void dsc_add(struct enabling *en, const struct meta_pair *pr, const struct probe *p, int d)
{
	int row = pr->dsc_rows > 1 ? p->key : 0;
	uint16_t *v;

	if (!pr->dsc_k || row < 0 || row >= pr->dsc_rows ||
	    pr->dsc_off + (row + 1) * pr->dsc_k > en->ndsc)
		return;
	v = en->dsc + pr->dsc_off + row * pr->dsc_k;
	for (int k = 0; k < pr->dsc_k; k++) {
		if (v[k] == d + 1)
			return;
		if (!v[k]) {
			v[k] = (uint16_t)(d + 1);
			return;
		}
	}
}

/* Attachment (prog, k) among those from index `from` on. */
static int att_has(const struct enabling *en, int from, int prog, int k)
{
	for (int i = en->natt - 1; i >= from; i--)
		if (en->att[i][0] == prog && en->att[i][1] == k)
			return 1;
	return 0;
}

int probes_match(const struct probes *ps, const struct meta *m, const char *instance, int zdefs,
		 struct enabling *en)
{
	int c, d, i, k;

	memset(en, 0, sizeof(*en));
	en->on = calloc(m->npairs ? m->npairs : 1, 1);
	en->sys_mask = calloc(m->npairs ? m->npairs : 1, sizeof(*en->sys_mask));
	en->clause_matches = calloc(m->nclauses ? m->nclauses : 1, sizeof(int));
	if (!en->on || !en->sys_mask || !en->clause_matches)
		return -1;
	for (i = 0; i < m->npairs; i++) {
		const struct meta_pair *pr = &m->pairs[i];
		int end = pr->dsc_off + pr->dsc_rows * pr->dsc_k;

		if (pr->dsc_k && end > en->ndsc)
			en->ndsc = end;
	}
	if (en->ndsc && !(en->dsc = calloc((size_t)en->ndsc, sizeof(*en->dsc))))
		return -1;
	for (c = 0; c < m->nclauses; c++) {
		const struct meta_clause *cl = &m->clauses[c];

		for (d = 0; d < cl->ndesc; d++) {
			char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];
			int nf = dt_pdesc_split(cl->pdesc[d], f), matched = 0;
			/* each description attaches on its own: a probe two descriptions
			 * of a clause match runs the clause twice, as DTrace's separate
			 * statements do (pid/tst.weak1: go and its weak alias _go) */
			int att0 = en->natt;

			/* another instance's clause: not enabled here, and not an error
			 * (kept to say why, should the program match nothing at all) */
			if (nf == 5 && !probes_gmatch(instance, f[0])) {
				if (!en->other_inst[0])
					desc_print(en->other_inst, sizeof(en->other_inst), f, nf);
				continue;
			}

			for (i = 0; i < m->npairs && nf > 0; i++) {
				const struct meta_pair *pr = &m->pairs[i];

				if (pr->clause != c || pr->prog >= m->nprogs)
					continue;
				for (k = 0; k < ps->n; k++) {
					const struct probe *p = &ps->v[k];

					if (!probes_in_prog(p, m, pr->prog) || !probes_desc_match(p, f, instance))
						continue;
					matched++;
					en->on[i] = 1;
					dsc_add(en, pr, p, d);
					if (dt_family(p->fam)->cookie &&
					    !att_has(en, att0, pr->prog, k)) {
						int (*na)[3] = realloc(en->att, sizeof(*na) *
									       (en->natt + 1));

						if (!na)
							return -1;
						en->att = na;
						en->att[en->natt][0] = pr->prog;
						en->att[en->natt][1] = k;
						en->att[en->natt++][2] = d;
					}
					if (dt_family(p->fam)->syscall)
						en->sys_mask[i][p->key / 64] |= 1ULL << (p->key % 64);
				}
			}
			en->clause_matches[c] += matched;
			en->total += matched;
			if (matched == 0 && !zdefs) {
				desc_print(en->unmatched, sizeof(en->unmatched), f, nf);
				en->unmatched_line = cl->line ? cl->line[d] : 0;
				en->unmatched_clause = c;
				return -1;
			}
		}
	}
	return 0;
}

const struct probe *probes_find(const struct probes *ps, const struct meta *m, int prog,
				unsigned key)
{
	const struct dt_family *f;
	int k;

	if (prog < 0 || prog >= m->nprogs || !(f = dt_family(m->progs[prog].fam)))
		return NULL;
	if (f->syscall) {
		if (key >= DT_MAX_SYSCALLS)
			return NULL;
		k = (int)(f->ret ? ps->sys_return_id[key] : ps->sys_entry_id[key]);
		return k ? &ps->v[k - 1] : NULL;
	}
	if (f->cookie)
		return key >= 1 && key <= (unsigned)ps->n ? &ps->v[key - 1] : NULL;
	for (k = 0; k < ps->n; k++) /* the program's one probe */
		if (probes_in_prog(&ps->v[k], m, prog))
			return &ps->v[k];
	return NULL;
}

/*
 * dtrace(8)'s list_stmt() on a description that matches no probe, the
 * description as given (its instance included); a description of another
 * instance matches nothing here because this host's probes are its own
 * instance's only, which the listing says.
 */
static void list_none(const struct probes *ps, char f[DT_PDESC_NFIELDS][DT_PDESC_LEN], int nf, const char *instance)
{
	char desc[700];

	desc_print(desc, sizeof(desc), f, nf);
	fprintf(stderr, "dtrace: failed to match %s: No probe matches description\n", desc);
	if (nf == 5 && !probes_gmatch(instance, f[0]))
		fprintf(stderr, "dtrace: probe description %s is another instance's: this host is "
				"instance %s (--instance NAME sets it)\n", desc, instance);
	else
		prov_why_none(ps, desc);
}

/*
 * dtrace -l -s: as dtrace(8)'s list_stmt(), each clause's descriptions in
 * program order (one statement each), every probe a description matches in
 * ID order; a probe two descriptions match is listed under both.
 */
void probes_list_enabled(const struct probes *ps, const struct meta *m, const char *instance,
			 FILE *out)
{
	fprintf(out, "%5s %10s %17s %33s %s\n", "ID", "PROVIDER", "MODULE", "FUNCTION", "NAME");
	for (int c = 0; c < m->nclauses; c++) {
		const struct meta_clause *cl = &m->clauses[c];

		for (int d = 0; d < cl->ndesc; d++) {
			char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];
			int nf = dt_pdesc_split(cl->pdesc[d], f), hits = 0;

			/* another instance's clause lists nothing here */
			if (nf < 0 || (nf == 5 && !probes_gmatch(instance, f[0])))
				continue;
			for (int k = 0; k < ps->n; k++) {
				const struct probe *p = &ps->v[k];
				int ok = 0;

				if (!probes_desc_match(p, f, instance))
					continue;
				for (int i = 0; i < m->npairs && !ok; i++)
					ok = m->pairs[i].clause == c && m->pairs[i].prog < m->nprogs &&
					     probes_in_prog(p, m, m->pairs[i].prog);
				if (!ok)
					continue;
				hits++;
				fprintf(out, "%5u %10s %17s %33s %s\n", p->id, p->prov, p->mod,
					p->func, p->name);
				if (ps->verbose)
					probes_print_info(out, p);
			}
			if (!hits) {
				fflush(out);
				list_none(ps, f, nf, instance);
			}
		}
	}
}

static void list_one(const struct probes *ps, FILE *out, const struct probe *p, int inst,
		     const char *instance)
{
	if (inst)
		fprintf(out, "%5u %10s %10s %17s %33s %s\n", p->id, instance, p->prov, p->mod,
			p->func, p->name);
	else
		fprintf(out, "%5u %10s %17s %33s %s\n", p->id, p->prov, p->mod, p->func, p->name);
	if (ps->verbose)
		probes_print_info(out, p);
}

void probes_list(const struct probes *ps, FILE *out, char **descs, int ndescs)
{
	probes_list_instance(ps, out, descs, ndescs, "host");
}

/*
 * dtrace -l: every probe in ID order, or with descriptions, as dtrace(8)'s
 * list_stmt(), each description's probes in ID order, description after
 * description (a probe two of them match is listed under both).  With an
 * instance named in a description (five fields), the listing gains an
 * INSTANCE column: this host's probes belong to `instance` only.
 */
void probes_list_instance(const struct probes *ps, FILE *out, char **descs, int ndescs,
			  const char *instance)
{
	int k, d, inst = 0;

	for (d = 0; d < ndescs; d++) {
		char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];

		inst |= dt_pdesc_split(descs[d], f) == 5 && f[DT_PD_INST][0]; /* not "::::BEGIN" */
	}
	if (inst)
		fprintf(out, "%5s %10s %10s %17s %33s %s\n", "ID", "INSTANCE", "PROVIDER", "MODULE",
			"FUNCTION", "NAME");
	else
		fprintf(out, "%5s %10s %17s %33s %s\n", "ID", "PROVIDER", "MODULE", "FUNCTION",
			"NAME");
	if (ndescs == 0)
		for (k = 0; k < ps->n; k++)
			list_one(ps, out, &ps->v[k], inst, instance);
	for (d = 0; d < ndescs; d++) {
		char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];
		int hits = 0, nf = dt_pdesc_split(descs[d], f);

		if (nf < 0)
			continue;
		for (k = 0; k < ps->n; k++)
			if (probes_desc_match(&ps->v[k], f, instance)) {
				hits++;
				list_one(ps, out, &ps->v[k], inst, instance);
			}
		if (!hits) {
			fflush(out);
			list_none(ps, f, nf, instance);
		}
	}
}
