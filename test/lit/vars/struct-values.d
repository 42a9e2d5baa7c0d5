/*
 * Struct- and union-valued dynamic variables: a[k] = s stores a copy and
 * a[k].m reads it back; storing 0 releases the element (here dynvarsize holds three elements of 24 bytes,
 * the tuple of assoc[r1] 4 + 8 + 8 and the value 4: the fourth fits only
 * once one is released); self->u = 0
 * releases a thread-local union; a struct as a key compares by its bytes.
 * A released element (a[1], self->x) is DTrace's NULL address: reading a
 * member of it faults (dt_cg_check_notnull(): invalid address (0x0)).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2> %t.err | FileCheck %s
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: 2 3 4
 * CHECK-NEXT: 5
 * CHECK-NEXT: 2000 2000 0
 * CHECK-NEXT: end
 * ERR: dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * ERR-NEXT: dtrace: error in dt_clause_2 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 */
#pragma D option quiet
#pragma D option dynvarsize=72

struct rec {
	int position;
	char content;
};
struct rec r1, r2, r3;
this struct {
	int a;
} val;
this union {
	int i;
	char c;
} u;

BEGIN
{
	this->val.a = 1;
	a[1] = this->val;
	this->val.a = 2;
	a[2] = this->val;
	this->val.a = 3;
	a[3] = this->val;
	a[1] = 0;
	this->val.a = 4;
	a[4] = this->val;
	printf("%d %d %d\n", a[2].a, a[3].a, a[4].a);
	a[2] = 0;
	a[3] = 0;
	a[4] = 0;

	this->u.i = 5;
	self->x = this->u;
	self->y = this->u;
	self->x = 0;
	printf("%d\n", self->y.i);

	r1.position = 1;
	r1.content = 'a';
	r2.position = 1;
	r2.content = 'a';
	r3.position = 2;
	assoc[r1] = 1000;
	assoc[r2] = 2000;
	printf("%d %d %d\n", assoc[r1], assoc[r2], assoc[r3]);
	printf("end\n");
}

BEGIN
{
	printf("%d\n", a[1].a);
}

BEGIN
{
	printf("%d\n", self->x.i);
}

BEGIN
{
	exit(0);
}
