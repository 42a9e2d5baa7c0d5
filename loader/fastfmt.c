/*
 * fastfmt.c: printf() and trace() of plain integers and strings without
 * stdio, from descriptors decoded once per action.
 *
 * At a high event rate the consumer's cost is formatting: glibc's vfprintf,
 * re-parsing the D format per record, a strndup per string, strcmp of the
 * action kind.  fast_init() parses each printf format once (with the parser
 * format.c uses, runtime/dt_fmt.c) and keeps only actions whose every
 * conversion is an integer (%d %i %u %o %x %X and their h/l/ll forms, %p,
 * %c) or a string (%s) with flags, width and precision but no '*', '\''
 * or '@'; fast_item() then formats a record's item straight into the
 * consumer's line buffer.  The output is what format.c's print_conv()
 * makes glibc print for the same conversion (C99 7.19.6.1 as glibc does it):
 *   integers  sign ('-', else '+' with '+', else ' ' with ' '; signed
 *             conversions only), "0x"/"0X" with '#' for a non-zero %x/%X,
 *             a leading 0 with '#' for %o, digits zero-extended to the
 *             precision, then padded to the width: on the right with '-',
 *             with zeros after the sign with '0' and no precision, else
 *             with spaces on the left.  Values are cut to their D type's
 *             size first, and 8-byte values print as long long.
 *   %c        the low byte, padded to the width (no '0' or '#' here).
 *   %s        the string up to its NUL or its record size, cut to the
 *             precision, padded to the width (no '0', '#', '+', ' ').
 * Anything else (and any record that does not match its descriptors) goes
 * through consume.c's general path, so the fast path never guesses.
 */
#include "fastfmt.h"
#include "dtrun.h"
#include "format.h"
#include "../runtime/dt_fmt.h"

#include <stdlib.h>
#include <string.h>

enum fast_kind {
	FK_NONE,   /* general path */
	FK_PRINTF, /* printf() with fast conversions only */
	FK_TRACE,  /* trace() of one integer or string */
};

enum fc_op {
	FC_INT, /* integer in base 8, 10 or 16 */
	FC_CHR, /* %c */
	FC_STR, /* %s */
	FC_PCT, /* %% */
};

struct fast_conv {
	int lit_off, lit_len;  /* literal text before it, in the format */
	unsigned char op;      /* enum fc_op */
	unsigned char base;    /* 8, 10, 16 */
	unsigned char upper;   /* %X */
	unsigned char sign;    /* 1: signed conversion (%d %i); for DT_FP_DINT,
				  signed only if the argument is */
	unsigned flags;        /* DT_FMT_F_* */
	int width, prec;       /* 0: none */
	int arg;               /* argument index */
};

struct fast_act {
	enum fast_kind kind;
	const char *fmt;
	int nconv;
	struct fast_conv *conv;
	int tail_off;          /* literal after the last conversion */
	int nargs;
	int *off;              /* payload offset of each argument */
	size_t need;           /* payload bytes the arguments take */
};

