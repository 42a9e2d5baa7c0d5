/*
 * A clause that clang compiles for BPF CPU v1 (31,000 instructions, under
 * the 32,767 a 16-bit jump reaches) but whose jumps the kernel's verifier
 * takes past that as it inlines its 1,600 map lookups: it failed to load
 * ("insn N cannot be patched due to 16-bit range").  dtc bounds each jump
 * after those patches (compiler/bpf_fit.c) and compiles it again, split
 * into BPF functions; it loads, with no BPF CPU v4.
 * REQUIRES: root
 * RUN: python3 %S/Inputs/big-clause.py 540 lookups > %t.d
 * RUN: %dtc -v %t.d -o %t.o 2> %t.err
 * RUN: FileCheck %s --check-prefix=AGAIN < %t.err
 * RUN: %dtrun %t.o | FileCheck %s
 * AGAIN: dtc: a jump would cross about {{[0-9]+}} instructions once the verifier has patched the program: compiling again (stage 1)
 * AGAIN-NOT: BPF CPU v4
 * CHECK: {{^}}540{{$}}
 */
