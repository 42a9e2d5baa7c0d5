/*
 * quantize/lquantize/llquantize tables: header, @ bars, the zero rows around the data, < and >= rows, increments.
 * quantize(-5) counts in bucket -4 as 5 does in 4 (Oracle's dt_agg_qbin(): the highest bit of the magnitude).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}           value  ------------- Distribution ------------- count    {{$}}
 * CHECK-NEXT: {{^}}              -1 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               0 |@@@@@@@@                                 1        {{$}}
 * CHECK-NEXT: {{^}}               1 |@@@@@@@@                                 1        {{$}}
 * CHECK-NEXT: {{^}}               2 |@@@@@@@@@@@@@@@@                         2        {{$}}
 * CHECK-NEXT: {{^}}               4 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               8 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              16 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              32 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              64 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}             128 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}             256 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}             512 |@@@@@@@@                                 1        {{$}}
 * CHECK-NEXT: {{^}}            1024 |                                         0        {{$}}
 * CHECK-EMPTY:
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}           value  ------------- Distribution ------------- count    {{$}}
 * CHECK-NEXT: {{^}}              -8 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              -4 |@@@@@@@@@@@@@@@@@@@@                     1        {{$}}
 * CHECK-NEXT: {{^}}              -2 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              -1 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               0 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               1 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               2 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               4 |@@@@@@@@@@@@@@@@@@@@                     1        {{$}}
 * CHECK-NEXT: {{^}}               8 |                                         0        {{$}}
 * CHECK-EMPTY:
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}           value  ------------- Distribution ------------- count    {{$}}
 * CHECK-NEXT: {{^}}             < 0 |@@@@@@@@@@@@@@@@@@@@@@@@                 3        {{$}}
 * CHECK-NEXT: {{^}}               0 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               2 |@@@@@@@@                                 1        {{$}}
 * CHECK-NEXT: {{^}}               4 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               6 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               8 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}           >= 10 |@@@@@@@@                                 1        {{$}}
 * CHECK-EMPTY:
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}           value  ------------- Distribution ------------- count    {{$}}
 * CHECK-NEXT: {{^}}               4 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               6 |@@@@                                     1        {{$}}
 * CHECK-NEXT: {{^}}               8 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              10 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              20 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              40 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              60 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              80 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}             100 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}             200 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@     8        {{$}}
 * CHECK-NEXT: {{^}}             400 |                                         0        {{$}}
 * CHECK-EMPTY:
 */
#pragma D option quiet
BEGIN
{
	@q = quantize(0); @q = quantize(1); @q = quantize(3); @q = quantize(3); @q = quantize(1000);
	@n = quantize(-5); @n = quantize(7);
	@l = lquantize(3, 0, 10, 2); @l = lquantize(12, 0, 10, 2); @l = lquantize(-1, 0, 10, 2, 3);
	@h = llquantize(320, 10, 0, 5, 5, 8); @h = llquantize(7, 10, 0, 5, 5);
	exit(0);
}
