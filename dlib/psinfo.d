/*
 * psinfo.d: process and thread information, DTrace's psinfo_t and
 * lwpsinfo_t with curpsinfo and curlwpsinfo, translated from the Linux
 * struct task_struct and its mm_struct (members as Oracle's DTrace for Linux
 * defines them).  Members Linux has no source for are declared but not
 * translated: using one is a compile-time error (D_XLATE_NOCONV).
 */

/* lwpsinfo_t pr_state values, and the model of a process */
inline char SSLEEP = 1;
inline char SRUN = 2;
inline char SZOMB = 3;
inline char SSTOP = 4;
inline char SIDL = 5;
inline char SONPROC = 6;
inline char SWAIT = 7;
inline char PR_MODEL_ILP32 = 1;
inline char PR_MODEL_LP64 = 2;

/* The policies of sched_setscheduler(2) (include/uapi/linux/sched.h) */
inline int SCHED_OTHER = 0;
inline int SCHED_FIFO = 1;
inline int SCHED_RR = 2;
inline int SCHED_BATCH = 3;
inline int SCHED_ISO = 4;
inline int SCHED_IDLE = 5;
inline int SCHED_DEADLINE = 6;

/*
 * Members and their order as in Oracle's DTrace for Linux (padding left
 * out); times are nanoseconds, as pr_start has always been here.
 */
typedef struct lwpsinfo {
	int pr_flag;            /* thread flags (task flags) */
	id_t pr_lwpid;          /* thread id */
	uintptr_t pr_addr;      /* address of the thread (its task_struct) */
	uintptr_t pr_wchan;     /* wait address of a sleeping thread */
	char pr_stype;          /* synchronization event type */
	char pr_state;          /* SSLEEP, SRUN, SZOMB, SSTOP, SIDL, SONPROC */
	char pr_sname;          /* pr_state as a letter: S R Z T I O */
	char pr_nice;           /* nice value */
	short pr_syscall;       /* system call number, if in a system call */
	char pr_oldpri;         /* pre-SVR4 low value is high priority */
	char pr_cpu;            /* pre-SVR4 cpu usage */
	int pr_pri;             /* priority: high value is high priority */
	ushort_t pr_pctcpu;     /* % of recent cpu time */
	uint64_t pr_start;      /* start time, ns since boot */
	uint64_t pr_time;       /* user + system CPU time, ns */
	string pr_clname;       /* scheduling class, as ps(1) names it: TS FF RR B ISO IDL DLN */
	string pr_name;         /* thread name */
	processorid_t pr_onpro; /* processor which last ran this thread */
	processorid_t pr_bindpro; /* processor to which the thread is bound */
	int pr_bindpset;        /* processor set to which the thread is bound */
	int pr_lgrp;            /* home lgroup (NUMA node) */
} lwpsinfo_t;

typedef struct psinfo {
	int pr_flag;            /* process flags (task flags) */
	int pr_nlwp;            /* number of threads */
	pid_t pr_pid;           /* process id (thread group id) */
	pid_t pr_ppid;          /* parent's process id */
	pid_t pr_pgid;          /* process group id */
	pid_t pr_sid;           /* session id */
	uid_t pr_uid;           /* real user id */
	uid_t pr_euid;          /* effective user id */
	gid_t pr_gid;           /* real group id */
	gid_t pr_egid;          /* effective group id */
	uintptr_t pr_addr;      /* address of the process (its task_struct) */
	size_t pr_size;         /* size of the process image (its mappings) in KB */
	size_t pr_rssize;       /* resident set size in KB */
	struct tty_struct *pr_ttydev; /* controlling tty, or -1 */
	ushort_t pr_pctcpu;     /* % of recent cpu time used */
	ushort_t pr_pctmem;     /* % of recent memory used */
	uint64_t pr_start;      /* start time, ns since boot */
	uint64_t pr_time;       /* user + system CPU time, ns */
	uint64_t pr_ctime;      /* user + system CPU time of waited-for children, ns */
	string pr_fname;        /* name of the executable */
	string pr_psargs;       /* initial characters of the arguments */
	int pr_wstat;           /* exit status of a zombie */
	int pr_argc;            /* initial argument count */
	uintptr_t pr_argv;      /* address of the initial argument vector */
	uintptr_t pr_envp;      /* address of the initial environment */
	char pr_dmodel;         /* data model: PR_MODEL_ILP32 or PR_MODEL_LP64 */
	int pr_taskid;          /* task id */
	int pr_projid;          /* project id */
	int pr_nzomb;           /* number of zombie threads */
	int pr_poolid;          /* pool id */
	zoneid_t pr_zoneid;     /* zone id */
	id_t pr_contract;       /* process contract */
	lwpsinfo_t pr_lwp;      /* the thread translated (xlate <lwpsinfo_t>) */
} psinfo_t;

