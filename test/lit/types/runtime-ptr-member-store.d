/*
 * A pointer member of a D struct (a global, self->, an associative array's
 * value, a global array's element, alloca'd memory) takes a pointer
 * value, and += / -= / ++ scale by the pointee's size as for a pointer
 * variable (dt_cook_op2() of DT_TOK_ADD_EQ, pointer arithmetic in
 * dt_cg_arithmetic_op()): p += 2 of an int * adds 8.  (self->t and m[1]
 * are assigned whole first: a member store creates no dynamic variable.)
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --match-full-lines --strict-whitespace
 * CHECK:g 8 16 12 16 24
 * CHECK-NEXT:self 0 assoc 12 elem 4 alloca 16
 * CHECK-EMPTY:
 */
#pragma D option quiet
struct s { int a; int *p; };
struct s g, z;
self struct s t;
struct s m[int];
struct s ar[2];

BEGIN
{
	g.p = (int *)8;
	printf("g %d", (long)g.p);
	g.p += 2;
	printf(" %d", (long)g.p);
	g.p -= 1;
	printf(" %d", (long)g.p);
	g.p++;
	printf(" %d", (long)g.p);
	printf(" %d\n", (long)(g.p = (int *)24));
	self->t = z;
	m[1] = z;
	self->t.p = (int *)8;
	self->t.p -= 2;
	m[1].p = (int *)8;
	m[1].p += 1;
	ar[1].p += 1;
	this->q = (struct s *)alloca(sizeof(struct s));
	this->q->p = (int *)8;
	this->q->p += 2;
	printf("self %d assoc %d elem %d alloca %d\n", (long)self->t.p, (long)m[1].p,
	       (long)ar[1].p, (long)this->q->p);
	exit(0);
}
