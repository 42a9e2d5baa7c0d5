/*
 * nspec takes any count dt_opt_runtime() takes, as DTrace's: 0 is no
 * speculation at all (speculation() fails as unavailable, commit(1) is an
 * illegal operation, as dt_speculation_set_drainable() finds the ID past
 * nspec), and a count past the 64 speculations dtc keeps active is taken
 * (commit() of an ID within it is no error); dtc refused both.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -x nspec=0 %t.o > %t.0 2>&1
 * RUN: FileCheck %s --check-prefix=ZERO < %t.0
 * RUN: %dtrun -x nspec=100000 %t.o 2>&1 | FileCheck %s --check-prefix=MANY
 * ZERO-DAG: {{^}}a=0{{$}}
 * ZERO-DAG: illegal operation
 * ZERO-DAG: 1 failed speculation (no speculative buffer available)
 * MANY: {{^}}a=1{{$}}
 * MANY-NOT: illegal operation
 * MANY-NOT: failed speculation
 */
#pragma D option quiet
BEGIN { a = speculation(); printf("a=%d\n", a); }
BEGIN { speculate(a); printf("never shown\n"); }
BEGIN { commit(80); }
BEGIN { exit(0); }
