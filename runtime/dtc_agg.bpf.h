/*
 * dtc_agg.bpf.h: BPF side of aggregations (included by dtc.bpf.h).
 *
 * Each aggregation is a BPF_MAP_TYPE_PERCPU_HASH named dtc_agg<ID>, keyed by
 * the packed key tuple and valued by u64 words in DTrace's data layout
 * (compiler/agg.h).  Per-CPU, so updates need no atomics; dtrun merges the
 * CPUs when it prints, as DTrace's consumer does.  The hot path is one map
 * lookup and a store; only a key's first update on a CPU inserts (a zeroed
 * value from .bss, no stack copy) and looks up again.  An insert that fails
 * for lack of space (dt_agg_room()) is counted in DT_STAT_AGG_DROPS.
 */
#ifndef DTC_AGG_BPF_H
#define DTC_AGG_BPF_H

#include "dt_core.bpf.h"

/*
 * DTrace keeps every aggregation of a program in one hash map per CPU of
 * aggsize / (the largest tuple + the largest data) entries (dt_bpf.c
 * gmap_create_aggs(), keyed by the aggregation's id and its tuple;
 * bpf/get_agg.c dt_get_agg() makes a CPU's entry at its first update
 * there, @ = count() included).  dtc's maps are one per aggregation and
 * per-CPU hashes, so the room is a budget instead: dtc_aggbudget's entry 0
 * counts the entries this CPU made (BPF adds), entry 1 those dtrun's
 * trunc() removed (dtrun adds), and dtc_agg_nelems is the room of one CPU.
 * A key's value has one word past its data, nonzero on the CPUs that have
 * their own entry for it.
 */
static __always_inline int dt_agg_room(void *budget, __u64 nelems)
{
	__u32 k0 = 0, k1 = 1;
	__u64 *used = bpf_map_lookup_elem(budget, &k0), *freed = bpf_map_lookup_elem(budget, &k1);

	if (used && freed && *used - *freed >= nelems) {
		dt_stat_inc(DT_STAT_AGG_DROPS);
		return 0;
	}
	return 1;
}

/* This CPU's entry for a value is made: one less room. */
static __always_inline void dt_agg_took(__u64 *own, void *budget)
{
	__u32 k0 = 0;
	__u64 *used = bpf_map_lookup_elem(budget, &k0);

	*own = 1;
	if (used)
		*used += 1;
}

/* v, once this CPU has its entry for it (its word n set); NULL on a drop. */
static __always_inline __u64 *dt_agg_own(__u64 *v, __u32 n, void *budget, __u64 nelems)
{
	if (!v || v[n])
		return v;
	if (!dt_agg_room(budget, nelems))
		return 0;
	dt_agg_took(&v[n], budget);
	return v;
}

/* The value slot for key k, created zeroed on first use; NULL on a drop. */
static __always_inline __u64 *dt_agg_slot(void *map, const void *k, const void *zero, __u32 n,
					  void *budget, __u64 nelems)
{
	__u64 *v = bpf_map_lookup_elem(map, k);
	long r;

	if (v)
		return dt_agg_own(v, n, budget, nelems);
	if (!dt_agg_room(budget, nelems))
		return 0;
	r = bpf_map_update_elem(map, k, zero, BPF_NOEXIST);
	if (r && r != -17 /* EEXIST: another CPU inserted it first */) {
		dt_stat_inc(DT_STAT_AGG_DROPS);
		return 0;
	}
	return dt_agg_own(bpf_map_lookup_elem(map, k), n, budget, nelems);
}

static __always_inline void dt_agg_min(__u64 *v, __s64 x)
{
	if (!v[1] || x < (__s64)v[0]) {
		v[0] = x;
		v[1] = 1;
	}
}

static __always_inline void dt_agg_max(__u64 *v, __s64 x)
{
	if (!v[1] || x > (__s64)v[0]) {
		v[0] = x;
		v[1] = 1;
	}
}

