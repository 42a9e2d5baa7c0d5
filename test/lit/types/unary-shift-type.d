/*
 * Unary -, + and ~ and the shifts keep their (left) operand's type, not
 * C's promoted int: dt_cook_op1() and dt_cook_op2() propagate it, and
 * dt_node_op1()/op2() fold constants the same way.  So sizeof(-c) of a
 * char is 1 and a variable assigned s << 15 of a short is a short.  The
 * value is a 64-bit register's, truncated where it is recorded or stored:
 * ~uc == 255 is false, i << 32 of an int is 0, not undefined.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: 1 1 1 2 4 8
 * CHECK-NEXT: -128 255 -32768 -1
 * CHECK-NEXT: -128 255 -32768 1 1 2
 * CHECK-NEXT: 0 -128 -2147483648 0
 */
#pragma D option quiet

BEGIN
{
	c = (char)-128;
	uc = (unsigned char)0;
	s = (short)1;
	i = 1;
	printf("%d %d %d %d %d %d\n", sizeof(-c), sizeof(~uc), sizeof(-(char)1),
	    sizeof(s << 1), sizeof(-s + 1), sizeof(1L << 2));
	printf("%d %d %d %d\n", -c, ~uc, s << 15, -s);
	x = -c;
	y = ~uc;
	z = s << 15;
	printf("%d %d %d %d %d %d\n", x, y, z, sizeof(x), sizeof(y), sizeof(z));
	printf("%d %d %d %d\n", ~uc == 255, (c << 1) >> 1, i << 31, i << 32);
	exit(0);
}
