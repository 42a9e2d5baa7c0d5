/*
 * dtc --btf A --btf B: the script is type-checked against each kernel, and
 * dtc reports, per kernel, every member or type the script uses that the
 * kernel lacks (its CO-RE relocation would fail at load there); the object
 * is written only when every kernel has them all, and is the one for A.
 * Inputs/btf-variant.py makes B: min.btf without two of task_struct's
 * members and with no struct named inode.
 * RUN: rm -rf %t && mkdir -p %t
 * RUN: python3 %S/../Inputs/btf-variant.py %btf %t/b.btf --drop-member task_struct real_parent --drop-member task_struct start_time --rename-type inode inode_v2
 * RUN: not %dtc --btf %btf --btf %t/b.btf %s -o %t/x.o 2>&1 | FileCheck %s --implicit-check-not=error:
 * RUN: not ls %t/x.o
 * CHECK: dtc: against kernel BTF {{.*}}b.btf: 3 errors (the object would not load on that kernel):
 * CHECK-NEXT: {{.*}}btf-several.d:[[@LINE+14]]:4: error: real_parent is not a member of struct task_struct [D_TYPE_MEMBER]
 * CHECK: {{.*}}btf-several.d:[[@LINE+14]]:8: error: start_time is not a member of struct task_struct [D_TYPE_MEMBER]
 * CHECK: {{.*}}btf-several.d:[[@LINE+14]]:{{.*}}inode{{.*}}
 * Every kernel has them all: one object, for the first.
 * RUN: %dtc --btf %btf --btf %btf %s -o %t/two.o
 * RUN: %dtc --btf %btf %s -o %t/one.o
 * RUN: cmp %t/one.o %t/two.o
 * The first kernel lacks them: its errors alone (the others are not checked).
 * RUN: not %dtc --btf %t/b.btf --btf %btf %s -o %t/x.o 2>&1 | FileCheck %s --check-prefix=FIRST
 * FIRST: dtc: against kernel BTF {{.*}}b.btf: 3 errors
 * FIRST-NOT: against kernel BTF
 */
syscall::read:entry
{
	@[curthread->real_parent->pid] = count();
	trace(curthread->start_time);
	trace(((struct inode *)arg0)->i_mode);
	trace(curthread->pid);
}
