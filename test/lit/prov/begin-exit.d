/*
 * exit() in a BEGIN clause: the probe's later clauses do not run (DTrace's
 * DRAINING state); END still runs.  Empty probe names read as "".
 * REQUIRES: root
 * RUN: %dtrun -q -s %s | FileCheck %s --implicit-check-not=here
 * CHECK: [dtrace][][][BEGIN]
 * CHECK-NEXT: end
 */
BEGIN { printf("[%s][%s][%s][%s]\n", probeprov, probemod, probefunc, probename); exit(0); }
BEGIN { printf("shouldn't be here\n"); }
END { printf("end\n"); }
