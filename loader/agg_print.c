/*
 * agg_print.c: printing aggregations as DTrace does: the default layouts
 * (dt_consume.c: dt_print_aggs(), dt_print_quantize() and friends), the
 * printa() format, and the aggregation actions consumed from the ring
 * buffer (printa, clear, trunc, normalize, denormalize).  The entries come
 * sorted from agg.c.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#include "agg_impl.h"
#include "dt_fmt.h"
#include "flame.h"
#include "out.h"
#include "stack.h"
#include "sym.h"

/* ---- printing (dt_consume.c) ------------------------------------------ */

static void rawbytes(FILE *out, const unsigned char *c, size_t n)
{
	size_t i, j;

	fprintf(out, "\n%5s      ", "");
	for (i = 0; i < 16; i++)
		fprintf(out, "  %c", "0123456789abcdef"[i]);
	fprintf(out, "  0123456789abcdef\n");
	for (i = 0; i < n; i += 16) {
		fprintf(out, "%5s%5zx:", "", i);
		for (j = i; j < i + 16 && j < n; j++)
			fprintf(out, " %02x", c[j]);
		while (j++ % 16)
			fprintf(out, "   ");
		fprintf(out, "  ");
		for (j = i; j < i + 16 && j < n; j++)
			fputc(c[j] < ' ' || c[j] > '~' ? '.' : c[j], out);
		fputc('\n', out);
	}
}

/*
 * dt_print_bytes() of a key of n bytes (c, NUL at c[n]) with width 50: a
 * NUL-terminated printable string as "  %-50s", all printable bytes the
 * same way, else (an empty string too) the n raw bytes; with the rawbytes
 * option (raw) always the raw bytes.
 */
static void print_bytes(FILE *out, const char *c, size_t n, int raw)
{
	size_t i, j;

	if (raw) {
		rawbytes(out, (const unsigned char *)c, n);
		return;
	}
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)c[i];
		if (isprint(ch) || isspace(ch) || ch == '\b' || ch == '\a')
			continue;
		if (ch == '\0' && i > 0) {
			for (j = i + 1; j < n && !c[j]; j++)
				;
			if (j == n) {
				fprintf(out, "  %-50s", c);
				return;
			}
		}
		break;
	}
	if (i == n)
		fprintf(out, "  %-50.*s", (int)n, c);
	else
		rawbytes(out, (const unsigned char *)c, n);
}

/*
 * A string key, whose record in DTrace is strsize + 1 bytes (strn), zero
 * after the string's NUL: dt_print_bytes() of those bytes.
 */
static void print_strkey(FILE *out, const char *key, size_t n, size_t strn, int raw)
{
	char *c = calloc(1, strn + 1);
	size_t i;

	if (!c)
		return;
	for (i = 0; i < strn && i < n && key[i]; i++)
		c[i] = key[i];
	print_bytes(out, c, strn, raw);
	free(c);
}

/*
 * A struct or union key of other than 1, 2, 4 or 8 bytes (those print as
 * an integer of that size, dt_print_datum()): dt_print_bytes() of its bytes.
 */
static void print_rawkey(FILE *out, const char *key, size_t n, int raw)
{
	char *c = calloc(1, n + 1);

	if (!c)
		return;
	memcpy(c, key, n);
	print_bytes(out, c, n, raw);
	free(c);
}

static void print_keys(FILE *out, const struct meta_agg *ag, const char *key, size_t strn, int raw)
{
	for (int i = 0; i < ag->nkeys; i++) {
		const struct meta_arg *k = &ag->keys[i];
		const char *p = key + ag->koff[i];
		uint64_t v;

		if (k->kind == ARG_STR) {
			print_strkey(out, p, (size_t)k->size, strn, raw);
			continue;
		}
		if (k->kind == ARG_KSTACK || k->kind == ARG_USTACK) {
			uint64_t w[1 + 127];
			size_t nb = (size_t)k->size < sizeof(w) ? (size_t)k->size : sizeof(w);
			memcpy(w, p, nb);
			stk_print_stack(out, NULL, -1, w, (int)(nb / 8) - 1, k->kind == ARG_USTACK);
			continue;
		}
		if (k->kind == ARG_KSYM || k->kind == ARG_USYM) {
			uint64_t w[2] = { 0, 0 };

			memcpy(w, p, k->kind == ARG_USYM ? 16 : 8);
			stk_print_sym(out, NULL, k->letter, w);
			continue;
		}
		if (k->kind == ARG_RAW && k->size != 1 && k->size != 2 && k->size != 4 &&
		    k->size != 8) {
			print_rawkey(out, p, (size_t)k->size, raw);
			continue;
		}
		memcpy(&v, p, 8);
		switch (k->kind == ARG_PTR ? 8 : k->size) {
		case 1: fprintf(out, " %3d", (uint8_t)v); break;
		case 2: fprintf(out, " %5d", (uint16_t)v); break;
		case 4: fprintf(out, " %8d", (int)(uint32_t)v); break;
		default: fprintf(out, " %16lld", (long long)v); break;
		}
	}
}

