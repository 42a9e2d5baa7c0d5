/*
 * Bit-fields of a kernel struct held in a variable: read and stored at
 * their CO-RE position (BPF_CORE_READ_BITFIELD, DT_CORE_WRITE_BITFIELD),
 * neighbouring bits kept; =, op= and ++ truncate to the field's width.
 * task_struct's bit-fields are not in Inputs/min.btf: this uses the host's
 * BTF.
 * REQUIRES: root
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * C: DT_CORE_WRITE_BITFIELD(_s, in_execve, _v);
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --match-full-lines --strict-whitespace
 * CHECK:0 1 0
 * CHECK-NEXT:1 1 0
 * CHECK-NEXT:1 0 1 1 1 1
 * CHECK-EMPTY:
 */
#pragma D option quiet

self struct task_struct s;
struct task_struct g;

BEGIN
{
	self->s = *curthread;
	g = *curthread;
	self->s.in_execve = 0;
	self->s.in_iowait = 0;
	g.in_execve = 0;
	g.in_iowait = 0;
	printf("%d %d %d\n", self->s.in_execve, self->s.pid == pid, self->s.in_iowait);
	self->s.in_execve = 1;
	printf("%d %d %d\n", self->s.in_execve, self->s.pid == pid, self->s.in_iowait);
	x = self->s.in_execve++;
	y = ++g.in_iowait;
	z = (g.in_execve += 3);
	printf("%d %d %d %d %d %d\n", x, self->s.in_execve, y, g.in_iowait, z, g.in_execve);
	exit(0);
}
