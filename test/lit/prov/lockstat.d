/*
 * lockstat's contention probes on lock:contention_begin/contention_end, from
 * a program whose threads make the kernel contend (Inputs/contend.c): on a
 * pty's write mutex, held by a writer asleep for 200 ms (adaptive-block,
 * the waiter's sleep: a mutex's waiter spins while the owner runs and
 * sleeps otherwise: adaptive-spin does not fire for that wait), on the
 * process's mmap_lock rw_semaphore (rw-block, arg2 RW_WRITER for mmap and
 * munmap, RW_READER for page faults) and on spinlocks (spin-spin).  arg0 is the lock's address
 * and arg1 the nanoseconds waited, in the thread that waited.
 * REQUIRES: root
 * RUN: mkdir -p %t.dir && cc -O1 -pthread -o %t.dir/contend %S/Inputs/contend.c
 * RUN: %dtrun -s %s -c %t.dir/contend | FileCheck %s
 * CHECK: adaptive-block >= 100 ms 1, adaptive-spin >= 100 ms 0
 * CHECK-NEXT: rw-block writer 1
 * CHECK-NEXT: spin-spin 1
 * CHECK-NEXT: bad 0
 */
#pragma D option quiet

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

lockstat:::spin-spin
/pid == $target/
{
	spin = 1;
	bad += arg0 == 0 || arg1 == 0;
}

END
{
	printf("adaptive-block >= 100 ms %d, adaptive-spin >= 100 ms %d\n", block, spin100);
	printf("rw-block writer %d\nspin-spin %d\nbad %d\n", w, spin, bad);
}
