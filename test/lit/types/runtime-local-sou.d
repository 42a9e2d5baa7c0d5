/*
 * Clause-local structs and arrays, and struct copies between globals and
 * clause-locals (declared, or typed by their first assignment).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out
 * RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
 * CHECK:local 1 , 1234 9
 * CHECK-NEXT:copies 11 12 11 12 11 12
 * CHECK-EMPTY:
 */
#pragma D option quiet
struct foo { int x; char y; short z; };
struct coords { int x, y; };
this struct foo bar;
this int v[4];
this struct coords c;
struct coords C, D;

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
	exit(0);
}
