/*
 * flame.h: folded stacks and flame graphs of stack-keyed aggregations (flame.c).
 */
#ifndef DTRUN_FLAME_H
#define DTRUN_FLAME_H

#include <stdio.h>

#include "dtrun.h"

struct meta_agg;

/* A stack() or ustack() key and a scalar value (count, sum, min, ...). */
int flame_agg_foldable(const struct meta_agg *ag);
/* -x stackfmt=folded: an aggregation's entries as "root;...;leaf VALUE" lines. */
void flame_print_folded(struct dtrun *d, int id, FILE *out);
/* --folded FILE, --flamegraph FILE.svg at exit: 0, or -1 with a message. */
int flame_write_folded(struct dtrun *d, const char *path);
int flame_write_svg(struct dtrun *d, const char *path);
/* Before loading: --folded/--flamegraph need a foldable aggregation. */
int flame_check_opts(struct dtrun *d);

#endif
