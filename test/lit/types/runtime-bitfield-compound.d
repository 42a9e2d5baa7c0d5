/*
 * op= on a bit-field of a D struct variable (v.bf += 1, self->v.bf |= 2):
 * the value computed on 64-bit registers and stored truncated to the
 * field's width, as dt_cg_field_set() stores it (the generated C took the
 * bit-field's address and did not compile).  The self-> struct is assigned
 * whole first: a member store creates no dynamic variable.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK:-4 -3 0 1 3 1
 */
struct b { int s3 : 3; unsigned int u3 : 3; } g, zero;
self struct b sb;

BEGIN
{
	g.s3 = 4;
	printf("%d", g.s3);
	g.s3 += 1;
	printf(" %d", g.s3);
	g.u3 = 7;
	g.u3 += 1;
	printf(" %d", g.u3);
	g.u3 -= 7;
	printf(" %d", g.u3);
	self->sb = zero;
	self->sb.u3 = 1;
	self->sb.u3 |= 2;
	self->sb.s3 = 3;
	self->sb.s3 *= 3;
	printf(" %d %d\n", self->sb.u3, self->sb.s3);
	exit(0);
}
