/*
 * p += i and p -= i on a pointer variable scale i by the pointee's size,
 * as p + i does (dt_cg_ptrsize()), for this->, self-> and global variables
 * alike (dtc added i unscaled to this-> and self-> pointers).  Checked
 * against Oracle's dtrace.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK:24 20 40 16 80 28 18
 */
long long *gp;

BEGIN
{
	this->p = (int *)16;
	this->p += 2;
	this->a = (uintptr_t)this->p;
	this->p -= 1;
	this->b = (uintptr_t)this->p;
	this->q = (long long *)16;
	this->q += 3;
	gp = (long long *)0;
	gp += 2;
	self->s = (short *)100;
	self->s -= 10;
	this->i = 2;
	this->p += this->i;
	this->c = (char *)16;
	this->c += 2;
	printf("%d %d %d %d %d %d %d\n", this->a, this->b, (uintptr_t)this->q,
	    (uintptr_t)gp, (uintptr_t)self->s, (uintptr_t)this->p,
	    (uintptr_t)this->c);
	exit(0);
}
