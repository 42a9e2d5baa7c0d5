/*
 * quantize() of a value whose range clang knows ((uint32_t)x % 200 is
 * 0..199): clang dropped the bucket index's mask as useless, and the
 * verifier, which cannot follow the bit-length computation, saw an index
 * without a bound (R0 unbounded memory access: found by test/fuzz/gen_d.py).
 * The values 0, 1 and 3 ((uint32_t)-197 % 200 is 99) go to their buckets.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --strict-whitespace
 * CHECK:      {{^}}           value  ------------- Distribution ------------- count    {{$}}
 * CHECK-NEXT: {{^}}              -1 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               0 |@@@@@@@@@@                               1        {{$}}
 * CHECK-NEXT: {{^}}               1 |@@@@@@@@@@                               1        {{$}}
 * CHECK-NEXT: {{^}}               2 |@@@@@@@@@@                               1        {{$}}
 * CHECK-NEXT: {{^}}               4 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               8 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              16 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              32 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}              64 |@@@@@@@@@@                               1        {{$}}
 * CHECK-NEXT: {{^}}             128 |                                         0        {{$}}
 */
BEGIN
{
	x = 200;
	@q = quantize((uint32_t)x % 200);
	@q = quantize((uint32_t)(x + 1) % 200);
	@q = quantize((uint32_t)(x + 3) % 200);
	@q = quantize((uint32_t)(x - 397) % 200);
	exit(0);
}
