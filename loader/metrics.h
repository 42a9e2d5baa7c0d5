/*
 * metrics.h: dtrun --metrics ADDR:PORT, --metrics-textfile DIR (metrics.c).
 */
#ifndef DTRUN_METRICS_H
#define DTRUN_METRICS_H

#include "dtrun.h"
#include "fastfmt.h"

/* Checks the options before anything is loaded: 0, or -1 with a message. */
int metrics_check_opts(const struct dtrun_opts *o);
/* Starts the HTTP server (and the textfile) when asked: 0, or -1 with a message. */
int metrics_start(struct dtrun *d);
/* What the main loop polls besides the ring buffer; -1 if nothing. */
int metrics_poll_fd(struct dtrun *d);
/* Between drains: answers waiting scrapes, writes the textfile (final: now). */
void metrics_tick(struct dtrun *d, int final);
void metrics_stop(struct dtrun *d);
/* The exposition: Prometheus text 0.0.4, or OpenMetrics 1.0 (om). */
void metrics_render(struct dtrun *d, int om, struct lbuf *b);

#endif
