/*
 * min_btf.c: the source of min.btf, the pinned kernel BTF the compile-only
 * tests type-check against (dtc --btf %btf), so that test results do not
 * depend on the build host's kernel.  Regenerate with gen.sh.
 *
 * The types are cut down from Linux 6.x x86-64: the same names, member
 * names and member types as the kernel's, in kernel order, with padding
 * (pad_*) standing in for the members left out so that offsets stay
 * plausible.  CO-RE relocates by name at load time, so exact offsets do not
 * matter; only what scripts reference has to exist.
 */
typedef signed char __s8;
typedef unsigned char __u8;
typedef short __s16;
typedef unsigned short __u16;
typedef int __s32;
typedef unsigned int __u32;
typedef long long __s64;
typedef unsigned long long __u64;
typedef __s8 s8;
typedef __u8 u8;
typedef __s16 s16;
typedef __u16 u16;
typedef __s32 s32;
typedef __u32 u32;
typedef __s64 s64;
typedef __u64 u64;
typedef _Bool bool;

typedef int __kernel_pid_t;
typedef unsigned int __kernel_uid32_t;
typedef unsigned int __kernel_gid32_t;
typedef long __kernel_long_t;
typedef unsigned long __kernel_ulong_t;
typedef __kernel_ulong_t __kernel_size_t;
typedef __kernel_long_t __kernel_ssize_t;
typedef long long __kernel_loff_t;
typedef __kernel_pid_t pid_t;
typedef __kernel_uid32_t uid_t;
typedef __kernel_gid32_t gid_t;
typedef __kernel_size_t size_t;
typedef __kernel_ssize_t ssize_t;
typedef __kernel_loff_t loff_t;
typedef unsigned short umode_t;
typedef unsigned int fmode_t;
typedef u32 __kernel_dev_t;
typedef __kernel_dev_t dev_t;
typedef unsigned long ino_t;
typedef long long time64_t;

typedef struct {
	uid_t val;
} kuid_t;

typedef struct {
	gid_t val;
} kgid_t;

typedef struct {
	int counter;
} atomic_t;

typedef struct {
	s64 counter;
} atomic64_t;

struct list_head {
	struct list_head *next, *prev;
};

/* include/linux/mutex_types.h, asm-generic/qrwlock_types.h (mutex_owned() ...) */
typedef atomic64_t atomic_long_t;

struct mutex {
	atomic_long_t owner;
	u32 wait_lock;
	u32 osq;
	struct list_head wait_list;
};

struct qrwlock {
	union {
		atomic_t cnts;
		struct {
			u8 wlocked;
			u8 __lstate[3];
		};
	};
	u32 wait_lock;
};

typedef struct qrwlock arch_rwlock_t;

typedef struct {
	arch_rwlock_t raw_lock;
} rwlock_t;

struct timespec64 {
	time64_t tv_sec;
	long tv_nsec;
};

/* arch/x86/include/asm/ptrace.h, 64-bit */
struct pt_regs {
	unsigned long r15;
	unsigned long r14;
	unsigned long r13;
	unsigned long r12;
	unsigned long bp;
	unsigned long bx;
	unsigned long r11;
	unsigned long r10;
	unsigned long r9;
	unsigned long r8;
	unsigned long ax;
	unsigned long cx;
	unsigned long dx;
	unsigned long si;
	unsigned long di;
	unsigned long orig_ax;
	unsigned long ip;
	unsigned long cs;
	unsigned long flags;
	unsigned long sp;
	unsigned long ss;
};

/* include/linux/dcache.h */
struct qstr {
	union {
		struct {
			u32 hash;
			u32 len;
		};
		u64 hash_len;
	};
	const unsigned char *name;
};

struct inode;
struct super_block;
struct vfsmount;

struct dentry {
	unsigned int d_flags;
	u32 d_seq;
	struct dentry *pad_d_hash[2];
	struct dentry *d_parent;
	struct qstr d_name;
	struct inode *d_inode;
	unsigned char d_iname[40];
	u32 d_lockref[2];
	const void *d_op;
	struct super_block *d_sb;
	unsigned long d_time;
	void *d_fsdata;
};

struct super_block {
	struct list_head s_list;
	dev_t s_dev;
	unsigned char s_blocksize_bits;
	unsigned long s_blocksize;
	loff_t s_maxbytes;
	char pad_s[1024];
	char s_id[32];
};

struct vfsmount {
	struct dentry *mnt_root;
	struct super_block *mnt_sb;
	int mnt_flags;
};

struct path {
	struct vfsmount *mnt;
	struct dentry *dentry;
};

/* include/linux/fs.h */
struct inode {
	umode_t i_mode;
	unsigned short i_opflags;
	kuid_t i_uid;
	kgid_t i_gid;
	unsigned int i_flags;
	void *i_acl;
	void *i_default_acl;
	const void *i_op;
	struct super_block *i_sb;
	void *i_mapping;
	void *i_security;
	unsigned long i_ino;
	union {
		const unsigned int i_nlink;
		unsigned int __i_nlink;
	};
	dev_t i_rdev;
	loff_t i_size;
	struct timespec64 __i_atime;
	struct timespec64 __i_mtime;
	struct timespec64 __i_ctime;
	unsigned short i_bytes;
	u8 i_blkbits;
	u64 i_blocks;
};

