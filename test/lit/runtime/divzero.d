/*
 * A runtime fault aborts the clause, fires ERROR, and tracing goes on.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: after
 * CHECK: error fault 4
 * CHECK-NOT: never
 * ERR: dtrace: error {{.*}}(dtrace:::BEGIN): divide-by-zero
 */
#pragma D option quiet
BEGIN { z = 0; }
BEGIN { printf("never %d\n", 1 / z); }
ERROR { printf("error fault %d\n", arg4); }
BEGIN { printf("after\n"); exit(0); }
