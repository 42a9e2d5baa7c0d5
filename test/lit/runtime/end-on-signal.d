/*
 * SIGTERM ends tracing: END runs once, output is flushed, status 0.  Like
 * dtrace, an interrupt prints one newline, even in quiet mode.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * The signal comes once BEGIN's output is there (tracing has started), not
 * after a fixed sleep that a loaded machine may outlast.
 * RUN: rm -f %t.out
 * RUN: sh -c '%dtrun %t.o > %t.out & pid=$!; i=0; until grep -q begin %t.out 2>/dev/null || [ $i -ge 300 ]; do sleep 0.1; i=$((i + 1)); done; kill -TERM $pid; wait $pid'
 * RUN: FileCheck %s < %t.out
 * CHECK: begin
 * CHECK-EMPTY:
 * CHECK-NEXT: end
 */
#pragma D option quiet
BEGIN { printf("begin\n"); }
END { printf("end\n"); }
