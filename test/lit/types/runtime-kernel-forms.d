/*
 * Kernel memory forms through CO-RE: an element of a char array, stringof
 * of a char array and of a char pointer, sizeof a member, *p, embedded
 * structs (fs->pwd.dentry, thread_info.cpu), bit-fields (read with
 * BPF_CORE_READ_BITFIELD_PROBED), sizeof and offsetof of kernel types.
 * The dentry read is the working directory's, named by the test: the root
 * dentry is not named "/" under chroot or in a container.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: rm -rf %t.dir && mkdir -p %t.dir/cwd-dentry
 * RUN: cd %t.dir/cwd-dentry && %dtrun %t.o > %t.out
 * RUN: FileCheck %s < %t.out
 * CHECK: d dtrace 16 1
 * CHECK-NEXT: cwd-dentry 1
 * CHECK-NEXT: 1 1
 * CHECK-NEXT: 1 1
 * CHECK-NEXT: 0 0
 */
#pragma D option quiet
BEGIN
{
	printf("%c %s %d %d\n", curthread->comm[0], stringof(curthread->comm),
	    sizeof(curthread->comm), curthread->comm[1] == 't');
	printf("%s %d\n", stringof(curthread->fs->pwd.dentry->d_name.name),
	    curthread->signal->nr_threads);
	printf("%d %d\n", (*curthread).pid == tid, curthread->thread_info.cpu == cpu);
	printf("%d %d\n", sizeof(struct task_struct) > 1000,
	    offsetof(struct task_struct, pid) > 0);
	printf("%d %d\n", curthread->in_execve, curthread->in_iowait);
	exit(0);
}
