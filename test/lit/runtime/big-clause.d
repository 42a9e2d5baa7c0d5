/*
 * A clause too large for BPF's 16-bit jump offsets (LLVM's BPF back end
 * stops with "Branch target out of insn range" for CPU v1-v3): dtc compiles
 * it again with its statements split into BPF functions (compiler/
 * bpf_fit.c), which load on every kernel; no BPF CPU v4, no warning.  With
 * DTC_BPF_FIT=3 (the last stage: a single statement too large) a clause
 * is compiled for BPF CPU v4, whose gotol reaches any instruction, and dtc
 * says that the object needs Linux 6.6.
 * REQUIRES: root
 * RUN: python3 %S/Inputs/big-clause.py 3000 > %t.d
 * RUN: %dtc %t.d -o %t.o 2> %t.err
 * RUN: FileCheck %s --check-prefix=QUIET --allow-empty < %t.err
 * RUN: %dtrun %t.o | FileCheck %s
 * RUN: llvm-objdump -d %t.o | FileCheck %s --check-prefix=SPLIT
 * RUN: python3 %S/Inputs/big-clause.py 10 > %t.small.d
 * RUN: env DTC_BPF_FIT=3 %dtc %t.small.d -o %t.v4.o 2> %t.v4.err
 * RUN: FileCheck %s --check-prefix=WARN < %t.v4.err
 * QUIET-NOT: {{.}}
 * SPLIT: <dtc_clause_0_0>:
 * SPLIT: <dtc_clause_0_1>:
 * WARN: dtc: warning: a clause is larger than BPF's 16-bit jumps reach: compiled for BPF CPU v4 (long jumps), which needs Linux 6.6 or later
 * CHECK: {{^}}3000{{$}}
 */
