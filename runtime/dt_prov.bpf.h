/*
 * dt_prov.bpf.h: BPF-side helpers of the tracepoint- and uprobe-based
 * providers (proc, sched, io, lockstat, vminfo, sysinfo, rawtp/sdt, pid,
 * USDT, dt_probe, fbt).  Included
 * by generated C after dtc.bpf.h when the script uses one of them; the probe
 * tables they serve are in dt_provtab.h.  Kernel structures are read through
 * CO-RE local flavors (___dtp), so field offsets come from the host's BTF.
 */
#ifndef DT_PROV_BPF_H
#define DT_PROV_BPF_H

#include <asm/ptrace.h>
#include <bpf/bpf_tracing.h>
#ifdef DT_USE_USDT
#include <stdbool.h>
#include <bpf/usdt.bpf.h>
#endif

#include "dt_provtab.h"
#include "dt_net.bpf.h"

/* Names of the probes of cookie-keyed programs (rawtp, uprobe, usdt), by
 * probe ID, filled by dtrun after load: probeprov, probemod, ... */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, DT_PNAMES_MAX);
	__type(key, __u32);
	__type(value, struct dt_pname);
} dtc_pnames SEC(".maps");

static __always_inline void dt_probe_names(struct dt_ctx *c)
{
	struct dt_pname *n = bpf_map_lookup_elem(&dtc_pnames, &c->probe);

	if (!n) {
		c->pprov = c->pmod = c->pfunc = c->pname = dt_nostr;
		return;
	}
	c->pprov = n->prov;
	c->pmod = n->mod;
	c->pfunc = n->func;
	c->pname = n->name;
}

struct signal_struct___dtp {
	struct {
		int counter;
	} live;
	int group_exit_code;
} __attribute__((preserve_access_index));

struct task_struct___dtp {
	unsigned int flags;
	int pid;
	int tgid;
	int exit_code;
	struct signal_struct___dtp *signal;
} __attribute__((preserve_access_index));

struct sigaction___dtp {
	void *sa_handler;
} __attribute__((preserve_access_index));

struct k_sigaction___dtp {
	struct sigaction___dtp sa;
} __attribute__((preserve_access_index));

/* A new task that is its own thread group's leader: a process, not a thread. */
static __always_inline int dt_task_is_leader(__u64 task)
{
	struct task_struct___dtp *t = (void *)task;

	return BPF_CORE_READ(t, pid) == BPF_CORE_READ(t, tgid);
}

/*
 * sched_process_exit fires for every exiting thread; the process exits with
 * the last one, after do_exit() has counted signal->live down to zero.
 */
static __always_inline int dt_task_group_dead(__u64 task)
{
	struct task_struct___dtp *t = (void *)task;

	return BPF_CORE_READ(t, signal, live.counter) == 0;
}

/* proc:::exit's args[0]: CLD_EXITED (1), CLD_KILLED (2) or CLD_DUMPED (3). */
static __always_inline __u64 dt_exit_reason(__u64 task)
{
	struct task_struct___dtp *t = (void *)task;
	int code = BPF_CORE_READ(t, exit_code);

	if ((code & 0x7f) == 0)
		return 1;
	return (code & 0x80) ? 3 : 2;
}

static __always_inline __u64 dt_sa_handler(__u64 ka)
{
	struct k_sigaction___dtp *k = (void *)ka;

	return (__u64)BPF_CORE_READ(k, sa.sa_handler);
}

/*
 * proc:::signal-handle's args[0]: a fatal signal with no handler is not
 * delivered as itself: complete_signal() records it in the thread group's
 * group_exit_code and sends every thread SIGKILL, which signal_deliver then
 * names.  DTrace reports the signal that killed (dt_prov_proc.c reads
 * group_exit_code when the signal is SIGKILL); its low 7 bits, as an exit
 * status holds the signal, so a group exit (exit_group(), status << 8)
 * stays SIGKILL.
 */
static __always_inline __u64 dt_handled_sig(__u64 sig)
{
	struct task_struct___dtp *t = (void *)bpf_get_current_task();
	int code;

	if (sig != 9)
		return sig;
	code = BPF_CORE_READ(t, signal, group_exit_code) & 0x7f;
	return code ? (__u64)code : sig;
}

