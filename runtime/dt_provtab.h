/*
 * dt_provtab.h: DTrace's stable kernel providers (proc, sched, io; ip, tcp and
 * udp in dt_provtab_net.h; lockstat, vminfo and sysinfo in dt_prov_lockstat.h,
 * dt_prov_vminfo.h and dt_prov_sysinfo.h) mapped onto Linux raw tracepoints.
 * Shared by dtc (which writes one raw_tp program per
 * probe, prog family "tp", with the argument code below) and dtrun (which lists
 * the probes whose tracepoint exists on the host and attaches to it).
 *
 * A probe whose event no tracepoint carries has tp == NULL and `why` says so;
 * dtc rejects a description naming it.  One that a kernel function's entry
 * or return carries names it (kfn) instead.  Arguments are the raw tracepoint's
 * (ctx->args[]); `args` is C run in the program with `c` the probe context
 * and `ctx` a struct bpf_raw_tracepoint_args *; `when` (or NULL) is the C
 * condition under which the probe fires, evaluated first (it may set c.arg[]
 * as it decides, as the network probes' do); helpers come from
 * dt_prov.bpf.h and dt_net.bpf.h.
 * Argument values follow DTrace's argument order: a task_struct pointer
 * stands for lwpsinfo_t * / psinfo_t *, a struct bio for bufinfo_t *,
 * devinfo_t * and fileinfo_t *, until dlib/ translates them.
 *
 * A probe may need a second tracepoint of the same group (dt_stable_tp2[]):
 * with `code` NULL the probe fires there too, with the same condition and
 * arguments (vminfo:::as_fault on user and kernel page faults); otherwise
 * `code` is all that runs there, no clause (lockstat's contention_begin,
 * which records the wait that the probe reports at contention_end).  dtc
 * writes it as program dtc_p<N>_tp2; dtrun attaches it with dtc_p<N>.
 */
#ifndef DT_PROVTAB_H
#define DT_PROVTAB_H

struct dt_stable_probe {
	const char *prov;
	const char *name;
	const char *tp;        /* raw tracepoint, NULL when none carries the event */
	const char *group;     /* tracefs group of tp, for presence checks */
	const char *when;      /* C condition, or NULL */
	const char *args;      /* C statements setting c.arg[] */
	const char *argtypes;  /* DTrace's args[] types, for dtrun -lv */
	const char *why;       /* tp == NULL: the reason, for the error; NULL
				  for a probe of dt_stable_kfn[] */
};

/*
 * A probe no tracepoint carries but a kernel function's entry or return
 * does, as Oracle's DTrace builds it on fbt: its row has tp and why NULL;
 * its program (family kfn-entry or kfn-return) runs the row's `args` with
 * karg0 the function's first argument.
 */
struct dt_stable_kfn {
	const char *prov;
	const char *name;
	const char *kfn;       /* the kernel function */
	int kret;              /* 1: on its return */
	const char *native;    /* the type args[]' translators read, where not
				  prov_tp_args.c's for the argument type */
};

struct dt_stable_tp2 {
	const char *prov;
	const char *name;
	const char *tp2;       /* the second raw tracepoint, in the probe's group */
	const char *code;      /* C run on tp2 instead of the probe, or NULL */
};

/* dtc_pnames map value: a probe's names, by probe ID (dtrun fills it). */
#define DT_PNAMES_MAX 4096
#define DT_PNAME_LEN 128
struct dt_pname {
	char prov[DT_PNAME_LEN];
	char mod[DT_PNAME_LEN];
	char func[DT_PNAME_LEN];
	char name[DT_PNAME_LEN];
};

/* x86-64 execve / execveat syscall numbers, as raw_syscalls sees them. */
#define DT_EXEC_NR_COND(nr) ((nr) == 59 || (nr) == 322)
/* x86-64 clone, fork, vfork and clone3; sched_yield. */
#define DT_FORK_NR_COND(nr) ((nr) == 56 || (nr) == 57 || (nr) == 58 || (nr) == 435)
#define DT_SCHED_YIELD_NR 24
/* x86-64 rt_sigtimedwait */
#define DT_SIGTIMEDWAIT_NR 128
/* read, pread64, readv, preadv, preadv2; write, pwrite64, writev, pwritev,
 * pwritev2 (DTrace's readch/writech: read(2), readv(2) and pread(2)) */
#define DT_READ_NR_COND(nr) ((nr) == 0 || (nr) == 17 || (nr) == 19 || (nr) == 295 || (nr) == 327)
#define DT_WRITE_NR_COND(nr) ((nr) == 1 || (nr) == 18 || (nr) == 20 || (nr) == 296 || (nr) == 328)

#include "dt_provtab_net.h"
#include "dt_prov_lockstat.h"
#include "dt_prov_vminfo.h"
#include "dt_prov_sysinfo.h"

