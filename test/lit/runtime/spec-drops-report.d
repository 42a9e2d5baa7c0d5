/*
 * Speculative drops are counted in two places, and dtrace reports each at
 * its own time: a record that a value it stores would end past specsize by
 * itself is dropped by BPF (dt_cg_store_val(): the speculation's size in
 * the specs map grows only when an output fails, dt_cg_epilogue()), and
 * that count is read at the status tick, before the buffers are consumed;
 * one the consumer cannot hold (dt_consume_one_probe(): what it holds plus
 * this record past specsize) counts as it is consumed, and is reported at
 * the next status, here the one after END.  The status drops come in
 * dt_handle_status()'s order: dynamic variable drops, speculative drops,
 * failed speculations.
 * Here (specsize 24): "a" holds 24; "b" fits alone (24) but not beside it,
 * the consumer drops it; trace(4..6) ends at 40, BPF drops it.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err --implicit-check-not=dtrace: --strict-whitespace
 * CHECK: {{^}}a 1{{$}}
 * CHECK-NEXT: {{^}}done{{$}}
 * ERR: {{^}}dtrace: 1 dynamic variable drop{{$}}
 * ERR-NEXT: {{^}}dtrace: 1 speculative drop{{$}}
 * ERR-NEXT: {{^}}dtrace: 1 failed speculation (no speculative buffer available){{$}}
 * ERR-NEXT: {{^}}dtrace: 1 speculative drop{{$}}
 */
#pragma D option quiet
#pragma D option specsize=24
#pragma D option dynvarsize=64
BEGIN { s = speculation(); t = speculation(); }
BEGIN { a[1] = 1; a[2] = 2; a[3] = 3; a[4] = 4; a[5] = 5; a[6] = 6; a[7] = 7; a[8] = 8; }
BEGIN { speculate(s); printf("a %d\n", 1); }
BEGIN { speculate(s); printf("b %d %d\n", 2, 3); }
BEGIN { speculate(s); trace(4); trace(5); trace(6); }
BEGIN { commit(s); }
BEGIN { printf("done\n"); exit(0); }
