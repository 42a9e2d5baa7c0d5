/*
 * &this->a[i] and &this->s.m: dt_cook_op1() refuses & of a variable (a
 * DT_NODE_VAR: &this->a, &x, &a[k] of an associative array) but not of an
 * element (*(a + i)) or a member of one: the address of the clause-local
 * storage, read back through a pointer.  (dtc takes constant indexes
 * only there: &this->a[i] stays D_ADDROF_VAR.)
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o > %t.out
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * CHECK: {{^}}7 7 2 9 4 A{{$}}
 * RUN: printf 'this int a[4];\nBEGIN { trace(&this->a); }\n' > %t.1.d
 * RUN: not %dtrun -xerrtags -e -s %t.1.d 2>&1 | FileCheck %s --check-prefix=VAR
 * VAR: [D_ADDROF_VAR] line 2: cannot take address of dynamic variable
 */
struct s { int x; int arr[3]; };
this int a[4];
this struct s sa[2];
this char c[4];

BEGIN
{
	this->a[1] = 7;
	this->p = &this->a[1];
	this->sa[1].arr[2] = 9;
	this->sa[0].x = 4;
	this->c[0] = 'A';
	this->c[1] = 0;
	printf("%d %d %d %d %d %s\n", *this->p, *&this->a[1], &this->a[2] - &this->a[0],
	    *&this->sa[1].arr[2], *&this->sa[0].x, stringof(&this->c[0]));
	exit(0);
}

