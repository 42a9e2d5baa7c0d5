/*
 * Kernel struct fields are read through CO-RE relocations (the .BTF.ext
 * field relocations clang emits for preserve_access_index), never fixed
 * offsets: the object must relocate on any kernel.  ppid reads
 * curthread->real_parent->tgid.
 *
 * RUN: %dtc --btf %btf %s -o %t.o
 * RUN: llvm-objdump -dr %t.o | FileCheck %s
 * CHECK: CO-RE <byte_off> [{{[0-9]+}}] struct task_struct___dt::real_parent
 * CHECK: CO-RE <byte_off> [{{[0-9]+}}] struct task_struct___dt::tgid
 */
BEGIN
{
	trace(ppid);
	exit(0);
}
