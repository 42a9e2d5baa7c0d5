/*
 * commit() and discard() leave a speculation draining until dtrun has read
 * them, as Oracle DTrace's speculations stay in the specs map until the
 * consumer drains them (bpf/speculation.c, dt_consume.c): in the same
 * firing, speculate() on it abandons the clause and speculation() fails,
 * counted as busy, and stops at the first draining ID even when a later
 * one is free (dt_speculation()'s search); once read, the ID is free again
 * and speculation() hands it out anew.  A second commit or discard of a
 * drained speculation changes nothing, and the later speculation on the
 * same ID keeps its own records.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace --implicit-check-not=discarded
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err --implicit-check-not=dtrace:
 * CHECK: {{^}}spec 1{{$}}
 * CHECK-NEXT: {{^}}busy 0{{$}}
 * CHECK-NEXT: {{^}}reused 1{{$}}
 * CHECK-NEXT: {{^}}second generation{{$}}
 * CHECK-NEXT: {{^}}done{{$}}
 * ERR: dtrace: 1 failed speculation (available buffer(s) still busy)
 */
#pragma D option quiet
#pragma D option nspec=2
BEGIN { a = speculation(); n = 0; c = 0; }
BEGIN { speculate(a); printf("spec %d\n", a); }
BEGIN { commit(a); }
BEGIN { speculate(a); printf("discarded\n"); }
BEGIN { b = speculation(); printf("busy %d\n", b); }
BEGIN { discard(a); }
tick-50ms /n == 3/ { printf("done\n"); exit(0); }
tick-50ms /n == 2/ { commit(c); n++; }
tick-50ms /n == 1/ { speculate(c); printf("second generation\n"); n++; }
tick-50ms /n == 0/ { c = speculation(); printf("reused %d\n", c); n++; }
