/*
 * Two integers compare as DTrace's 64-bit registers, signed when their
 * promoted type is (dt_type_promote(): no promotion to int; the operand
 * of greater rank, unsigned outranking signed of one size), folded or
 * not: unsigned char 200 > char -1 is false, where C compares two ints.
 * ?: of two integers has that promoted type too (dt_cook_op3()), unless
 * its condition is a constant: then it is the chosen operand itself, of its
 * own type (dt_node_op3()), so x = 1 ? (char)1 : (short)2 is a char.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: 0 0 0 0 1
 * CHECK-NEXT: 1 1 1 1
 * CHECK-NEXT: 1 1 1 8
 */
#pragma D option quiet

BEGIN
{
	uc = (unsigned char)200;
	c = (char)-1;
	us = (unsigned short)1;
	s = (short)-1;
	m = -1;
	u = 1U;
	printf("%d %d %d %d %d\n", uc > c, us > s, m < u, (unsigned char)200 > (char)-1,
	    m < 1L);
	printf("%d %d %d %d\n", c < 0, m < 0, uc > 100, (short)-1 < (char)1);
	x = 1 ? (char)1 : (short)2;
	printf("%d %d %d %d\n", sizeof(x), sizeof(m ? (char)1 : (char)2), sizeof(m ? uc : c),
	    sizeof(m ? 1 : 2L));
	exit(0);
}