static void quantline(FILE *out, int64_t val, uint64_t normal, long double total, int pos,
		      int neg)
{
	static const char ats[] = "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@";
	static const char sp[] = "                                        ";
	unsigned len = 40, depth;
	long double f;
	long double a = val < 0 ? -(long double)val : (long double)val;
	/* dt_print_quantline(): (long long)val / normal, normal a uint64_t, so
	 * a negative count is divided unsigned */
	long long cnt = (long long)((uint64_t)val / normal);

	if (!neg) {
		depth = pos ? (unsigned)((a * len) / total + 0.5) : 0;
		fprintf(out, "|%s%s %-9lld\n", ats + len - depth, sp + depth, cnt);
		return;
	}
	if (!pos) {
		depth = (unsigned)((a * len) / total + 0.5);
		fprintf(out, "%s%s| %-9lld\n", sp + depth, ats + len - depth, cnt);
		return;
	}
	len /= 2;
	f = (a * len) / total;
	depth = (unsigned)(f + 0.5);
	if (val <= 0)
		fprintf(out, "%s%s|%*s %-9lld\n", sp + 20 + depth, ats + 20 + len - depth, len, "",
			cnt);
	else
		fprintf(out, "%20s|%s%s %-9lld\n", "", ats + 20 + len - depth, sp + 20 + depth,
			cnt);
}

static void dist_header(FILE *out)
{
	fprintf(out, "\n%16s %41s %-9s\n", "value", "------------- Distribution -------------",
		"count");
}

static void scan(const int64_t *d, int first, int last, long double *total, int *pos, int *neg)
{
	*total = 0;
	*pos = *neg = 0;
	for (int i = first; i <= last; i++) {
		*pos |= d[i] > 0;
		*neg |= d[i] < 0;
		*total += d[i] < 0 ? -(long double)d[i] : (long double)d[i];
	}
}

static void print_quantize(FILE *out, const int64_t *d, uint64_t normal)
{
	int first = 0, last = QUANT_NBUCKETS - 1, pos, neg, i;
	long double total;

	while (first <= last && d[first] == 0)
		first++;
	if (first > last) {
		first = QUANT_ZERO - 1;
		last = QUANT_ZERO + 1;
	} else {
		if (first > 0)
			first--;
		while (last > 0 && d[last] == 0)
			last--;
		if (last < QUANT_NBUCKETS - 1)
			last++;
	}
	scan(d, first, last, &total, &pos, &neg);
	dist_header(out);
	for (i = first; i <= last; i++) {
		fprintf(out, "%16lld ", (long long)agg_quant_bucketval(i));
		quantline(out, d[i], normal, total, pos, neg);
	}
}

static void print_lquantize(FILE *out, const struct meta_agg *ag, const int64_t *d,
			    uint64_t normal)
{
	int base = (int)ag->p[0], step = (int)ag->p[2], levels = agg_lq_levels(ag);
	int first = 0, last = levels + 1, pos, neg, i;
	long double total;
	char c[32];

	while (first <= last && d[first] == 0)
		first++;
	if (first > last) {
		first = 0;
		last = 2;
	} else {
		if (first > 0)
			first--;
		while (last > 0 && d[last] == 0)
			last--;
		if (last < levels + 1)
			last++;
	}
	scan(d, first, last, &total, &pos, &neg);
	dist_header(out);
	for (i = first; i <= last; i++) {
		if (i == 0) {
			snprintf(c, sizeof(c), "< %d", base);
			fprintf(out, "%16s ", c);
		} else if (i == levels + 1) {
			snprintf(c, sizeof(c), ">= %d", base + levels * step);
			fprintf(out, "%16s ", c);
		} else {
			fprintf(out, "%16d ", base + (i - 1) * step);
		}
		quantline(out, d[i], normal, total, pos, neg);
	}
}

static uint64_t upow(uint64_t b, int e)
{
	uint64_t r = 1;
	while (e-- > 0)
		r *= b;
	return r;
}

