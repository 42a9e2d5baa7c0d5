/*
 * trunc()'s count is recorded at its own size and read back signed, as
 * dt_cg_store_val() and dt_trunc() do: (uint8_t)255 and (unsigned int)
 * 0xffffffff are -1 (keep the lowest value), (unsigned short)0xfffe is -2;
 * dtc widened them to 255, 4294967294 ... and kept every row.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}a 1 1{{$}}
 * CHECK-NEXT: {{^}}b 1 1{{$}}
 * CHECK-NEXT: {{^}}b 2 2{{$}}
 * CHECK-NEXT: {{^}}c 1 1{{$}}
 * CHECK-NEXT: {{^}}d 2 2{{$}}
 * CHECK-NEXT: {{^}}d 3 3{{$}}
 * CHECK-NOT: {{.}}
 */
#pragma D option quiet
BEGIN
{
	@a[1] = sum(1); @a[2] = sum(2); @a[3] = sum(3);
	@b[1] = sum(1); @b[2] = sum(2); @b[3] = sum(3);
	@c[1] = sum(1); @c[2] = sum(2); @c[3] = sum(3);
	@d[1] = sum(1); @d[2] = sum(2); @d[3] = sum(3);
	trunc(@a, (uint8_t)255);
	trunc(@b, (unsigned short)0xfffe);
	trunc(@c, (unsigned int)0xffffffff);
	trunc(@d, (char)2);
	printa("a %d %@d\n", @a);
	printa("b %d %@d\n", @b);
	printa("c %d %@d\n", @c);
	printa("d %d %@d\n", @d);
	exit(0);
}
