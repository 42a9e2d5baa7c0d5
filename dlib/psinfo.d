/*
 * psinfo.d: process and thread information, DTrace's psinfo_t and
 * lwpsinfo_t with curpsinfo and curlwpsinfo, translated from the Linux
 * struct task_struct exactly as Oracle's DTrace for Linux defines them
 * (dtrace-utils libdtrace/procfs.d.in): the same members, types and
 * translations.  A member Oracle's translator leaves out is declared but
 * not translated: using one is a compile-time error (D_XLATE_NOCONV).
 */

/*
 * Solaris's types of these structures, as Oracle's procfs.d defines them
 * (psetid_t for sched.d too, which is read after this file).
 */
typedef long time_t;
typedef struct timestruc {
	time_t tv_sec;
	long tv_nsec;
} timestruc_t;
typedef id_t psetid_t;
typedef id_t taskid_t;
typedef id_t dprojid_t;
typedef id_t poolid_t;

/* lwpsinfo_t pr_flag and pr_state values, and the model of a process */
inline int PR_STOPPED = 0x00000001;
inline int PR_ISTOP = 0x00000002;
inline int PR_DSTOP = 0x00000004;
inline int PR_IDLE = 0x10000000;
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

/* Members, their types and their order exactly as Oracle's procfs.d. */
typedef struct lwpsinfo {
	int pr_flag;                /* lwp flags (DEPRECATED) */
	int pr_lwpid;               /* lwp id */
	uintptr_t pr_addr;          /* internal address of lwp */
	uintptr_t pr_wchan;         /* wait addr for sleeping lwp */
	char pr_stype;              /* sync event type */
	char pr_state;              /* numeric lwp state */
	char pr_sname;              /* printable char for pr_state */
	char pr_nice;               /* nice for cpu usage */
	short pr_syscall;           /* syscall number */
	char pr_oldpri;             /* priority */
	char pr_cpu;                /* CPU usage */
	int pr_pri;                 /* priority */
	ushort_t pr_pctcpu;         /* % of recent cpu time */
	ushort_t pr_pad;
	timestruc_t pr_start;       /* lwp start time */
	timestruc_t pr_time;        /* usr+sys cpu time */
	char pr_clname[8];          /* scheduling class name */
	char pr_name[16];           /* name */
	processorid_t pr_onpro;     /* processor last ran on */
	processorid_t pr_bindpro;   /* processor bound to */
	psetid_t pr_bindpset;       /* processor set */
	int pr_lgrp;                /* lwp home lgroup */
	int pr_filler[4];
} lwpsinfo_t;

