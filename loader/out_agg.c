/*
 * out_agg.c: what dtrun's output drivers share (out.h): the buckets of a
 * distribution with the exact values each holds, aggregation keys turned
 * into frames, folded stacks and symbol text, and JSON string writing.
 *
 * Bucket bounds follow what BPF does (runtime/dtc_agg.bpf.h), which is
 * DTrace's rule:
 *   quantize()   127 words, word 63 holds 0; word 63+k (k >= 1) holds
 *                [2^(k-1), 2^k - 1], the last one up to INT64_MAX; word 62-k
 *                (k >= 0) holds [-2^k, -2^(k-1) - 1] (word 62: -1), word 0
 *                down to INT64_MIN.  DTrace's text shows each lower bound.
 *   lquantize()  word 0 below base, word i holds [base + (i-1)*step,
 *                base + i*step - 1], the last one (levels + 1) at or above
 *                base + levels*step.
 *   llquantize() a middle bin for |x| < factor^low, then bins outwards whose
 *                lower bounds in absolute value are DTrace's labels
 *                (dt_print_llquantize()); the outermost ones at or above
 *                factor^(high+1).
 */
#define _GNU_SOURCE
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "agg.h"
#include "agg_impl.h"
#include "stack.h"

#define QUANT_N 127
#define QUANT_ZERO 63

static int64_t ipow(int64_t b, int e)
{
	int64_t r = 1;

	while (e-- > 0) {
		if (b && r > INT64_MAX / b)
			return INT64_MAX;
		r *= b;
	}
	return r;
}

/*
 * llquantize(): the positive bins' lower bounds, b[k-1] for bin bin0 + k
 * (k >= 1), -1 for bins no value reaches (with low 0 and more steps than
 * the factor, one integer per bin in the first order of magnitude).
 * Returns how many.
 */
static int llq_bounds(const struct meta_agg *ag, int64_t *b, int max)
{
	int64_t factor = ag->p[0], steps = ag->p[3];
	int lmag = (int)ag->p[1], hmag = (int)ag->p[2], mag = lmag, k = 0;
	int64_t sf = factor ? steps / factor : 0, scale, step;

	if (factor < 2 || steps < 1 || sf < 1)
		return 0;
#define PUT(v)                                                                                    \
	do {                                                                                      \
		if (k < max)                                                                      \
			b[k] = (v);                                                               \
		k++;                                                                              \
	} while (0)
	PUT(ipow(factor, lmag));
	if (lmag == 0 && steps > factor) {
		for (step = 2; step <= factor; step++) {
			for (int g = 1; g < sf; g++)
				PUT(-1);
			PUT(step);
		}
		mag++;
	}
	scale = ipow(factor, mag + 1) / steps;
	for (; mag <= hmag; mag++) {
		for (step = sf + 1; step <= steps; step++)
			PUT(step * scale);
		scale *= factor;
	}
#undef PUT
	return k < max ? k : max;
}

int out_llq_nvals(const struct meta_agg *ag)
{
	int64_t b[4096];
	int n = llq_bounds(ag, b, 4096);

	return n > 0 && n < 4096 ? 2 * n + 1 : 0;
}

/* Every bucket of a distribution with its bounds (count 0); *n of them. */
static struct out_bucket *all_buckets(const struct meta_agg *ag, int *n)
{
	struct out_bucket *b = calloc((size_t)ag->nvals + 1, sizeof(*b));
	int i, nv = ag->nvals;