/* proc:::exec on raw_syscalls:sys_enter: the path argument of execve(at). */
static __always_inline __u64 dt_exec_path(struct bpf_raw_tracepoint_args *ctx)
{
	__u64 v = 0;
	char *regs = (char *)ctx->args[0];

	/* x86-64 UAPI pt_regs: di at 112, si at 104 */
	bpf_probe_read_kernel(&v, 8, regs + (ctx->args[1] == 59 ? 112 : 104));
	return v;
}

/* proc:::exec-failure on raw_syscalls:sys_exit: execve(at) returned an error. */
static __always_inline int dt_exec_failed(struct bpf_raw_tracepoint_args *ctx)
{
	__u64 nr = 0;
	long long rv = (long long)ctx->args[1];

	if (rv >= 0)
		return 0;
	bpf_probe_read_kernel(&nr, 8, (char *)ctx->args[0] + 120); /* orig_ax */
	return DT_EXEC_NR_COND(nr);
}

/* What rt_sigtimedwait() returns at its sys_exit (the signal taken, or
 * -errno); 0 on another syscall's. */
static __always_inline long long dt_sigwait_ret(struct bpf_raw_tracepoint_args *ctx)
{
	__u64 nr = 0;

	bpf_probe_read_kernel(&nr, 8, (char *)ctx->args[0] + 120); /* orig_ax */
	return nr == DT_SIGTIMEDWAIT_NR ? (long long)ctx->args[1] : 0;
}

/*
 * proc:::start and lwp-start: a new task returning 0 from fork, vfork, clone
 * or clone3 (ret_from_fork's sys_exit, in the new task before its first user
 * instruction); a parent gets the child's ID or an error.
 */
static __always_inline int dt_fork_child(struct bpf_raw_tracepoint_args *ctx)
{
	__u64 nr = 0;

	if (ctx->args[1] != 0)
		return 0;
	bpf_probe_read_kernel(&nr, 8, (char *)ctx->args[0] + 120); /* orig_ax */
	return DT_FORK_NR_COND(nr);
}

/* raw_syscalls:sys_exit: the number of the syscall returning (orig_ax). */
static __always_inline __u64 dt_sys_exit_nr(struct bpf_raw_tracepoint_args *ctx)
{
	__u64 nr = 0;

	bpf_probe_read_kernel(&nr, 8, (char *)ctx->args[0] + 120);
	return nr;
}

static __always_inline int dt_task_pid(__u64 task)
{
	struct task_struct___dtp *t = (void *)task;

	return BPF_CORE_READ(t, pid);
}

/* The current task is a kernel thread (PF_KTHREAD, include/linux/sched.h). */
static __always_inline int dt_current_kthread(void)
{
	struct task_struct___dtp *t = (void *)bpf_get_current_task();

	return (BPF_CORE_READ(t, flags) & 0x00200000) != 0;
}

struct request___dtp {
	unsigned int cmd_flags;
	unsigned int __data_len;
	void *bio;
} __attribute__((preserve_access_index));

/* io:::start and io:::done: the request's first bio, which the io probes'
 * args[] translate (every io probe's, as in DTrace, where all four pass a
 * struct bio), or 0 for a request that carries none (a cache flush). */
static __always_inline __u64 dt_rq_bio(__u64 rq)
{
	struct request___dtp *r = (void *)rq;

	return (__u64)BPF_CORE_READ(r, bio);
}

/* A block request's operation: REQ_OP_READ 0, REQ_OP_WRITE 1, ... (the low
 * REQ_OP_BITS, 8, of cmd_flags: include/linux/blk_types.h). */
static __always_inline int dt_rq_op(__u64 rq)
{
	struct request___dtp *r = (void *)rq;

	return BPF_CORE_READ(r, cmd_flags) & 0xff;
}

/* The pages a block request transfers (vminfo:::pgpgin's increment). */
static __always_inline __u64 dt_rq_pages(__u64 rq)
{
	struct request___dtp *r = (void *)rq;

	return ((__u64)BPF_CORE_READ(r, __data_len) + 4095) / 4096;
}

