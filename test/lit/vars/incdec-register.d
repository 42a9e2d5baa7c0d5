/*
 * x++, x--, ++x and --x leave the register DTrace's dt_cg_incdec_op()
 * leaves: the stored value loaded back by a BPF load of its size, which
 * zero-extends (no dt_cg_promote()), and ++x/--x add to that 64-bit
 * register before the store truncates it.  So for int i = -5, i++ < 0 is
 * false and (long)i++ is 4294967291, while i++ stores, prints and traces
 * as -5; for int i = -1, ++i is 2^32, true in a predicate though i is now
 * 0; an element or self-> variable not yet created counts from 0, so
 * --b[1] is -1.  The same for globals, this->, self->, assoc elements and
 * members; a long is loaded whole.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: post 0 pre 0 dec 0 val -5 -4 long 4294967291
 * CHECK-NEXT: wrap 0 -1 0 char 0 uchar 0 short 65533 long 1 uint 0
 * CHECK-NEXT: self 0 this 0 assoc 0 member 0 new 1 1
 * CHECK-NEXT: x -5 trace -5
 * CHECK-NEXT: pred i=0
 * CHECK-NEXT: sum 4294967291
 */
#pragma D option quiet

int i;
char c;
unsigned char uc;
short s;
long l;
unsigned int u;
struct { int m; } st;

BEGIN
{
	i = -5; printf("post %d ", i++ < 0);
	i = -5; printf("pre %d ", ++i < 0);
	i = -5; printf("dec %d ", i-- < 0);
	i = -5; printf("val %d %d ", i++, i);
	i = -5; printf("long %d\n", (long)(i++));
	i = -1; printf("wrap %d ", ++i == 0);
	i = 0; printf("%d %d ", --i, --i < 0);
	c = -1; printf("char %d ", c++ < 0);
	uc = 255; printf("uchar %d ", ++uc == 0);
	s = -3; printf("short %d ", (s++) + 0L);
	l = -3; printf("long %d ", l++ < 0);
	u = 0xffffffff; printf("uint %d\n", ++u == 0);
	self->x = -5; printf("self %d ", self->x++ < 0);
	this->y = -5; printf("this %d ", this->y++ < 0);
	a[1] = -5; printf("assoc %d ", a[1]++ < 0);
	st.m = -5; printf("member %d ", st.m++ < 0);
	printf("new %d %d\n", --b[1] < 0, --self->z < 0);
	i = -5; x = i++; printf("x %d trace ", x);
	i = -5; trace(i++); printf("\n");
	i = -1;
}

BEGIN
/++i/
{
	printf("pred i=%d\n", i);
	i = -5; @s = sum(i++);
	printa("sum %@d\n", @s);
	exit(0);
}