/* The labels of llquantize() bins, as dt_print_llquantize() writes them. */
static void print_llquantize(FILE *out, const struct meta_agg *ag, const int64_t *d,
			     uint64_t normal)
{
	int factor = (int)ag->p[0], lmag = (int)ag->p[1], hmag = (int)ag->p[2];
	int steps = (int)ag->p[3], sf = steps / factor;
	int bin0 = 1 + (hmag - lmag + 1) * (steps - sf), nbins = ag->nvals;
	int first = 0, last = nbins - 1, pad = 0, cw = 16, i, mag, step, pos, neg;
	long double total;
	uint64_t scale;
	char *c;

	while (first <= last && d[first] == 0)
		first++;
	if (first > last) {
		first = last = bin0 + 1;
	} else {
		while (d[last] == 0)
			last--;
	}
	scan(d, first, last, &total, &pos, &neg);
	dist_header(out);
	if (first > 0)
		first--;
	if (last < nbins - 1)
		last++;
	if (lmag == 0 && steps > factor)
		pad = sf;
	c = calloc((size_t)(last - first + 1 + 2 * pad), (size_t)cw);
	if (!c)
		return;
#define LABEL(I, ...)                                                                             \
	do {                                                                                      \
		if ((I) >= first - pad && (I) <= last + pad)                                      \
			snprintf(c + cw * ((I) - first + pad), (size_t)cw, __VA_ARGS__);          \
	} while (0)
	scale = upow((uint64_t)factor, lmag);
	if (scale == 1)
		LABEL(bin0, "%d", 0);
	else if (first >= bin0)
		LABEL(bin0, "< %llu", (unsigned long long)scale);
	else
		LABEL(bin0, "abs() < %llu", (unsigned long long)scale);
	LABEL(bin0 - 1, "-%llu", (unsigned long long)scale);
	LABEL(bin0 + 1, "%llu", (unsigned long long)scale);
	mag = lmag;
	i = 1;
	if (lmag == 0 && steps > factor) {
		for (step = 2; step <= factor; step++) {
			i += sf;
			LABEL(bin0 - i, "-%d", step);
			LABEL(bin0 + i, "%d", step);
		}
		mag++;
	}
	scale = upow((uint64_t)factor, mag + 1) / (uint64_t)steps;
	for (; mag <= hmag; mag++) {
		for (step = sf + 1; step <= steps; step++) {
			i++;
			LABEL(bin0 - i, "-%llu", (unsigned long long)(step * scale));
			LABEL(bin0 + i, "%llu", (unsigned long long)(step * scale));
		}
		scale *= (uint64_t)factor;
	}
	scale = upow((uint64_t)factor, hmag + 1);
	LABEL(0, "<= -%llu", (unsigned long long)scale);
	LABEL(nbins - 1, ">= %llu", (unsigned long long)scale);
#undef LABEL
	if (pad > 0) {
		int j = cw * pad;
		if (!c[j]) {
			for (i = 1; i < pad && !c[j - cw * i]; i++)
				;
			if (i < pad)
				memcpy(c + j, c + j - cw * i, (size_t)cw);
		}
		j = cw * (last - first + pad);
		if (!c[j]) {
			for (i = 1; i < pad && !c[j + cw * i]; i++)
				;
			if (i < pad)
				memcpy(c + j, c + j + cw * i, (size_t)cw);
		}
	}
	for (i = first; i <= last; i++) {
		const char *lab = c + cw * (i - first + pad);
		if (!*lab)
			continue;
		fprintf(out, "%16s ", lab);
		quantline(out, d[i], normal, total, pos, neg);
	}
	free(c);
}

/* dt_print_datum() of an aggregation value. */
static void print_value(FILE *out, const struct meta_agg *ag, const int64_t *v, uint64_t normal)
{
	switch (ag->func) {
	case AF_QUANTIZE: print_quantize(out, v, normal); break;
	case AF_LQUANTIZE: print_lquantize(out, ag, v, normal); break;
	case AF_LLQUANTIZE: print_llquantize(out, ag, v, normal); break;
	case AF_STDDEV:
		fprintf(out, " %16llu", (unsigned long long)agg_scalar(ag, v, normal));
		break;
	default: fprintf(out, " %16lld", (long long)agg_scalar(ag, v, normal)); break;
	}
}

/* ---- printa ------------------------------------------------------------ */

