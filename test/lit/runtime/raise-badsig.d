/*
 * raise() of a number that is no signal (negative, past _NSIG) is an
 * illegal operation: the clause is abandoned (its later actions do not
 * run) and the error is reported, as DTrace's dtrace_action_raise() does;
 * raise(0) sends nothing and is no error.
 * REQUIRES: root
 * RUN: %dtc -w %s -o %t.o
 * RUN: %dtrun -w %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err
 * CHECK: {{^}}zero{{$}}
 * CHECK-NOT: not reached
 * CHECK: {{^}}end{{$}}
 * ERR: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): illegal operation
 * ERR: error in dt_clause_2 for probe ID 1 (dtrace:::BEGIN): illegal operation
 * ERR: error in dt_clause_3 for probe ID 1 (dtrace:::BEGIN): illegal operation
 */
#pragma D option quiet
BEGIN { raise(0); printf("zero\n"); }
BEGIN { raise(-1); printf("not reached -1\n"); }
BEGIN { raise(65); printf("not reached 65\n"); }
BEGIN { raise(0x100000002); printf("not reached 2^32+2\n"); }
BEGIN { printf("end\n"); exit(0); }
