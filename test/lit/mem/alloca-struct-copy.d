/*
 * A whole struct or union assigned to alloca'd memory (*p = s, p->m = s.m)
 * is copied, as Oracle's dt_cg_store() copies a by-reference value: from a
 * D global, this-> and self-> struct, an associative array's element,
 * other alloca'd memory, and a kernel struct in memory (*curthread, its
 * CO-RE size).  (The self-> struct and the element are assigned whole
 * first: a member store creates no dynamic variable.)  A scalar is D_OP_INCOMPAT; a struct of another type too.
 * REQUIRES: root
 * RUN: %dtc -s %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: global 0 9
 * CHECK-NEXT: this 4 0
 * CHECK-NEXT: self 0 5
 * CHECK-NEXT: assoc 6 0
 * CHECK-NEXT: alloca 11 0
 * CHECK-NEXT: member 0 8
 * CHECK-NEXT: kernel 1 1 1
 * RUN: printf 'struct pt { int x; };\nBEGIN { this->p = (struct pt *)alloca(sizeof (struct pt)); *this->p = 1; }\n' > %t.bad.d
 * RUN: not %dtc %t.bad.d -o %t.bad.o 2>&1 | FileCheck %s --check-prefix=INT
 * INT: error: operands have incompatible types: "struct pt" = "int" [D_OP_INCOMPAT]
 * RUN: printf 'struct pt { int x; };\nBEGIN { this->p = (struct pt *)alloca(sizeof (struct pt)); *this->p = *curthread; }\n' > %t.bad2.d
 * RUN: not %dtc %t.bad2.d -o %t.bad2.o 2>&1 | FileCheck %s --check-prefix=OTHER
 * OTHER: error: operands have incompatible types: "struct pt" = "struct task_struct" [D_OP_INCOMPAT]
 */
#pragma D option quiet
#pragma D option scratchsize=4096

struct pt { int x; long y; };
struct out { int z; struct pt i; };
this struct pt v;
self struct pt w;
struct pt a[string];
struct pt g, g0;
struct out o;

BEGIN
{
	g.y = 9;
	this->v.x = 4;
	self->w = g0;
	self->w.y = 5;
	a["k"] = g0;
	a["k"].x = 6;
	o.i.y = 8;
	this->q = (struct pt *)alloca(sizeof (struct pt));
	this->q->x = 11;
	this->p = (struct pt *)alloca(sizeof (struct pt));
	*this->p = g;
	printf("global %d %d\n", this->p->x, this->p->y);
	*this->p = this->v;
	printf("this %d %d\n", this->p->x, this->p->y);
	*this->p = self->w;
	printf("self %d %d\n", this->p->x, this->p->y);
	*this->p = a["k"];
	printf("assoc %d %d\n", this->p->x, this->p->y);
	*this->p = *this->q;
	printf("alloca %d %d\n", this->p->x, this->p->y);
	this->r = (struct out *)alloca(sizeof (struct out));
	this->r->i = o.i;
	printf("member %d %d\n", this->r->i.x, this->r->i.y);
	this->t = (struct task_struct *)alloca(sizeof (struct task_struct));
	*this->t = *curthread;
	printf("kernel %d %d %d\n", this->t->pid == tid, this->t->tgid == pid,
	    this->t->comm == execname);
	exit(0);
}
