/*
 * chill(ns) spins the probe for ns nanoseconds; a CPU may not chill more
 * than 500 ms of each one-second interval, and a chill() past that (or
 * one longer than 500 ms alone) is an illegal operation that abandons
 * its clause, as DTrace's dtrace_action_chill(); zero and negative times
 * spin nothing.  chill() is destructive: without -w it is refused.
 * BEGIN's clauses all run on one CPU, so they share its interval.
 * REQUIRES: root
 * RUN: %dtc -w %s -o %t.o
 * RUN: %dtrun -w %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err
 * RUN: not %dtrun %t.o 2>&1 | FileCheck %s --check-prefix=NOW
 * CHECK: {{^}}zero{{$}}
 * CHECK-NOT: not reached
 * CHECK: {{^}}spun{{$}}
 * ERR: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): illegal operation
 * ERR: error in dt_clause_2 for probe ID 1 (dtrace:::BEGIN): illegal operation
 * NOW: dtrace: could not enable tracing: Destructive actions not allowed
 */
#pragma D option quiet
BEGIN { chill(0); chill(-1); printf("zero\n"); t0 = timestamp; chill(300000000); }
BEGIN { chill(250000000); printf("not reached: 550 ms in one second\n"); }
BEGIN { chill(500000001); printf("not reached: over 500 ms alone\n"); }
BEGIN { exit(0); }
END { printf("%s\n", timestamp - t0 >= 300000000 ? "spun" : "short"); }
