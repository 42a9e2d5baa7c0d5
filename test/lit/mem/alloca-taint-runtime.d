/*
 * bcopy() into a cast to string or stringof() of an alloca'd pointer writes
 * into the alloca'd memory the pointer addresses: a D string is a pointer,
 * and the cast keeps the taint (dt_cook_op2(), dt_cg_subr_bcopy_impl()).
 * As source, such a string is read where it points, not copied first.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}cast abcd|{{$}}
 * CHECK-NEXT: {{^}}stringof wxyz|{{$}}
 * CHECK-NEXT: {{^}}cond abcde|{{$}}
 * CHECK-NEXT: {{^}}self ab|{{$}}
 * CHECK-NEXT: {{^}}int 12|{{$}}
 */
#pragma D option quiet

BEGIN
{
	p = alloca(8);
	bcopy("abcd", (string)p, 5);
	printf("cast %s|\n", stringof(p));
	bcopy("wxyz", stringof(p), 5);
	printf("stringof %s|\n", stringof(p));
	bcopy("abcdefg", 1 ? (string)p : (string)p, 5);
	printf("cond %s|\n", stringof(p));
	bcopy("ab", (string)p, 3);
	bcopy((string)p, (string)p, 5);
	printf("self %s|\n", stringof(p));
	x = (uintptr_t)p;
	bcopy("12", (void *)x, 3);
	printf("int %s|\n", stringof(p));
	exit(0);
}