	*n = 0;
	if (!b)
		return NULL;
	switch (ag->func) {
	case AF_QUANTIZE:
		for (i = 0; i < QUANT_N && i < nv; i++) {
			b[i].index = i;
			if (i == QUANT_ZERO) {
				b[i].min = b[i].max = 0;
			} else if (i > QUANT_ZERO) {
				int k = i - QUANT_ZERO;
				b[i].min = (int64_t)1 << (k - 1);
				b[i].max = k == 63 ? INT64_MAX : ((int64_t)1 << k) - 1;
			} else {
				/* dt_agg_qbin(): |v| from 2^k to 2^(k+1) - 1 */
				int k = QUANT_ZERO - 1 - i;
				b[i].min = i == 0 ? INT64_MIN : -(((int64_t)1 << (k + 1)) - 1);
				b[i].max = -((int64_t)1 << k);
			}
			b[i].label = agg_quant_bucketval(i);
		}
		*n = i;
		return b;
	case AF_LQUANTIZE: {
		int64_t base = ag->p[0], step = ag->p[2];
		int levels = agg_lq_levels(ag);

		for (i = 0; i < levels + 2; i++) {
			b[i].index = i;
			if (i == 0) {
				b[i].min = INT64_MIN; /* DTrace's "< base" */
				b[i].max = base - 1;
				b[i].label = INT64_MIN;
			} else if (i == levels + 1) {
				b[i].min = base + levels * step;
				b[i].max = INT64_MAX;
				b[i].label = b[i].min;
			} else {
				b[i].min = base + (i - 1) * step;
				b[i].max = base + i * step - 1;
				b[i].label = b[i].min;
			}
		}
		*n = levels + 2;
		return b;
	}
	case AF_LLQUANTIZE: {
		int bin0 = (nv - 1) / 2, nb, k, m = 0;
		int64_t *lb = calloc((size_t)bin0 + 1, sizeof(*lb));

		if (!lb) {
			free(b);
			return NULL;
		}
		nb = llq_bounds(ag, lb, bin0);
		/* negative side, outermost first */
		for (k = nb; k >= 1; k--) {
			int64_t hi = -lb[k - 1], lo;
			int j;

			if (lb[k - 1] < 0)
				continue;
			for (j = k + 1; j <= nb && lb[j - 1] < 0; j++)
				;
			lo = j <= nb ? -(lb[j - 1] - 1) : INT64_MIN;
			b[m].index = bin0 - k;
			b[m].min = lo;
			b[m].max = hi;
			b[m].label = hi;
			m++;
		}
		b[m].index = bin0;
		b[m].min = -(lb[0] - 1);
		b[m].max = lb[0] - 1;
		b[m].label = 0;
		m++;
		for (k = 1; k <= nb; k++) {
			int j;

			if (lb[k - 1] < 0)
				continue;
			for (j = k + 1; j <= nb && lb[j - 1] < 0; j++)
				;
			b[m].index = bin0 + k;
			b[m].min = lb[k - 1];
			b[m].max = j <= nb ? lb[j - 1] - 1 : INT64_MAX;
			b[m].label = lb[k - 1];
			m++;
		}
		free(lb);
		*n = m;
		return b;
	}
	}
	free(b);
	return NULL;
}

struct out_bucket *out_buckets(const struct meta_agg *ag, const int64_t *v, int all, int *n)
{
	struct out_bucket *b = all_buckets(ag, n), *o;
	int i, first, last, m = 0;

	if (!b)
		return NULL;
	for (i = 0; i < *n; i++)
		b[i].count = b[i].index < ag->nvals ? v[b[i].index] : 0;
	if (all)
		return b;
	for (first = 0; first < *n && !b[first].count; first++)
		;
	for (last = *n - 1; last >= 0 && !b[last].count; last--)
		;
	if (first > last) { /* nothing: the zero bucket and its neighbours, as DTrace */
		for (first = 0; first < *n && !(b[first].min <= 0 && b[first].max >= 0); first++)
			;
		last = first;
	}
	if (first > 0)
		first--;
	if (last < *n - 1)
		last++;
	o = b;
	for (i = first; i <= last; i++)
		o[m++] = b[i];
	*n = m;
	return o;
}

int out_bucket_index(const struct meta_agg *ag, int64_t min)
{
	int n, r = -1;
	struct out_bucket *b = all_buckets(ag, &n);

	for (int i = 0; b && i < n; i++)
		if (b[i].min == min)
			r = b[i].index;
	free(b);
	return r;
}

