/*
 * lockstat's args[0] is the lock as the kernel types it (struct mutex *,
 * spinlock_t *, rwlock_t *, struct rw_semaphore *), args[1] the time: a
 * clause whose probes give args[0] different types is an error, as DTrace's.
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: [[@LINE+10]]:8: error: args[0] has different types in the probes of this clause [D_ARGS_TYPE]
 */
lockstat:::adaptive-block, lockstat:::adaptive-spin
{
	trace(args[0]->owner.counter);
	trace(args[1] / 1000);
}

lockstat:::spin-spin, lockstat:::adaptive-spin
{
	trace(args[0]);
}
