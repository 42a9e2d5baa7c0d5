/*
 * spec.c: speculations on dtrun's side.  A speculative clause's record
 * (DT_REC_SPEC, its first item naming the speculation) is held here until a
 * DT_REC_SPEC_COMMIT record replays it as ordinary output, or a
 * DT_REC_SPEC_DISCARD record drops it (runtime/dt_spec.bpf.h).
 */
#include <stdlib.h>
#include <string.h>

#include "dtrun.h"
#include "spec.h"

struct held {
	struct held *next;
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

int spec_record(void *ctx, const void *data, size_t size, spec_replay_f *replay)
{
	const struct dt_rec_hdr *h = data;
	uint64_t id = 0;

	if (h->size < sizeof(*h) + 8 || h->size > size)
		return 0;
	if (h->kind == DT_REC_SPEC) {
		const struct dt_item *it = (const void *)((const char *)data + sizeof(*h));
		struct held *c;

		if (h->size < sizeof(*h) + sizeof(*it) + 8 || it->act != DT_ACT_SPECID)
			return 0;
		memcpy(&id, it + 1, 8);
		if (id == 0 || id > DT_MAX_NSPEC)
			return 0;
		c = malloc(sizeof(*c) + h->size);
		if (!c)
			return 0;
		c->next = NULL;
		c->size = h->size;
		memcpy(c->data, data, h->size);
		((struct dt_rec_hdr *)c->data)->kind = DT_REC_DATA; /* the ID item prints nothing */
		if (!spec_tail[id])
			spec_tail[id] = &spec_head[id];
		*spec_tail[id] = c;
		spec_tail[id] = &c->next;
		return 0;
	}
	memcpy(&id, (const char *)data + sizeof(*h), 8);
	if (id == 0 || id > DT_MAX_NSPEC)
		return 0;
	if (h->kind == DT_REC_SPEC_COMMIT) {
		struct held *c;

		for (c = spec_head[id]; c; c = c->next)
			replay(ctx, c->data, c->size);
	}
	spec_free((unsigned)id);
	return 0;
}
