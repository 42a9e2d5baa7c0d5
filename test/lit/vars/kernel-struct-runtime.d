/*
 * Kernel structs and unions in every variable class, copied from kernel
 * memory and between variables (CO-RE sizes, straight into map storage):
 * members, char arrays read as strings, bit-fields, member stores, an
 * absent a[k] read as zeros, and stores of 0 releasing them (self->, a[k]); an
 * anonymous struct named by a kernel typedef (kuid_t) too.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out
 * RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
 * CHECK:0 0
 * CHECK-NEXT:1 1 1 1 1
 * CHECK-NEXT:dtrace dtrace dtrace dtrace
 * CHECK-NEXT:0 1
 * CHECK-NEXT:0 0
 * CHECK-NEXT:1 1
 * CHECK-NEXT:7 1
 * CHECK-NEXT:8 1
 * CHECK-NEXT:1 1
 * CHECK-EMPTY:
 */
#pragma D option quiet

struct task_struct g;
this struct task_struct t;
struct task_struct a[int];
this union sigval u;
self kuid_t u;

self struct task_struct never;

BEGIN
{
	printf("%d %d\n", self->never.pid, self->never.comm[0]);
	g = *curthread;
	this->t = g;
	self->s = *curthread;
	a[1] = self->s;
	self->b[2] = a[1];
	printf("%d %d %d %d %d\n", g.pid == pid, this->t.tgid == pid, self->s.pid == pid,
	    a[1].pid == pid, self->b[2].pid == pid);
	printf("%s %s %s %s\n", g.comm, this->t.comm, a[1].comm, self->b[2].comm);
	printf("%d %d\n", a[2].pid, g.real_parent->pid == ppid);
	a[1] = 0;
	self->s = 0;
	printf("%d %d\n", a[1].pid, self->s.pid);

	this->u = *(union sigval *)&curthread->pid;
	printf("%d %d\n", this->u.sival_int == pid,
	    self->b[2].in_execve == curthread->in_execve);
	self->s = *curthread;
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
