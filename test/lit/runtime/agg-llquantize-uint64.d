/*
 * llquantize() with factor^(hmag + 1) above INT64_MAX: INT64_MAX falls in
 * the last bin below the 2^63 bound, INT64_MIN (|x| = 2^63) in the negative
 * overflow bin; labels cut to 15 characters as dt_print_llquantize()'s
 * 16-byte label buffer does.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}} <= -92233720368 |@@@@@@@@@@@@@                            1        {{$}}
 * CHECK-NEXT: {{^}} -46116860184273 |                                         0        {{$}}
 * CHECK: {{^}}               1 |@@@@@@@@@@@@@                            1        {{$}}
 * CHECK: {{^}} 461168601842738 |@@@@@@@@@@@@@                            1        {{$}}
 * CHECK-NEXT: {{^}} >= 922337203685 |                                         0        {{$}}
 * CHECK: {{^}} 900000000000000 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 1        {{$}}
 * CHECK-NEXT: {{^}} >= 100000000000 |                                         0        {{$}}
 */
#pragma D option quiet
BEGIN
{
	@a = llquantize(9223372036854775807, 2, 0, 62, 2);
	@a = llquantize(-9223372036854775807 - 1, 2, 0, 62, 2);
	@a = llquantize(1, 2, 0, 62, 2);
	@b = llquantize(9223372036854775807, 10, 0, 18, 10);
	exit(0);
}
