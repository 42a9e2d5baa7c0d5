/*
 * %S escapes its argument's record (pfprint_estr(): strchr2esc(addr, size)):
 * a string's record ends with its NUL, printed \0; a char array that its
 * characters fill has no NUL in its size bytes, and nothing after them is
 * printed (dtrun printed a \0 from past the record).  dtc records a char
 * array as a string, with the array's size after it (sN/M).
 * RUN: %dtc -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s --check-prefix=META
 * META: "act 0 0 printf 3 {{.*}} s264/4 s264/4 s264\n"
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s --implicit-check-not=error
 * CHECK: {{^}}[abcd][ab\0][x\ty\0]{{$}}
 */
#pragma D option quiet
struct cs { char name[4]; };
this struct cs c;
this struct cs d;

BEGIN
{
	this->c.name[0] = 'a';
	this->c.name[1] = 'b';
	this->c.name[2] = 'c';
	this->c.name[3] = 'd';
	this->d.name[0] = 'a';
	this->d.name[1] = 'b';
	this->d.name[2] = 0;
	printf("[%S][%S][%S]\n", this->c.name, this->d.name, "x\ty");
	exit(0);
}
