/*
 * quantize()/lquantize() with weights near INT64_MAX and negative weights:
 * the weight is the 64-bit value of an int-typed constant expression, counts
 * wrap as DTrace's do, and the bars split at the zero column (aggs/tst.negquant).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK:      {{^}}  m-oceanview                                       {{$}}
 * CHECK-NEXT: {{^}}           value  ------------- Distribution ------------- count    {{$}}
 * CHECK-NEXT: {{^}}               0                     |                     0        {{$}}
 * CHECK-NEXT: {{^}}               1           @@@@@@@@@@|                     -9223372036854775808{{$}}
 * CHECK-NEXT: {{^}}               2                     |@@@@@@@@@@           9223372036854775807{{$}}
 * CHECK-NEXT: {{^}}               4                     |                     0        {{$}}
 * CHECK-NEXT: {{^}}               8                     |                     400000   {{$}}
 * CHECK-NEXT: {{^}}              16                     |                     0        {{$}}
 * CHECK:      {{^}}  l-taraval                                         {{$}}
 * CHECK-NEXT: {{^}}           value  ------------- Distribution ------------- count    {{$}}
 * CHECK-NEXT: {{^}}               0                     |                     0        {{$}}
 * CHECK-NEXT: {{^}}               1           @@@@@@@@@@|                     -9223372036854775808{{$}}
 * CHECK-NEXT: {{^}}               2                     |@@@@@@@@@@           9223372036854775807{{$}}
 * CHECK-NEXT: {{^}}               3                     |                     0        {{$}}
 */
#pragma D option quiet
BEGIN
{
	@["m-oceanview"] = quantize(1, (1 << 63) - 1);
	@["m-oceanview"] = quantize(1);
	@["m-oceanview"] = quantize(2, (1 << 63) - 1);
	@["m-oceanview"] = quantize(8, 400000);
	@l["l-taraval"] = lquantize(1, 0, 10, 1, (1 << 63) - 1);
	@l["l-taraval"] = lquantize(1, 0, 10, 1);
	@l["l-taraval"] = lquantize(2, 0, 10, 1, (1 << 63) - 1);
	exit(0);
}
