/*
 * stack.h: dtrace's output for stack and symbol values (stack.c).  printa
 * prints stack() / ustack() aggregation keys with stk_print_stack() (fmt
 * NULL for "%s", indent -1 for the stackindent option's, frames = words
 * - 1, user for ustack()).
 */
#ifndef DTRUN_STACK_H
#define DTRUN_STACK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct meta_act;

void stk_set_target(int pid);
void stk_set_noresolve(int on); /* -x noresolve */
void stk_print_stack(FILE *out, const char *fmt, int indent, const uint64_t *w, int frames,
		     int user);
void stk_print_sym(FILE *out, const char *fmt, char letter, const uint64_t *w);
/* a sym()/usym()... value's text (printa's %a and %A of such a key too) */
void stk_sym_text(char letter, const uint64_t *w, char *buf, size_t len);
void stk_print_bytes(FILE *out, const unsigned char *c, size_t n);
int stk_print_item(FILE *out, const struct meta_act *a, const char *payload, size_t len);

void stk_set_indent(int n); /* -x stackindent; -1: the default */

#endif
