/*
 * trace() of an associative array's struct value (a[k] of struct s): its
 * bytes, by reference, as dt_cg_store_val() records a struct (the generated
 * C took the address of the looked-up copy and did not compile), also
 * through a cast to its own type ((struct s)a[k] is a[k], dt_cook_op2()).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK:             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef
 * CHECK-NEXT:         0: 07 00 00 00 41 00 00 00                          ....A...
 * CHECK:             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef
 * CHECK-NEXT:         0: 07 00 00 00 41 00 00 00                          ....A...
 */
struct s { int a; char nm[4]; } g;
struct s ma[int];

BEGIN
{
	g.a = 7;
	g.nm[0] = 0x41;
	ma[1] = g;
	trace(ma[1]);
	trace((struct s)ma[1]);
	exit(0);
}
