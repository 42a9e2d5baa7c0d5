/*
 * count/sum/avg/min/max/stddev and mixed keys printed at exit: DTrace's widths, value-then-key order (uint8 keys print unsigned).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^$}}
 * CHECK-NEXT: {{^}}                2{{$}}
 * CHECK-NEXT: {{^}}        2                7{{$}}
 * CHECK-NEXT: {{^}}        1                8{{$}}
 * CHECK-NEXT: {{^}}                2{{$}}
 * CHECK-NEXT: {{^}}               -2{{$}}
 * CHECK-NEXT: {{^}}                9{{$}}
 * CHECK-NEXT: {{^}}                5{{$}}
 * CHECK-NEXT: {{^}}  bb                                                   2                1{{$}}
 * CHECK-NEXT: {{^}}  c                                                  255                1{{$}}
 * CHECK-NEXT: {{^}}  a                                                    7                2{{$}}
 */
#pragma D option quiet
BEGIN
{
	@c = count(); @c = count();
	@s[1] = sum(5); @s[2] = sum(7); @s[1] = sum(3);
	@a = avg(1); @a = avg(4);
	@mi = min(3); @mi = min(-2);
	@ma = max(3); @ma = max(9);
	@sd = stddev(10); @sd = stddev(20);
	@k["bb", (char)2] = count(); @k["a", (char)7] = count(); @k["a", (char)7] = count();
	@k["c", (char)-1] = count();
	exit(0);
}
