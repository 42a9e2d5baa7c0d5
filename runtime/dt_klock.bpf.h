/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dt_klock.bpf.h: mutex_owned(), mutex_owner(), rw_read_held(),
 * rw_write_held() and rw_iswriter() on Linux's struct mutex and rwlock_t,
 * as DTrace for Linux defines them (compiler/emit_subr.c writes the calls;
 * mutex_type_adaptive() and mutex_type_spin() are constants, every Linux
 * mutex being adaptive).
 *
 * struct mutex keeps its owner's task_struct pointer in `owner`, an
 * atomic_long_t whose low 3 bits are flags (MUTEX_FLAG_WAITERS, _HANDOFF,
 * _PICKUP; kernel/locking/mutex.c since 3ca0ff571b09, "locking/mutex:
 * Rework mutex::owner").  Under PREEMPT_RT a mutex is an rt_mutex_base
 * (`rtmutex`, bb630f9f7a7d "locking/rtmutex: Add mutex variant for RT")
 * whose `owner` is the task pointer with RT_MUTEX_HAS_WAITERS in bit 0.
 *
 * rwlock_t is a queued rwlock (struct qrwlock, `cnts`: _QW_LOCKED 0xff for
 * a writer, _QW_WAITING 0x100 for a waiting writer, the readers counted
 * from bit 9 up).  DTrace for Linux returns cnts & ~0x1ff (readers << 9),
 * cnts & 0xff and cnts & 0x1ff; so does dtc.  Under PREEMPT_RT rwlock_t is
 * an rwbase_rt (943f0edb754f "locking/rt: Add base code for RT rw_semaphore
 * and rwlock"): `readers` is READER_BIAS (bit 31) plus the readers while no
 * writer is there, WRITER_BIAS (bit 30) while one holds it, and the
 * readers still in without READER_BIAS while a writer waits; its state is
 * given in the qrwlock encoding so that scripts print the same values.
 * Any other rwlock_t (a uniprocessor kernel's empty arch_rwlock_t, an
 * architecture without queued rwlocks) has no state dtc can read: the call
 * faults with "illegal operation".
 *
 * Every read is a CO-RE relocation against the ___dtklock flavours below,
 * so the object loads on both layouts.
 */
#ifndef DT_KLOCK_BPF_H
#define DT_KLOCK_BPF_H

#include "dt_core.bpf.h"

enum {
	DT_KLOCK_MUTEX_OWNED,
	DT_KLOCK_MUTEX_OWNER,
	DT_KLOCK_RW_READ_HELD,
	DT_KLOCK_RW_WRITE_HELD,
	DT_KLOCK_RW_ISWRITER,
};

#define DT_MUTEX_FLAGS 0x07ULL /* MUTEX_FLAGS; RT_MUTEX_HAS_WAITERS is bit 0 */
#define DT_QW_LOCKED 0xffU     /* _QW_LOCKED */
#define DT_QW_WAITING 0x100U   /* _QW_WAITING */
#define DT_QW_WMASK 0x1ffU     /* _QW_WMASK */
#define DT_QR_SHIFT 9          /* _QR_SHIFT */
#define DT_RT_READER_BIAS (1U << 31)
#define DT_RT_WRITER_BIAS (1U << 30)

struct mutex___dtklock {
	struct {
		long counter;
	} owner;
} __attribute__((preserve_access_index));
struct rt_mutex_base___dtklock {
	void *owner;
} __attribute__((preserve_access_index));
struct mutex___dtklock_rt {
	struct rt_mutex_base___dtklock rtmutex;
} __attribute__((preserve_access_index));

/* cnts sits in an anonymous union in the kernel; CO-RE finds it there */
struct qrwlock___dtklock {
	struct {
		int counter;
	} cnts;
} __attribute__((preserve_access_index));
struct rwbase_rt___dtklock {
	struct {
		int counter;
	} readers;
} __attribute__((preserve_access_index));
typedef struct {
	struct qrwlock___dtklock raw_lock;
	struct rwbase_rt___dtklock rwbase;
} __attribute__((preserve_access_index)) rwlock_t___dtklock;

/* The owner word of the mutex at addr, flags cleared; -1: unreadable. */
static __always_inline int dt_mutex_owner_of(__u64 addr, __u64 *owner)
{
	if (bpf_core_field_exists(((struct mutex___dtklock *)0)->owner)) {
		struct mutex___dtklock *m = (void *)addr;
		long v;
		if (bpf_core_read(&v, sizeof(v), &m->owner.counter))
			return -1;
		*owner = (__u64)v & ~DT_MUTEX_FLAGS;
	} else {
		struct mutex___dtklock_rt *m = (void *)addr;
		void *v;
		if (bpf_core_read(&v, sizeof(v), &m->rtmutex.owner))
			return -1;
		*owner = (__u64)v & ~DT_MUTEX_FLAGS;
	}
	return 0;
}

/*
 * The rwlock_t at addr in the qrwlock encoding: -1 unreadable, -2 a layout
 * without state.
 */
static __always_inline int dt_rwlock_cnts(__u64 addr, __u32 *cnts)
{
	rwlock_t___dtklock *l = (void *)addr;
	__u32 r;

	if (bpf_core_field_exists(l->raw_lock.cnts)) {
		if (bpf_core_read(&r, sizeof(r), &l->raw_lock.cnts.counter))
			return -1;
		*cnts = r;
		return 0;
	}
	if (bpf_core_field_exists(l->rwbase.readers)) {
		if (bpf_core_read(&r, sizeof(r), &l->rwbase.readers.counter))
			return -1;
		if (r == DT_RT_WRITER_BIAS)
			*cnts = DT_QW_LOCKED;
		else
			*cnts = ((r & ~DT_RT_READER_BIAS) << DT_QR_SHIFT) |
				(r & DT_RT_READER_BIAS ? 0 : DT_QW_WAITING);
		return 0;
	}
	return -2;
}

/*
 * op (DT_KLOCK_*) on the lock at addr into *out: 0, or the fault
 * (DTRACEFLT_BADADDR for NULL, DTRACEFLT_ILLOP for an rwlock_t without
 * state).  As DTrace's (dt_cg_subr_lock_helper() checks only for NULL;
 * bpf/mutex_owned.S and the others ignore bpf_probe_read()'s failure),
 * memory that cannot be read is a lock word of zeros.
 */
static __always_inline int dt_klock(__u64 addr, int op, __s64 *out)
{
	__u64 owner;
	__u32 cnts;
	int e;

	if (!addr)
		return DTRACEFLT_BADADDR;
	if (op == DT_KLOCK_MUTEX_OWNED || op == DT_KLOCK_MUTEX_OWNER) {
		if (dt_mutex_owner_of(addr, &owner))
			owner = 0;
		*out = op == DT_KLOCK_MUTEX_OWNER ? (__s64)owner
						  : owner == (__u64)bpf_get_current_task();
		return 0;
	}
	e = dt_rwlock_cnts(addr, &cnts);
	if (e == -1)
		cnts = 0;
	else if (e)
		return DTRACEFLT_ILLOP;
	*out = (int)(op == DT_KLOCK_RW_READ_HELD    ? cnts & ~DT_QW_WMASK
		     : op == DT_KLOCK_RW_WRITE_HELD ? cnts & DT_QW_LOCKED
						    : cnts & DT_QW_WMASK);
	return 0;
}

#endif
