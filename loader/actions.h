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
struct meta_act;
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
void act_system(FILE *out, const char *fmt, const struct dt_val *vals, int n, size_t strsize);
/* freopen(): switches *out to the formatted path ("" restores it); -1 and
 * why when the path cannot be opened. */
int act_freopen(FILE **out, const char *fmt, const struct dt_val *vals, int n, size_t strsize,
		char *why, size_t whylen);
/* The descriptor system()'s command gets as stdout after freopen(), or -1. */
int act_output_child_stdout(FILE *out);
/* The path freopen() sends output to, or NULL (act_output.c). */
const char *act_freopen_path(void);
/* pcap(): a packet into the freopen() file's pcap twin, else as bytes (act_pcap.c); 1 */
int act_pcap(FILE *out, const struct meta_act *a, const char *payload, size_t len);
/* ftruncate(): truncates the current output file. */
void act_ftruncate(FILE *out);

#endif