struct file {
	atomic64_t f_count;
	unsigned int f_flags;
	fmode_t f_mode;
	void *f_op;
	void *f_mapping;
	void *private_data;
	struct inode *f_inode;
	char pad_f[48];
	struct path f_path;
	loff_t f_pos;
};

/* include/linux/mm_types.h */
struct mm_struct {
	struct {
		void *mmap_cache[2];
		unsigned long mmap_base;
		unsigned long mmap_legacy_base;
		unsigned long task_size;
		void *pgd;
		atomic_t mm_users;
		atomic_t mm_count;
		char pad_mm[160];
		unsigned long total_vm;
		unsigned long locked_vm;
		atomic64_t pinned_vm;
		unsigned long data_vm;
		unsigned long exec_vm;
		unsigned long stack_vm;
		unsigned long def_flags;
		unsigned long start_code, end_code, start_data, end_data;
		unsigned long start_brk, brk, start_stack;
		unsigned long arg_start, arg_end, env_start, env_end;
		struct file *exe_file;
	};
};

/* include/linux/cred.h */
struct cred {
	atomic_t usage;
	kuid_t uid;
	kgid_t gid;
	kuid_t suid;
	kgid_t sgid;
	kuid_t euid;
	kgid_t egid;
	kuid_t fsuid;
	kgid_t fsgid;
};

struct fs_struct {
	int users;
	int seq[2];
	int umask;
	int in_exec;
	struct path root, pwd;
};

struct files_struct {
	atomic_t count;
};

struct signal_struct {
	int sig_cnt;
	int nr_threads;
	char pad_sig[384];
	void *tty;
};

/* include/linux/sched.h */
struct thread_info {
	unsigned long flags;
	unsigned long syscall_work;
	u32 status;
	u32 cpu;
};

struct task_struct {
	struct thread_info thread_info;
	unsigned int __state;
	void *stack;
	atomic_t usage;
	unsigned int flags;
	unsigned int ptrace;
	int on_cpu;
	unsigned int wakee_flips;
	unsigned long wakee_flip_decay_ts;
	int on_rq;
	int prio;
	int static_prio;
	int normal_prio;
	unsigned int rt_priority;
	char pad_sched[1024];
	unsigned int policy;
	int nr_cpus_allowed;
	char pad_mm[128];
	struct mm_struct *mm;
	struct mm_struct *active_mm;
	int exit_state;
	int exit_code;
	int exit_signal;
	int pdeath_signal;
	unsigned long jobctl;
	unsigned int personality;
	char pad_pid[64];
	pid_t pid;
	pid_t tgid;
	unsigned long stack_canary;
	struct task_struct *real_parent;
	struct task_struct *parent;
	struct list_head children;
	struct list_head sibling;
	struct task_struct *group_leader;
	char pad_times[256];
	u64 utime;
	u64 stime;
	u64 start_time;
	u64 start_boottime;
	char pad_cred[64];
	const struct cred *real_cred;
	const struct cred *cred;
	char comm[16];
	char pad_fs[64];
	struct fs_struct *fs;
	struct files_struct *files;
	void *nsproxy;
	struct signal_struct *signal;
};

/* The raw syscall tracepoints (tp_btf/raw_tp) the syscall provider uses. */
struct trace_entry {
	unsigned short type;
	unsigned char flags;
	unsigned char preempt_count;
	int pid;
};

struct trace_event_raw_sys_enter {
	struct trace_entry ent;
	long id;
	unsigned long args[6];
	char __data[0];
};

struct trace_event_raw_sys_exit {
	struct trace_entry ent;
	long id;
	long ret;
	char __data[0];
};

typedef void (*btf_trace_sys_enter)(void *, struct pt_regs *, long);
typedef void (*btf_trace_sys_exit)(void *, struct pt_regs *, long);
typedef void (*btf_trace_sched_process_exec)(void *, struct task_struct *, pid_t, void *);

/*
 * Every type above is reachable from this one variable, which makes clang
 * emit its BTF (as a VAR in a DATASEC, both named min_btf_* so they are
 * out of the way of anything a script names).
 */
struct min_btf_root {
	s8 a; u8 b; s16 c; u16 d; s32 e; u32 f; s64 g; u64 h; bool i;
	pid_t j; uid_t k; gid_t l; size_t m; ssize_t n; loff_t o; umode_t p;
	ino_t q; dev_t r;
	/* By value: a pointer member alone gets only a FWD in BTF. */
	struct pt_regs regs;
	struct task_struct task;
	struct file file;
	struct path path;
	struct dentry dentry;
	struct qstr qstr;
	struct inode inode;
	struct super_block super_block;
	struct vfsmount vfsmount;
	struct mm_struct mm;
	struct cred cred;
	struct fs_struct fs;
	struct files_struct files;
	struct signal_struct signal;
	struct mutex mutex;
	rwlock_t rwlock;
	struct trace_event_raw_sys_enter sys_enter;
	struct trace_event_raw_sys_exit sys_exit;
	btf_trace_sys_enter tp_sys_enter;
	btf_trace_sys_exit tp_sys_exit;
	btf_trace_sched_process_exec tp_sched_process_exec;
};

struct min_btf_root min_btf_root;
