/*
 * setopt("rawbytes") while tracing runs: dt_print_trace() reads the option
 * for each trace() it prints, so every later trace() is a hex dump of its
 * record, and setopt("rawbytes", "no") turns it off again (dt_consume.c).
 * dtrun's fast path for trace() chose text once, at start.  (Oracle's
 * dtrace prints the same.)
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}5{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: 2a 00 00 00                                      *...{{$}}
 * CHECK-NEXT: {{^}}7{{$}}
 */
#pragma D option quiet

BEGIN { trace(5); printf("\n"); setopt("rawbytes"); }
BEGIN { trace(42); setopt("rawbytes", "no"); }
BEGIN { trace(7); printf("\n"); exit(0); }
