/*
 * merge.c: dtrun --merge FILE...: aggregations of several hosts, merged.
 *
 * Reads the NDJSON that -x oformat=json wrote on each host (out_json.c;
 * "-" is stdin), keeps each source's last snapshot of every aggregation (a
 * source is one instance on one host in one file), and merges the
 * snapshots of an aggregation by key as DTrace merges CPUs: count(), sum(),
 * avg(), stddev() and the distributions' buckets add up exactly (avg and
 * stddev from their exact count, total and sum of squares), min() and max()
 * keep the extreme.  Prints the result in DTrace's text layout (agg.c's
 * value layouts, DTrace's sort by value then key), or as aggregation
 * objects with -x oformat=json.  Objects of other types are skipped; a
 * line that is not JSON, or snapshots of one name with different functions
 * or parameters, are errors.
 *
 * A small JSON reader lives here: dtrun links only libbpf, libelf and zlib.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "out.h"
#include "agg.h"

/* ---- JSON reader -------------------------------------------------------- */

enum jt { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };

struct jv {
	enum jt t;
	__int128 i;              /* J_NUM: the integer (is_int), J_BOOL */
	int is_int;
	char *s;                 /* J_STR: bytes (len), NUL-terminated */
	size_t len;
	struct jv **v;           /* J_ARR, J_OBJ: elements / member values */
	char **k;                /* J_OBJ: member names */
	int n;
};

struct jp {
	const char *p, *end;
	int depth;
};

static void jfree(struct jv *j)
{
	if (!j)
		return;
	for (int i = 0; i < j->n; i++) {
		jfree(j->v[i]);
		if (j->k)
			free(j->k[i]);
	}
	free(j->v);
	free(j->k);
	free(j->s);
	free(j);
}

static void ws(struct jp *p)
{
	while (p->p < p->end && (*p->p == ' ' || *p->p == '\t' || *p->p == '\n' || *p->p == '\r'))
		p->p++;
}

