/*
 * spec.c: speculations on dtrun's side.  A speculative clause's record
 * (DT_REC_SPEC, its first item naming the speculation) is held here until a
 * DT_REC_SPEC_COMMIT record replays it as ordinary output, or a
 * DT_REC_SPEC_DISCARD record drops it (runtime/dt_spec.bpf.h).
 *
 * commit() and discard() leave the speculation draining in dtc_spec; as
 * Oracle DTrace's consumer does (dt_consume_one_probe(), which deletes the
 * specs map entry once the speculation is drained), we free it here, once
 * its commit or discard has been read: until then speculation() cannot
 * hand its ID out again.  The generation in each ID (DT_SPEC_GEN) tells a
 * speculation from a later one that reuses its ID: only the records of the
 * committed generation print, and only the first commit or discard of a
 * generation frees it.
 */
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>

#include "dtrun.h"
#include "spec.h"

struct held {
	struct held *next;
	unsigned gen;
	size_t size;
	char data[];
};

static struct held *spec_head[DT_MAX_NSPEC + 1], **spec_tail[DT_MAX_NSPEC + 1];

static void spec_free(unsigned id)
{
	struct held *h = spec_head[id], *n;

	for (; h; h = n) {
		n = h->next;
		free(h);
	}
	spec_head[id] = NULL;
	spec_tail[id] = &spec_head[id];
}

/*
 * The speculation (id, gen) has been read committed or discarded: free its
 * dtc_spec slot when it is still that generation and draining.  1 when it
 * was, 0 for a later commit or discard of it (or one of an object whose BPF
 * side frees its speculations, map_fd < 0, where every one counts).
 */
static int spec_release(int map_fd, unsigned id, unsigned gen)
{
	struct dt_spec s;
	__u32 k = id;

	if (map_fd < 0)
		return 1;
	if (bpf_map_lookup_elem(map_fd, &k, &s) != 0)
		return 0;
	if (s.state != DT_SPEC_DRAINING || (unsigned)s.gen != gen)
		return 0;
	/* BPF leaves a draining slot alone (a second commit writes the same
	 * state), so this write cannot undo one of its own */
	s.state = DT_SPEC_FREE;
	s.bytes = 0;
	s.held = 0;
	bpf_map_update_elem(map_fd, &k, &s, BPF_EXIST);
	return 1;
}

int spec_record(void *ctx, int map_fd, const void *data, size_t size, spec_replay_f *replay)
{
	const struct dt_rec_hdr *h = data;
	uint64_t v = 0;
	unsigned id, gen;

	if (h->size < sizeof(*h) + 8 || h->size > size)
		return 0;
	if (h->kind == DT_REC_SPEC) {
		const struct dt_item *it = (const void *)((const char *)data + sizeof(*h));
		struct held *c;

		if (h->size < sizeof(*h) + sizeof(*it) + 8 || it->act != DT_ACT_SPECID)
			return 0;
		memcpy(&v, it + 1, 8);
		id = DT_SPEC_ID(v);
		if (id == 0 || id > DT_MAX_NSPEC)
			return 0;
		c = malloc(sizeof(*c) + h->size);
		if (!c)
			return 0;
		c->next = NULL;
		c->gen = DT_SPEC_GEN(v);
		c->size = h->size;
		memcpy(c->data, data, h->size);
		((struct dt_rec_hdr *)c->data)->kind = DT_REC_DATA; /* the ID item prints nothing */
		if (!spec_tail[id])
			spec_tail[id] = &spec_head[id];
		*spec_tail[id] = c;
		spec_tail[id] = &c->next;
		return 0;
	}
	memcpy(&v, (const char *)data + sizeof(*h), 8);
	id = DT_SPEC_ID(v);
	gen = DT_SPEC_GEN(v);
	if (id == 0 || id > DT_MAX_NSPEC)
		return 0;
	if (!spec_release(map_fd, id, gen))
		return 0; /* the first commit or discard of it won */
	if (h->kind == DT_REC_SPEC_COMMIT) {
		struct held *c;

		for (c = spec_head[id]; c; c = c->next)
			if (c->gen == gen)
				replay(ctx, c->data, c->size);
	}
	spec_free(id);
	return 0;
}

/*
 * DTrace's speculations are a BPF hash map of nspec entries (dt_bpf.c
 * gmap_create_specs()), which the kernel refuses past 2^27 entries (its
 * buckets, a power of two of them, 16 bytes each, must stay within 4 GiB:
 * htab_map_alloc()): tracing does not start.  dtrun keeps its own slots,
 * but refuses the same counts in dtrace's words.
 */
int spec_nspec_check(struct dtrun *d)
{
	if (meta_opt_num(&d->meta, "nspec", 1) <= (1 << 27))
		return 0;
	fflush(d->o->out);
	dt_err("could not enable tracing: failed to create BPF map 'specs': Too big\n");
	return -1;
}
