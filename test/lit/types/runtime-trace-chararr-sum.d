/*
 * A char array plus an integer keeps the array's type (dt_cook_op2()'s +
 * and -: a pointer and an integer give the pointer operand's type, and an
 * array is one, dt_node_is_pointer()).  So trace(g.name + 1) records
 * sizeof (g.name) bytes from &g.name[1] by reference and dt_print_trace()
 * prints them raw, as trace(g.name), and sizeof (p->comm + 2) is 16; a
 * string read from it (printf("%s")) is still the string from there.  dtc
 * traced the string "B" and gave strsize.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines --strict-whitespace
 * CHECK:             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef
 * CHECK-NEXT:         0: 42 00 00 00 00 43                                B....C
 * CHECK-NEXT:B|6|16|6
 */
struct s { char name[6]; char z; } g;

BEGIN
{
	g.name[0] = 0x41;
	g.name[1] = 0x42;
	g.z = 0x43;
	trace(g.name + 1);
	printf("%s|%d|%d|%d\n", g.name + 1, sizeof(g.name + 1), sizeof(curthread->comm + 2),
	    sizeof(1 + g.name));
	exit(0);
}