struct fmt_ctx {
	const struct meta_agg **ags;
	struct agg_rt **rts;
	const struct ent *e;
	int64_t **zero;
	int nags;
};

/*
 * The value of printa()'s n-th %@ conversion.  dt_printf_format() takes the
 * aggregations in order and, past the last one, converts the last one's
 * value again: printa("%@d %@x\n", @a) prints @a's value twice.  The value
 * is read as the conversion's print function reads it, normalize()'s divisor
 * applied there: count(), sum(), min() and max() by pfprint_sint() (%ld,
 * %lld: a signed division), pfprint_uint() (%u, %x, %o: unsigned) or
 * pfprint_dint() (%d, %i: signed, unsigned when the first aggregation is a
 * count(), whose uint64_t value made pfcheck_dint() turn its %@d into %llu);
 * the other conversions take the value undivided; avg() by pfprint_average(),
 * unsigned throughout (a negative sum gives a large quotient), stddev() by
 * dt_stddev().
 */
static int fmt_agg(void *ctx, int n, int print, FILE *out, struct dt_val *v)
{
	struct fmt_ctx *fc = ctx;
	const struct meta_agg *ag;
	const int64_t *d;
	uint64_t normal;
	int sgn;

	if (fc->nags <= 0)
		return -1;
	if (n >= fc->nags)
		n = fc->nags - 1;
	ag = fc->ags[n];
	d = fc->e->v[n] ? fc->e->v[n] : fc->zero[n];
	normal = fc->rts[n]->normal;
	if (ag->func >= AF_QUANTIZE) {
		print_value(out, ag, d, normal);
		return 1;
	}
	sgn = print == DT_FP_SINT || (print == DT_FP_DINT && fc->ags[0]->func != AF_COUNT);
	v->kind = DT_VAL_INT;
	v->size = 8;
	v->is_signed = sgn;
	switch (ag->func) {
	case AF_AVG:
		v->ival = d[0] ? (uint64_t)d[1] / normal / (uint64_t)d[0] : 0;
		break;
	case AF_STDDEV:
		v->ival = (uint64_t)agg_scalar(ag, d, normal);
		break;
	default:
		if (print != DT_FP_SINT && print != DT_FP_UINT && print != DT_FP_DINT)
			v->ival = (uint64_t)d[0];
		else if (!sgn)
			v->ival = (uint64_t)d[0] / normal;
		else if ((int64_t)normal == -1) /* INT64_MIN / -1 would trap */
			v->ival = 0 - (uint64_t)d[0];
		else
			v->ival = (uint64_t)(d[0] / (int64_t)normal);
		break;
	}
	return 0;
}

static void key_vals(const struct meta_agg *ag, const char *key, struct dt_val *kv, char **strs)
{
	for (int i = 0; i < ag->nkeys; i++) {
		const struct meta_arg *k = &ag->keys[i];
		const char *p = key + ag->koff[i];

		memset(&kv[i], 0, sizeof(kv[i]));
		strs[i] = NULL;
		if (k->kind == ARG_STR) {
			strs[i] = strndup(p, (size_t)k->size);
			kv[i].kind = DT_VAL_STR;
			kv[i].str = strs[i] ? strs[i] : "";
			kv[i].size = k->size;
			continue;
		}
		if (k->kind == ARG_KSTACK || k->kind == ARG_USTACK) { /* %k */
			kv[i].kind = DT_VAL_STACK;
			kv[i].str = p;
			kv[i].size = k->size / 8 - 1;
			kv[i].is_signed = k->kind == ARG_USTACK;
			continue;
		}
		if (k->kind == ARG_KSYM || k->kind == ARG_USYM) { /* %a, %A */
			uint64_t w[2] = { 0, 0 };
			char buf[1024];

			memcpy(w, p, k->kind == ARG_USYM ? 16 : 8);
			stk_sym_text(k->letter, w, buf, sizeof(buf));
			strs[i] = strdup(buf);
			kv[i].kind = DT_VAL_SYM;
			kv[i].str = strs[i] ? strs[i] : "";
			continue;
		}
		if (k->kind == ARG_RAW) { /* an array key: its bytes (%ls) */
			kv[i].kind = DT_VAL_INT;
			kv[i].str = p;
			kv[i].size = k->size;
			continue;
		}
		memcpy(&kv[i].ival, p, 8);
		kv[i].kind = k->kind == ARG_PTR ? DT_VAL_PTR : DT_VAL_INT;
		kv[i].size = k->kind == ARG_PTR ? 8 : k->size;
		kv[i].is_signed = k->kind == ARG_INT;
	}
}

