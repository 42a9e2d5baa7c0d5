/*
 * agg_meta.c: the "agg" and "aggsum" lines of an object's metadata
 * (dtc_abi.h's grammar): each aggregation's name, function, value words,
 * parameters, key layout and the word holding its values' sum, parsed into
 * struct meta_agg (agg.h) for meta.c.
 */
#include <stdlib.h>
#include <string.h>

#include "agg.h"

static const char *const fn_names[] = {
	"count", "sum", "avg", "min", "max", "stddev", "quantize", "lquantize", "llquantize",
};

/* ---- metadata --------------------------------------------------------- */

static int parse_ll(const char **pp, long long *v)
{
	char *end;
	while (**pp == ' ')
		(*pp)++;
	*v = strtoll(*pp, &end, 10);
	if (end == *pp)
		return -1;
	*pp = end;
	return 0;
}

/* agg ID STR FUNC NVALS P0 P1 P2 P3 NKEYS KEY... */
int agg_meta_line(const char *p, struct meta *m)
{
	long long id, x;
	struct meta_agg *ag;
	const char *q;
	char *name;
	size_t nl;
	int i, off = 0;

	if (parse_ll(&p, &id) || id < 0 || id > 100000)
		return -1;
	while (*p == ' ')
		p++;
	if (*p != '"' || !(q = strchr(p + 1, '"')))
		return -1;
	nl = (size_t)(q - p - 1);
	name = strndup(p + 1, nl); /* aggregation names need no escapes */
	p = q + 1;
	if (id >= m->naggs) {
		struct meta_agg *na = realloc(m->aggs, sizeof(*na) * (size_t)(id + 1));
		if (!na) {
			free(name);
			return -1;
		}
		memset(na + m->naggs, 0, sizeof(*na) * (size_t)(id + 1 - m->naggs));
		m->aggs = na;
		m->naggs = (int)id + 1;
	}
	ag = &m->aggs[id];
	free(ag->name);
	ag->id = (int)id;
	ag->name = name;
	ag->sumw = 0;
	while (*p == ' ')
		p++;
	ag->func = -1;
	for (i = 0; i < (int)(sizeof(fn_names) / sizeof(fn_names[0])); i++) {
		size_t l = strlen(fn_names[i]);
		if (!strncmp(p, fn_names[i], l) && p[l] == ' ')
			ag->func = i;
	}
	p = strchr(p, ' ');
	if (!p || ag->func < 0)
		return -1;
	if (parse_ll(&p, &x) || x <= 0 || x > 65536)
		return -1;
	ag->nvals = (int)x;
	for (i = 0; i < 4; i++) {
		if (parse_ll(&p, &x))
			return -1;
		ag->p[i] = x;
	}
	if (parse_ll(&p, &x) || x < 0 || x > AGG_MAX_KEYS)
		return -1;
	ag->nkeys = (int)x;
	for (i = 0; i < ag->nkeys; i++) {
		struct meta_arg *k = &ag->keys[i];
		while (*p == ' ')
			p++;
		switch (*p) {
		case 'i': k->kind = ARG_INT; break;
		case 'u': k->kind = ARG_UINT; break;
		case 'p': k->kind = ARG_PTR; break;
		case 's': k->kind = ARG_STR; break;
		case 'k': k->kind = ARG_KSTACK; break;
		case 'U': k->kind = ARG_USTACK; break;
		case 'a': case 'y': case 'm': k->kind = ARG_KSYM; break;
		case 'A': case 'Y': case 'M': case 'X': k->kind = ARG_USYM; break;
		case 'r': k->kind = ARG_RAW; break;
		default: return -1;
		}
		k->letter = *p;
		p++;
		if (parse_ll(&p, &x) || x <= 0 || x > 65536)
			return -1;
		k->size = (int)x;
		ag->koff[i] = off;
		off += k->kind == ARG_INT || k->kind == ARG_UINT || k->kind == ARG_PTR
			       ? 8 : (k->size + 7) & ~7;
	}
	ag->ksize = off ? off : 8;
	return 0;
}

/*
 * aggsum ID W, after the aggregation's line: word W of its value is the sum
 * of the values given, which quantize() keeps in its word 127 and
 * lquantize() in a word after its buckets (NVALS levels + 3).
 */
int agg_meta_sum(const char *p, struct meta *m)
{
	long long id, w;
	struct meta_agg *ag;

	if (parse_ll(&p, &id) || parse_ll(&p, &w) || id < 0 || id >= m->naggs)
		return -1;
	ag = &m->aggs[id];
	if (ag->func == AF_QUANTIZE && ag->nvals == 128 && w == 127) {
		ag->sumw = 127;
		return 0;
	}
	if (ag->func == AF_LQUANTIZE && ag->p[2] > 0 && ag->p[1] > ag->p[0] &&
	    (ag->p[1] - ag->p[0]) / ag->p[2] + 3 == ag->nvals && w == ag->nvals - 1) {
		ag->sumw = (int)w;
		return 0;
	}
	return -1;
}

void agg_meta_free(struct meta *m)
{
	for (int i = 0; i < m->naggs; i++)
		free(m->aggs[i].name);
	free(m->aggs);
	m->aggs = NULL;
	m->naggs = 0;
}

