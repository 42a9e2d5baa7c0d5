/*
 * Arrays of kernel structs (global, this->): each element the kernel
 * struct's bytes at its compile-time BTF size; elements and members of
 * structs held in variables are copied into (ts[i] = *p, v.m = w.m),
 * read in place, and stored to.
 * REQUIRES: root
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s --check-prefix=C
 * C: char dtg_ts[3][1920] __attribute__((aligned(8)));
 * C: char dtl_t[2][1920] __attribute__((aligned(8)));
 * C: "kvar \"ts\" struct \"task_struct\" 1920\n"
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --match-full-lines --strict-whitespace
 * CHECK:1 0 1 dtrace dtrace
 * CHECK-NEXT:1 1 1
 * CHECK-NEXT:5 1
 * CHECK-EMPTY:
 */
#pragma D option quiet

struct task_struct ts[3];
this struct task_struct t[2];
self struct task_struct s;

BEGIN
{
	ts[1] = *curthread;
	this->t[pid % 2] = ts[1];
	g = ts[pid % 2 + 1];
	self->s = *curthread;
	ts[2].thread_info = self->s.thread_info;
	printf("%d %d %d %s %s\n", ts[1].pid == pid, ts[0].pid, this->t[pid % 2].tgid == pid,
	    ts[1].comm, this->t[pid % 2].comm);
	printf("%d %d %d\n", ts[2].thread_info.flags == curthread->thread_info.flags,
	    ts[1].real_parent->pid == ppid, g.pid == pid || g.pid == 0);
	ts[1].pid = 5;
	ts[1].exit_code = 1;
	printf("%d %d\n", ts[1].pid, ts[1].exit_code);
	exit(0);
}
