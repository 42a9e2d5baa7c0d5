/*
 * A clause too large for BPF's 16-bit jump offsets (LLVM's BPF back end
 * stops with "Branch target out of insn range" for CPU v1-v3): dtc compiles
 * it again for BPF CPU v4, whose gotol reaches any instruction, says that
 * the object needs Linux 6.6, and the object runs.
 * REQUIRES: root
 * RUN: python3 %S/Inputs/big-clause.py 3000 > %t.d
 * RUN: %dtc %t.d -o %t.o 2> %t.err
 * RUN: FileCheck %s --check-prefix=WARN < %t.err
 * RUN: %dtrun %t.o | FileCheck %s
 * WARN: dtc: warning: a clause is larger than BPF's 16-bit jumps reach: compiled for BPF CPU v4 (long jumps), which needs Linux 6.6 or later
 * CHECK: {{^}}3000{{$}}
 */
