/*
 * An aggregation key that is a char array of 1, 2, 4 or 8 bytes is no
 * string to DTrace (dt_node_is_string()): its record is the array's bytes,
 * which dt_aggregate_keycmp() compares as an unsigned integer of that size
 * and dt_print_datum() prints as one (" %8d", " %5d").  "AB" is 16961 and
 * "BA" 16706, which sorts first.  dtc keyed them as strings.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines --strict-whitespace
 * CHECK:    16706                1
 * CHECK-NEXT:    16961                1
 * CHECK-NEXT:    67                1
 */
struct s { char n[4]; } g;
char c2[2];

BEGIN
{
	g.n[0] = 0x41;
	g.n[1] = 0x42;
	@a[g.n] = count();
	g.n[0] = 0x42;
	g.n[1] = 0x41;
	@a[g.n] = count();
	c2[0] = 0x43;
	@b[c2] = count();
	exit(0);
}
