/*
 * Kernel struct fields are read through CO-RE relocations (the .BTF.ext
 * field relocations clang emits for preserve_access_index), never fixed
 * offsets: the object must relocate on any kernel.
 *
 * RUN: %dtc --btf %btf %s -o %t.o
 * RUN: llvm-objdump -dr %t.o | FileCheck %s
 * CHECK: CO-RE <byte_off> [{{[0-9]+}}] struct task_struct::real_parent
 * CHECK: CO-RE <byte_off> [{{[0-9]+}}] struct task_struct::tgid
 */
BEGIN
{
	trace(curthread->real_parent->tgid);
	exit(0);
}
