/*
 * Clause-local and thread-local structs and arrays, and struct copies
 * between globals, clause-locals and thread-locals (declared, or typed by
 * their first assignment).  A self-> struct exists once assigned whole.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out
 * RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
 * CHECK:local 1 , 1234 9
 * CHECK-NEXT:copies 11 12 11 12 11 12
 * CHECK-NEXT:self 3 7 9 -1 7 8
 * CHECK-EMPTY:
 */
#pragma D option quiet
struct foo { int x; char y; short z; };
struct coords { int x, y; };
this struct foo bar;
this int v[4];
this struct coords c, q;
struct coords C, D, Z;
self struct coords p;
self int sv[3];

BEGIN
{
	this->bar.x = 1;
	this->bar.y = ',';
	this->bar.z = 1234;
	this->v[3] = 4;
	i = 3;
	this->v[i] += 5;
	printf("local %d %c %d %d\n", this->bar.x, this->bar.y, this->bar.z, this->v[3]);
}

BEGIN
{
	C.x = 11;
	C.y = 12;
	this->c = C;
	D = this->c;
	E = D;
	printf("copies %d %d %d %d %d %d\n", this->c.x, this->c.y, D.x, D.y, E.x, E.y);
}

BEGIN
{
	self->p = Z;
	self->p.x = 3; self->p.y++; self->p.y *= 7; i = 2; self->sv[i] = 9; self->sv[0]--;
	this->q = self->p;
	self->r = this->q;
	printf("self %d %d %d %d %d %d\n", self->p.x, self->p.y, self->sv[2], self->sv[0],
	    self->r.y, sizeof(self->p));
	exit(0);
}
