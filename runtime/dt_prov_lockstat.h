/*
 * dt_prov_lockstat.h: rows of dt_stable_probes[] (dt_provtab.h) for DTrace's
 * lockstat provider, on Linux's lock contention tracepoints (Linux 5.19,
 * kernel/locking/: lock:contention_begin(lock, flags) where a thread starts
 * to wait for a lock, lock:contention_end(lock, ret) where it stops, ret 0
 * when it got the lock).  The begin program (tp2) records the time and the
 * LCB_F_* flags per thread and lock; the probe fires at contention_end with
 * arg0 the lock's address and arg1 the nanoseconds spent spinning or
 * blocked, as DTrace's contention-event probes (dt_prov.bpf.h
 * dt_lock_end()).  Which probe is decided by the flags:
 *
 *	MUTEX|SPIN	a mutex's optimistic spin		adaptive-spin
 *	MUTEX, RT	a mutex (rt_mutex) sleeping		adaptive-block
 *	SPIN		a spinlock (queued_spin_lock_slowpath)	spin-spin
 *	SPIN|READ/WRITE	an rwlock_t (qrwlock slow paths)	rw-spin
 *	READ/WRITE	an rw_semaphore, percpu rwsem sleeping	rw-block
 *
 * A mutex that spins and then sleeps reports contention_begin twice (with
 * MUTEX|SPIN, then MUTEX) and one contention_end: adaptive-block fires with
 * the time asleep, as DTrace fires only one of adaptive-spin and
 * adaptive-block per acquisition.  Kernel semaphores (flags 0) are no
 * lockstat lock.  Hold events (acquire, release) of uncontended locks have
 * no tracepoint: lock:lock_acquire and lock_release exist only in kernels
 * built with CONFIG_LOCKDEP, which no production kernel is.
 */
#define DT_LS_BEGIN "dt_lock_begin(ctx);"
#define DT_LS_HOLD "no tracepoint fires when a lock is acquired or released without contention " \
	"(lock:lock_acquire and lock:lock_release need a CONFIG_LOCKDEP kernel)"

#define DT_LOCKSTAT_PROBES                                                                      \
	{ "lockstat", "adaptive-spin", "contention_end", "lock",                                \
	  "dt_lock_end(ctx, &c, DT_LS_ADAPTIVE_SPIN)", "", "struct mutex *, uint64_t", NULL },  \
	{ "lockstat", "adaptive-block", "contention_end", "lock",                               \
	  "dt_lock_end(ctx, &c, DT_LS_ADAPTIVE_BLOCK)", "", "struct mutex *, uint64_t",         \
	  NULL },                                                                               \
	/* Oracle's DTrace: a mutex_lock_interruptible()/_killable() that failed;               \
	 * seen here when the thread had waited for the mutex, arg1 the error */                \
	{ "lockstat", "adaptive-acquire-error", "contention_end", "lock",                       \
	  "dt_lock_end(ctx, &c, DT_LS_ADAPTIVE_ERROR)", "", "struct mutex *, int", NULL },      \
	{ "lockstat", "spin-spin", "contention_end", "lock",                                    \
	  "dt_lock_end(ctx, &c, DT_LS_SPIN_SPIN)", "", "spinlock_t *, uint64_t", NULL },        \
	/* arg2: RW_WRITER (0) or RW_READER (1), as DTrace's lockstat.d */                      \
	{ "lockstat", "rw-spin", "contention_end", "lock",                                      \
	  "dt_lock_end(ctx, &c, DT_LS_RW_SPIN)", "", "rwlock_t *, uint64_t, int", NULL },       \
	{ "lockstat", "rw-block", "contention_end", "lock",                                     \
	  "dt_lock_end(ctx, &c, DT_LS_RW_BLOCK)", "", "struct rw_semaphore *, uint64_t, int",   \
	  NULL },                                                                               \
	{ "lockstat", "adaptive-acquire", NULL, NULL, NULL, NULL, NULL, DT_LS_HOLD },           \
	{ "lockstat", "adaptive-release", NULL, NULL, NULL, NULL, NULL, DT_LS_HOLD },           \
	{ "lockstat", "spin-acquire", NULL, NULL, NULL, NULL, NULL, DT_LS_HOLD },               \
	{ "lockstat", "spin-release", NULL, NULL, NULL, NULL, NULL, DT_LS_HOLD },               \
	{ "lockstat", "rw-acquire", NULL, NULL, NULL, NULL, NULL, DT_LS_HOLD },                 \
	{ "lockstat", "rw-release", NULL, NULL, NULL, NULL, NULL, DT_LS_HOLD },                 \
	{ "lockstat", "rw-upgrade", NULL, NULL, NULL, NULL, NULL,                               \
	  "Linux's rw_semaphore has no upgrade operation" },                                    \
	{ "lockstat", "rw-downgrade", NULL, NULL, NULL, NULL, NULL,                             \
	  "no tracepoint fires in downgrade_write()" },                                         \
	{ "lockstat", "thread-spin", NULL, NULL, NULL, NULL, NULL,                              \
	  "Linux has no thread locks (Solaris's per-thread dispatcher locks)" },

#define DT_LOCKSTAT_TP2                                                                         \
	{ "lockstat", "adaptive-spin", "contention_begin", DT_LS_BEGIN },                       \
	{ "lockstat", "adaptive-block", "contention_begin", DT_LS_BEGIN },                      \
	{ "lockstat", "adaptive-acquire-error", "contention_begin", DT_LS_BEGIN },              \
	{ "lockstat", "spin-spin", "contention_begin", DT_LS_BEGIN },                           \
	{ "lockstat", "rw-spin", "contention_begin", DT_LS_BEGIN },                             \
	{ "lockstat", "rw-block", "contention_begin", DT_LS_BEGIN },

/* what a kernel without these tracepoints lacks (dt_tp_since[]) */
#define DT_LOCKSTAT_TP_SINCE                                                                    \
	{ "lock", "contention_begin", "Linux 5.19" },                                           \
	{ "lock", "contention_end", "Linux 5.19" },
