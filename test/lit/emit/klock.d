/*
 * The kernel lock subroutines call dt_klock() (runtime/dt_klock.bpf.h),
 * faulting as it says; mutex_type_adaptive() and mutex_type_spin() are
 * DTrace for Linux's constants 1 and 0 after the argument is evaluated.
 * The lock state is read by CO-RE relocations that pick struct mutex's
 * owner or PREEMPT_RT's rtmutex.owner, and a qrwlock's cnts or
 * PREEMPT_RT's rwbase.readers, on the kernel the object is loaded on.
 *
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK: #define DT_WANT_STR 1
 * CHECK: dt_klock(_a, DT_KLOCK_MUTEX_OWNED, &_v); if (_f) DT_FAULT(c, _f, _f == DTRACEFLT_BADADDR ? _a : 0); (int)_v; })
 * CHECK: dt_klock(_a, DT_KLOCK_MUTEX_OWNER, &_v); if (_f) DT_FAULT(c, _f, _f == DTRACEFLT_BADADDR ? _a : 0); (__u64)_v; })
 * CHECK: c->arg[0])))); (void)_a; 1; })
 * CHECK: c->arg[0])))); (void)_a; 0; })
 * CHECK: dt_klock(_a, DT_KLOCK_RW_READ_HELD, &_v);
 * CHECK: dt_klock(_a, DT_KLOCK_RW_WRITE_HELD, &_v);
 * CHECK: dt_klock(_a, DT_KLOCK_RW_ISWRITER, &_v);
 *
 * RUN: %dtc --btf %btf %s -o %t.o
 * RUN: llvm-objdump -dr %t.o | FileCheck %s --check-prefix=CORE
 * CORE-DAG: CO-RE <field_exists> [{{[0-9]+}}] struct mutex___dtklock::owner (0:0)
 * CORE-DAG: CO-RE <byte_off> [{{[0-9]+}}] struct mutex___dtklock::owner.counter (0:0:0)
 * CORE-DAG: CO-RE <byte_off> [{{[0-9]+}}] struct mutex___dtklock_rt::rtmutex.owner (0:0:0)
 * CORE-DAG: CO-RE <field_exists> [{{[0-9]+}}] typedef rwlock_t___dtklock::raw_lock.cnts (0:0:0)
 * CORE-DAG: CO-RE <byte_off> [{{[0-9]+}}] typedef rwlock_t___dtklock::raw_lock.cnts.counter (0:0:0:0)
 * CORE-DAG: CO-RE <field_exists> [{{[0-9]+}}] typedef rwlock_t___dtklock::rwbase.readers (0:1:0)
 * CORE-DAG: CO-RE <byte_off> [{{[0-9]+}}] typedef rwlock_t___dtklock::rwbase.readers.counter (0:1:0:0)
 */
BEGIN
{
	trace(mutex_owned((struct mutex *)arg0));
	trace(mutex_owner((struct mutex *)arg0));
	trace(mutex_type_adaptive((struct mutex *)arg0));
	trace(mutex_type_spin((struct mutex *)arg0));
	trace(rw_read_held((rwlock_t *)arg1));
	trace(rw_write_held((rwlock_t *)arg1));
	trace(rw_iswriter((rwlock_t *)arg1));
}