/* stddev(): count, sum, and a 128-bit sum of squares (DTrace's layout). */
static __always_inline void dt_agg_stddev(__u64 *v, __s64 x)
{
	__u64 a = x < 0 ? -(__u64)x : (__u64)x;
	__u64 lo = a & 0xffffffffULL, hi = a >> 32;
	__u64 ll = lo * lo, lh = lo * hi, hh = hi * hi;
	__u64 plo, phi, mid;

	/* a*a = hh<<64 + 2*lh<<32 + ll */
	mid = lh << 33;
	phi = hh + (lh >> 31);
	plo = ll + mid;
	if (plo < ll)
		phi++;
	v[0]++;
	v[1] += x;
	v[2] += plo;
	if (v[2] < plo)
		phi++;
	v[3] += phi;
}

/* Number of significant bits of x (0 for 0). */
static __always_inline int dt_bitlen(__u64 x)
{
	int n = 0;

	if (x >> 32) {
		x >>= 32;
		n += 32;
	}
	if (x >> 16) {
		x >>= 16;
		n += 16;
	}
	if (x >> 8) {
		x >>= 8;
		n += 8;
	}
	if (x >> 4) {
		x >>= 4;
		n += 4;
	}
	if (x >> 2) {
		x >>= 2;
		n += 2;
	}
	if (x >> 1) {
		x >>= 1;
		n += 1;
	}
	return n + (int)x;
}

/*
 * quantize(): DTrace's 127 power-of-two buckets, bucket 63 holding 0; a
 * value goes to the bucket of its magnitude's highest bit, on its side of
 * 0, as Oracle's dt_agg_qbin() puts it: 5 and 7 in bucket 4, -5 and -7 in
 * bucket -4 (illumos put -5 in -8, the largest lower bound not above it),
 * INT64_MIN in bucket 0.
 * The value has 128 words, so masking the index with 127 keeps it inside for
 * the verifier whatever clang does with a bound check (a check on a copy of
 * a sign-extended int lost the bound: quantize(timestamp - self->ts) was
 * rejected).  The mask is kept from clang too: where it knows the value's
 * range (quantize((uint32_t)pid % 200): 0..199, so the index is at most
 * 71) it drops the mask as useless and indexes with a copy whose bound the
 * verifier, which cannot follow dt_bitlen(), never learned (R0 unbounded
 * memory access).  Word 127, which no bucket uses, holds the sum of the values
 * (each times its increment, wrapping at 64 bits as sum() does): the
 * histogram's _sum in dtrun --metrics, exact where the buckets' bounds are
 * not.
 */
static __always_inline void dt_agg_quantize(__u64 *v, __s64 x, __s64 incr)
{
	__u64 i;

	if (x > 0)
		i = 63 + dt_bitlen((__u64)x);
	else if (x < 0)
		i = 63 - dt_bitlen(-(__u64)x);
	else
		i = 63;
	if (i > 126)
		i = 0; /* INT64_MIN (63 - 64 wrapped): the lowest bucket */
	asm volatile("" : "+r"(i)); /* the mask stays, for the verifier */
	v[i & 127] += incr;
	v[127] += (__u64)x * (__u64)incr;
}

/* lquantize(): bucket 0 below base, levels, then one at or above limit;
 * word levels + 2 the sum of the values, as quantize()'s word 127. */
static __always_inline void dt_agg_lquantize(__u64 *v, __s64 x, __s64 base, __u64 step,
					     __u32 levels, __s64 incr)
{
	__u64 i;

	if (x < base)
		i = 0;
	else {
		i = ((__u64)(x - base)) / step;
		i = i < levels ? i + 1 : levels + 1;
	}
	asm volatile("" : "+r"(i)); /* keep the check for the verifier */
	if (i <= levels + 1)
		v[i] += incr;
	v[levels + 2] += (__u64)x * (__u64)incr;
}

/* llquantize(): add to bin b (computed by the generated dtc_llq_<ID>()). */
static __always_inline void dt_agg_bin(__u64 *v, __u32 b, __u32 nbins, __s64 incr)
{
	asm volatile("" : "+r"(b)); /* keep the check for the verifier */
	if (b < nbins)
		v[b] += incr;
}

#endif
