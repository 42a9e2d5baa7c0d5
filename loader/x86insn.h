/*
 * x86insn.h: x86-64 instruction lengths, for the pid provider's offset probes
 * (pid<PID>:mod:func: with a glob name matches every instruction of func).
 */
#ifndef DTRUN_X86INSN_H
#define DTRUN_X86INSN_H

#include <stddef.h>
#include <stdint.h>

/* Length of the 64-bit mode instruction at p (n bytes readable), or -1 when
 * it cannot be decoded. */
int x86_insn_len(const uint8_t *p, size_t n);

/*
 * Offsets of the instructions of a function's code (len bytes): fills
 * off[0..] (at most max) and returns their number, or -1 unless the
 * instructions decode exactly to the end, so no probe lands inside one.
 */
int x86_insn_offsets(const uint8_t *code, size_t len, uint32_t *off, int max);

/*
 * Why Linux will not place a uprobe on the instruction at p (n bytes
 * readable), or NULL: its uprobe_init_insn() refuses an instruction with
 * a lock or ES/CS/SS/DS segment prefix (is_prefix_bad()), and hlt, int3
 * and int1 (good_insns_64[]); registering the uprobe then fails with
 * ENOTSUPP.  Only these are checked; the kernel may refuse others.
 */
const char *x86_insn_uprobe_refused(const uint8_t *p, size_t n);

#endif
