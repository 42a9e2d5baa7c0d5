/*
 * Storing to a bit-field of a kernel struct held in a variable needs its
 * CO-RE position at store time: a clear error (reading one works, see
 * kernel-struct-runtime.d).  task_struct's bit-fields are not in
 * Inputs/min.btf: this uses the host's BTF.
 * REQUIRES: root
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+7]]:2: error: storing to bit-field in_execve of a kernel struct task_struct held in a variable is not yet supported by dtc [D_UNSUPPORTED]
 * CHECK: :[[@LINE+7]]:2: error: storing to bit-field in_execve of a kernel struct task_struct held in a variable is not yet supported by dtc [D_UNSUPPORTED]
 */
self struct task_struct s;

BEGIN
{
	self->s.in_execve = 1;
	self->s.in_execve++;
}
