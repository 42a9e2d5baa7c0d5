/*
 * DTrace's types for binary arithmetic (dt_type_promote()): no promotion to
 * int, the operand type of greater rank (bits, plus one when unsigned), so
 * printf("%d") records the sum of an unsigned char and a signed char as an
 * unsigned char (254 + 3 prints 1, 2 + -3 prints 255), of two shorts as a
 * short; the value itself is not truncated (i = C[0] + c[0] stores 257).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: 1 255 1 -2
 * CHECK-NEXT: -31536 257 34000
 */
#pragma D option quiet
unsigned char C[int];
signed char c[int];
short s;
unsigned char uc;
int i;

BEGIN
{
	C[0] = 254;
	c[0] = 3;
	uc = 2;
	s = 17000;
	i = 0;
	printf("%d %d %d %d\n", C[0] + c[0], uc + (signed char)-3, c[0] + (signed char)-2,
	    c[0] + (signed char)-5);
	i = C[0] + c[0];
	printf("%d %d %d\n", s + s, i, (int)s + s);
	exit(0);
}
