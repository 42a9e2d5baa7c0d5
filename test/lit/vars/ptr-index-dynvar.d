/*
 * this->p[i] and self->p[i] index the memory a pointer-valued clause-local
 * or thread-local variable points to (DTrace's proc/tst.exitkilled.sh):
 * once the variable is a scalar pointer, [i] is not an associative array.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --implicit-check-not=error
 * CHECK: 3 4 3 4
 */
#pragma D option quiet

BEGIN
/(this->p = (int *)alloca(2 * sizeof(int))) && (this->p[0] = 3) && this->p[0] == 3/
{
	this->p[1] = 4;
	self->q = this->p;
	printf("%d %d %d %d\n", this->p[0], this->p[1], self->q[0], self->q[1]);
	exit(0);
}
