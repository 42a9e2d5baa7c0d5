/*
 * dt_consume_begin(): when BEGIN calls exit(), tracing has stopped (END has
 * run, on BEGIN's CPU) by the time dtrace first reads the buffers, and it
 * prints dtrace:::BEGIN's records first, then the rest in order: the ERROR
 * clauses that BEGIN's faults fired, then END's.  Without exit() in BEGIN,
 * the buffer is read in order (the second run: ERROR's line comes before
 * the next BEGIN clause's).  Checked against Oracle's dtrace.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err --implicit-check-not=dtrace:
 * CHECK: {{^}}begin 2{{$}}
 * CHECK-NEXT: {{^}}ERROR 1 1{{$}}
 * CHECK-NEXT: {{^}}ERROR 4 1{{$}}
 * CHECK-NEXT: {{^}}end 2{{$}}
 * CHECK-NOT: {{.}}
 * ERR: dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0) at BPF pc {{[0-9]+}}
 * ERR-NEXT: dtrace: error in dt_clause_4 for probe ID 2 (dtrace:::END): invalid address (0x0) at BPF pc {{[0-9]+}}
 *
 * RUN: %dtrun -q -n 'ERROR { printf("ERROR %d\n", arg2); } BEGIN { *(int *)0; } BEGIN { printf("begin 2\n"); } tick-10ms { exit(0); }' > %t2.out 2> /dev/null
 * RUN: FileCheck %s --check-prefix=INORDER --input-file %t2.out --strict-whitespace
 * INORDER: {{^}}ERROR 1{{$}}
 * INORDER-NEXT: {{^}}begin 2{{$}}
 */
#pragma D option quiet
ERROR { printf("ERROR %d %d\n", arg2, arg4); }
BEGIN { *(int *)0; }
BEGIN { printf("begin 2\n"); exit(0); }
BEGIN { *(int *)0; }
END { printf("end\n"); *(int *)0; }
END { printf("end 2\n"); }
