/*
 * lockstat's contention probes on lock:contention_begin/contention_end, from
 * a program whose threads make the kernel contend (Inputs/contend.c): on a
 * pty's write mutex, held by a writer asleep for 200 ms (adaptive-block,
 * the waiter's sleep: a mutex's waiter spins while the owner runs and
 * sleeps otherwise: adaptive-spin does not fire for that wait), on the
 * process's mmap_lock rw_semaphore (rw-block, arg2 RW_WRITER for mmap and
 * munmap, RW_READER for page faults) and on spinlocks (spin-spin).  arg0 is the lock's address
 * and arg1 the nanoseconds waited, in the thread that waited; args[0] is
 * typed (struct mutex *, struct rw_semaphore *): the mutex's owner is the
 * thread once it has it, and the rw_semaphore is the process's mmap_lock.
 * REQUIRES: root
 * RUN: mkdir -p %t.dir && cc -O1 -pthread -o %t.dir/contend %S/Inputs/contend.c
 * RUN: %dtrun -s %s -c %t.dir/contend | FileCheck %s
 * CHECK: adaptive-block >= 100 ms 1, adaptive-spin >= 100 ms 0
 * CHECK-NEXT: rw-block writer 1
 * CHECK-NEXT: args[0]: owner is curthread 1, mmap_lock 1
 * CHECK-NEXT: spin-spin 1
 * CHECK-NEXT: bad 0
 */
#pragma D option quiet

int64_t bad; /* += needs a declared or assigned variable (D_VAR_UNDEF) */

lockstat:::adaptive-spin, lockstat:::adaptive-block
/pid == $target/
{
	bad += arg0 == 0 || arg1 == 0;
}

lockstat:::adaptive-block
/pid == $target && arg1 >= 100000000/
{
	block = 1;
}

lockstat:::adaptive-spin
/pid == $target && arg1 >= 100000000/
{
	spin100 = 1;
}

lockstat:::rw-block
/pid == $target/
{
	bad += arg0 == 0 || arg1 == 0;
}

lockstat:::rw-block
/pid == $target && arg2 == RW_WRITER/
{
	w = 1;
}

lockstat:::rw-block
/pid == $target && arg2 == RW_WRITER && args[0] == &curthread->mm->mmap_lock/
{
	mm = 1;
}

lockstat:::adaptive-block
/pid == $target && (args[0]->owner.counter & ~7) == (long)curthread/
{
	owner = 1;
}

lockstat:::spin-spin
/pid == $target/
{
	spin = 1;
	bad += arg0 == 0 || arg1 == 0;
}

END
{
	printf("adaptive-block >= 100 ms %d, adaptive-spin >= 100 ms %d\n", block, spin100);
	printf("rw-block writer %d\n", w);
	printf("args[0]: owner is curthread %d, mmap_lock %d\n", owner, mm);
	printf("spin-spin %d\nbad %d\n", spin, bad);
}
