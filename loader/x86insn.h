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

#endif
