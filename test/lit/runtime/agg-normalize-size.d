/*
 * normalize()'s value is recorded at its own size and read unsigned
 * (dt_cg_store_val(), dt_normalize()): an int -1 divides by 4294967295,
 * a char -1 by 255; a long long -1 by 2^64 - 1 (-1 to %d).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}a 2{{$}}
 * CHECK-NEXT: {{^}}b 33686018{{$}}
 * CHECK-NEXT: {{^}}c -8589934590 0{{$}}
 */
#pragma D option quiet
BEGIN
{
	@a = sum(8589934590);
	@b = sum(8589934590);
	@c = sum(8589934590);
	normalize(@a, -1);
	normalize(@b, (char)-1);
	normalize(@c, -1LL);
	printa("a %@d\n", @a);
	printa("b %@d\n", @b);
	printa("c %@d %@u\n", @c);
	exit(0);
}
