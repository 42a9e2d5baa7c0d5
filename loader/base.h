/*
 * base.h: what every dtrun file may use, and which uses no other loader
 * file: dtrace-style messages, the stop flag and the signal mask, size and
 * time option values (runtime/dt_opt.c's parsers), string vectors, reading
 * a bounded regular file.  Nothing here calls up into the pipeline
 * (scripts/layers.py checks it).
 */
#ifndef DTRUN_BASE_H
#define DTRUN_BASE_H

#include <stdint.h>
#include <stdio.h>
#include <stddef.h>

/* Global stop request (signal, exit(), process gone). */
extern volatile int dtrun_stop;

/* Set: dt_err() writes nothing (the fuzz target). */
extern int dt_err_quiet;
/* "dtrace: " + message, to stderr (stdout flushed first). */
void dt_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * The signals that end tracing (SIGINT, SIGTERM, SIGHUP, SIGPIPE), blocked
 * from the start and read from a signalfd: dt_sig_setup() returns it (-1
 * on failure); dt_sig_pending() reads it, the signal that came or 0.  In a
 * child before exec, dt_child_sigreset() restores the mask dtrun started
 * with.
 */
int dt_sig_setup(void);
int dt_sig_pending(int sigfd);
void dt_child_sigreset(void);

/* Parses a size ("4m", "512k") or time ("10ms", "97hz") option value. */
int dt_parse_size(const char *s, uint64_t *out);
int dt_parse_time(const char *s, uint64_t *out_ns);

/* A NULL-terminated vector of strings it does not own (argv-like). */
struct strv {
	char **v;
	int n;
};

/* Appends a (exits on out of memory, as nothing can go on). */
void strv_push(struct strv *s, const char *a);
/* Frees the vector, not the strings. */
void strv_free(struct strv *s);

/*
 * Reads a regular file of at most max bytes.  A FIFO, a device (/dev/zero)
 * or a directory is refused before it is read, so reading always ends.
 * Returns 0 with *buf malloc'd, or -1 with msg set.
 */
int dt_read_file(const char *path, size_t max, char **buf, size_t *len, char *msg,
		 size_t msglen);

#endif