/* mapping is a pointer (struct address_space *): libbpf relocates a field
 * only to one of a compatible kind, any pointer for a pointer, never an
 * integer for it (bpf_core_fields_are_compat()) */
struct folio___dtp {
	void *mapping;
} __attribute__((preserve_access_index));

/* An anonymous folio: mapping's low bit (PAGE_MAPPING_ANON). */
static __always_inline int dt_folio_anon(__u64 folio)
{
	struct folio___dtp *f = (void *)folio;

	return (unsigned long)BPF_CORE_READ(f, mapping) & 1;
}

#ifdef DT_USE_LOCKSTAT
/*
 * lockstat (dt_prov_lockstat.h): a wait for a lock, from contention_begin to
 * contention_end, per thread and lock (the idle tasks, all pid 0, per CPU).
 * Each lockstat probe's program takes its bit of `pending` when it sees the
 * end, so several probes share one record and none uses a stale one (a
 * begin seen before dtrun attached, or an end without its begin).
 */
#define DT_LS_ADAPTIVE_SPIN 0
#define DT_LS_ADAPTIVE_BLOCK 1
#define DT_LS_ADAPTIVE_ERROR 2
#define DT_LS_SPIN_SPIN 3
#define DT_LS_RW_SPIN 4
#define DT_LS_RW_BLOCK 5
/* LCB_F_* of include/trace/events/lock.h */
#define DT_LCB_SPIN 0x1
#define DT_LCB_READ 0x2
#define DT_LCB_WRITE 0x4
#define DT_LCB_RT 0x8
#define DT_LCB_MUTEX 0x20

struct dt_lock_key {
	__u64 lock;
	__u64 id;
};

struct dt_lock_wait {
	__u64 ts;
	__u32 flags;
	__u32 pending;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 16384);
	__type(key, struct dt_lock_key);
	__type(value, struct dt_lock_wait);
} dtc_lockstat SEC(".maps");

static __always_inline __u64 dt_lock_id(void)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();

	return tid ? tid : (1ULL << 32) | bpf_get_smp_processor_id();
}

/* contention_begin(lock, flags); flags 0 is a semaphore, no lockstat lock. */
static __always_inline void dt_lock_begin(struct bpf_raw_tracepoint_args *ctx)
{
	struct dt_lock_key k = { ctx->args[0], dt_lock_id() };
	struct dt_lock_wait w = { bpf_ktime_get_ns(), (__u32)ctx->args[1], ~0U };

	if (w.flags)
		bpf_map_update_elem(&dtc_lockstat, &k, &w, BPF_ANY);
}

/*
 * contention_end(lock, ret): 1 when it ends a wait of this probe's kind,
 * with arg0 the lock, arg1 the wait in nanoseconds (adaptive-acquire-error:
 * the error), arg2 RW_WRITER (0) or RW_READER (1) for rw-spin and rw-block.
 * The thread got the lock when ret is 0.
 */
static __always_inline int dt_lock_end(struct bpf_raw_tracepoint_args *ctx, struct dt_ctx *c,
				       int kind)
{
	struct dt_lock_key k = { ctx->args[0], dt_lock_id() };
	struct dt_lock_wait *w = bpf_map_lookup_elem(&dtc_lockstat, &k);
	int ret = (int)ctx->args[1], ok;
	__u32 f;

	/* one thread's record: its begin and end never run at once */
	if (!w || !(w->pending & (1U << kind)))
		return 0;
	w->pending &= ~(1U << kind);
	f = w->flags;
	switch (kind) {
	case DT_LS_ADAPTIVE_SPIN:
		ok = !ret && (f & (DT_LCB_MUTEX | DT_LCB_SPIN)) == (DT_LCB_MUTEX | DT_LCB_SPIN);
		break;
	case DT_LS_ADAPTIVE_BLOCK:
	case DT_LS_ADAPTIVE_ERROR:
		ok = (kind == DT_LS_ADAPTIVE_ERROR) == (ret != 0) &&
		     ((f & (DT_LCB_MUTEX | DT_LCB_SPIN)) == DT_LCB_MUTEX ||
		      (f & (DT_LCB_RT | DT_LCB_READ | DT_LCB_WRITE)) == DT_LCB_RT);
		break;
	case DT_LS_SPIN_SPIN:
		ok = !ret && f == DT_LCB_SPIN;
		break;
	case DT_LS_RW_SPIN:
		ok = !ret && (f & DT_LCB_SPIN) && (f & (DT_LCB_READ | DT_LCB_WRITE));
		break;
	default: /* DT_LS_RW_BLOCK */
		ok = !ret && !(f & DT_LCB_SPIN) && (f & (DT_LCB_READ | DT_LCB_WRITE));
		break;
	}
	if (!ok)
		return 0;
	c->arg[0] = ctx->args[0];
	c->arg[1] = kind == DT_LS_ADAPTIVE_ERROR ? (__u64)(__s64)ret : bpf_ktime_get_ns() - w->ts;
	c->arg[2] = (f & DT_LCB_READ) != 0;
	return 1;
}
#endif

