/*
 * -c: $target is the child (split on blanks as dtrace does, no quoting), which starts only once probes are enabled;
 * tracing ends when it exits ("pid N has exited" unless quiet).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o -c false > %t.out 2> %t.err
 * RUN: FileCheck %s < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: exit_group:entry exit_group:entry 1
 * ERR: dtrace: pid {{[0-9]+}} has exited
 */
syscall::exit_group:entry /pid == $target/ { printf("%s:%s %d", probefunc, probename, arg0); }
