/*
 * out.h: dtrun's output drivers besides DTrace's text.
 *
 * One consumer (consume.c, agg.c) decodes what BPF recorded; a driver only
 * formats it:
 *   out_agg.c   what drivers share: quantize/lquantize/llquantize buckets
 *               with their exact bounds, aggregation keys as typed values,
 *               stacks as frames or folded text, JSON strings
 *   out_json.c  -x oformat=json (dtrun -O json): NDJSON, schema in README
 *   merge.c     dtrun --merge a.json b.json: several hosts' snapshots merged
 *   metrics.c   --metrics ADDR:PORT, --metrics-textfile DIR: Prometheus and
 *               OpenMetrics exposition of every aggregation
 *   flame.c     -x stackfmt=folded, --folded FILE, --flamegraph FILE.svg
 */
#ifndef DTRUN_OUT_H
#define DTRUN_OUT_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "dtrun.h"
#include "fastfmt.h"

enum { OFMT_TEXT, OFMT_JSON };

#define OUT_JSON_SCHEMA 1 /* "schema" of every object (README: JSON output) */

struct meta_agg;
struct probe;

/* ---- out_agg.c ---- */

/* One bucket of a distribution: it holds the values min..max (inclusive). */
struct out_bucket {
	int index;               /* word of the aggregation's value */
	int64_t min, max;
	int64_t label;           /* the number DTrace's text layout shows (its lower bound) */
	int64_t count;
};

/*
 * The buckets of a quantize(), lquantize() or llquantize() value, ascending:
 * every bucket (all != 0), or the rows DTrace's text layout prints (the
 * non-zero range and one zero bucket on each side).  A malloc'd array, its
 * length in *n; NULL when out of memory.
 */
struct out_bucket *out_buckets(const struct meta_agg *ag, const int64_t *v, int all, int *n);
/* The value word a bucket with lower bound min has; -1 if none. */
int out_bucket_index(const struct meta_agg *ag, int64_t min);

/* A stack key's frames ("mod`func+0x1a"), malloc'd; *n frames, leaf first. */
char **out_stack_frames(const struct meta_arg *k, const char *p, int *n);
void out_frames_free(char **f, int n);
/* Frames folded, root first, offsets dropped: "root;...;leaf" (malloc'd). */
char *out_fold(char **frames, int n);
/* A sym()/func()/mod()/usym()... key or value as DTrace prints it (malloc'd). */
char *out_sym_text(const struct meta_arg *k, const char *p);

/* lbuf_put() inlined where the room is there: the JSON driver's many small pieces */
static inline void out_put(struct lbuf *b, const char *s, size_t n)
{
	if (b->len + n <= b->cap) {
		memcpy(b->p + b->len, s, n);
		b->len += n;
	} else {
		lbuf_put(b, s, n);
	}
}
#define OUT_LIT(b, lit) out_put(b, lit, sizeof(lit) - 1) /* a literal: no strlen() */

/* JSON: a string with its quotes, any bytes (invalid UTF-8 as \u00XX). */
void out_json_str(struct lbuf *b, const char *s, size_t n);
/* How many of s's first bytes a JSON string holds as they are. */
size_t out_json_plain(const char *s, size_t n);
/* s's bytes as the inside of a JSON string (no quotes), escaped where needed. */
void out_json_escape(struct lbuf *b, const char *s, size_t n);
void out_json_cstr(struct lbuf *b, const char *s);
void out_json_i64(struct lbuf *b, int64_t v);
void out_json_u64(struct lbuf *b, uint64_t v);
void out_puts(struct lbuf *b, const char *s);

/* ---- out_json.c ---- */

/* A probe record as one JSON object; items with no JSON form (print(),
 * tracemem(), system(), the aggregation actions, exit()) go through
 * text_item, the consumer's text path (consume_print_item()). */
int out_json_record(struct dtrun *d, const struct dt_rec_hdr *h, const void *data,
		    void (*text_item)(struct dtrun *d, const struct dt_item *it,
				      const char *payload, size_t len));
void out_json_error(struct dtrun *d, const struct dt_rec_hdr *h, const struct probe *p,
		    uint64_t fault, const char *fault_name, uint64_t addr, uint64_t pc,
		    const char *msg);
/* A drop report (k: DT_STAT_*, cpu -1: summed over CPUs); nothing in text mode. */
void out_json_drop(struct dtrun *d, unsigned k, int cpu, uint64_t n);
void out_json_exit(struct dtrun *d, int status);
/* An aggregation's snapshot: action "printa" (fmt: its format or NULL) or "exit". */
void out_agg_snapshot(struct dtrun *d, int id, const char *action, const char *fmt);
void out_json_free(struct dtrun *d);
/* ,"count":N / ,"avg":..,"count":..,"total":.. / ,"buckets":[...] of a value */
void out_json_value(struct lbuf *b, const struct meta_agg *ag, const int64_t *v, uint64_t normal);
/* llquantize(): the words of its value (2 * positive bins + 1); 0 if invalid */
int out_llq_nvals(const struct meta_agg *ag);

/* ---- merge.c ---- */

/* dtrun --merge FILE...: 0, or 1 with a message (bad input). */
int merge_run(char **files, int nfiles, struct dtrun_opts *o);

#endif
