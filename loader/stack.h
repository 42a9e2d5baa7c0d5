/*
 * stack.h: dtrace's output for stack and symbol values (stack.c).  printa
 * prints stack() / ustack() aggregation keys with stk_print_stack() (fmt
 * NULL for "%s", frames = words - 1, user for ustack()).
 */
#ifndef DTRUN_STACK_H
#define DTRUN_STACK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct meta_act;

void stk_set_target(int pid);
void stk_set_noresolve(int on); /* -x noresolve */
void stk_print_stack(FILE *out, const char *fmt, const uint64_t *w, int frames, int user);
void stk_print_sym(FILE *out, const char *fmt, char letter, const uint64_t *w);
void stk_print_bytes(FILE *out, const unsigned char *c, size_t n);
int stk_print_item(FILE *out, const struct meta_act *a, const char *payload, size_t len);

struct meta;
struct dt_val;
struct probe;
/* -F (flowindent): the heading once, then a record's CPU and indented
 * "-> func" / "<- func" / "| func:name" column. */
void stk_flow_columns(FILE *out, int testing, int heading, int cpu, unsigned clause,
		      const struct probe *p);
/* The destructive actions m uses, "system( ), raise( )" in used; how many. */
int stk_destructive_used(const struct meta *m, char *used, size_t len);
/* Destructive actions (system(), raise()) need -w / destructive: 0 or -1. */
int stk_destructive_check(const struct meta *m, int allowed, int one_step, int quiet);
void stk_set_indent(int n); /* -x stackindent; -1: the default */
void stk_write_user_check(const struct meta *m); /* copyout() where the kernel refuses it */
int stk_write_user_ok(void);                   /* bpf_probe_write_user() allowed */
/* system(): the formatted command, run when its record is consumed. */
void stk_system(FILE *out, const char *fmt, const struct dt_val *vals, int n);
/* freopen(): switches *out to the formatted path ("" restores it). */
void stk_freopen(FILE **out, const char *fmt, const struct dt_val *vals, int n);
/* ftruncate(): truncates the current output file. */
void stk_ftruncate(FILE *out);

#endif
