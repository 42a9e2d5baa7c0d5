/*
 * An inline whose value the parser folds to an integer constant is, where
 * it is used, a copy of that constant node, with the constant's own type
 * (dt_node_ident(); dt_node_op1() and dt_node_op2() fold literals, unary
 * and binary operators over constants, sizeof of a type and casts of a
 * constant to an integer type): inline char c1 = 300 is 300 and
 * sizeof (c1) 4, while (char)300 folds to a char, 44.  An inline of any
 * other expression is converted to its declared type.  Checked against
 * Oracle's dtrace.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK:300 44 397 -1 0 80000 511 -300 -1 300 3000000000 300 44
 * CHECK-NEXT:4 1 4 4 4 8 4 4 4 4 8 4 1
 * CHECK-NEXT:ffffffff 511 ffffffff
 */
inline char c1 = 300;
inline char c2 = (char)300;
inline char c3 = 'a' + 300;
inline unsigned char c4 = -1;
inline int64_t c5 = 1 << 40;
inline short c6 = sizeof (int) * 20000;
inline uint8_t c7 = 0x1ff;
inline char c8 = -(300);
inline char c9 = ~0;
inline int c10 = 1 ? 300 : 2;
inline char c11 = 3000000000;
inline int c12 = c1;
int g;
inline char c13 = g;

BEGIN
{
	g = 300;
	printf("%d %d %d %d %d %d %d %d %d %d %d %d %d\n", c1, c2, c3, c4, c5,
	    c6, c7, c8, c9, c10, c11, c12, c13);
	printf("%d %d %d %d %d %d %d %d %d %d %d %d %d\n", sizeof (c1),
	    sizeof (c2), sizeof (c3), sizeof (c4), sizeof (c5), sizeof (c6),
	    sizeof (c7), sizeof (c8), sizeof (c9), sizeof (c10), sizeof (c11),
	    sizeof (c12), sizeof (c13));
	printf("%x %u %x\n", c4, c7, c9);
	exit(0);
}
