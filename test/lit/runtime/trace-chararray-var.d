/*
 * trace() of a D variable's char array (a global, a global struct's member,
 * a clause-local or thread-local struct's member; a self-> struct exists once
 * assigned whole) records its bytes, all of
 * them, as for any array: its type is char [N], not string, so DTrace's
 * dt_cg_store_val() records it by reference (alignment 2) and
 * dt_print_trace() prints a hex dump, not a string.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 00 00 00 00                                      ....$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 61 00 62 00                                      a.b.$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 71 00 00                                         q..$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 00 72                                            .r$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 74 00                                            t.$}}
 * CHECK-NEXT: {{^\[abb\]$}}
 */
#pragma D option quiet

char ca[4];
struct s3 {
	char c[3];
	int x;
} z;
struct s4 {
	char c[2];
};
this struct s4 s;
self struct s4 t;
struct s4 zero4;

BEGIN
{
	trace(ca);
	ca[0] = 'a';
	ca[2] = 'b';
	trace(ca);
	z.c[0] = 'q';
	trace(z.c);
	this->s.c[1] = 'r';
	trace(this->s.c);
	self->t = zero4;
	self->t.c[0] = 't';
	trace(self->t.c);
	/* printf's %s still reads it as a string */
	ca[1] = 'b';
	printf("[%s]\n", ca);
	exit(0);
}
