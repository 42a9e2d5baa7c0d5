/*
 * Keys are stored and printed as the aggregation's first use typed them
 * (dt_cg_arglist() casts to the prototype): (long)257 in a char aggregation
 * is the key 1, (long)-1 the key 255.  A struct or union key is its bytes
 * (dt_print_datum()): of 4 or 8 bytes printed as an integer of that size,
 * else by dt_print_bytes(), a string when its bytes are printable, else a
 * hex dump; keys compare by their bytes.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}} 255                1{{$}}
 * CHECK-NEXT: {{^}}   1                2{{$}}
 * CHECK: {{^}}       -5                1{{$}}
 * CHECK: {{^}}       8589934593                1{{$}}
 * CHECK: {{^}}  hi                                                                1{{$}}
 * CHECK: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: 00 00 00 00 07 00 00 00 00 00 00 00              ............{{$}}
 * CHECK-NEXT: {{^}}                1{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: 01 00 00 00 07 00 00 00 00 00 00 00              ............{{$}}
 * CHECK-NEXT: {{^}}                2{{$}}
 */
#pragma D option quiet

struct s4 { int a; };
struct s8 { int a; int b; };
struct str { char c[6]; };
struct s12 { int a; char b; int c; };
struct s4 x;
struct s8 y;
struct str z;
struct s12 w;

BEGIN
{
	@c[(char)1] = count();
	x.a = -5; y.a = 1; y.b = 2; z.c[0] = 'h'; z.c[1] = 'i'; w.b = 7;
	@x[x] = count(); @y[y] = count(); @z[z] = count();
	@w[w] = count();
	w.a = 1;
	@w[w] = count(); @w[w] = count();
}

BEGIN
{
	@c[(long)257] = count();
	@c[(long)-1] = count();
	printa(@c); printa(@x); printa(@y); printa(@z); printa(@w);
	exit(0);
}
