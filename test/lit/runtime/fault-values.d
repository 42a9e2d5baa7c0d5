/*
 * The value a fault reports (ERROR's arg5, the message's "(0x...)"):
 * link_ntop() of a link type DTrace does not know faults "illegal
 * operation" with the type (dt_cg_subr_link_ntop()); copyout() and
 * copyoutstr() to NULL fault "invalid address" at 0 before anything is
 * written, whether or not this kernel lets BPF write user memory
 * (dt_cg_check_notnull() of the destination).  Checked against Oracle's
 * dtrace.
 *
 * REQUIRES: root
 * RUN: %dtc -w %s -o %t.o
 * RUN: %dtrun -w %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * CHECK: {{^}}fault 3 99 in 1{{$}}
 * CHECK-NEXT: {{^}}fault 1 0 in 2{{$}}
 * CHECK-NEXT: {{^}}fault 1 0 in 3{{$}}
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err
 * ERR: dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): illegal operation at BPF pc
 * ERR: dtrace: error in dt_clause_2 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0) at BPF pc
 * ERR: dtrace: error in dt_clause_3 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0) at BPF pc
 */
#pragma D option quiet
ERROR { printf("fault %d %d in %d\n", arg4, (long)arg5, arg2); }
BEGIN { t = 99; trace(link_ntop(t, alloca(6))); }
BEGIN { copyout("abc", 0, 3); }
BEGIN { copyoutstr("abc", 0, 3); }
BEGIN { exit(0); }
