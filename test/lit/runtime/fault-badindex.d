/*
 * An array of more than one element indexed by a value that is not a
 * constant is bounds-checked as Oracle DTrace's dt_cg_arithmetic_op()
 * does: past the end, or negative, faults "index out of bounds" with the
 * byte offset divided by the element size, unsigned, printed signed
 * (dt_handle_err()'s " (%ld)"): -1 of a char array, 2^62 - 1 of an int
 * array; ERROR sees fault 11 (DTRACEFLT_BADINDEX) and that value.  A kernel
 * array, a D array, and an index within bounds.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err --implicit-check-not=dtrace:
 * CHECK: {{^}}in bounds 7{{$}}
 * CHECK-NEXT: {{^}}ERROR 11 20{{$}}
 * CHECK-NEXT: {{^}}ERROR 11 -1{{$}}
 * CHECK-NEXT: {{^}}ERROR 11 4{{$}}
 * CHECK-NEXT: {{^}}ERROR 11 4611686018427387903{{$}}
 * ERR: dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): index out of bounds (20) at BPF pc {{[0-9]+}}
 * ERR-NEXT: dtrace: error in dt_clause_2 for probe ID 1 (dtrace:::BEGIN): index out of bounds (-1) at BPF pc {{[0-9]+}}
 * ERR-NEXT: dtrace: error in dt_clause_3 for probe ID 1 (dtrace:::BEGIN): index out of bounds (4) at BPF pc {{[0-9]+}}
 * ERR-NEXT: dtrace: error in dt_clause_4 for probe ID 1 (dtrace:::BEGIN): index out of bounds (4611686018427387903) at BPF pc {{[0-9]+}}
 */
#pragma D option quiet
int g[4];
ERROR { printf("ERROR %d %d\n", arg4, (long)arg5); }
BEGIN { i = 20; trace(curthread->comm[i]); }
BEGIN { i = -1; trace(curthread->comm[i]); }
BEGIN { i = 4; g[i] = 1; }
BEGIN { i = -1; trace(g[i]); }
BEGIN { i = 3; g[i] = 7; printf("in bounds %d\n", g[i]); exit(0); }
