/*
 * dt_spec.bpf.h: speculations for dtc-generated code (included by
 * dtc.bpf.h).
 *
 * A speculative clause's record goes to the ring buffer like any other, as
 * kind DT_REC_SPEC with a first item (act DT_ACT_SPECID) naming its
 * speculation; commit() and discard() write a DT_REC_SPEC_COMMIT /
 * DT_REC_SPEC_DISCARD record, and dtrun prints or drops the records it holds
 * for that speculation.  The ring buffer orders records by reservation, so a
 * commit follows every record speculated before it.  Here we only keep each
 * speculation's state and bytes (to enforce specsize) in dtc_spec; dtrun
 * sets dtc_nspec and dtc_specsize from the nspec and specsize options.
 */
#ifndef DT_SPEC_BPF_H
#define DT_SPEC_BPF_H

#include "dt_core.bpf.h"

struct dt_spec {
	__u64 busy;                /* 0: free; else taken by speculation() */
	__u64 bytes;               /* speculated so far */
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, DT_MAX_NSPEC + 1);
	__type(key, __u32);
	__type(value, struct dt_spec);
} dtc_spec SEC(".maps");

const volatile __u32 dtc_nspec = 1;
const volatile __u64 dtc_specsize = 32768;

/* speculation(): a free speculation's ID, or 0 (counted) when none is. */
static __always_inline __s32 dt_speculation(void)
{
	for (__u32 i = 1; i <= DT_MAX_NSPEC; i++) {
		__u32 k = i; /* the key on the stack, the counter kept precise */
		struct dt_spec *s;

		if (i > dtc_nspec)
			break;
		s = bpf_map_lookup_elem(&dtc_spec, &k);
		if (!s)
			break;
		if (s->busy)
			continue;
		if (__sync_fetch_and_add(&s->busy, 1) == 0) {
			s->bytes = 0;
			return (__s32)i;
		}
		__sync_fetch_and_add(&s->busy, -1); /* lost a race: give it back */
	}
	dt_stat_inc(DT_STAT_SPEC_UNAVAIL);
	return 0;
}

/*
 * The busy speculation buffer named by id: -1 for an illegal id, 0 for
 * none (id 0, or not active: DTrace ignores those), 1 with *sp set.
 */
static __always_inline int dt_spec_get(__s64 id, struct dt_spec **sp)
{
	__u32 k = (__u32)id;
	struct dt_spec *s;

	if (id == 0)
		return 0;
	if (id < 0 || id > dtc_nspec || id > DT_MAX_NSPEC)
		return -1;
	s = bpf_map_lookup_elem(&dtc_spec, &k);
	if (!s || !s->busy)
		return 0;
	*sp = s;
	return 1;
}

/*
 * speculate(id): 1 when the clause's data now goes to speculation id, 0 to
 * abandon the clause.  Any id that names no active speculation abandons it
 * without a fault, an illegal one (negative, past nspec) included: Oracle
 * DTrace's dt_speculation_speculate() finds no entry and the clause exits;
 * only commit() and discard() fault on an illegal id.
 */
static __always_inline int dt_speculate(struct dt_ctx *c, __s64 id)
{
	struct dt_spec *s;
	__u32 k = (__u32)id;
	__u64 *p;

	if (dt_spec_get(id, &s) <= 0)
		return 0;
	p = dt_item(c, DT_ACT_SPECID, sizeof(struct dt_item) + 8);
	if (!p)
		return 0;
	*p = (__u64)id;
	c->spec = k;
	return 1;
}

/* The record of a speculative clause: counted against specsize. */
static __always_inline int dt_spec_admit(struct dt_ctx *c, __u32 len)
{
	__u32 k = c->spec;
	struct dt_spec *s = bpf_map_lookup_elem(&dtc_spec, &k);

	if (!s || !s->busy)
		return 0;
	if (__sync_fetch_and_add(&s->bytes, len) + len > dtc_specsize) {
		dt_stat_inc(DT_STAT_SPEC_DROPS);
		return 0;
	}
	return 1;
}

/* commit(id) / discard(id): kind DT_REC_SPEC_COMMIT or _DISCARD; -1 on an
 * illegal id. */
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
	r.h.size = sizeof(r);
	r.h.kind = kind;
	r.h.clause = c->clause;
	r.h.probe = c->probe;
	r.h.prog = c->prog;
	r.h.cpu = bpf_get_smp_processor_id();
	r.id = (__u64)id;
	if (bpf_ringbuf_output(&dtc_rb, &r, sizeof(r), dt_rb_flags()))
		dt_stat_inc(DT_STAT_RB_DROPS);
	s->bytes = 0;
	s->busy = 0;
	return 0;
}

#endif
