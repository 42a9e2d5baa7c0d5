/*
 * ++ and -- on alloca'd memory: a member, an element, *p, a bit-field, a
 * kernel type's member and a pointer (scaled by its element's size).  The
 * lvalue is writable through the D variable that holds the pointer, as in
 * DTrace's dt_cook_op1() (DT_NF_WRITABLE follows ->, [] and *); dtc said
 * D_OP_WRITE for p->m++ and D_OP_LVAL for (*p)++.  Through a pointer to
 * kernel memory it stays D_OP_WRITE.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: 9 0 6 5 4 10 12
 * RUN: echo 'BEGIN { p = curthread; p->pid++; }' > %t.bad.d
 * RUN: not %dtc %t.bad.d -o %t.bad.o 2>&1 | FileCheck %s --check-prefix=KMEM
 * KMEM: error: operator ++ can only be applied to a writable variable [D_OP_WRITE]
 */
#pragma D option quiet

struct foo {
	int a;
	int b;
};

struct bf {
	int x : 3;
	int y : 5;
};

BEGIN
{
	a = (int *)alloca(16);
	a[1] = 7;
	a[1]++;
	++a[1];
	*a = 1;
	(*a)--;
	p = (struct foo *)alloca(sizeof(struct foo));
	p->a = 5;
	p->a++;
	x = p->a--;
	q = (struct bf *)alloca(8);
	q->y = 3;
	q->y++;
	t = (struct timespec64 *)alloca(sizeof(struct timespec64));
	t->tv_nsec = 9;
	t->tv_nsec++;
	s = (int **)alloca(16);
	s[0] = (int *)8;
	s[0]++;
	printf("%d %d %d %d %d %d %d\n", a[1], *a, x, p->a, q->y, t->tv_nsec, (long)s[0]);
	exit(0);
}
