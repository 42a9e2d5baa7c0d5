/*
 * Kernel structs and unions in every variable class, copied from kernel
 * memory and between variables (CO-RE sizes, straight into map storage):
 * members, char arrays read as strings, bit-fields, member stores; an
 * anonymous struct named by a kernel typedef (kuid_t) too.  A by-reference
 * dynamic variable (self->, a[k]) that does not exist, never assigned as a
 * whole or released by a store of 0, is DTrace's NULL address: reading it
 * or a member of it faults "invalid address (0x0)" (dt_cg_check_notnull()),
 * and nothing is created.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: grep -v '^$' %t.out | sort | FileCheck %s --match-full-lines --strict-whitespace
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK:1
 * CHECK-NEXT:1 1
 * CHECK-NEXT:1 1
 * CHECK-NEXT:1 1 1 1 1
 * CHECK-NEXT:7 1
 * CHECK-NEXT:8 1
 * CHECK-NEXT:dtrace dtrace dtrace dtrace
 * CHECK-NEXT:fault 1 0
 * CHECK-NEXT:fault 1 0
 * CHECK-NEXT:fault 1 0
 * CHECK-NEXT:fault 1 0
 * CHECK-NEXT:fault 1 0
 * CHECK-NOT:{{.}}
 * ERR: dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * ERR-NEXT: dtrace: error in dt_clause_2 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * ERR-NEXT: dtrace: error in dt_clause_4 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * ERR-NEXT: dtrace: error in dt_clause_5 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * ERR-NEXT: dtrace: error in dt_clause_6 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 */
#pragma D option quiet

struct task_struct g;
this struct task_struct t;
struct task_struct a[int];
this union sigval u;
self kuid_t u;

self struct task_struct never;

ERROR
{
	printf("fault %d %d\n", arg4, arg5);
}

BEGIN
{
	printf("%d\n", self->never.pid);
}

BEGIN
{
	printf("%d\n", self->never.comm[0]);
}

BEGIN
{
	g = *curthread;
	this->t = g;
	self->s = *curthread;
	a[1] = self->s;
	self->b[2] = a[1];
	printf("%d %d %d %d %d\n", g.pid == pid, this->t.tgid == pid, self->s.pid == pid,
	    a[1].pid == pid, self->b[2].pid == pid);
	printf("%s %s %s %s\n", g.comm, this->t.comm, a[1].comm, self->b[2].comm);
	printf("%d\n", g.real_parent->pid == ppid);
}

BEGIN
{
	printf("%d\n", a[2].pid);
}

BEGIN
{
	a[1] = 0;
	printf("%d\n", a[1].pid);
}

BEGIN
{
	self->s = 0;
	printf("%d\n", self->s.pid);
}

BEGIN
{
	self->s = *curthread;
	this->u = *(union sigval *)&curthread->pid;
	printf("%d %d\n", this->u.sival_int == pid,
	    self->b[2].in_execve == curthread->in_execve);
	self->s.pid = 7;
	this->t = self->s;
	this->t.tgid++;
	printf("%d %d\n", this->t.pid, this->t.tgid == pid + 1);
	g.pid = this->t.pid + 1;
	printf("%d %d\n", g.pid, g.tgid == pid);
	self->u = curthread->cred->uid;
	u = self->u;
	printf("%d %d\n", self->u.val == uid, u.val == uid);
	exit(0);
}
