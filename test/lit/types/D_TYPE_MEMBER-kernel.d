/*
 * A member the kernel type lacks names the type and the member.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_TYPE_MEMBER-kernel.d:[[@LINE+4]]:8: error: nosuch is not a member of struct task_struct [D_TYPE_MEMBER]
 */
BEGIN
{
	trace(curthread->nosuch);
}