char **out_stack_frames(const struct meta_arg *k, const char *p, int *n)
{
	uint64_t w[1 + 127];
	size_t nb = (size_t)k->size < sizeof(w) ? (size_t)k->size : sizeof(w);
	char *text = NULL, *s, *e, **f = NULL;
	size_t len = 0;
	FILE *m;

	*n = 0;
	memcpy(w, p, nb);
	m = open_memstream(&text, &len);
	if (!m)
		return NULL;
	stk_print_stack(m, "%s", -1, w, (int)(nb / 8) - 1, k->kind == ARG_USTACK);
	fclose(m);
	for (s = text; s && *s; s = *e ? e + 1 : e) {
		char **nf;

		e = strchrnul(s, '\n');
		while (s < e && *s == ' ')
			s++;
		if (s == e)
			continue;
		nf = realloc(f, sizeof(*f) * (size_t)(*n + 1));
		if (!nf)
			break;
		f = nf;
		f[(*n)++] = strndup(s, (size_t)(e - s));
	}
	free(text);
	return f;
}

void out_frames_free(char **f, int n)
{
	for (int i = 0; i < n; i++)
		free(f[i]);
	free(f);
}

/* FlameGraph's stackcollapse: root first, ';' between frames, no "+0x" offsets. */
char *out_fold(char **frames, int n)
{
	struct lbuf b = { 0 };
	char *r;

	for (int i = n - 1; i >= 0; i--) {
		const char *f = frames[i] ? frames[i] : "";
		const char *plus = strrchr(f, '+');
		size_t l = plus && plus[1] == '0' && plus[2] == 'x' ? (size_t)(plus - f) : strlen(f);

		if (b.len)
			lbuf_put(&b, ";", 1);
		for (size_t j = 0; j < l; j++) /* ';' and blanks would break the format */
			lbuf_put(&b, f[j] == ';' ? ":" : f[j] == ' ' ? "_" : &f[j], 1);
	}
	lbuf_put(&b, "", 1);
	r = b.p ? b.p : strdup("");
	return r;
}

char *out_sym_text(const struct meta_arg *k, const char *p)
{
	uint64_t w[2] = { 0, 0 };
	char *text = NULL, *s;
	size_t len = 0;
	FILE *m = open_memstream(&text, &len);

	if (!m)
		return NULL;
	memcpy(w, p, k->kind == ARG_USYM ? 16 : 8);
	stk_print_sym(m, "%s", k->letter, w);
	fclose(m);
	for (s = text; s && *s == ' '; s++)
		;
	if (s && s != text)
		memmove(text, s, strlen(s) + 1);
	return text;
}

/* ---- JSON -------------------------------------------------------------- */

void out_puts(struct lbuf *b, const char *s)
{
	out_put(b, s, strlen(s));
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	size_t l;
	uint32_t c;

	if (s[0] < 0x80)
		return 1;
	if ((s[0] & 0xe0) == 0xc0)
		l = 2, c = s[0] & 0x1f;
	else if ((s[0] & 0xf0) == 0xe0)
		l = 3, c = s[0] & 0x0f;
	else if ((s[0] & 0xf8) == 0xf0)
		l = 4, c = s[0] & 0x07;
	else
		return 0;
	if (l > n)
		return 0;
	for (size_t i = 1; i < l; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if ((l == 2 && c < 0x80) || (l == 3 && c < 0x800) || (l == 4 && c < 0x10000) ||
	    c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	return l;
}

/* Bytes a JSON string holds as they are: printable ASCII but '"' and '\\'
 * (the rest are escaped, or checked as UTF-8). */
static const unsigned char json_plain[256] = {
	[0x20 ... 0x21] = 1, [0x23 ... 0x5b] = 1, [0x5d ... 0x7f] = 1, /* not '"' '\\' */
};

/*
 * Eight bytes at a time while none needs a look (a byte below 0x20, at or
 * above 0x80, '"' or '\\': the bit tricks of "Bit Twiddling Hacks",
 * "determine if a word has a byte less than n"), then byte by byte.
 */
size_t out_json_plain(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t x, q, bs;

		memcpy(&x, s + i, 8);
		q = x ^ (ones * '"');
		bs = x ^ (ones * '\\');
		if ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((bs - ones) & ~bs) | x) & high)
			break;
	}
	while (i < n && json_plain[u[i]])
		i++;
	return i;
}