/*
 * printa(fmt or NULL, @a, @b, ...): the union of the keys, each with every
 * aggregation's value (zero where it has none), sorted, printed.
 */
void agg_printa(struct dtrun *d, const char *fmt, const int *ids, int nags, int lead)
{
	struct agg_state *as = d->agg;
	const struct meta_agg *ags[32];
	struct agg_rt *rts[32];
	int64_t *zero[32];
	struct snap snaps[32];
	struct ent *ents = NULL;
	int nents = 0, cap = 0, i, j, k;
	FILE *out = d->o->out;
	struct sort_ctx sc;
	size_t strn = (size_t)meta_opt_num(&d->meta, "strsize", 256) + 1; /* a string key */

	if (nags > 32)
		nags = 32;
	if (d->o->oformat != OFMT_TEXT) {
		/* another output driver: snapshots, not text (out_json.c) */
		for (j = 0; j < nags; j++) {
			out_agg_snapshot(d, ids[j], lead ? "printa" : "exit", fmt);
			as->rt[ids[j]].printed = 1;
		}
		return;
	}
	if (d->o->stackfmt_folded && !fmt && nags == 1 &&
	    flame_agg_foldable(&d->meta.aggs[ids[0]])) {
		/* -x stackfmt=folded: "root;...;leaf VALUE" lines (flame.c) */
		flame_print_folded(d, ids[0], out);
		as->rt[ids[0]].printed = 1;
		return;
	}
	for (j = 0; j < nags; j++) {
		ags[j] = &d->meta.aggs[ids[j]];
		rts[j] = &as->rt[ids[j]];
		/* dtrace_aggregate_walk_joined()'s zero-filled data: all
		 * zero, min() and max() too */
		zero[j] = calloc((size_t)ags[j]->nvals, 8);
		agg_snapshot(d, ids[j], &snaps[j]);
	}
	/*
	 * join by key (dtrace_aggregate_walk_joined()): keys equal by
	 * dt_aggregate_keycmp(), so of the same record sizes (@a[1] and
	 * @b[1LL] are two rows); a row's key prints as the first
	 * aggregation that has it lays it out
	 */
	for (j = 0; j < nags; j++) {
		for (i = 0; i < snaps[j].n; i++) {
			const char *key = snaps[j].keys[i];
			struct ent *e = NULL;
			for (k = 0; k < nents && j; k++)
				if (!agg_keycmp(ags[ents[k].lay], ents[k].key, ags[j], key, 0, 0)) {
					e = &ents[k];
					break;
				}
			if (!e) {
				if (nents == cap) {
					struct ent *ne;
					cap = cap ? cap * 2 : 64;
					ne = realloc(ents, sizeof(*ne) * (size_t)cap);
					if (!ne)
						goto out;
					ents = ne;
				}
				e = &ents[nents++];
				e->key = snaps[j].keys[i];
				e->v = calloc((size_t)nags, sizeof(*e->v));
				e->owned = 0;
				e->lay = j;
				e->pcpu = calloc((size_t)nags, sizeof(*e->pcpu));
				if (!e->v || !e->pcpu)
					goto out;
			}
			e->v[j] = snaps[j].vals[i];
			e->pcpu[j] = snaps[j].pcpu[i];
		}
	}
	sc.ags = ags;
	sc.nags = nags;
	sc.as = as;
	sc.zero = zero;
	agg_sort(ents, (size_t)nents, &sc);
	if (!fmt && lead)
		fputc('\n', out);
	for (i = 0; i < nents; i++) {
		struct ent *e = &ents[i];
		if (fmt) {
			struct dt_val kv[AGG_MAX_KEYS];
			char *strs[AGG_MAX_KEYS], err[256];
			struct fmt_ctx fc = { ags, rts, e, zero, nags };

			key_vals(ags[e->lay], e->key, kv, strs);
			int r = dt_format_printa(out, fmt, kv, ags[e->lay]->nkeys, fmt_agg, &fc,
						 err, sizeof(err));

			if (r == DT_FORMAT_LIBC)
				consume_abort(d, err); /* as printf(): dtrace stops */
			else if (r < 0)
				dt_err("%s\n", err);
			for (k = 0; k < ags[e->lay]->nkeys; k++)
				free(strs[k]);
			if (r == DT_FORMAT_LIBC)
				break;
			continue;
		}
		print_keys(out, ags[e->lay], e->key, strn, d->o->rawbytes);
		for (j = 0; j < nags; j++) {
			print_value(out, ags[j], e->v[j] ? e->v[j] : zero[j], rts[j]->normal);
			if (as->percpu && e->pcpu[j])
				for (int c = 0; c < as->ncpus; c++) {
					int64_t *pv = e->pcpu[j] + (size_t)c * ags[j]->nvals;
					int f = ags[j]->func;
					fprintf(out, "\n    [CPU %d]", c);
					if ((f == AF_MIN || f == AF_MAX) && !pv[1])
						pv[0] = f == AF_MIN ? INT64_MAX : INT64_MIN; /* no data */
					print_value(out, ags[j], pv, rts[j]->normal);
				}
		}
		fputc('\n', out);
	}
	/* DTRACE_AGD_PRINTED is set as a row is printed (dt_print_aggs(),
	 * dt_fprinta(), dt_fprintas()): a printa() of an aggregation with no
	 * data yet leaves it to be printed at exit */
	for (j = 0; j < nags && nents > 0; j++)
		rts[j]->printed = 1;
out:
	for (i = 0; i < nents; i++) {
		free(ents[i].v);
		free(ents[i].pcpu);
		if (ents[i].owned)
			free(ents[i].key);
	}
	free(ents);
	for (j = 0; j < nags; j++) {
		agg_snap_free(&snaps[j]);
		free(zero[j]);
	}
}


