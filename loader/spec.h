/* spec.h: speculative records held until commit() or discard() (spec.c). */
#ifndef DTRUN_SPEC_H
#define DTRUN_SPEC_H

#include <stddef.h>

typedef int spec_replay_f(void *ctx, void *data, size_t size);

/* A DT_REC_SPEC, DT_REC_SPEC_COMMIT or DT_REC_SPEC_DISCARD record; map_fd
 * is dtc_spec's, where a drained speculation is freed, or -1. */
int spec_record(void *ctx, int map_fd, const void *data, size_t size, spec_replay_f *replay);

struct dtrun;
/* nspec past what DTrace's specs map can hold: DTrace's message, -1. */
int spec_nspec_check(struct dtrun *d);

#endif
