/*
 * A producer faster than the consumer (a trunc( ) per write(2) of dd bs=1,
 * each a snapshot of the aggregation) keeps the ring buffer from emptying:
 * SIGTERM still ends tracing, as dtrace stops on it at its next buffer
 * switch; dtrun drained forever, the signal waiting in its signalfd.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: rm -f %t.out
 * RUN: sh -c '%dtrun %t.o -c "dd if=/dev/zero of=/dev/null bs=1" > %t.out 2>&1 & pid=$!; i=0; until grep -q begin %t.out 2>/dev/null || [ $i -ge 300 ]; do sleep 0.1; i=$((i + 1)); done; sleep 2; kill -TERM $pid; i=0; while kill -0 $pid 2>/dev/null && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done; if kill -0 $pid 2>/dev/null; then kill -KILL $pid; echo hung; fi; wait $pid; echo rc=$?' > %t.rc
 * RUN: FileCheck %s < %t.rc
 * CHECK-NOT: hung
 * CHECK: rc=0
 */
#pragma D option quiet
#pragma D option bufsize=64k
BEGIN { printf("begin\n"); }
syscall::write:entry /pid == $target/ { @[arg2 & 0xff, timestamp & 0x3ff] = count(); trunc(@, 1); }
END { printf("end\n"); }