/* ---- actions ------------------------------------------------------------ */

int agg_action(struct dtrun *d, const struct meta_act *a, const struct dt_val *vals, int n)
{
	struct agg_state *as = d->agg;
	int ids[32], nids = 0, i;
	const struct dt_val *arg = NULL;

	if (strcmp(a->kind, "printa") && strcmp(a->kind, "clear") && strcmp(a->kind, "trunc") &&
	    strcmp(a->kind, "normalize") && strcmp(a->kind, "denormalize"))
		return 0;
	if (!as)
		return 1;
	/* printa: every argument is an aggregation ID; the others: the first */
	for (i = 0; i < n && i < a->nargs; i++) {
		if (i == 0 || !strcmp(a->kind, "printa")) {
			if (vals[i].ival < (uint64_t)as->n && nids < 32)
				ids[nids++] = (int)vals[i].ival;
		} else {
			arg = &vals[i];
		}
	}
	if (!nids)
		return 1;
	if (!strcmp(a->kind, "printa")) {
		agg_printa(d, a->fmt && *a->fmt ? a->fmt : NULL, ids, nids, 1);
	} else if (!strcmp(a->kind, "clear")) {
		agg_clear(d, ids[0]);
		if (as->cached)
			as->cached[ids[0]] = 0; /* the next printa() reads the map */
	} else if (!strcmp(a->kind, "trunc")) {
		/* dt_trunc(): the record read signed at its size */
		int64_t keep = arg ? (int64_t)arg->ival : 0;

		if (arg && arg->size == 1)
			keep = (int8_t)keep;
		else if (arg && arg->size == 2)
			keep = (int16_t)keep;
		else if (arg && arg->size == 4)
			keep = (int32_t)keep;
		agg_trunc(d, ids[0], keep);
		if (as->cached)
			as->cached[ids[0]] = 0;
	} else if (!strcmp(a->kind, "normalize")) {
		/* dt_normalize(): the record read unsigned at its size (an
		 * int -1 is 4294967295); 0 would divide by zero: 1 */
		uint64_t nv = arg ? arg->ival : 1;

		if (arg && arg->size > 0 && arg->size < 8)
			nv &= (1ULL << (8 * arg->size)) - 1;
		as->rt[ids[0]].normal = nv ? nv : 1;
	} else if (!strcmp(a->kind, "denormalize")) {
		as->rt[ids[0]].normal = 1;
	}
	return 1;
}

void agg_print_all(struct dtrun *d)
{
	struct agg_state *as = d->agg;

	if (!as)
		return;
	/* dtrace_aggregate_print(): unprinted ones, by ID, no leading newline */
	/* sorted by aggregation first: aggsortrev reverses that order too */
	for (int k = 0; k < as->n; k++) {
		int i = as->sortrev ? as->n - 1 - k : k;
		if (!as->rt[i].printed)
			agg_printa(d, NULL, &i, 1, 0);
	}
	fflush(d->o->out);
}

void agg_print_value(FILE *out, const struct meta_agg *ag, const int64_t *v, uint64_t normal)
{
	print_value(out, ag, v, normal);
}
