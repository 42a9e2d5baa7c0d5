/*
 * this-> variables share one per-CPU array value (32768 bytes at most),
 * self-> scalars one task-storage value (dtc allows 65000 bytes): a script
 * that outgrows either is refused at compile time, naming the last
 * variable declared, not by the kernel at load.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+7]]:17: error: this->b does not fit: clause-local variables need 40000 bytes, more than the 32768 bytes dtc can hold for them [D_UNSUPPORTED]
 * CHECK: :[[@LINE+9]]:11: error: self->z does not fit: thread-local variables need 70000 bytes, more than the 65000 bytes dtc can hold for them [D_UNSUPPORTED]
 */
struct big {
	char x[20000];
};
this struct big a;
this struct big b;
self struct big x;
self struct big y;
self char z[30000];

BEGIN
{
	exit(0);
}
