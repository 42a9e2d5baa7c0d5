/*
 * agg_impl.h: what the aggregation files share (agg.c reads, merges and
 * sorts the maps; agg_print.c prints them): not for the rest of dtrun,
 * which uses agg.h.
 */
#ifndef DTRUN_AGG_IMPL_H
#define DTRUN_AGG_IMPL_H

#include "agg.h"

#define QUANT_NBUCKETS 127
#define QUANT_ZERO 63

struct agg_rt {
	int fd;
	int arr;                 /* no keys: a one-entry per-CPU array (dtc_abi.h) */
	size_t stride;           /* one CPU's value in the map, bytes */
	uint64_t normal;         /* normalize(); 1 by default */
	int printed;             /* printa() printed it: not again at exit */
};

struct agg_state {
	struct agg_rt *rt;
	int n;
	int ncpus;
	int sortkey, sortrev, sortpos, keypos;
	int strrec; /* a string key's record size in DTrace: strsize + 1 */
	int percpu;
	/* -x aggrate (agg_snap_tick()) */
	uint64_t aggrate_ns;     /* 0: printa() reads the maps */
	uint64_t lastagg;        /* CLOCK_MONOTONIC ns of the last snapshot, 0: none */
	int begun;               /* the first drain (BEGIN's records) snapshotted */
	int stopped;             /* tracing stopped: read the maps again */
	uint64_t snap_pos;       /* the ring's producer position as it began */
	struct snap *cache;      /* per aggregation: its last snapshot */
	char *cached;            /* per aggregation: cache[i] is valid */
};

/* One key of a (possibly joined) aggregation: values per aggregation. */
struct ent {
	char *key;
	int64_t **v;             /* v[j]: merged value of the j-th aggregation, or NULL */
	int64_t **pcpu;          /* aggpercpu: per-CPU values, ncpus * nvals */
	int owned;               /* key allocated for this entry */
	int lay;                 /* key laid out as the lay-th joined aggregation's */
};

struct snap {
	char **keys;
	int64_t **vals;
	int64_t **pcpu;
	int n, cap;
};

struct sort_ctx {
	const struct meta_agg **ags; /* joined aggregations */
	int nags;
	struct agg_state *as;
	int64_t **zero;              /* zero values per aggregation */
};

/* Aggregation id's entries: -x aggrate's last snapshot, or the map now. */
int agg_snapshot(struct dtrun *d, int id, struct snap *s);
void agg_snap_free(struct snap *s);
/* dt_aggregate_keycmp() of key l of aggregation la and r of ra, from keypos. */
int agg_keycmp(const struct meta_agg *la, const char *l, const struct meta_agg *ra, const char *r,
	       int keypos, int strrec);
/* Sorts entries as dtrace_aggregate_walk_sorted() does. */
void agg_sort(struct ent *ents, size_t n, struct sort_ctx *sc);
/* The value quantize()'s bucket i counts from. */
int64_t agg_quant_bucketval(int i);
/* clear(), trunc() of aggregation id. */
void agg_clear(struct dtrun *d, int id);
void agg_trunc(struct dtrun *d, int id, int64_t keep);
/* printa(fmt or NULL, @ids...): lead prints the leading newline. */
void agg_printa(struct dtrun *d, const char *fmt, const int *ids, int nags, int lead);

#endif
