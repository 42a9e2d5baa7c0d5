/*
 * syscall:::entry attaches to every system call at once and detaches fast.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s
 * CHECK: dtrace: script '{{.*}}' matched {{[0-9][0-9][0-9]+}} probes
 * CHECK: :tick-200ms ok
 */
syscall:::entry { n++; }
tick-200ms /n > 0/ { printf("ok\n"); exit(0); }
