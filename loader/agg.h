/*
 * agg.h: dtrun's aggregations (agg.c): the "agg" metadata lines, reading
 * and merging the per-CPU maps, DTrace's sort orders and output formats, and
 * the aggregation actions consumed from the ring buffer (printa, clear,
 * trunc, normalize, denormalize, setopt).
 */
#ifndef DTRUN_AGG_H
#define DTRUN_AGG_H

#include "dtrun.h"
#include "format.h"

#define AGG_MAX_KEYS 16

enum agg_fn { AF_COUNT, AF_SUM, AF_AVG, AF_MIN, AF_MAX, AF_STDDEV, AF_QUANTIZE, AF_LQUANTIZE,
	      AF_LLQUANTIZE };

struct meta_agg {
	int id;
	char *name;              /* without '@' */
	int func;                /* enum agg_fn, -1 if unknown */
	int nvals;               /* u64 words of the value */
	int sumw;                /* word holding the sum of the values (aggsum); 0: none */
	int64_t p[4];            /* lquantize base limit step; llquantize factor lo hi steps */
	int nkeys;
	struct meta_arg keys[AGG_MAX_KEYS];
	int koff[AGG_MAX_KEYS];  /* byte offset of each component in the map key */
	int ksize;               /* map key size */
};

/* meta.c hooks */
int agg_meta_line(const char *p, struct meta *m);  /* text after "agg " */
int agg_meta_sum(const char *p, struct meta *m);   /* text after "aggsum " */
/* lquantize()'s levels: its bucket words but the two outer ones */
static inline int agg_lq_levels(const struct meta_agg *ag)
{
	return ag->nvals - 2 - (ag->sumw > 0);
}
void agg_meta_free(struct meta *m);

/* Before load: aggsize against the object's largest entry; -1 (message printed) to stop. */
int agg_size_check(struct dtrun *d);
/* After load: finds the maps, checks an older object's aggsize; -1 (message printed) to stop. */
int agg_init(struct dtrun *d);
/* An aggregation action's item; returns 1 when kind was one of them. */
int agg_action(struct dtrun *d, const struct meta_act *a, const struct dt_val *vals, int n);
void agg_setopt(struct dtrun *d, const char *name, const char *val); /* setopt() */
/* At exit: every aggregation not printed by printa(), as dtrace does. */
void agg_print_all(struct dtrun *d);
/*
 * -x aggrate: dtrace_aggregate_snap(), called as each drain starts: a new
 * snapshot of every aggregation when aggrate has passed since the last one
 * (the first at once); printa() prints the last snapshot.  Without aggrate,
 * or once tracing stopped (agg_stopped()), printa() reads the maps.
 */
void agg_snap_tick(struct dtrun *d);
void agg_stopped(struct dtrun *d);
void agg_free(struct dtrun *d);

/* Output drivers other than text (out_json.c, metrics.c, flame.c). */
struct agg_rows {
	const struct meta_agg *ag;
	uint64_t normal;         /* normalize()'s divisor, 1 by default */
	int n;
	const char **keys;       /* n map keys (ag->koff, ag->keys) */
	const int64_t **vals;    /* n merged values (ag->nvals words) */
	void *priv;
};
/* how: AGG_ROWS_FRESH (read the map now, not -x aggrate's last snapshot),
 * AGG_ROWS_BY_KEY (in key order, not DTrace's by value) */
#define AGG_ROWS_FRESH 1
#define AGG_ROWS_BY_KEY 2
int agg_rows_get(struct dtrun *d, int id, int how, struct agg_rows *r);
void agg_rows_free(struct agg_rows *r);
/* count/sum/min/max: the value; avg, stddev: as printa() shows them */
int64_t agg_scalar(const struct meta_agg *ag, const int64_t *v, uint64_t normal);
/* a / b as DTrace divides by normalize()'s value; INT64_MIN / -1 wraps */
int64_t agg_sdiv(int64_t a, int64_t b);
/* DTrace's layout of a value (dt_print_datum()), and its sort order by value */
void agg_print_value(FILE *out, const struct meta_agg *ag, const int64_t *v, uint64_t normal);
int agg_valcmp(const struct meta_agg *ag, const int64_t *l, const int64_t *r);

#endif
