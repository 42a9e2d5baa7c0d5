/*
 * A D variable's char array is no string (dt_node_is_string()): trace()
 * records its bytes by reference (dt_cg_store_val()) and dt_print_trace()
 * prints them raw, as for a kernel char array; printf("%s") still reads
 * it as a string.  (string)a of an int array is the string at its address.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines --strict-whitespace
 * CHECK:             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef
 * CHECK-NEXT:         0: 41 00 00 00                                      A...
 * CHECK-EMPTY:
 * CHECK-NEXT:             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef
 * CHECK-NEXT:         0: 42 43 00 00 00 00                                BC....
 * CHECK-NEXT:A BC ABC
 */
struct s { int a; char name[6]; };
struct s g;
char c[4];
int arr[3];

BEGIN
{
	c[0] = 0x41;
	g.name[0] = 0x42;
	g.name[1] = 0x43;
	arr[0] = 0x434241;
	trace(c);
	trace(g.name);
	printf("%s %s %s\n", c, g.name, (string)arr);
	exit(0);
}
