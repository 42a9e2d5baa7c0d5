/*
 * Speculative output appears only when committed, in commit order, after
 * what was traced before the commit; discarded output never; speculate()
 * on ID 0, a negative ID or one past nspec abandons the clause without a
 * fault (Oracle DTrace's dt_speculation_speculate() finds no entry); with
 * nspec=2 a third speculation() fails and is reported; commit(-1) is an
 * illegal operation, the only fault here.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace --implicit-check-not=discarded
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err
 * CHECK: {{^}}ids 1 2 0{{$}}
 * CHECK-NEXT: {{^}}not speculative{{$}}
 * CHECK-NEXT: {{^}}kept 1{{$}}
 * CHECK-NEXT: {{^}}kept again{{$}}
 * CHECK-NEXT: {{^}}after{{$}}
 * (BEGIN calls exit(): the failed speculation is reported at dtrace's first
 * status check, before BEGIN's records are read, dtrace_work(), as Oracle's
 * dtrace prints them.)
 * ERR-NOT: error in
 * ERR: dtrace: 1 failed speculation (no speculative buffer available)
 * ERR-NOT: error in dt_clause_{{[0-9]}} for
 * ERR: dtrace: error in dt_clause_10 for probe ID 1 (dtrace:::BEGIN): illegal operation at BPF pc {{[1-9][0-9]*}}
 * ERR-NOT: error in
 */
#pragma D option quiet
#pragma D option nspec=2
BEGIN { a = speculation(); b = speculation(); c = speculation(); }
BEGIN { printf("ids %d %d %d\n", a, b, c); }
BEGIN { speculate(a); printf("kept %d\n", a); }
BEGIN { speculate(b); printf("discarded\n"); }
BEGIN { speculate(a); printf("kept again\n"); }
BEGIN { printf("not speculative\n"); }
BEGIN { commit(a); discard(b); }
BEGIN { speculate(0); printf("discarded\n"); }
BEGIN { speculate(-1); printf("discarded\n"); }
BEGIN { speculate(3); printf("discarded\n"); }
BEGIN { commit(-1); }
BEGIN { printf("after\n"); exit(0); }
