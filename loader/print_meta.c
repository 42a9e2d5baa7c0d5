/*
 * print_meta.c: the ptype, pmember, penum and print lines of an object's
 * metadata (dtc_abi.h's grammar), parsed for meta.c into struct
 * meta_ptypes (print_meta.h), which print.c prints values by.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dtrun.h"
#include "print_meta.h"

static char *get_str(const char **pp)
{
	while (**pp == ' ')
		(*pp)++;
	return meta_parse_str(pp); /* meta.c */
}

static int get_int(const char **pp, long long *v)
{
	char *end;

	*v = strtoll(*pp, &end, 10);
	if (end == *pp)
		return -1;
	*pp = end;
	return 0;
}

static struct meta_ptypes *ptypes(struct meta *m)
{
	if (!m->ptypes)
		m->ptypes = calloc(1, sizeof(*m->ptypes));
	return m->ptypes;
}

static struct ptype *ptype_at(struct meta_ptypes *pt, long long id)
{
	if (id < 0 || id > 65535)
		return NULL;
	if (id >= pt->n) {
		struct ptype *nt = realloc(pt->t, (size_t)(id + 1) * sizeof(*nt));
		if (!nt)
			return NULL;
		memset(nt + pt->n, 0, (size_t)(id + 1 - pt->n) * sizeof(*nt));
		pt->t = nt;
		pt->n = (int)id + 1;
	}
	return &pt->t[id];
}

int print_meta_line(const char *p, struct meta *m)
{
	struct meta_ptypes *pt = ptypes(m);
	long long id, a, b, c, d, e;
	struct ptype *t;

	if (!pt)
		return -1;
	if (strncmp(p, "ptype ", 6) == 0) {
		static const char *const kinds[] = { "int", "enum", "ptr", "float", "array",
						     "struct", "union", "void" };
		size_t k;

		p += 6;
		if (get_int(&p, &id) || !(t = ptype_at(pt, id)))
			return -1;
		while (*p == ' ')
			p++;
		for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
			if (strncmp(p, kinds[k], strlen(kinds[k])) == 0 &&
			    p[strlen(kinds[k])] == ' ')
				break;
		if (k == sizeof(kinds) / sizeof(kinds[0]))
			return -1;
		t->kind = (enum pkind)k;
		p += strlen(kinds[k]);
		if (get_int(&p, &a) || get_int(&p, &b) || get_int(&p, &c) || get_int(&p, &d))
			return -1;
		t->size = (int)a;
		t->flags = (int)b;
		t->ref = (int)c;
		t->n = (int)d;
		free(t->name);
		return (t->name = get_str(&p)) ? 0 : -1;
	}
	if (strncmp(p, "pmember ", 8) == 0) {
		struct pmember *nm;
		char *name;

		p += 8;
		if (get_int(&p, &id) || !(t = ptype_at(pt, id)) || !(name = get_str(&p)))
			return -1;
		if (get_int(&p, &c) || get_int(&p, &d) || get_int(&p, &e)) {
			free(name);
			return -1;
		}
		nm = realloc(t->members, (size_t)(t->nmembers + 1) * sizeof(*nm));
		if (!nm) {
			free(name);
			return -1;
		}
		t->members = nm;
		nm[t->nmembers].name = name;
		nm[t->nmembers].type = (int)c;
		nm[t->nmembers].off_bits = (int)d;
		nm[t->nmembers].bits = (int)e;
		t->nmembers++;
		return 0;
	}
	if (strncmp(p, "penum ", 6) == 0) {
		struct penum *ne;
		char *name;

		p += 6;
		if (get_int(&p, &id) || !(t = ptype_at(pt, id)) || !(name = get_str(&p)))
			return -1;
		if (get_int(&p, &a)) {
			free(name);
			return -1;
		}
		ne = realloc(t->enums, (size_t)(t->nenums + 1) * sizeof(*ne));
		if (!ne) {
			free(name);
			return -1;
		}
		t->enums = ne;
		ne[t->nenums].name = name;
		ne[t->nenums].value = a;
		t->nenums++;
		return 0;
	}
	if (strncmp(p, "print ", 6) == 0) {
		p += 6;
		if (get_int(&p, &a) || get_int(&p, &b) || a < 0 || a > 65535 || b < 0)
			return -1;
		if (a >= pt->nacts) {
			int *na = realloc(pt->act_type, (size_t)(a + 1) * sizeof(*na));
			if (!na)
				return -1;
			memset(na + pt->nacts, 0, (size_t)(a + 1 - pt->nacts) * sizeof(*na));
			pt->act_type = na;
			pt->nacts = (int)a + 1;
		}
		pt->act_type[a] = (int)b + 1;
		return 0;
	}
	return 0;
}

void print_meta_free(struct meta *m)
{
	struct meta_ptypes *pt = m->ptypes;

	if (!pt)
		return;
	for (int i = 0; i < pt->n; i++) {
		for (int j = 0; j < pt->t[i].nmembers; j++)
			free(pt->t[i].members[j].name);
		for (int j = 0; j < pt->t[i].nenums; j++)
			free(pt->t[i].enums[j].name);
		free(pt->t[i].members);
		free(pt->t[i].enums);
		free(pt->t[i].name);
	}
	free(pt->t);
	free(pt->act_type);
	free(pt);
	m->ptypes = NULL;
}

