/*
 * trace() of a struct, union or array member of an associative array's
 * struct value: DTrace's value of a[k] is a reference into the element
 * (dt_cg_load_var() of a DT_NF_REF dynamic variable), so the member is
 * recorded by reference, its bytes, and printed raw (dt_print_trace()).
 * dtc refused it (D_UNSUPPORTED).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines --strict-whitespace
 * CHECK:         0: 00 00 34 12 00 00                                ..4...
 * CHECK:         0: 44 43 42 41                                      DCBA
 * CHECK:         0: 44 43 42 41                                      DCBA
 * CHECK:3
 */
struct s { int a; short c[3]; union { int i; char b[4]; } u; } g;
struct s ma[int];

BEGIN
{
	g.a = 2;
	g.c[1] = 0x1234;
	g.u.i = 0x41424344;
	ma[1] = g;
	trace(ma[1].c);
	trace(ma[1].u);
	trace(ma[1].u.b);
	ma[1].a = 3;
	trace(ma[1].a);
	exit(0);
}