static const struct dt_stable_probe dt_stable_probes[] = {
	{ "proc", "create", "sched_process_fork", "sched", "dt_task_is_leader(ctx->args[1])",
	  "c.arg[0] = ctx->args[1];", "psinfo_t *", NULL },
	{ "proc", "exec", "sys_enter", "raw_syscalls", "DT_EXEC_NR_COND(ctx->args[1])",
	  "c.arg[0] = dt_exec_path(ctx);", "string", NULL },
	{ "proc", "exec-success", "sched_process_exec", "sched", NULL, "", "", NULL },
	{ "proc", "exec-failure", "sys_exit", "raw_syscalls", "dt_exec_failed(ctx)",
	  "c.arg[0] = ctx->args[1]; /* -errno, as DTrace's */", "int", NULL },
	{ "proc", "exit", "sched_process_exit", "sched", "dt_task_group_dead(ctx->args[0])",
	  "c.arg[0] = dt_exit_reason(ctx->args[0]);", "int", NULL },
	{ "proc", "lwp-create", "task_newtask", "task", "(ctx->args[1] & 0x10000)",
	  "c.arg[0] = c.arg[1] = ctx->args[0];", "lwpsinfo_t *, psinfo_t *", NULL },
	{ "proc", "lwp-exit", "sched_process_exit", "sched", NULL, "", "", NULL },
	/* in the new task, at its return from fork/clone (dt_fork_child()) */
	{ "proc", "start", "sys_exit", "raw_syscalls",
	  "dt_fork_child(ctx) && dt_current_is_leader()", "", "", NULL },
	{ "proc", "lwp-start", "sys_exit", "raw_syscalls", "dt_fork_child(ctx)", "", "", NULL },
	/* signal_generate(sig, info, task, group, result): result 0 delivered,
	 * 1 ignored, 2 already pending, 3 queue overflow, 4 delivered without its
	 * siginfo (TRACE_SIGNAL_* in include/trace/events/signal.h) */
	{ "proc", "signal-send", "signal_generate", "signal",
	  "ctx->args[4] == 0 || ctx->args[4] == 4",
	  "c.arg[0] = c.arg[1] = ctx->args[2]; c.arg[2] = ctx->args[0];",
	  "lwpsinfo_t *, psinfo_t *, int", NULL },
	{ "proc", "signal-discard", "signal_generate", "signal", "ctx->args[4] == 1",
	  "c.arg[0] = c.arg[1] = ctx->args[2]; c.arg[2] = ctx->args[0];",
	  "lwpsinfo_t *, psinfo_t *, int", NULL },
	{ "proc", "signal-handle", "signal_deliver", "signal", NULL,
	  "c.arg[0] = dt_handled_sig(ctx->args[0]); c.arg[1] = ctx->args[1];"
	  " c.arg[2] = dt_sa_handler(ctx->args[2]);",
	  "int, siginfo_t *, void (*)(void)", NULL },
	/* as DTrace's (syscall::rt_sigtimedwait:return): a pending signal
	 * taken by sigwait(), sigwaitinfo() or sigtimedwait(), its number */
	{ "proc", "signal-clear", "sys_exit", "raw_syscalls", "dt_sigwait_ret(ctx) > 0",
	  "c.arg[0] = dt_sigwait_ret(ctx);", "int", NULL },
	{ "sched", "off-cpu", "sched_switch", "sched", NULL,
	  "c.arg[0] = c.arg[1] = ctx->args[2];", "lwpsinfo_t *, psinfo_t *", NULL },
	/* sched_switch(preempt, prev, next, prev_state): a thread leaving the
	 * CPU to sleep (blocked: TASK_INTERRUPTIBLE, TASK_UNINTERRUPTIBLE or
	 * TASK_RTLOCK_WAIT, not preempted in the middle of going to sleep),
	 * or still runnable (preempted, or yielding); a thread that exits
	 * (TASK_DEAD) or stops (__TASK_STOPPED, __TASK_TRACED) does neither */
	{ "sched", "sleep", "sched_switch", "sched", "!ctx->args[0] && (ctx->args[3] & 0x1003)",
	  "", "", NULL },
	{ "sched", "preempt", "sched_switch", "sched", "ctx->args[0] || ctx->args[3] == 0", "", "",
	  NULL },
	{ "sched", "wakeup", "sched_wakeup", "sched", NULL, "c.arg[0] = c.arg[1] = ctx->args[0];",
	  "lwpsinfo_t *, psinfo_t *", NULL },
	/* every time a thread gets a CPU, in its context: sched_switch fires in
	 * the thread leaving the CPU, so the program sets c.task to the one
	 * coming on it (next), whose pid, tid, execname, curthread, uid, gid
	 * and self-> the clause then sees (runtime/dtc.bpf.h dt_cur_task());
	 * Oracle's DTrace needs fbt (__perf_event_task_sched_in), which kernels
	 * without fentry and kprobes (this one) do not have */
	{ "sched", "on-cpu", "sched_switch", "sched", NULL, "c.task = ctx->args[2];", "", NULL },
	/* as DTrace on Linux: a thread yielding the CPU (sched_yield()) */
	{ "sched", "surrender", "sys_enter", "raw_syscalls", "ctx->args[1] == DT_SCHED_YIELD_NR",
	  "c.arg[0] = c.arg[1] = bpf_get_current_task();", "lwpsinfo_t *, psinfo_t *", NULL },
	{ "sched", "remain-cpu", NULL, NULL, NULL, NULL, NULL,
	  "no tracepoint fires when the scheduler keeps the running thread" },
	{ "sched", "change-pri", NULL, NULL, NULL, NULL, NULL,
	  "no tracepoint fires on every priority change (sched_pi_setprio covers priority "
	  "inheritance only)" },
	{ "sched", "enqueue", NULL, NULL, NULL, NULL, NULL,
	  "no tracepoint fires when a thread is put on a run queue" },
	{ "sched", "dequeue", NULL, NULL, NULL, NULL, NULL,
	  "no tracepoint fires when a thread is taken off a run queue" },
	/* Oracle's: the scheduler's clock tick (fbt::scheduler_tick:entry, which
	 * Linux 6.10 renamed sched_tick), in the thread it interrupts */
	{ "sched", "tick", NULL, NULL, NULL,
	  "c.arg[0] = c.arg[1] = bpf_get_current_task();", "lwpsinfo_t *, psinfo_t *", NULL },
	/* a request reaching the device and its completion; args[] from its
	 * first bio, as DTrace's io probes all pass a bio (a request with none,
	 * a cache flush, does not fire them, as DTrace's done does not) */
	{ "io", "start", "block_rq_issue", "block", "dt_rq_bio(ctx->args[0])",
	  "c.arg[0] = c.arg[1] = c.arg[2] = dt_rq_bio(ctx->args[0]);",
	  "bufinfo_t *, devinfo_t *, fileinfo_t *", NULL },
	{ "io", "done", "block_rq_complete", "block", "dt_rq_bio(ctx->args[0])",
	  "c.arg[0] = c.arg[1] = c.arg[2] = dt_rq_bio(ctx->args[0]);",
	  "bufinfo_t *, devinfo_t *, fileinfo_t *", NULL },
	/* Oracle's: a thread waits for a buffer in submit_bio_wait(bio) */
	{ "io", "wait-start", NULL, NULL, NULL, "c.arg[0] = c.arg[1] = c.arg[2] = karg0;",
	  "bufinfo_t *, devinfo_t *, fileinfo_t *", NULL },
	{ "io", "wait-done", NULL, NULL, NULL, "c.arg[0] = c.arg[1] = c.arg[2] = karg0;",
	  "bufinfo_t *, devinfo_t *, fileinfo_t *", NULL },
	DT_NET_PROBES
	DT_LOCKSTAT_PROBES
	DT_VMINFO_PROBES
	DT_SYSINFO_PROBES
};

