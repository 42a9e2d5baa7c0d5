/*
 * Each member step is a CO-RE field relocation against the kernel's own
 * struct names, embedded structs included (f_path.dentry), so the object
 * loads on any kernel.
 *
 * RUN: %dtc --btf %btf %s -o %t.o
 * RUN: llvm-objdump -dr %t.o | FileCheck %s
 * CHECK-DAG: CO-RE <byte_off> [{{[0-9]+}}] struct task_struct::real_parent
 * CHECK-DAG: CO-RE <byte_off> [{{[0-9]+}}] struct task_struct::comm
 * CHECK-DAG: CO-RE <byte_off> [{{[0-9]+}}] struct file::f_path.dentry (0:0:0)
 * CHECK-DAG: CO-RE <byte_off> [{{[0-9]+}}] struct dentry::d_name.name (0:0:0)
 */
BEGIN
{
	trace(curthread->real_parent->comm);
	trace(stringof(((struct file *)arg0)->f_path.dentry->d_name.name));
	exit(0);
}
