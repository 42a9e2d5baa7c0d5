/*
 * dt_cg_agg(): the aggregation's key is evaluated, then dt_get_agg() makes
 * its entry with the function's initial value, then the function's
 * arguments are: a fault in them (here a division by zero) leaves the
 * entry, and DTrace prints it (count and sum 0, min INT64_MAX, max
 * INT64_MIN, an empty distribution).  A fault in the key makes none.
 * Checked against Oracle's dtrace.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * CHECK:      {{^}}  k                                                                 0{{$}}
 * CHECK-NEXT: {{^}}                0{{$}}
 * CHECK-NEXT: {{^}}  k                                                  9223372036854775807{{$}}
 * CHECK-NEXT: {{^}} 9223372036854775807{{$}}
 * CHECK-NEXT: {{^}} -9223372036854775808{{$}}
 * CHECK-NEXT: {{^}}                0{{$}}
 * CHECK-NEXT: {{^}}  k                                                 {{$}}
 * CHECK-NEXT: {{^}}           value  ------------- Distribution ------------- count    {{$}}
 * CHECK-NEXT: {{^}}              -1 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               0 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               1 |                                         0        {{$}}
 * CHECK-NOT: nokey
 * RUN: FileCheck %s --check-prefix=ERR --input-file %t.err --implicit-check-not=dtrace:
 * ERR-COUNT-8: dtrace: error in dt_clause_{{[0-7]}} for probe ID 1 (dtrace:::BEGIN): divide-by-zero at BPF pc
 */
#pragma D option quiet
BEGIN { y = 0; @s["k"] = sum(10 / y); }
BEGIN { @s2 = sum(10 / y); }
BEGIN { @mn["k"] = min(10 / y); }
BEGIN { @mn2 = min(10 / y); }
BEGIN { @mx = max(10 / y); }
BEGIN { @av = avg(10 / y); }
BEGIN { @q["k"] = quantize(10 / y); }
BEGIN { @nokey[10 / y] = count(); }
BEGIN { exit(0); }
