/*
 * dt_handle_status() and dt_handle_cpudrop() write a drop message, its
 * [TAG] too with -xdroptags, into char str[80]: a longer one is cut at 79
 * characters, and the failed speculations of the unavailable kind lose
 * their ')' when tagged (checked against Oracle's dtrace).  Untagged, the
 * same message is whole.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -xdroptags %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.err --match-full-lines --implicit-check-not=dtrace:
 * CHECK: dtrace: [DTRACEDROP_SPECUNAVAIL] 2 failed speculations (no speculative buffer available
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.err --match-full-lines --check-prefix=PLAIN --implicit-check-not=dtrace:
 * PLAIN: dtrace: 2 failed speculations (no speculative buffer available)
 */
#pragma D option quiet
#pragma D option nspec=1
BEGIN { a = speculation(); b = speculation(); c = speculation(); }
BEGIN { exit(0); }
