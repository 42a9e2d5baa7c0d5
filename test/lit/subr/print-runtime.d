/*
 * print() of clause-local and thread-local pointers (alloca'd memory), and
 * of a struct as large as a task_struct: the whole struct is recorded
 * (DTrace's dt_cg_act_print(): the type's size), its zeroing loop written
 * without memset(), which BPF does not have.  A struct larger than
 * printsize (struct net here, over 4 KB, at printsize 4096) prints up to
 * there, then "..." and the closing braces of what is open, as DTrace's
 * dt_print_visit() past printsize.
 * REQUIRES: root
 * RUN: %dtc -o %t.o %s
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: (struct sk_buff) {
 * CHECK-NEXT: .len = (unsigned int)7,
 * CHECK-NEXT: }
 * CHECK: (struct sk_buff) {
 * CHECK-NEXT: .len = (unsigned int)7,
 * CHECK-NEXT: }
 * CHECK: (struct task_struct) {
 * CHECK: .pid = (pid_t){{[1-9][0-9]*}},
 * CHECK: .comm = (char [16]) [
 * CHECK: (struct net) {
 * CHECK: {{^ +}}...{{$}}
 * CHECK-NOT: {{^ +[^ }]}}
 * CHECK: {{^                                            }$}}
 * CHECK-EMPTY:
 */
#pragma D option quiet
#pragma D option printsize=4096
BEGIN
{
	this->p = (struct sk_buff *)alloca(sizeof (struct sk_buff));
	this->p->len = 7;
	print(this->p);
	self->q = this->p;
	print(self->q);
	print(curthread);
	print(curthread->nsproxy->net_ns);
	exit(0);
}
