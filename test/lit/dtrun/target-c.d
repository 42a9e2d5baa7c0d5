/*
 * -c: $target is the child (split on blanks as dtrace does, no quoting), which starts only once probes are enabled;
 * tracing ends when it exits, with no message: dtrace's prochandler() prints
 * only what libdtrace gives it, and dt_proc.c gives nothing for a death.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o -c false > %t.out 2> %t.err
 * RUN: FileCheck %s < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: exit_group:entry exit_group:entry 1
 * ERR: dtrace: script '{{.*}}target-c.d' matched 1 probe
 * ERR-NOT: exited
 */
syscall::exit_group:entry /pid == $target/ { printf("%s:%s %d", probefunc, probename, arg0); }
