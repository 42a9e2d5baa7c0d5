/*
 * dt_spec.bpf.h: speculations for dtc-generated code (included by
 * dtc.bpf.h).
 *
 * A speculative clause's record goes to the ring buffer like any other, as
 * kind DT_REC_SPEC with a first item (act DT_ACT_SPECID) naming its
 * speculation; commit() and discard() write a DT_REC_SPEC_COMMIT /
 * DT_REC_SPEC_DISCARD record, and dtrun prints or drops the records it holds
 * for that speculation.  The ring buffer orders records by reservation, so a
 * commit follows every record speculated before it.  Here we keep each
 * speculation's state, generation and bytes (to enforce specsize) in
 * dtc_spec (struct dt_spec, dtc_abi.h); dtrun sets dtc_nspec and
 * dtc_specsize from the nspec and specsize options.
 *
 * As in Oracle DTrace (bpf/speculation.c, dt_consume.c), commit() and
 * discard() only mark a speculation draining: it stays taken until the
 * consumer has read the commit or discard, and then dtrun frees it
 * (loader/spec.c).  Until then speculate() on it abandons the clause and
 * speculation() fails as "busy".
 */
#ifndef DT_SPEC_BPF_H
#define DT_SPEC_BPF_H

#include "dt_core.bpf.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, DT_MAX_NSPEC + 1);
	__type(key, __u32);
	__type(value, struct dt_spec);
} dtc_spec SEC(".maps");

const volatile __u32 dtc_nspec = 1;
const volatile __u64 dtc_specsize = 4 << 20;

/*
 * speculation(): a free speculation's ID, or 0 when none is.  Oracle's
 * dt_speculation() tries IDs from 1 up and stops at the first one still
 * draining: that failure counts as busy ("available buffer(s) still busy"),
 * one with every ID active as unavailable.
 */
static __always_inline __s32 dt_speculation(void)
{
	int busy = 0;

	for (__u32 i = 1; i <= DT_MAX_NSPEC; i++) {
		__u32 k = i; /* the key on the stack, the counter kept precise */
		struct dt_spec *s;

		if (i > dtc_nspec)
			break;
		s = bpf_map_lookup_elem(&dtc_spec, &k);
		if (!s)
			break;
		if (s->state == DT_SPEC_DRAINING) {
			busy = 1;
			break;
		}
		if (s->state != DT_SPEC_FREE)
			continue;
		if (__sync_val_compare_and_swap(&s->state, DT_SPEC_FREE, DT_SPEC_ACTIVE) ==
		    DT_SPEC_FREE) {
			s->bytes = 0;
			s->held = 0;
			s->gen++;
			return (__s32)i;
		}
	}
	dt_stat_inc(busy ? DT_STAT_SPEC_BUSY : DT_STAT_SPEC_UNAVAIL);
	return 0;
}

/*
 * The speculation named by id, taken by speculation() and not yet drained:
 * -1 for an illegal id, 0 for none, 1 with *sp set.  As Oracle's, the ID is
 * a 32-bit value; 0, and an ID of nspec or less that names no speculation,
 * are none (DTrace ignores those), any other is illegal.
 */
static __always_inline int dt_spec_get(__s64 id, struct dt_spec **sp)
{
	__u32 k = (__u32)id;
	struct dt_spec *s;

	if (k == 0)
		return 0;
	if (k > dtc_nspec)
		return -1;
	if (k > DT_MAX_NSPEC)
		return 0; /* within nspec, past the IDs dtc hands out */
	s = bpf_map_lookup_elem(&dtc_spec, &k);
	if (!s || s->state == DT_SPEC_FREE)
		return 0;
	*sp = s;
	return 1;
}

/*
 * speculate(id): 1 when the clause's data now goes to speculation id, 0 to
 * abandon the clause.  Any id that names no active speculation abandons it
 * without a fault, an illegal one (negative, past nspec) and one committed
 * or discarded included: Oracle DTrace's dt_speculation_speculate() finds
 * no entry, or one draining, and the clause exits; only commit() and
 * discard() fault on an illegal id.
 */
