/*
 * usdt_gen.h: dtc -h (header) and dtc -G (semaphore object) from the
 * provider definitions sema kept (usdt_gen.c).
 */
#ifndef DTC_USDT_GEN_H
#define DTC_USDT_GEN_H

#include "dtc.h"

/* The header for output file `out` (its name makes the include guard) into sb. */
int usdt_gen_header(struct dtc *dx, const char *out, struct strbuf *sb);
/* The object `out`, compiled by $CC or cc; objs must exist.  -1 after a message. */
int usdt_gen_object(struct dtc *dx, const char *out, int m32, char **objs, int nobjs,
		    const char *script);

#endif