void out_json_escape(struct lbuf *b, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned char c = u[i];
		char esc[8];
		size_t l;

		if (json_plain[c]) {
			l = out_json_plain(s + i, n - i);
			out_put(b, s + i, l);
			i += l;
			continue;
		}
		if (c >= 0x80 && (l = utf8_len(u + i, n - i)) != 0) {
			out_put(b, s + i, l);
			i += l;
			continue;
		}
		switch (c) {
		case '"': out_put(b, "\\\"", 2); break;
		case '\\': out_put(b, "\\\\", 2); break;
		case '\n': out_put(b, "\\n", 2); break;
		case '\t': out_put(b, "\\t", 2); break;
		case '\r': out_put(b, "\\r", 2); break;
		default: /* control characters; bytes that are not UTF-8 as Latin-1 */
			snprintf(esc, sizeof(esc), "\\u%04x", c);
			out_put(b, esc, 6);
		}
		i++;
	}
}

/* The common string (nothing to escape) is scanned once and copied once. */
void out_json_str(struct lbuf *b, const char *s, size_t n)
{
	size_t l = out_json_plain(s, n);

	if (lbuf_reserve(b, l + 2))
		return;
	b->p[b->len] = '"';
	memcpy(b->p + b->len + 1, s, l);
	b->len += l + 1;
	if (l < n)
		out_json_escape(b, s + l, n - l);
	out_put(b, "\"", 1);
}

void out_json_cstr(struct lbuf *b, const char *s)
{
	out_json_str(b, s ? s : "", s ? strlen(s) : 0);
}

/* Decimal digits without stdio, two per division, written in place: the
 * JSON driver writes several per record, the metrics exposition one per
 * series.  The number of digits from the bit length (log10(2) ~ 1233/4096)
 * and one comparison, not a division per digit; four digits a 64-bit
 * division. */
void out_json_u64(struct lbuf *b, uint64_t v)
{
	static const char pairs[] = "00010203040506070809101112131415161718192021222324"
				    "25262728293031323334353637383940414243444546474849"
				    "50515253545556575859606162636465666768697071727374"
				    "75767778798081828384858687888990919293949596979899";
	static const uint64_t p10[20] = {
		1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
		100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL,
		1000000000000ULL, 10000000000000ULL, 100000000000000ULL,
		1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL,
		1000000000000000000ULL, 10000000000000000000ULL,
	};
	uint64_t x = v | 1;
	int t = ((64 - __builtin_clzll(x)) * 1233) >> 12;
	size_t nd = (size_t)(t + 1 - (x < p10[t]));
	char *e;

	if (b->cap - b->len < 20 && lbuf_reserve(b, nd))
		return;
	b->len += nd;
	e = b->p + b->len;
	while (v >= 10000) { /* four digits a 64-bit division, split in 32 bits */
		unsigned r = (unsigned)(v % 10000);

		v /= 10000;
		e -= 4;
		memcpy(e, pairs + 2 * (r / 100), 2);
		memcpy(e + 2, pairs + 2 * (r % 100), 2);
	}
	if (v >= 100) {
		unsigned r = (unsigned)(v % 100);

		v /= 100;
		e -= 2;
		memcpy(e, pairs + 2 * r, 2);
	}
	if (v >= 10) {
		e -= 2;
		memcpy(e, pairs + 2 * v, 2);
	} else {
		*--e = (char)('0' + v);
	}
}

void out_json_i64(struct lbuf *b, int64_t v)
{
	if (v < 0) {
		if (b->cap - b->len < 21 && lbuf_reserve(b, 21))
			return;
		b->p[b->len++] = '-';
		out_json_u64(b, 0 - (uint64_t)v);
		return;
	}
	out_json_u64(b, (uint64_t)v);
}
