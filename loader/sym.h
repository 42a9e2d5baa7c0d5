/*
 * sym.h: dtrun's symbolizer (sym.c): kernel addresses via /proc/kallsyms,
 * user addresses via /proc/PID/maps and the mapped objects' ELF symbols.
 * Each lookup returns 2 (object, symbol name and its address set), 1 (only
 * the object), or 0 (nothing known: print the raw address).
 */
#ifndef DTRUN_SYM_H
#define DTRUN_SYM_H

#include <stdint.h>

int sym_kernel(uint64_t addr, const char **mod, const char **name, uint64_t *symaddr);
/* Address ranges of the kernel functions want() accepts; -1 without kallsyms. */
int sym_kernel_funcs(int (*want)(void *arg, const char *name), void *arg, uint64_t (*r)[2],
		     int max);
int sym_user(int pid, uint64_t addr, const char **obj, const char **name, uint64_t *symaddr);
/* Takes the process's mappings and symbols now, to outlive it. */
void sym_user_snapshot(int pid);
/* The mapping holding a user address: object basename and start; 0 if none. */
int sym_user_map(int pid, uint64_t addr, const char **obj, uint64_t *maplo);
/* An aggregation key's sym()/func()/mod()/usym()/... address, normalized. */
uint64_t sym_normalize(char letter, int pid, uint64_t addr);
/* Frees every symbol table and process mapping read so far. */
void sym_free(void);
/* dt_format_set_symbolizer() hook (pid -1: kernel). */
int sym_format_hook(void *arg, int pid, uint64_t addr, const char **object, const char **name,
		    uint64_t *symaddr);

#endif
