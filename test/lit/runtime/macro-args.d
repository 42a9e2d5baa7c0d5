/*
 * $N and $$N are bound when dtrun loads the object: one object, many runs.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 1234 foo | FileCheck %s --check-prefix=ONE
 * RUN: %dtrun %t.o 77 bar | FileCheck %s --check-prefix=TWO
 * RUN: not %dtrun %t.o 1 2>&1 | FileCheck %s --check-prefix=MISSING
 * ONE: 1235 foo
 * TWO: 78 bar
 * MISSING: dtrace:{{.*}}$2
 */
#pragma D option quiet
BEGIN { printf("%d %s\n", $1 + 1, $$2); exit(0); }
