/*
 * dt_prov_sysinfo.h: rows of dt_stable_probes[] (dt_provtab.h) for DTrace's
 * sysinfo provider: one probe per counter of Solaris's sys kstat, firing
 * where the counter is incremented, arg0 the increment (1; bytes for readch
 * and writech).  Each is mapped to the Linux event that counts the same:
 *
 *   syscalls  raw_syscalls: readch and writech at sys_exit of read, pread64,
 *             readv, preadv(2) and their write twins with arg0 the bytes
 *             transferred (a return >= 0); sysread, syswrite, sysexec, msg
 *             (msgsnd, msgrcv) and sema (semop, semtimedop) at sys_enter;
 *             procovf at sys_exit of fork, vfork, clone, clone3 failing
 *             with EAGAIN (a process or thread limit)
 *   tasks     task:task_newtask(task, clone_flags) in the parent: nthreads
 *             for every new thread, sysfork and sysvfork for new processes
 *             of user processes (no CLONE_THREAD; CLONE_VFORK for vfork)
 *   switches  sched:sched_switch(preempt, prev, next, prev_state): pswitch
 *             each, inv_swtch when the kernel counts it involuntary
 *             (nivcsw: preempted, or prev still runnable), idlethread when
 *             next is an idle task (pid 0)
 *   locks     lock:contention_begin(lock, flags): mutex_adenters for a
 *             mutex found held (MUTEX|SPIN, or an rt_mutex), rw_rdfails and
 *             rw_wrfails for a reader or writer that must wait
 *   xcalls    csd:csd_queue_cpu, a function queued to run on another CPU
 *             (smp_call_function*(), Linux 6.3)
 *   modules   module:module_load and module_free
 */
#define DT_SI_TICK "no tracepoint fires on the clock tick's CPU accounting (use profile:::tick-N)"
#define DT_SI_BUF "Linux has no buffer cache apart from the page cache (use io:::start, " \
	"vminfo:::pgpgin, vminfo:::pgpgout)"

