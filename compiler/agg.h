/*
 * agg.h: aggregations as sema (sema_agg.c) records them and the emitter
 * (emit_agg.c) lays them out: one BPF_MAP_TYPE_PERCPU_HASH per aggregation,
 * keyed by a packed tuple, valued by the function's state.
 *
 * Key tuple: each component 8-byte aligned; integers as 8 bytes (sign- or
 * zero-extended from their D type, which sets how dtrun prints them),
 * strings as NUL-padded bytes (the widest any use can produce: 16 for
 * execname, strsize otherwise), stacks (later) as a fixed array of PCs.
 * Value: u64 words, DTrace's data layout (dt_consume.c reads the same):
 *   count [n]        sum [s]          avg [n, s]       min/max [v, set]
 *   stddev [n, s, sum of squares lo, hi]
 *   quantize [127 buckets, sum]  lquantize [levels + 2, sum]  llquantize [nbins]
 *   (sum: of the values given, each times its increment; metadata "aggsum")
 */
#ifndef DTC_AGG_H
#define DTC_AGG_H

#include "sema.h"

enum agg_func {
	AGG_COUNT,
	AGG_SUM,
	AGG_AVG,
	AGG_MIN,
	AGG_MAX,
	AGG_STDDEV,
	AGG_QUANTIZE,
	AGG_LQUANTIZE,
	AGG_LLQUANTIZE,
};

#define AGG_MAX_KEYS 16
#define AGG_QUANT_NBUCKETS 127   /* DTrace's DTRACE_QUANTIZE_NBUCKETS */
#define AGG_MAX_LLQ_BINS 1024    /* positive-side llquantize() bins dtc emits */
#define AGG_MAX_VALS 4095        /* u64 words of a value (+1 keyless): 32 KiB per CPU */

struct agg_info {
	int id;                      /* index: map dtc_agg<id>, "agg" metadata line */
	const char *name;            /* without '@'; "_" for plain @ (dt_lex.l) */
	enum agg_func func;
	struct loc loc;              /* first definition */
	int nkeys;
	struct dtype *keyt[AGG_MAX_KEYS];
	int keyw[AGG_MAX_KEYS];      /* stored bytes of each component (multiple of 8) */
	char keystk[AGG_MAX_KEYS];   /* 'k' stack(), 'U' ustack() key, else 0 */
	int64_t p[4];                /* lquantize: base, limit, step; llquantize:
					factor, low, high, steps */
	int nvals;                   /* u64 words in the value */
	struct agg_info *next;
};

extern const char *const agg_func_names[];

/* sema_agg.c */
int sema_agg_is_assign(const struct node *n);  /* @a[...] = f(...) */
struct dtype *sema_agg_assign(struct dtc *dx, struct cctx *cc, struct node *n);
struct dtype *sema_agg_misuse(struct dtc *dx, struct cctx *cc, struct node *n);
/* "N", "at least N" or "at most N": the count a D_PROTO_LEN expects */
const char *sema_proto_want(char *buf, size_t size, int nargs, int lo, int hi);
const struct node *sema_agg_indexed(const struct node *n); /* @a[k]...: its @a, or NULL */
struct agg_info *sema_agg_by_id(struct dtc *dx, int id);
int agg_key_size(const struct agg_info *ag);
/* llquantize(): positive-side lower bounds; b[0] = factor^low; returns count */
int agg_llq_bounds(const struct agg_info *ag, uint64_t *b, int max);

#endif
