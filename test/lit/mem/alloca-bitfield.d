/*
 * Stores to the bit-fields of a D struct in alloca'd memory (= and op=),
 * as DTrace's dt_cg_field_set(): the field's bits of its storage unit are
 * replaced, the value truncated to the field's width (sign-extended when
 * the field is signed), the neighbouring fields kept; the assignment's
 * value is the field's new value.  dtc wrote a read where the store
 * belonged (an internal error).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: 5 -3 abcdef
 * CHECK-NEXT: 1 -2 abcdf0
 * CHECK-NEXT: 6 6 -16 -16
 * CHECK-NEXT: 2 0
 */
#pragma D option quiet

struct s {
	unsigned int a : 3;
	int b : 5;
	unsigned int c : 24;
};

BEGIN
{
	p = (struct s *)alloca(sizeof(struct s));
	p->a = 5;
	p->b = -3;
	p->c = 0xabcdef;
	printf("%d %d %x\n", p->a, p->b, p->c);
	p->a = 9;
	p->b += 1;
	p->c += 1;
	printf("%d %d %x\n", p->a, p->b, p->c);
	y = (p->a = 6);
	z = (p->b = 16);
	printf("%d %d %d %d\n", y, p->a, z, p->b);
	p->a -= 2;
	p->a /= 2;
	p->b = 0;
	printf("%d %d\n", p->a, p->b);
	exit(0);
}
