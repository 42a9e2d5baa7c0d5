/*
 * curthread member chains read the running task through CO-RE: its comm is
 * execname, its tgid is pid, its parent's tgid is ppid; a cast of an
 * integer to a kernel pointer reads the same memory.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o > %t.out
 * RUN: FileCheck %s < %t.out
 * CHECK: comm 1 pid 1 ppid 1 cast 1 addr 1
 */
BEGIN
{
	printf("comm %d pid %d ppid %d cast %d addr %d\n",
	    curthread->comm == execname, curthread->tgid == pid,
	    curthread->real_parent->tgid == ppid,
	    ((struct task_struct *)(uint64_t)curthread)->pid == tid,
	    (&curthread->comm[0]) != 0);
	exit(0);
}