#define DT_SYSINFO_PROBES                                                                       \
	{ "sysinfo", "readch", "sys_exit", "raw_syscalls",                                      \
	  "DT_READ_NR_COND(dt_sys_exit_nr(ctx)) && (long long)ctx->args[1] >= 0",               \
	  "c.arg[0] = ctx->args[1];", "uint64_t", NULL },                                       \
	{ "sysinfo", "writech", "sys_exit", "raw_syscalls",                                     \
	  "DT_WRITE_NR_COND(dt_sys_exit_nr(ctx)) && (long long)ctx->args[1] >= 0",              \
	  "c.arg[0] = ctx->args[1];", "uint64_t", NULL },                                       \
	{ "sysinfo", "sysread", "sys_enter", "raw_syscalls", "DT_READ_NR_COND(ctx->args[1])",   \
	  "c.arg[0] = 1;", "uint64_t", NULL },                                                  \
	{ "sysinfo", "syswrite", "sys_enter", "raw_syscalls",                                   \
	  "DT_WRITE_NR_COND(ctx->args[1])", "c.arg[0] = 1;", "uint64_t", NULL },                \
	{ "sysinfo", "sysexec", "sys_enter", "raw_syscalls", "DT_EXEC_NR_COND(ctx->args[1])",   \
	  "c.arg[0] = 1;", "uint64_t", NULL },                                                  \
	/* msgsnd 69, msgrcv 70; semop 65, semtimedop 220 */                                    \
	{ "sysinfo", "msg", "sys_enter", "raw_syscalls",                                        \
	  "ctx->args[1] == 69 || ctx->args[1] == 70", "c.arg[0] = 1;", "uint64_t", NULL },      \
	{ "sysinfo", "sema", "sys_enter", "raw_syscalls",                                       \
	  "ctx->args[1] == 65 || ctx->args[1] == 220", "c.arg[0] = 1;", "uint64_t", NULL },     \
	{ "sysinfo", "procovf", "sys_exit", "raw_syscalls",                                     \
	  "(long long)ctx->args[1] == -11 && DT_FORK_NR_COND(dt_sys_exit_nr(ctx))",             \
	  "c.arg[0] = 1;", "uint64_t", NULL },                                                  \
	{ "sysinfo", "nthreads", "task_newtask", "task", NULL, "c.arg[0] = 1;", "uint64_t",     \
	  NULL },                                                                               \
	/* CLONE_VFORK 0x4000, CLONE_THREAD 0x10000 */                                          \
	{ "sysinfo", "sysfork", "task_newtask", "task",                                         \
	  "!(ctx->args[1] & 0x14000) && !dt_current_kthread()", "c.arg[0] = 1;", "uint64_t",    \
	  NULL },                                                                               \
	{ "sysinfo", "sysvfork", "task_newtask", "task",                                        \
	  "(ctx->args[1] & 0x14000) == 0x4000 && !dt_current_kthread()", "c.arg[0] = 1;",       \
	  "uint64_t", NULL },                                                                   \
	{ "sysinfo", "pswitch", "sched_switch", "sched", NULL, "c.arg[0] = 1;", "uint64_t",     \
	  NULL },                                                                               \
	{ "sysinfo", "inv_swtch", "sched_switch", "sched",                                      \
	  "ctx->args[0] || ctx->args[3] == 0", "c.arg[0] = 1;", "uint64_t", NULL },             \
	{ "sysinfo", "idlethread", "sched_switch", "sched", "dt_task_pid(ctx->args[2]) == 0",   \
	  "c.arg[0] = 1;", "uint64_t", NULL },                                                  \
	/* LCB_F_SPIN 1, READ 2, WRITE 4, RT 8, MUTEX 32 (include/trace/events/lock.h) */       \
	{ "sysinfo", "mutex_adenters", "contention_begin", "lock",                              \
	  "(ctx->args[1] & 0x21) == 0x21 || (ctx->args[1] & 0xe) == 0x8", "c.arg[0] = 1;",      \
	  "uint64_t", NULL },                                                                   \
	{ "sysinfo", "rw_rdfails", "contention_begin", "lock", "ctx->args[1] & 0x2",            \
	  "c.arg[0] = 1;", "uint64_t", NULL },                                                  \
	{ "sysinfo", "rw_wrfails", "contention_begin", "lock", "ctx->args[1] & 0x4",            \
	  "c.arg[0] = 1;", "uint64_t", NULL },                                                  \
	{ "sysinfo", "xcalls", "csd_queue_cpu", "csd", NULL, "c.arg[0] = 1;", "uint64_t",       \
	  NULL },                                                                               \
	{ "sysinfo", "modload", "module_load", "module", NULL, "c.arg[0] = 1;", "uint64_t",     \
	  NULL },                                                                               \
	{ "sysinfo", "modunload", "module_free", "module", NULL, "c.arg[0] = 1;", "uint64_t",   \
	  NULL },                                                                               \
	{ "sysinfo", "cpu_ticks_idle", NULL, NULL, NULL, NULL, NULL, DT_SI_TICK },              \
	{ "sysinfo", "cpu_ticks_kernel", NULL, NULL, NULL, NULL, NULL, DT_SI_TICK },            \
	{ "sysinfo", "cpu_ticks_user", NULL, NULL, NULL, NULL, NULL, DT_SI_TICK },              \
	{ "sysinfo", "cpu_ticks_wait", NULL, NULL, NULL, NULL, NULL, DT_SI_TICK },              \
	{ "sysinfo", "wait_ticks_io", NULL, NULL, NULL, NULL, NULL, DT_SI_TICK },               \
	{ "sysinfo", "bread", NULL, NULL, NULL, NULL, NULL, DT_SI_BUF },                        \
	{ "sysinfo", "bwrite", NULL, NULL, NULL, NULL, NULL, DT_SI_BUF },                       \
	{ "sysinfo", "bawrite", NULL, NULL, NULL, NULL, NULL, DT_SI_BUF },                      \
	{ "sysinfo", "lread", NULL, NULL, NULL, NULL, NULL, DT_SI_BUF },                        \
	{ "sysinfo", "lwrite", NULL, NULL, NULL, NULL, NULL, DT_SI_BUF },                       \
	{ "sysinfo", "phread", NULL, NULL, NULL, NULL, NULL,                                    \
	  "Linux does raw and direct I/O through the block layer with no tracepoint of "        \
	  "its own (use io:::start)" },                                                         \
	{ "sysinfo", "phwrite", NULL, NULL, NULL, NULL, NULL,                                   \
	  "Linux does raw and direct I/O through the block layer with no tracepoint of "        \
	  "its own (use io:::start)" },                                                         \
	{ "sysinfo", "namei", NULL, NULL, NULL, NULL, NULL,                                     \
	  "no tracepoint fires on a path name lookup" },                                        \
	{ "sysinfo", "trap", NULL, NULL, NULL, NULL, NULL,                                      \
	  "no tracepoint fires on every trap (exceptions:page_fault_* cover page faults: "      \
	  "vminfo:::as_fault)" },                                                               \
	{ "sysinfo", "intrblk", NULL, NULL, NULL, NULL, NULL,                                   \
	  "Linux has no interrupt threads that block" },                                        \
	{ "sysinfo", "ufsdirblk", NULL, NULL, NULL, NULL, NULL, "Linux has no UFS" },           \
	{ "sysinfo", "ufsiget", NULL, NULL, NULL, NULL, NULL, "Linux has no UFS" },             \
	{ "sysinfo", "ufsinopage", NULL, NULL, NULL, NULL, NULL, "Linux has no UFS" },          \
	{ "sysinfo", "ufsipage", NULL, NULL, NULL, NULL, NULL, "Linux has no UFS" },

/* what a kernel without these tracepoints lacks (dt_tp_since[]) */
#define DT_SYSINFO_TP_SINCE                                                                     \
	{ "raw_syscalls", "sys_enter", "a kernel built with CONFIG_FTRACE_SYSCALLS" },          \
	{ "raw_syscalls", "sys_exit", "a kernel built with CONFIG_FTRACE_SYSCALLS" },           \
	{ "csd", "csd_queue_cpu", "Linux 6.3" },                                                \
	{ "module", "module_load", "a kernel built with CONFIG_MODULES" },                      \
	{ "module", "module_free", "a kernel built with CONFIG_MODULES" },