static __always_inline int dt_speculate(struct dt_ctx *c, __s64 id)
{
	struct dt_spec *s;
	__u32 k = (__u32)id;
	__u64 *p;

	if (dt_spec_get(id, &s) <= 0 || s->state != DT_SPEC_ACTIVE)
		return 0;
	p = dt_item(c, DT_ACT_SPECID, sizeof(struct dt_item) + 8);
	if (!p)
		return 0;
	*p = (__u64)k | s->gen << 32;
	c->spec = k;
	return 1;
}

/*
 * The record of a speculative clause, osize bytes in Oracle DTrace's layout,
 * counted against specsize as Oracle counts it, in two places.  BPF drops it
 * when a value it stores ends past specsize (ocheck: where the last one
 * ends, 0 when it stores none, as a printf() without arguments) counting
 * s->bytes, which grows only by the records whose output failed
 * (dt_cg_store_val(), dt_cg_epilogue(): the specs map's size); the
 * consumer drops it when what it holds, in 8-byte words, would pass
 * specsize (dt_consume_one_probe()).  dtrace reports the two counts at
 * different times (loader/consume.c consume_drops()), so they are two
 * counters here.
 */
static __always_inline int dt_spec_admit(struct dt_ctx *c, __u32 osize, __u32 ocheck)
{
	__u32 k = c->spec;
	struct dt_spec *s = bpf_map_lookup_elem(&dtc_spec, &k);
	__u64 words = (osize + 7) & ~7;

	if (!s || s->state != DT_SPEC_ACTIVE)
		return 0;
	if (ocheck && s->bytes + ocheck > dtc_specsize) {
		dt_stat_inc(DT_STAT_SPEC_DROPS);
		return 0;
	}
	if (__sync_fetch_and_add(&s->held, words) + words > dtc_specsize) {
		__sync_fetch_and_add(&s->held, -words);
		dt_stat_inc(DT_STAT_SPEC_CDROPS);
		return 0;
	}
	return 1;
}

/*
 * The ring buffer refused an admitted speculative record: a speculative
 * drop, not a principal one, and its size counts for the BPF side's check
 * from now on (dt_cg_epilogue()); the consumer never holds it.
 */
static __always_inline void dt_spec_lost(struct dt_ctx *c, __u32 osize)
{
	__u32 k = c->spec;
	struct dt_spec *s = bpf_map_lookup_elem(&dtc_spec, &k);

	dt_stat_inc(DT_STAT_SPEC_DROPS);
	if (!s)
		return;
	__sync_fetch_and_add(&s->bytes, osize);
	__sync_fetch_and_add(&s->held, -(__u64)((osize + 7) & ~7));
}

/*
 * commit(id) / discard(id): the speculation is draining from now on, and a
 * record of kind DT_REC_SPEC_COMMIT or _DISCARD tells dtrun, which prints
 * or drops what it holds and then frees the ID; -1 on an illegal id.  A
 * second commit or discard of a draining speculation writes its record too:
 * dtrun ignores it (the first one wins, as in dt_consume_one_probe()).  The
 * reader is woken at once: the ID stays taken until it has read this.
 */
static __always_inline int dt_spec_end(struct dt_ctx *c, __s64 id, __u16 kind)
{
	struct {
		struct dt_rec_hdr h;
		__u64 id;
	} r = {};
	struct dt_spec *s;
	int rv = dt_spec_get(id, &s);

	if (rv <= 0)
		return rv;
	s->state = DT_SPEC_DRAINING;
	r.h.size = sizeof(r);
	r.h.kind = kind;
	r.h.clause = c->clause;
	r.h.probe = c->probe;
	r.h.prog = c->prog;
	r.h.cpu = bpf_get_smp_processor_id();
	r.id = (__u64)(__u32)id | s->gen << 32;
	if (bpf_ringbuf_output(&dtc_rb, &r, sizeof(r), BPF_RB_FORCE_WAKEUP))
		dt_stat_inc(DT_STAT_RB_DROPS);
	return 0;
}

#endif
