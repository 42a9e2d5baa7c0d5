/*
 * system() runs its formatted command when dtrun consumes the record, in
 * order with printf() output; raise() signals the traced process
 * (bpf_send_signal: here it kills it, and dtrun ends with it); destructive actions need -w or the destructive option.
 * REQUIRES: root
 * RUN: cc -O0 -o %t.bin %S/../Inputs/stack-target.c
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -w -c %t.bin %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --allow-empty --check-prefix=ERR --input-file %t.err
 * RUN: %dtc -w -o %t3.o %S/../Inputs/system-no-w.d
 * RUN: not %dtrun %t3.o 2>&1 | FileCheck %s --check-prefix=NOW
 * CHECK: {{^}}before{{$}}
 * CHECK-NEXT: {{^}}sys 7 BEGIN{{$}}
 * CHECK-NEXT: {{^}}after{{$}}
 * CHECK-NEXT: {{^}}raised{{$}}
 * ERR-NOT: allowing destructive actions
 * NOW: dtrace: could not enable tracing: Destructive actions not allowed
 */
#pragma D option quiet
#pragma D option destructive
BEGIN { printf("before\n"); system("echo sys %d %s", 7, probename); printf("after\n"); }
syscall::getppid:entry /pid == $target/ { raise(9); printf("raised\n"); }
