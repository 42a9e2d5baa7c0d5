/*
 * fastfmt.h: the consumer's fast path for the common records (see fastfmt.c).
 *
 * consume.c renders one ring-buffer record into a line buffer (struct lbuf)
 * and writes it to the output FILE with one fwrite; printf() items whose
 * conversions are all %d %i %u %o %x %X %c %s %% (flags, width, precision,
 * no '*'), and trace() of an integer or string, are formatted here from
 * descriptors decoded once per action, without stdio.  Everything else
 * goes through format.c (which stays the reference: both print the same
 * bytes, lit tests and fmt_test compare them).
 */
#ifndef DTRUN_FASTFMT_H
#define DTRUN_FASTFMT_H

#include <stddef.h>
#include <stdint.h>

struct dtrun;

/* A growable output line; never shrinks. */
struct lbuf {
	char *p;
	size_t len, cap;
};

/* Room for n more bytes; 0, or -1 when out of memory. */
int lbuf_reserve(struct lbuf *b, size_t n);
void lbuf_put(struct lbuf *b, const char *s, size_t n);

/* Decodes every action of d->meta once (d->fast); 0 or -1 (out of memory). */
int fast_init(struct dtrun *d);
void fast_free(struct dtrun *d);

/*
 * One item of action act, appended to b when the fast path covers it:
 * returns 1 (appended), or 0 with b unchanged (use the general path).
 */
int fast_item(struct dtrun *d, struct lbuf *b, unsigned act, const char *payload, size_t len);

/* printf("%*d")-like pieces, for the probe columns. */
void fast_put_int(struct lbuf *b, int64_t v, int width);

#endif