/* The current thread is its process's first (pid == tid). */
static __always_inline int dt_current_is_leader(void)
{
	__u64 pt = bpf_get_current_pid_tgid();

	return (__u32)pt == pt >> 32;
}

/*
 * Raw tracepoint arguments for rawtp/sdt probes: read through a helper rather
 * than loaded from the context, so one program attaches to tracepoints with
 * any number of arguments (a direct load past the last one fails the
 * attachment: the kernel checks max_ctx_offset against the tracepoint).
 */
static __always_inline void dt_rawtp_args(struct dt_ctx *c, void *ctx, int n)
{
	bpf_probe_read_kernel(c->arg, n * 8, ctx);
}

/* x86-64 function arguments of a uprobe from struct pt_regs. */
/* The six x86-64 argument registers of struct pt_regs into arg0..arg5. */
static __always_inline void dt_regs_args6(struct dt_ctx *c, struct pt_regs *regs)
{
	c->arg[0] = PT_REGS_PARM1(regs);
	c->arg[1] = PT_REGS_PARM2(regs);
	c->arg[2] = PT_REGS_PARM3(regs);
	c->arg[3] = PT_REGS_PARM4(regs);
	c->arg[4] = PT_REGS_PARM5(regs);
	c->arg[5] = regs->r9; /* PT_REGS_PARM6 is not in libbpf 1.1 */
}

static __always_inline void dt_uprobe_args(struct dt_ctx *c, struct pt_regs *regs)
{
	dt_regs_args6(c, regs);
	/* arg6..arg9 on the stack, above the return address (System V x86-64) */
	if (bpf_probe_read_user(&c->arg[6], 4 * 8, (void *)(PT_REGS_SP(regs) + 8)))
		c->arg[6] = c->arg[7] = c->arg[8] = c->arg[9] = 0;
}

#ifdef DT_USE_USDT
/* USDT arguments through libbpf's argument specs (usdt.bpf.h). */
static __always_inline void dt_usdt_args(struct dt_ctx *c, struct pt_regs *ctx)
{
	long v;

	for (int i = 0; i < 6; i++)
		if (bpf_usdt_arg(ctx, i, &v) == 0)
			c->arg[i] = v;
}
#endif

/*
 * fbt on a kprobe (kernels that refuse fentry): the first six arguments from
 * the registers; a kretprobe's return value is arg1, as fexit's.
 */
static __always_inline void dt_kprobe_args(struct dt_ctx *c, struct pt_regs *regs, int ret)
{
	if (ret) {
		c->arg[1] = PT_REGS_RC(regs);
		return;
	}
	dt_regs_args6(c, regs);
}

/*
 * fbt on fentry/fexit: arguments through bpf_get_func_arg(), which knows the
 * function's argument count; fexit's return value is arg1, as DTrace's.
 */
static __always_inline void dt_fbt_args(struct dt_ctx *c, void *ctx, int ret)
{
	__u64 v = 0;

	if (ret) {
		bpf_get_func_ret(ctx, &v);
		c->arg[1] = v;
		return;
	}
	for (int i = 0; i < 6; i++)
		if (bpf_get_func_arg(ctx, i, &v) == 0)
			c->arg[i] = v;
}

#endif