typedef struct psinfo {
	int pr_flag;                /* process flags (DEPRECATED) */
	int pr_nlwp;                /* number of active lwps (Linux: 1) */
	pid_t pr_pid;               /* unique process id */
	pid_t pr_ppid;              /* process id of parent */
	pid_t pr_pgid;              /* pid of process group leader */
	pid_t pr_sid;               /* session id */
	uid_t pr_uid;               /* real user id */
	uid_t pr_euid;              /* effective user id */
	uid_t pr_gid;               /* real group id */
	uid_t pr_egid;              /* effective group id */
	uintptr_t pr_addr;          /* address of process */
	size_t pr_size;             /* size of process image (in KB) */
	size_t pr_rssize;           /* resident set size (in KB) */
	size_t pr_pad1;
	struct tty_struct *pr_ttydev; /* controlling tty (or -1) */
	ushort_t pr_pctcpu;         /* % of recent cpu time used */
	ushort_t pr_pctmem;         /* % of recent memory used */
	timestruc_t pr_start;       /* process start time */
	timestruc_t pr_time;        /* usr+sys cpu time for process */
	timestruc_t pr_ctime;       /* usr+sys cpu time for children */
	char pr_fname[16];          /* name of exec'd file */
	char pr_psargs[80];         /* initial chars of arg list */
	int pr_wstat;               /* if zombie, wait() status */
	int pr_argc;                /* initial argument count */
	uintptr_t pr_argv;          /* address of initial arg vector */
	uintptr_t pr_envp;          /* address of initial env vector */
	char pr_dmodel;             /* data model */
	char pr_pad2[3];
	taskid_t pr_taskid;         /* task id */
	dprojid_t pr_projid;        /* project id */
	int pr_nzomb;               /* number of zombie lwps (Linux: 0) */
	poolid_t pr_poolid;         /* pool id */
	zoneid_t pr_zoneid;         /* zone id */
	id_t pr_contract;           /* process contract */
	int pr_filler[1];
	lwpsinfo_t pr_lwp;
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

/*
 * The members Oracle's DTrace for Linux translates, and only those: using
 * another (pr_flag, pr_size, pr_rssize, pr_pctcpu, pr_pctmem, pr_start,
 * pr_time, pr_ctime, pr_lwp) is D_XLATE_NOCONV, as there.  pr_psargs,
 * pr_argc, pr_argv and pr_envp are translated as DTrace 1.x for Linux did
 * from the kernel's psinfo (DTrace 2's procfs.d has them commented out
 * until it has a source for them): Linux keeps the arguments only in the
 * process's own memory, so they are read there, for the current process
 * only ("" and 0 for another's or a kernel thread).
 */
translator psinfo_t < struct task_struct *T > {
	pr_nlwp = 1;
	pr_pid = T->tgid;
	pr_ppid = T->real_parent->tgid;
	pr_pgid = T->signal->pids[PIDTYPE_PGID]->numbers[0].nr;
	pr_sid = T->signal->pids[PIDTYPE_SID]->numbers[0].nr;
	pr_uid = T->cred->uid.val;
	pr_euid = T->cred->euid.val;
	pr_gid = T->cred->gid.val;
	pr_egid = T->cred->egid.val;
	pr_addr = (uintptr_t)T;
	pr_ttydev = T->signal->tty ? T->signal->tty : (struct tty_struct *)-1;
	pr_fname = T->comm;
	pr_psargs = __psargs(T);
	pr_wstat = 0;
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
};

/*
 * The members Oracle's DTrace for Linux translates, with its mapping of the
 * task's __state (include/linux/sched.h: interruptible 0x1, uninterruptible
 * 0x2, stopped 0x4, traced 0x8, dead 0x10, zombie 0x20, TASK_DEAD 0x80,
 * wakekill 0x100, waking 0x200); pr_onpro is the CPU of the task's
 * thread_info (in the task since Linux 5.16).  Using another member
 * (pr_nice, pr_syscall, pr_oldpri, pr_cpu, pr_pctcpu, pr_start, pr_time,
 * pr_clname, pr_bindpro, pr_bindpset, pr_lgrp) is D_XLATE_NOCONV.
 */
translator lwpsinfo_t < struct task_struct *T > {
	pr_flag = (T->__state & 0x00000004) ? PR_STOPPED : 0;
	pr_lwpid = T->pid;
	pr_addr = (uintptr_t)T;
	pr_wchan = NULL;
	pr_stype = 0;
	pr_state = (T->__state & 0x00000001) ? SSLEEP :
	    (T->__state & 0x00000002) ? SSLEEP :
	    (T->__state & 0x00000004) ? SSTOP :
	    (T->__state & 0x00000008) ? SSTOP :
	    (T->__state & 0x00000020) ? SZOMB :
	    (T->__state & 0x00000010) ? SZOMB :
	    (T->__state & 0x00000080) ? SZOMB :
	    (T->__state & 0x00000100) ? SWAIT :
	    (T->__state & 0x00000200) ? SWAIT : SRUN;
	pr_sname = (T->__state & 0x00000001) ? 'S' :
	    (T->__state & 0x00000002) ? 'S' :
	    (T->__state & 0x00000004) ? 'T' :
	    (T->__state & 0x00000008) ? 'T' :
	    (T->__state & 0x00000020) ? 'Z' :
	    (T->__state & 0x00000010) ? 'Z' :
	    (T->__state & 0x00000080) ? 'Z' :
	    (T->__state & 0x00000100) ? 'W' :
	    (T->__state & 0x00000200) ? 'W' : 'R';
	pr_pri = T->prio;
	pr_name = T->comm;
	pr_onpro = T->thread_info.cpu;
};

/* attributes and bindings as Oracle's procfs.d declares them */
inline psinfo_t *curpsinfo = xlate <psinfo_t *> (curthread);
#pragma D attributes Stable/Stable/Common curpsinfo
#pragma D binding "1.0" curpsinfo
inline lwpsinfo_t *curlwpsinfo = xlate <lwpsinfo_t *> (curthread);
#pragma D attributes Stable/Stable/Common curlwpsinfo
#pragma D binding "1.0" curlwpsinfo

/* the current process's working and root directories */
inline string cwd = d_path(&curthread->fs->pwd);
#pragma D attributes Stable/Stable/Common cwd
#pragma D binding "1.0" cwd
inline string root = d_path(&curthread->fs->root);
#pragma D attributes Stable/Stable/Common root
#pragma D binding "1.0" root