static int put_utf8(char *o, uint32_t c)
{
	if (c < 0x80) {
		o[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (char)(0xc0 | c >> 6);
		o[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (char)(0xe0 | c >> 12);
		o[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		o[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	o[0] = (char)(0xf0 | c >> 18);
	o[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	o[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	o[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

static int hex4(const char *s, uint32_t *c)
{
	*c = 0;
	for (int i = 0; i < 4; i++) {
		char h = s[i];
		int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
			: h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
		if (d < 0)
			return -1;
		*c = *c << 4 | (uint32_t)d;
	}
	return 0;
}

/*
 * A string; \u0080..\u00ff become that one byte: out_json.c writes bytes
 * that are not UTF-8 so (valid UTF-8 it writes as it is), and this undoes it.
 */
static char *jstr(struct jp *p, size_t *len)
{
	const char *s = ++p->p;
	char *o = malloc((size_t)(p->end - s) + 1);
	size_t n = 0;

	if (!o)
		return NULL;
	while (p->p < p->end && *p->p != '"') {
		unsigned char c = (unsigned char)*p->p;

		if (c < 0x20)
			break;
		if (c != '\\') {
			o[n++] = (char)c;
			p->p++;
			continue;
		}
		if (++p->p >= p->end)
			break;
		switch (*p->p++) {
		case '"': o[n++] = '"'; break;
		case '\\': o[n++] = '\\'; break;
		case '/': o[n++] = '/'; break;
		case 'b': o[n++] = '\b'; break;
		case 'f': o[n++] = '\f'; break;
		case 'n': o[n++] = '\n'; break;
		case 'r': o[n++] = '\r'; break;
		case 't': o[n++] = '\t'; break;
		case 'u': {
			uint32_t c1, c2;

			if (p->end - p->p < 4 || hex4(p->p, &c1))
				goto bad;
			p->p += 4;
			if (c1 >= 0xd800 && c1 < 0xdc00 && p->end - p->p >= 6 && p->p[0] == '\\' &&
			    p->p[1] == 'u' && !hex4(p->p + 2, &c2) && c2 >= 0xdc00 && c2 < 0xe000) {
				p->p += 6;
				c1 = 0x10000 + ((c1 - 0xd800) << 10) + (c2 - 0xdc00);
			}
			if (c1 >= 0x80 && c1 < 0x100)
				o[n++] = (char)c1;
			else
				n += (size_t)put_utf8(o + n, c1);
			break;
		}
		default:
			goto bad;
		}
	}
	if (p->p >= p->end || *p->p != '"')
		goto bad;
	p->p++;
	o[n] = 0;
	*len = n;
	return o;
bad:
	free(o);
	return NULL;
}

static struct jv *jval(struct jp *p);

static int jpush(struct jv *j, char *k, struct jv *v)
{
	struct jv **nv = realloc(j->v, sizeof(*nv) * (size_t)(j->n + 1));
	char **nk;

	if (!nv)
		return -1;
	j->v = nv;
	if (j->t == J_OBJ) {
		nk = realloc(j->k, sizeof(*nk) * (size_t)(j->n + 1));
		if (!nk)
			return -1;
		j->k = nk;
		j->k[j->n] = k;
	}
	j->v[j->n++] = v;
	return 0;
}

static struct jv *jval(struct jp *p)
{
	struct jv *j;

	ws(p);
	if (p->p >= p->end || ++p->depth > 64)
		return NULL;
	j = calloc(1, sizeof(*j));
	if (!j)
		return NULL;
	switch (*p->p) {
	case '{':
	case '[': {
		char close = *p->p == '{' ? '}' : ']';

		j->t = close == '}' ? J_OBJ : J_ARR;
		p->p++;
		ws(p);
		if (p->p < p->end && *p->p == close) {
			p->p++;
			break;
		}
		for (;;) {
			char *k = NULL;
			struct jv *v;
			size_t kl;

			ws(p);
			if (j->t == J_OBJ) {
				if (p->p >= p->end || *p->p != '"' || !(k = jstr(p, &kl)))
					goto bad;
				ws(p);
				if (p->p >= p->end || *p->p != ':') {
					free(k);
					goto bad;
				}
				p->p++;
			}
			v = jval(p);
			if (!v || jpush(j, k, v)) {
				free(k);
				jfree(v);
				goto bad;
			}
			ws(p);
			if (p->p < p->end && *p->p == ',') {
				p->p++;
				continue;
			}
			if (p->p < p->end && *p->p == close) {
				p->p++;
				break;
			}
			goto bad;
		}
		break;
	}
	case '"':
		j->t = J_STR;
		if (!(j->s = jstr(p, &j->len)))
			goto bad;
		break;
	case 't':
	case 'f':
	case 'n': {
		static const char *const w[] = { "true", "false", "null" };
		int i = *p->p == 't' ? 0 : *p->p == 'f' ? 1 : 2;
		size_t l = strlen(w[i]);

		if ((size_t)(p->end - p->p) < l || strncmp(p->p, w[i], l))
			goto bad;
		p->p += l;
		j->t = i == 2 ? J_NULL : J_BOOL;
		j->i = i == 0;
		break;
	}
	default: {
		const char *s = p->p;
		int neg = *s == '-';
		unsigned __int128 u = 0;
		int digits = 0, over = 0;

		j->t = J_NUM;
		j->is_int = 1;
		if (neg)
			s++;
		while (s < p->end && *s >= '0' && *s <= '9') {
			if (u > (((unsigned __int128)1 << 127) - 1) / 10)
				over = 1;
			u = u * 10 + (unsigned)(*s++ - '0');
			digits++;
		}
		if (!digits)
			goto bad;
		if (s < p->end && (*s == '.' || *s == 'e' || *s == 'E')) {
			j->is_int = 0; /* a fraction: dtrun's snapshots have none */
			while (s < p->end && strchr("0123456789.eE+-", *s))
				s++;
		}
		if (over)
			j->is_int = 0;
		j->i = neg ? -(__int128)u : (__int128)u;
		p->p = s;
	}
	}
	p->depth--;
	return j;
bad:
	jfree(j);
	return NULL;
}

static struct jv *jget(const struct jv *o, const char *k)
{
	for (int i = 0; o && o->t == J_OBJ && i < o->n; i++)
		if (!strcmp(o->k[i], k))
			return o->v[i];
	return NULL;
}

static const char *jgets(const struct jv *o, const char *k)
{
	struct jv *v = jget(o, k);

	return v && v->t == J_STR ? v->s : NULL;
}

static int jgeti(const struct jv *o, const char *k, int64_t *out)
{
	struct jv *v = jget(o, k);

	if (!v || v->t != J_NUM || !v->is_int || v->i < INT64_MIN || v->i > INT64_MAX)
		return -1;
	*out = (int64_t)v->i;
	return 0;
}

/* JSON text of a value again (keys' identity and their JSON output). */
static void jwrite(struct lbuf *b, const struct jv *j)
{
	char t[48], *e;
	unsigned __int128 u;

	switch (j->t) {
	case J_NULL: out_puts(b, "null"); break;
	case J_BOOL: out_puts(b, j->i ? "true" : "false"); break;
	case J_STR: out_json_str(b, j->s, j->len); break;
	case J_NUM:
		e = t + sizeof(t);
		*--e = 0;
		u = j->i < 0 ? (unsigned __int128)(-(j->i + 1)) + 1 : (unsigned __int128)j->i;
		do {
			*--e = (char)('0' + (int)(u % 10));
			u /= 10;
		} while (u);
		if (j->i < 0)
			*--e = '-';
		out_puts(b, e);
		break;
	case J_ARR:
	case J_OBJ:
		lbuf_put(b, j->t == J_ARR ? "[" : "{", 1);
		for (int i = 0; i < j->n; i++) {
			if (i)
				lbuf_put(b, ",", 1);
			if (j->t == J_OBJ) {
				out_json_cstr(b, j->k[i]);
				lbuf_put(b, ":", 1);
			}
			jwrite(b, j->v[i]);
		}
		lbuf_put(b, j->t == J_ARR ? "]" : "}", 1);
		break;
	}
}

/* ---- merging ------------------------------------------------------------ */

struct mentry {
	struct jv *keys;         /* the first source's "keys" array (owned by its snapshot) */
	char *id;                /* its JSON text: identity */
	int64_t *v;              /* merged value, ag.nvals words (agg.h layouts) */
	unsigned __int128 sumsq; /* stddev() */
};

struct magg {
	char *name;
	struct meta_agg ag;      /* func, p[], nvals of the merged value */
	struct mentry *e;
	int n, cap;
	int order;               /* smallest aggregation-id seen: output order */
};

struct msrc {                    /* a source's last snapshot of one aggregation */
	char *src;               /* "file\ninstance\nhost\nname" */
	struct jv *obj;
	int line;
	const char *file;
};

struct merge {
	struct msrc *s;
	int ns;
	struct magg *a;
	int na;
	char **insts, **hosts;
	int ninst, nhost;
};

static const char *const fn_names[] = {
	[AF_COUNT] = "count", [AF_SUM] = "sum", [AF_AVG] = "avg", [AF_MIN] = "min",
	[AF_MAX] = "max", [AF_STDDEV] = "stddev", [AF_QUANTIZE] = "quantize",
	[AF_LQUANTIZE] = "lquantize", [AF_LLQUANTIZE] = "llquantize",
};

static int add_name(char ***v, int *n, const char *s)
{
	char **nv;

	for (int i = 0; i < *n; i++)
		if (!strcmp((*v)[i], s))
			return 0;
	nv = realloc(*v, sizeof(*nv) * (size_t)(*n + 1));
	if (!nv)
		return -1;
	*v = nv;
	nv[(*n)++] = strdup(s);
	return 0;
}

/* An aggregation's function and parameters from a snapshot; -1 if invalid. */
static int agg_shape(const struct jv *o, struct meta_agg *ag, char *err, size_t errlen)
{
	const char *fn = jgets(o, "function");
	struct jv *par = jget(o, "parameters");
	int i;

	memset(ag, 0, sizeof(*ag));
	ag->func = -1;
	for (i = 0; fn && i < (int)(sizeof(fn_names) / sizeof(fn_names[0])); i++)
		if (!strcmp(fn, fn_names[i]))
			ag->func = i;
	switch (ag->func) {
	case AF_COUNT:
	case AF_SUM: ag->nvals = 1; return 0;
	case AF_MIN:
	case AF_MAX:
	case AF_AVG: ag->nvals = 2; return 0;
	case AF_STDDEV: ag->nvals = 4; return 0;
	case AF_QUANTIZE: ag->nvals = 127; return 0;
	case AF_LQUANTIZE:
		if (!jgeti(par, "base", &ag->p[0]) && !jgeti(par, "limit", &ag->p[1]) &&
		    !jgeti(par, "step", &ag->p[2]) && ag->p[2] > 0 && ag->p[1] > ag->p[0] &&
		    (ag->p[1] - ag->p[0]) / ag->p[2] < 100000) {
			ag->nvals = (int)((ag->p[1] - ag->p[0]) / ag->p[2]) + 2;
			return 0;
		}
		break;
	case AF_LLQUANTIZE:
		if (!jgeti(par, "factor", &ag->p[0]) && !jgeti(par, "low", &ag->p[1]) &&
		    !jgeti(par, "high", &ag->p[2]) && !jgeti(par, "steps", &ag->p[3]) &&
		    ag->p[0] >= 2 && ag->p[0] <= 65536 && ag->p[1] >= 0 && ag->p[2] >= ag->p[1] &&
		    ag->p[2] < 64 && ag->p[3] >= 1 && ag->p[3] <= 65536 &&
		    (ag->nvals = out_llq_nvals(ag)) > 0)
			return 0;
		break;
	}
	snprintf(err, errlen, "aggregation %s: function %s with invalid parameters",
		 jgets(o, "aggregation-name") ? jgets(o, "aggregation-name") : "?", fn ? fn : "?");
	return -1;
}

/* Adds one entry of a snapshot ("keys" + value) to the merged aggregation. */
static int merge_entry(struct magg *m, const struct jv *ent, char *err, size_t errlen)
{
	const struct meta_agg *ag = &m->ag;
	struct jv *keys = jget(ent, "keys"), *bk;
	struct lbuf id = { 0 };
	struct mentry *e = NULL;
	int64_t x, c, t;
	int i;

	if (!keys || keys->t != J_ARR) {
		snprintf(err, errlen, "aggregation %s: an entry without keys", m->name);
		return -1;
	}
	jwrite(&id, keys);
	lbuf_put(&id, "", 1);
	for (i = 0; i < m->n; i++)
		if (!strcmp(m->e[i].id, id.p)) {
			e = &m->e[i];
			break;
		}
	if (!e) {
		if (m->n == m->cap) {
			struct mentry *ne = realloc(m->e, sizeof(*ne) * (size_t)(m->cap ? m->cap * 2 : 64));
			if (!ne)
				goto oom;
			m->e = ne;
			m->cap = m->cap ? m->cap * 2 : 64;
		}
		e = &m->e[m->n];
		memset(e, 0, sizeof(*e));
		e->v = calloc((size_t)ag->nvals, 8);
		if (!e->v)
			goto oom;
		e->id = id.p;
		id.p = NULL;
		e->keys = keys;
		m->n++;
	}
	free(id.p);
	switch (ag->func) {
	case AF_COUNT:
	case AF_SUM:
		if (jgeti(ent, fn_names[ag->func], &x))
			goto bad;
		e->v[0] += x;
		return 0;
	case AF_MIN:
	case AF_MAX:
		if (jgeti(ent, fn_names[ag->func], &x))
			goto bad;
		if (!e->v[1] || (ag->func == AF_MIN ? x < e->v[0] : x > e->v[0]))
			e->v[0] = x;
		e->v[1] = 1;
		return 0;
	case AF_AVG:
	case AF_STDDEV:
		if (jgeti(ent, "count", &c) || jgeti(ent, "total", &t))
			goto bad;
		e->v[0] += c;
		e->v[1] += t;
		if (ag->func == AF_STDDEV) {
			struct jv *sq = jget(ent, "sumsq");

			if (!sq || sq->t != J_NUM || !sq->is_int || sq->i < 0)
				goto bad;
			e->sumsq += (unsigned __int128)sq->i;
			e->v[2] = (int64_t)(uint64_t)e->sumsq;
			e->v[3] = (int64_t)(uint64_t)(e->sumsq >> 64);
		}
		return 0;
	case AF_QUANTIZE:
	case AF_LQUANTIZE:
	case AF_LLQUANTIZE:
		bk = jget(ent, "buckets");
		if (!bk || bk->t != J_ARR)
			goto bad;
		for (i = 0; i < bk->n; i++) {
			int64_t mn;
			int w;

			if (jgeti(bk->v[i], "min", &mn) || jgeti(bk->v[i], "count", &x) ||
			    (w = out_bucket_index(ag, mn)) < 0) {
				snprintf(err, errlen, "aggregation %s: a bucket that %s(%" PRId64
					 ", ...) does not have", m->name, fn_names[ag->func],
					 ag->p[0]);
				return -1;
			}
			e->v[w] += x;
		}
		return 0;
	}
bad:
	snprintf(err, errlen, "aggregation %s: an entry without its %s value", m->name,
		 fn_names[ag->func]);
	return -1;
oom:
	free(id.p);
	snprintf(err, errlen, "out of memory");
	return -1;
}

static int same_shape(const struct meta_agg *a, const struct meta_agg *b)
{
	return a->func == b->func && a->nvals == b->nvals && !memcmp(a->p, b->p, sizeof(a->p));
}

static int merge_snapshot(struct merge *mg, const struct msrc *s, char *err, size_t errlen)
{
	const char *name = jgets(s->obj, "aggregation-name");
	struct jv *data = jget(s->obj, "aggregation-data");
	struct meta_agg shape;
	struct magg *m = NULL;
	int64_t id = 0;

	if (!name || !data || data->t != J_ARR) {
		snprintf(err, errlen, "an aggregation without its name or data");
		return -1;
	}
	if (agg_shape(s->obj, &shape, err, errlen))
		return -1;
	jgeti(s->obj, "aggregation-id", &id);
	for (int i = 0; i < mg->na; i++)
		if (!strcmp(mg->a[i].name, name))
			m = &mg->a[i];
	if (m && !same_shape(&m->ag, &shape)) {
		snprintf(err, errlen, "aggregation %s is %s(...) in one snapshot and %s(...) with "
			 "other parameters or function in another", name, fn_names[m->ag.func],
			 fn_names[shape.func]);
		return -1;
	}
	if (!m) {
		struct magg *na = realloc(mg->a, sizeof(*na) * (size_t)(mg->na + 1));

		if (!na)
			return -1;
		mg->a = na;
		m = &mg->a[mg->na++];
		memset(m, 0, sizeof(*m));
		m->name = strdup(name);
		m->ag = shape;
		m->order = (int)id;
	}
	if (id < m->order)
		m->order = (int)id;
	for (int i = 0; i < data->n; i++)
		if (merge_entry(m, data->v[i], err, errlen))
			return -1;
	return 0;
}

/* ---- output ------------------------------------------------------------- */

/* One key as DTrace's printa() prints it (agg.c: print_keys()). */
static void print_key(FILE *out, const struct jv *k)
{
	const char *type = jgets(k, "type");
	struct jv *v = jget(k, "value");

	if (!type || !v)
		return;
	if (!strcmp(type, "stack") || !strcmp(type, "ustack")) {
		struct jv *fr = jget(k, !strcmp(type, "stack") ? "stack-frames" : "ustack-frames");

		if (!strcmp(type, "ustack") && (!fr || !fr->n))
			return; /* dt_print_ustack prints nothing for an empty stack */
		fputc('\n', out);
		for (int i = 0; fr && i < fr->n; i++)
			fprintf(out, "%14s%s\n", "", jgets(fr->v[i], "symbol") ? jgets(fr->v[i], "symbol")
									    : "");
		return;
	}
	if (v->t == J_STR) {
		fprintf(out, "  %-50s", v->s);
		return;
	}
	if (v->t != J_NUM)
		return;
	if (!strcmp(type, "int8") || !strcmp(type, "uint8"))
		fprintf(out, " %3d", (uint8_t)(int64_t)v->i);
	else if (!strcmp(type, "int16") || !strcmp(type, "uint16"))
		fprintf(out, " %5d", (uint16_t)(int64_t)v->i);
	else if (!strcmp(type, "int32") || !strcmp(type, "uint32"))
		fprintf(out, " %8d", (int)(uint32_t)(int64_t)v->i);
	else
		fprintf(out, " %16lld", (long long)(uint64_t)v->i);
}

/* Key order: numbers numerically, strings bytewise, by component. */
static int keycmp(const struct jv *l, const struct jv *r)
{
	for (int i = 0; i < l->n && i < r->n; i++) {
		const struct jv *a = jget(l->v[i], "value"), *b = jget(r->v[i], "value");

		if (!a || !b || a->t != b->t)
			continue;
		if (a->t == J_NUM && a->i != b->i)
			return a->i < b->i ? -1 : 1;
		if (a->t == J_STR) {
			int c = strcmp(a->s, b->s);
			if (c)
				return c < 0 ? -1 : 1;
		}
	}
	return l->n < r->n ? -1 : l->n > r->n;
}

static const struct magg *g_cmp; /* qsort() has no context argument */

static int ent_cmp(const void *a, const void *b)
{
	const struct mentry *l = a, *r = b;
	int c = agg_valcmp(&g_cmp->ag, l->v, r->v);

	return c ? c : keycmp(l->keys, r->keys);
}

static int order_cmp(const void *a, const void *b)
{
	const struct magg *l = a, *r = b;

	return l->order < r->order ? -1 : l->order > r->order;
}

static void print_text(struct merge *mg, FILE *out)
{
	for (int i = 0; i < mg->na; i++) {
		struct magg *m = &mg->a[i];

		g_cmp = m;
		if (m->n > 1)
			qsort(m->e, (size_t)m->n, sizeof(*m->e), ent_cmp);
		for (int j = 0; j < m->n; j++) {
			for (int k = 0; k < m->e[j].keys->n; k++)
				print_key(out, m->e[j].keys->v[k]);
			agg_print_value(out, &m->ag, m->e[j].v, 1);
			fputc('\n', out);
		}
	}
}

static void print_json(struct merge *mg, FILE *out)
{
	struct lbuf b = { 0 };
	struct timespec ts;
	char host[256] = "unknown";

	gethostname(host, sizeof(host) - 1);
	for (int i = 0; i < mg->na; i++) {
		struct magg *m = &mg->a[i];

		g_cmp = m;
		if (m->n > 1)
			qsort(m->e, (size_t)m->n, sizeof(*m->e), ent_cmp);
		clock_gettime(CLOCK_REALTIME, &ts);
		b.len = 0;
		out_puts(&b, "{\"schema\":");
		out_json_i64(&b, OUT_JSON_SCHEMA);
		out_puts(&b, ",\"type\":\"aggregation\",\"instance\":");
		out_json_cstr(&b, mg->ninst == 1 ? mg->insts[0] : "*");
		out_puts(&b, ",\"hostname\":");
		out_json_cstr(&b, host);
		out_puts(&b, ",\"timestamp\":");
		out_json_u64(&b, (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec);
		out_puts(&b, ",\"action\":\"merge\",\"merged-instances\":[");
		for (int k = 0; k < mg->ninst; k++) {
			if (k)
				lbuf_put(&b, ",", 1);
			out_json_cstr(&b, mg->insts[k]);
		}
		out_puts(&b, "],\"merged-hostnames\":[");
		for (int k = 0; k < mg->nhost; k++) {
			if (k)
				lbuf_put(&b, ",", 1);
			out_json_cstr(&b, mg->hosts[k]);
		}
		out_puts(&b, "],\"aggregation-id\":");
		out_json_i64(&b, m->order);
		out_puts(&b, ",\"aggregation-name\":");
		out_json_cstr(&b, m->name);
		out_puts(&b, ",\"function\":");
		out_json_cstr(&b, fn_names[m->ag.func]);
		if (m->ag.func == AF_LQUANTIZE || m->ag.func == AF_LLQUANTIZE) {
			static const char *const ln[] = { "base", "limit", "step" };
			static const char *const lln[] = { "factor", "low", "high", "steps" };
			int np = m->ag.func == AF_LQUANTIZE ? 3 : 4;

			out_puts(&b, ",\"parameters\":{");
			for (int k = 0; k < np; k++) {
				if (k)
					lbuf_put(&b, ",", 1);
				out_json_cstr(&b, np == 3 ? ln[k] : lln[k]);
				lbuf_put(&b, ":", 1);
				out_json_i64(&b, m->ag.p[k]);
			}
			lbuf_put(&b, "}", 1);
		}
		out_puts(&b, ",\"aggregation-data\":[");
		for (int j = 0; j < m->n; j++) {
			if (j)
				lbuf_put(&b, ",", 1);
			out_puts(&b, "{\"keys\":");
			jwrite(&b, m->e[j].keys);
			out_json_value(&b, &m->ag, m->e[j].v, 1);
			lbuf_put(&b, "}", 1);
		}
		out_puts(&b, "]}\n");
		fwrite(b.p, 1, b.len, out);
	}
	free(b.p);
}

/* ---- reading ------------------------------------------------------------ */

static int read_source(struct merge *mg, const char *file, char *err, size_t errlen)
{
	FILE *f = strcmp(file, "-") ? fopen(file, "r") : stdin;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int ln = 0, rc = 0;

	if (!f) {
		snprintf(err, errlen, "failed to open %s: %s", file, strerror(errno));
		return -1;
	}
	while ((n = getline(&line, &cap, f)) >= 0) {
		struct jp p = { line, line + n, 0 };
		struct jv *o;
		const char *type, *inst, *host, *name;
		int64_t sv;
		char *src;
		int i;

		ln++;
		ws(&p);
		if (p.p == p.end)
			continue; /* blank line */
		o = jval(&p);
		if (o)
			ws(&p);
		if (!o || p.p != p.end || o->t != J_OBJ) {
			snprintf(err, errlen, "%s:%d: not a JSON object (dtrun -x oformat=json writes "
				 "one per line)", file, ln);
			jfree(o);
			rc = -1;
			break;
		}
		if (jgeti(o, "schema", &sv) || sv != OUT_JSON_SCHEMA) {
			/* another schema's fields may mean something else */
			snprintf(err, errlen, "%s:%d: not schema %d of dtrun -x oformat=json (the one "
				 "this dtrun reads)", file, ln, OUT_JSON_SCHEMA);
			jfree(o);
			rc = -1;
			break;
		}
		type = jgets(o, "type");
		if (!type || strcmp(type, "aggregation")) {
			jfree(o);
			continue;
		}
		inst = jgets(o, "instance");
		host = jgets(o, "hostname");
		name = jgets(o, "aggregation-name");
		if (!inst || !host || !name) {
			snprintf(err, errlen, "%s:%d: an aggregation without instance, hostname or "
				 "aggregation-name", file, ln);
			jfree(o);
			rc = -1;
			break;
		}
		if (asprintf(&src, "%s\n%s\n%s\n%s", file, inst, host, name) < 0) {
			jfree(o);
			rc = -1;
			break;
		}
		add_name(&mg->insts, &mg->ninst, inst);
		add_name(&mg->hosts, &mg->nhost, host);
		for (i = 0; i < mg->ns && strcmp(mg->s[i].src, src); i++)
			;
		if (i == mg->ns) {
			struct msrc *ns = realloc(mg->s, sizeof(*ns) * (size_t)(mg->ns + 1));

			if (!ns) {
				free(src);
				jfree(o);
				rc = -1;
				break;
			}
			mg->s = ns;
			memset(&mg->s[mg->ns++], 0, sizeof(*ns));
		} else {
			free(src);
			src = mg->s[i].src;
			jfree(mg->s[i].obj); /* a later snapshot of the same source */
		}
		mg->s[i].src = src;
		mg->s[i].obj = o;
		mg->s[i].line = ln;
		mg->s[i].file = file;
	}
	free(line);
	if (f != stdin)
		fclose(f);
	return rc;
}

int merge_run(char **files, int nfiles, struct dtrun_opts *o)
{
	struct merge mg = { 0 };
	char err[512] = "";
	int rc = 1, i;

	if (nfiles < 1) {
		dt_err("--merge needs the files to merge (dtrun -x oformat=json output; - is "
		       "stdin)\n");
		return 2;
	}
	for (i = 0; i < nfiles; i++)
		if (read_source(&mg, files[i], err, sizeof(err))) {
			if (!err[0])
				snprintf(err, sizeof(err), "out of memory");
			goto out;
		}
	for (i = 0; i < mg.ns; i++)
		if (merge_snapshot(&mg, &mg.s[i], err, sizeof(err))) {
			dt_err("%s:%d: %s\n", mg.s[i].file, mg.s[i].line, err);
			err[0] = 0;
			rc = 1;
			goto out;
		}
	if (mg.na > 1)
		qsort(mg.a, (size_t)mg.na, sizeof(*mg.a), order_cmp);
	if (o->oformat == OFMT_JSON)
		print_json(&mg, o->out);
	else
		print_text(&mg, o->out);
	fflush(o->out);
	rc = 0;
out:
	if (rc && err[0])
		dt_err("%s\n", err);
	for (i = 0; i < mg.na; i++) {
		for (int j = 0; j < mg.a[i].n; j++) {
			free(mg.a[i].e[j].id);
			free(mg.a[i].e[j].v);
		}
		free(mg.a[i].e);
		free(mg.a[i].name);
	}
	for (i = 0; i < mg.ns; i++) {
		free(mg.s[i].src);
		jfree(mg.s[i].obj);
	}
	for (i = 0; i < mg.ninst; i++)
		free(mg.insts[i]);
	for (i = 0; i < mg.nhost; i++)
		free(mg.hosts[i]);
	free(mg.insts);
	free(mg.hosts);
	free(mg.a);
	free(mg.s);
	return rc;
}
