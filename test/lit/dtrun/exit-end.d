/*
 * exit(N) from a timer: records drained, END runs, one final newline, status N;
 * quiet also silences the "matched" notice.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: sh -c '%dtrun %t.o > %t.out 2> %t.err; test $? -eq 7'
 * RUN: FileCheck %s --strict-whitespace < %t.out
 * RUN: test ! -s %t.err
 * CHECK: begin
 * CHECK-NEXT: tick
 * CHECK-NEXT: end
 * CHECK-EMPTY:
 */
#pragma D option quiet
END { printf("end\n"); }
BEGIN { printf("begin\n"); }
tick-10ms { printf("tick\n"); exit(7); }