int lbuf_reserve(struct lbuf *b, size_t n)
{
	size_t cap;
	char *p;

	if (b->len + n <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 4096;
	while (cap < b->len + n)
		cap *= 2;
	p = realloc(b->p, cap);
	if (!p)
		return -1;
	b->p = p;
	b->cap = cap;
	return 0;
}

void lbuf_put(struct lbuf *b, const char *s, size_t n)
{
	if (lbuf_reserve(b, n))
		return;
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

/* Digits of v in base, most significant first, into the end of buf; returns the count. */
static int utoa(uint64_t v, unsigned base, int upper, char *end)
{
	const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char *p = end;

	/* constant divisors: a multiply or a shift, not a div per digit */
	if (base == 10) {
		do {
			*--p = (char)('0' + v % 10);
			v /= 10;
		} while (v);
	} else {
		unsigned shift = base == 16 ? 4 : 3;

		do {
			*--p = dig[v & (base - 1)];
			v >>= shift;
		} while (v);
	}
	return (int)(end - p);
}

static void pad(struct lbuf *b, char c, int n)
{
	if (n > 0) {
		memset(b->p + b->len, c, (size_t)n);
		b->len += (size_t)n;
	}
}

/* One integer as glibc prints it with the conversion's flags (see the top). */
static void put_int(struct lbuf *b, const struct fast_conv *c, uint64_t mag, int neg, int is_signed)
{
	char digits[24], *end = digits + sizeof(digits);
	const char *prefix = "";
	int nd = utoa(mag, c->base, c->upper, end), zeros = 0, npre, total, fill;
	char sign = 0;

	if (is_signed) {
		if (neg)
			sign = '-';
		else if (c->flags & DT_FMT_F_SPOS)
			sign = '+';
		else if (c->flags & DT_FMT_F_SPACE)
			sign = ' ';
	}
	if (c->prec > nd)
		zeros = c->prec - nd;
	if (c->flags & DT_FMT_F_ALT) {
		if (c->base == 16 && mag != 0)
			prefix = c->upper ? "0X" : "0x";
		else if (c->base == 8 && zeros == 0 && end[-nd] != '0')
			zeros = 1;
	}
	npre = (sign != 0) + (int)strlen(prefix);
	total = npre + zeros + nd;
	fill = c->width > total ? c->width - total : 0;
	if (lbuf_reserve(b, (size_t)(total + fill)))
		return;
	if (fill && !(c->flags & DT_FMT_F_LEFT) &&
	    !((c->flags & DT_FMT_F_ZPAD) && c->prec == 0)) {
		pad(b, ' ', fill);
		fill = 0;
	}
	if (sign)
		b->p[b->len++] = sign;
	memcpy(b->p + b->len, prefix, strlen(prefix));
	b->len += strlen(prefix);
	if (fill && !(c->flags & DT_FMT_F_LEFT)) { /* '0' flag, no precision */
		pad(b, '0', fill);
		fill = 0;
	}
	pad(b, '0', zeros);
	memcpy(b->p + b->len, end - nd, (size_t)nd);
	b->len += (size_t)nd;
	pad(b, ' ', fill);
}

/* A string or character of n bytes, padded to the width. */
static void put_padded(struct lbuf *b, const struct fast_conv *c, const char *s, size_t n)
{
	size_t fill = c->width > 0 && (size_t)c->width > n ? (size_t)c->width - n : 0;

	if (lbuf_reserve(b, n + fill))
		return;
	if (!(c->flags & DT_FMT_F_LEFT))
		pad(b, ' ', (int)fill);
	memcpy(b->p + b->len, s, n);
	b->len += n;
	if (c->flags & DT_FMT_F_LEFT)
		pad(b, ' ', (int)fill);
}

void fast_put_int(struct lbuf *b, int64_t v, int width)
{
	struct fast_conv c = { .op = FC_INT, .base = 10, .width = width };

	put_int(b, &c, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, v < 0, 1);
}

/* An integer argument cut to its size: signed (sign-extended) or not. */
static uint64_t arg_bits(const struct meta_arg *ma, const char *p, int sext)
{
	uint64_t v;

	memcpy(&v, p, 8);
	switch (ma->kind == ARG_PTR ? 8 : ma->size) {
	case 1:
		return sext ? (uint64_t)(int64_t)(int8_t)v : (uint8_t)v;
	case 2:
		return sext ? (uint64_t)(int64_t)(int16_t)v : (uint16_t)v;
	case 4:
		return sext ? (uint64_t)(int64_t)(int32_t)v : (uint32_t)v;
	}
	return v;
}

static int is_int_arg(const struct meta_arg *ma)
{
	if (ma->kind == ARG_PTR)
		return 1;
	return (ma->kind == ARG_INT || ma->kind == ARG_UINT) &&
	       (ma->size == 1 || ma->size == 2 || ma->size == 4 || ma->size == 8);
}

/* One printf() conversion as a fast one, or -1 when it needs format.c. */
static int decode_conv(const struct dt_fmt_conv *c, const struct meta_act *a, int *ai,
		       struct fast_conv *fc)
{
	const struct dt_fmt_convinfo *ci = c->info;
	const char *o = ci->ofmt;

	memset(fc, 0, sizeof(*fc));
	fc->lit_off = c->lit_off;
	fc->lit_len = c->lit_len;
	fc->flags = c->flags;
	fc->width = c->width;
	fc->prec = c->prec > 0 ? c->prec : 0;
	if (ci->print == DT_FP_PCT) {
		fc->op = FC_PCT;
		return 0;
	}
	if (c->flags & (DT_FMT_F_DYNWIDTH | DT_FMT_F_DYNPREC | DT_FMT_F_AGG | DT_FMT_F_GROUP))
		return -1;
	if (*ai >= a->nargs)
		return -1;
	fc->arg = (*ai)++;
	if (ci->print == DT_FP_CSTR) {
		if (a->args[fc->arg].kind != ARG_STR ||
		    (c->flags & (DT_FMT_F_ZPAD | DT_FMT_F_ALT | DT_FMT_F_SPOS | DT_FMT_F_SPACE)))
			return -1;
		fc->op = FC_STR;
		return 0;
	}
	if (ci->print != DT_FP_SINT && ci->print != DT_FP_UINT && ci->print != DT_FP_DINT)
		return -1;
	if (!is_int_arg(&a->args[fc->arg]))
		return -1;
	if (strcmp(o, "c") == 0) {
		if (c->flags & (DT_FMT_F_ZPAD | DT_FMT_F_ALT | DT_FMT_F_SPOS | DT_FMT_F_SPACE))
			return -1;
		fc->op = FC_CHR;
		return 0;
	}
	fc->op = FC_INT;
	if (strcmp(o, "d") == 0 || strcmp(o, "i") == 0)
		fc->base = 10;
	else if (strcmp(o, "u") == 0)
		fc->base = 10;
	else if (strcmp(o, "o") == 0)
		fc->base = 8;
	else if (strcmp(o, "x") == 0 || strcmp(o, "X") == 0)
		fc->base = 16;
	else
		return -1;
	fc->upper = o[0] == 'X';
	if (ci->print == DT_FP_DINT)
		fc->sign = a->args[fc->arg].kind == ARG_INT;
	else
		fc->sign = ci->print == DT_FP_SINT;
	if (fc->sign && fc->base != 10)
		return -1; /* not in DTrace's table; keep the general path */
	return 0;
}

static void decode_printf(struct fast_act *fa, const struct meta_act *a)
{
	struct dt_fmt_conv c;
	struct dt_fmt_err fe;
	int pos = 0, n = 0, ai = 0, r;

	n = dt_fmt_parse(a->fmt, NULL, 0, &fe);
	if (n < 0)
		return;
	fa->conv = calloc((size_t)(n ? n : 1), sizeof(*fa->conv));
	if (!fa->conv)
		return;
	n = 0;
	while ((r = dt_fmt_next(a->fmt, &pos, n + 1, &c, &fe)) > 0)
		if (decode_conv(&c, a, &ai, &fa->conv[n++]) < 0)
			return;
	if (r < 0)
		return;
	fa->nconv = n;
	fa->tail_off = pos;
	fa->fmt = a->fmt;
	fa->kind = FK_PRINTF;
}

int fast_init(struct dtrun *d)
{
	int i, j;

	d->fast = calloc((size_t)(d->meta.nacts ? d->meta.nacts : 1), sizeof(*d->fast));
	if (!d->fast)
		return -1;
	for (i = 0; i < d->meta.nacts; i++) {
		const struct meta_act *a = &d->meta.acts[i];
		struct fast_act *fa = &d->fast[i];
		size_t off = 0;

		fa->off = calloc((size_t)(a->nargs ? a->nargs : 1), sizeof(int));
		if (!fa->off)
			return -1;
		for (j = 0; j < a->nargs; j++) {
			const struct meta_arg *ma = &a->args[j];

			if (ma->kind != ARG_STR && !is_int_arg(ma))
				break;
			fa->off[j] = (int)off;
			off += ma->kind == ARG_STR ? (((size_t)ma->size + 7) & ~(size_t)7) : 8;
		}
		if (j < a->nargs)
			continue; /* stacks, symbols, raw memory: the general path */
		fa->nargs = a->nargs;
		fa->need = off;
		if (strcmp(a->kind, "printf") == 0)
			decode_printf(fa, a);
		else if (strcmp(a->kind, "trace") == 0 && a->nargs == 1)
			fa->kind = FK_TRACE;
	}
	return 0;
}

void fast_free(struct dtrun *d)
{
	int i;

	if (!d->fast)
		return;
	for (i = 0; i < d->meta.nacts; i++) {
		free(d->fast[i].conv);
		free(d->fast[i].off);
	}
	free(d->fast);
	d->fast = NULL;
}

/*
 * trace(): format.c's dt_format_trace(): quiet, the bare value; else
 * strings as "  %-33s", integers " %Nd" with N by size and sign.
 */
static void put_trace(struct lbuf *b, const struct meta_arg *ma, const char *p, int quiet)
{
	static const int swidth[9] = { 0, 3, 5, 0, 10, 0, 0, 0, 19 };
	static const int uwidth[9] = { 0, 3, 5, 0, 10, 0, 0, 0, 20 };
	struct fast_conv c = { .op = FC_INT, .base = 10 };
	int size = ma->kind == ARG_PTR ? 8 : ma->size;
	uint64_t v;

	if (ma->kind == ARG_STR) {
		size_t n = strnlen(p, (size_t)ma->size);

		if (quiet) {
			lbuf_put(b, p, n);
		} else {
			lbuf_put(b, "  ", 2);
			c.width = 33;
			c.flags = DT_FMT_F_LEFT;
			put_padded(b, &c, p, n);
		}
		return;
	}
	if (!quiet)
		lbuf_put(b, " ", 1);
	if (ma->kind == ARG_INT) {
		v = arg_bits(ma, p, 1);
		c.width = quiet ? 0 : swidth[size];
		put_int(b, &c, (int64_t)v < 0 ? 0 - v : v, (int64_t)v < 0, 1);
	} else {
		v = arg_bits(ma, p, 0);
		c.width = quiet ? 0 : uwidth[size];
		put_int(b, &c, v, 0, 0);
	}
}

int fast_item(struct dtrun *d, struct lbuf *b, unsigned act, const char *payload, size_t len)
{
	const struct fast_act *fa;
	const struct meta_act *a;
	int i;

	if (!d->fast || act >= (unsigned)d->meta.nacts)
		return 0;
	fa = &d->fast[act];
	if (fa->kind == FK_NONE || len < fa->need)
		return 0;
	a = &d->meta.acts[act];
	if (fa->kind == FK_TRACE) {
		/* rawbytes, from -x or a setopt() before this record: hex dumps
		 * (consume.c), as dt_print_trace() reads the option each time */
		if (d->o->rawbytes)
			return 0;
		put_trace(b, &a->args[0], payload, d->o->quiet);
		return 1;
	}
	for (i = 0; i < fa->nconv; i++) {
		const struct fast_conv *c = &fa->conv[i];
		const struct meta_arg *ma = &a->args[c->arg];
		const char *p = payload + fa->off[c->arg];

		if (c->lit_len)
			lbuf_put(b, fa->fmt + c->lit_off, (size_t)c->lit_len);
		switch (c->op) {
		case FC_PCT:
			lbuf_put(b, "%", 1);
			break;
		case FC_STR: {
			size_t n = strnlen(p, (size_t)ma->size);

			if (c->prec > 0 && n > (size_t)c->prec)
				n = (size_t)c->prec;
			put_padded(b, c, p, n);
			break;
		}
		case FC_CHR: {
			char ch = (char)arg_bits(ma, p, 1);

			put_padded(b, c, &ch, 1);
			break;
		}
		case FC_INT: {
			uint64_t v = arg_bits(ma, p, c->sign);
			int wide = ma->kind == ARG_PTR || ma->size == 8;

			if (c->sign && (int64_t)v < 0)
				put_int(b, c, 0 - v, 1, 1);
			else if (c->sign || wide)
				put_int(b, c, v, 0, c->sign);
			else
				put_int(b, c, (uint32_t)v, 0, 0);
			break;
		}
		}
	}
	if (fa->fmt[fa->tail_off])
		lbuf_put(b, fa->fmt + fa->tail_off, strlen(fa->fmt + fa->tail_off));
	return 1;
}

/*
 * An item's arguments decoded per its action's descriptors into vals (at
 * most 32); strings and floats are malloc'd in strs (free them).  Returns
 * how many were decoded.
 */
int fast_decode(const struct meta_act *a, const char *payload, size_t len, struct dt_val *vals,
		char **strs)
{
	size_t off = 0;
	int i, n;

	n = a->nargs < 32 ? a->nargs : 32;
	for (i = 0; i < n; i++) {
		const struct meta_arg *ma = &a->args[i];
		size_t sz = ma->kind == ARG_STR || ma->kind >= ARG_KSTACK
				    ? ((size_t)ma->size + 7) & ~(size_t)7 : 8;

		strs[i] = NULL;
		memset(&vals[i], 0, sizeof(vals[i]));
		if (off + sz > len) {
			n = i;
			break;
		}
		vals[i].size = ma->size;
		switch (ma->kind) {
		case ARG_INT:
		case ARG_UINT:
		case ARG_PTR:
			memcpy(&vals[i].ival, payload + off, 8);
			vals[i].kind = ma->kind == ARG_PTR ? DT_VAL_PTR : DT_VAL_INT;
			vals[i].is_signed = ma->kind == ARG_INT;
			if (ma->kind == ARG_PTR)
				vals[i].size = 8;
			break;
		case ARG_RAW: /* printf("%ls", a): the array's bytes in str, size bytes */
			strs[i] = malloc(sz);
			if (strs[i])
				memcpy(strs[i], payload + off, sz);
			memcpy(&vals[i].ival, payload + off, 8);
			vals[i].kind = DT_VAL_INT;
			vals[i].str = strs[i];
			break;
		case ARG_KSYM:
		case ARG_USYM: /* printf("%a", sym(x)): the address */
		case ARG_KSTACK:
		case ARG_USTACK:
			memcpy(&vals[i].ival, payload + off, 8);
			vals[i].kind = DT_VAL_INT;
			vals[i].size = 8;
			break;
		case ARG_FLOAT: /* the raw bits, 4, 8 or 16 bytes (format.c) */
			strs[i] = malloc(16);
			if (strs[i]) {
				memset(strs[i], 0, 16);
				memcpy(strs[i], payload + off, sz < 16 ? sz : 16);
			}
			vals[i].kind = DT_VAL_FLOAT;
			vals[i].str = strs[i];
			memcpy(&vals[i].ival, payload + off, 8);
			break;
		case ARG_STR:
			strs[i] = strndup(payload + off, (size_t)ma->size);
			vals[i].kind = DT_VAL_STR;
			vals[i].str = strs[i] ? strs[i] : "";
			vals[i].size = ma->cap; /* a char array's size, or 0 */
			break;
		}
		off += sz;
	}
	return n;
}
