/*
 * p[i] of a pointer to a kernel struct held in a self-> or this->
 * variable is *(p + i), memory read through the pointer: its C once
 * subscripted the variable's integer storage and failed to compile.
 * RUN: %dtc -o %t.o --btf %S/../Inputs/min.btf %s
 * RUN: %dtc -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s
 * CHECK: (&((struct task_struct *)(
 */
BEGIN
{
	self->p = curthread;
	this->q = curthread;
	trace(self->p[0].pid + this->q[0].tgid);
	self->p = 0;
}