#define DT_NSTABLE (sizeof(dt_stable_probes) / sizeof(dt_stable_probes[0]))

static const struct dt_stable_tp2 dt_stable_tp2[] = {
	DT_LOCKSTAT_TP2
	DT_VMINFO_TP2
};

/* What a kernel without a tracepoint lacks: the Linux release that added
 * it, or the configuration option that builds it. */
static const struct dt_tp_since {
	const char *group, *tp, *since;
} dt_tp_since[] = {
	DT_NET_TP_SINCE
	DT_LOCKSTAT_TP_SINCE
	DT_VMINFO_TP_SINCE
	DT_SYSINFO_TP_SINCE
};

static const struct dt_stable_kfn dt_stable_kfn[] = {
	{ "io", "wait-start", "submit_bio_wait", 0, "struct bio *" },
	{ "io", "wait-done", "submit_bio_wait", 1, "struct bio *" },
	{ "sched", "tick", "sched_tick", 0, NULL },
};

/* A stable probe's kernel function (dt_stable_kfn[]), or NULL. */
static inline const struct dt_stable_kfn *dt_stable_kfn_of(const struct dt_stable_probe *sp)
{
	for (unsigned long i = 0; i < sizeof(dt_stable_kfn) / sizeof(dt_stable_kfn[0]); i++)
		if (!__builtin_strcmp(dt_stable_kfn[i].prov, sp->prov) &&
		    !__builtin_strcmp(dt_stable_kfn[i].name, sp->name))
			return &dt_stable_kfn[i];
	return 0;
}

/* A stable probe's second tracepoint, or NULL. */
static inline const struct dt_stable_tp2 *dt_stable_tp2_of(const struct dt_stable_probe *sp)
{
	for (unsigned long i = 0; i < sizeof(dt_stable_tp2) / sizeof(dt_stable_tp2[0]); i++)
		if (!__builtin_strcmp(dt_stable_tp2[i].prov, sp->prov) &&
		    !__builtin_strcmp(dt_stable_tp2[i].name, sp->name))
			return &dt_stable_tp2[i];
	return 0;
}

#endif
