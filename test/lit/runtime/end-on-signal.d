/*
 * SIGTERM ends tracing: END runs once, output is flushed, status 0.  Like
 * dtrace, an interrupt prints one newline, even in quiet mode.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: sh -c '%dtrun %t.o > %t.out & pid=$!; sleep 1; kill -TERM $pid; wait $pid'
 * RUN: FileCheck %s < %t.out
 * CHECK: begin
 * CHECK-EMPTY:
 * CHECK-NEXT: end
 */
#pragma D option quiet
BEGIN { printf("begin\n"); }
END { printf("end\n"); }
