/*
 * actions.h: actions dtrun carries out itself when their record is
 * consumed, and the checks that allow them: destructive ones
 * (act_system.c), output redirection and flowindent (act_output.c).
 */
#ifndef DTRUN_ACTIONS_H
#define DTRUN_ACTIONS_H

#include <stddef.h>
#include <stdio.h>

struct meta;
struct dt_val;
struct probe;
/* -F (flowindent): the heading once, then a record's CPU and indented
 * "-> func" / "<- func" / "| func:name" column. */
void act_flow_columns(FILE *out, int testing, int heading, int cpu, unsigned clause,
		      const struct probe *p);
/* The destructive actions m uses, "system( ), raise( )" in used; how many. */
int act_destructive_used(const struct meta *m, char *used, size_t len);
/* Destructive actions (system(), raise()) need -w / destructive: 0 or -1. */
int act_destructive_check(const struct meta *m, int allowed, int one_step, int quiet);
void act_write_user_check(const struct meta *m); /* copyout() where the kernel refuses it */
int act_write_user_ok(void);                   /* bpf_probe_write_user() allowed */
/* system(): the formatted command, run when its record is consumed. */
void act_system(FILE *out, const char *fmt, const struct dt_val *vals, int n);
/* freopen(): switches *out to the formatted path ("" restores it). */
void act_freopen(FILE **out, const char *fmt, const struct dt_val *vals, int n);
/* ftruncate(): truncates the current output file. */
void act_ftruncate(FILE *out);

#endif