/* enum pid_type (include/linux/pid_types.h, Linux 4.19 on) */
inline int PIDTYPE_PID = 0;
inline int PIDTYPE_TGID = 1;
inline int PIDTYPE_PGID = 2;
inline int PIDTYPE_SID = 3;

/* __psinfo_mm()'s selectors (runtime/dt_psinfo.bpf.h) */
inline int __PS_ARGC = 0;
inline int __PS_ARGV = 1;
inline int __PS_ENVP = 2;
inline int __PS_SIZE = 3;
inline int __PS_RSSIZE = 4;

/*
 * pr_psargs, pr_argc and pr_envp are read from the process's memory
 * (Linux keeps no copy in the kernel): for the current process only, ""
 * and 0 for another's or a kernel thread.  Untranslated, as in Oracle's
 * DTrace: pr_pctcpu and pr_pctmem (Linux keeps no decayed averages) and
 * pr_time (the sum over the live threads).
 */
translator psinfo_t < struct task_struct *T > {
	pr_flag = T->flags;
	pr_nlwp = T->signal->nr_threads;
	pr_pid = T->tgid;
	pr_ppid = T->real_parent->tgid;
	pr_pgid = T->signal->pids[PIDTYPE_PGID]->numbers[0].nr;
	pr_sid = T->signal->pids[PIDTYPE_SID]->numbers[0].nr;
	pr_uid = T->cred->uid.val;
	pr_euid = T->cred->euid.val;
	pr_gid = T->cred->gid.val;
	pr_egid = T->cred->egid.val;
	pr_addr = (uintptr_t)T;
	pr_size = __psinfo_mm(T, __PS_SIZE);
	pr_rssize = __psinfo_mm(T, __PS_RSSIZE);
	pr_ttydev = T->signal->tty ? T->signal->tty : (struct tty_struct *)-1;
	pr_start = T->start_time;
	pr_ctime = T->signal->cutime + T->signal->cstime;
	pr_fname = T->group_leader->comm;
	pr_psargs = __psargs(T);
	pr_wstat = T->exit_code;
	pr_argc = __psinfo_mm(T, __PS_ARGC);
	pr_argv = __psinfo_mm(T, __PS_ARGV);
	pr_envp = __psinfo_mm(T, __PS_ENVP);
	pr_dmodel = PR_MODEL_LP64;
	pr_taskid = 0;
	pr_projid = 0;
	pr_nzomb = 0;
	pr_poolid = 0;
	pr_zoneid = 0;
	pr_contract = 0;
	pr_lwp = xlate <lwpsinfo_t> (T);
};

/*
 * Linux task states (include/linux/sched.h): TASK_RUNNING 0, interruptible 1,
 * uninterruptible 2, stopped 4, traced 8; exit_state dead 16, zombie 32.
 * Untranslated, as in Oracle's DTrace: pr_oldpri, pr_cpu and pr_pctcpu
 * (Solaris scheduler statistics), pr_syscall, pr_wchan, pr_lgrp.
 */
translator lwpsinfo_t < struct task_struct *T > {
	pr_flag = T->flags;
	pr_lwpid = T->pid;
	pr_addr = (uintptr_t)T;
	pr_stype = 0;
	pr_state = (T->exit_state & 0x30) ? SZOMB :
	    (T->__state & 0xc) ? SSTOP :
	    (T->__state & 0x3) ? SSLEEP :
	    T->on_cpu ? SONPROC : SRUN;
	pr_sname = (T->exit_state & 0x30) ? 'Z' :
	    (T->__state & 0xc) ? 'T' :
	    (T->__state & 0x3) ? 'S' :
	    T->on_cpu ? 'O' : 'R';
	pr_nice = T->static_prio - 120;
	pr_pri = T->prio;
	pr_start = T->start_time;
	pr_time = T->utime + T->stime;
	pr_clname = T->policy == SCHED_FIFO ? "FF" : T->policy == SCHED_RR ? "RR" :
	    T->policy == SCHED_BATCH ? "B" : T->policy == SCHED_ISO ? "ISO" :
	    T->policy == SCHED_IDLE ? "IDL" : T->policy == SCHED_DEADLINE ? "DLN" : "TS";
	pr_name = T->comm;
	pr_onpro = T->thread_info.cpu;
	pr_bindpro = -1;
	pr_bindpset = -1;
};

inline psinfo_t *curpsinfo = xlate <psinfo_t *> (curthread);
inline lwpsinfo_t *curlwpsinfo = xlate <lwpsinfo_t *> (curthread);

/* the current process's working and root directories */
inline string cwd = d_path(&curthread->fs->pwd);
inline string root = d_path(&curthread->fs->root);
