/*
 * dtc.bpf.h: the BPF-side runtime every dtc-generated C file includes.
 *
 * The generated code stays thin: one function per clause, one program per
 * probe family, and calls to the helpers below for everything with a
 * verifier subtlety (bounded offsets into the scratch map, string copies,
 * faults).  Everything here is static inline; nothing is a BPF subprogram.
 *
 * Fault model: a helper that detects a fault records it in the clause
 * context and the generated code jumps to the clause's `fault:` label
 * (DT_FAULT), which abandons the clause's record; the program then calls the
 * ERROR clauses and emits a DT_REC_ERROR record (dt_error_record).
 */
#ifndef DTC_BPF_H
#define DTC_BPF_H

#include <linux/types.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#include "dtc_abi.h"

#ifndef DT_STRSIZE
#define DT_STRSIZE 256
#endif
/* The longest string: the strsize option, when the buffer (rounded up to
 * 8 bytes) has room for it and the NUL. */
#ifndef DT_STRLEN_MAX
#define DT_STRLEN_MAX (DT_STRSIZE - 1)
#endif
#ifndef DT_NTMP
#define DT_NTMP ((DT_SCRATCH_SIZE - 2 * DT_OUT_SIZE) / DT_STRSIZE)
#endif

char LICENSE[] SEC("license") = "GPL";

struct dt_scratch {
	char out[2 * DT_OUT_SIZE];      /* record; masked offsets stay inside */
	char tmp[DT_NTMP][DT_STRSIZE];  /* string temporaries, per clause */
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4 << 20);
} dtc_rb SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct dt_scratch);
} dtc_scratch SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, DT_STAT_NUM);
	__type(key, __u32);
	__type(value, __u64);
} dtc_stat SEC(".maps");

/* Load-time parameters, set by dtrun before load. */
const volatile __s64 dtc_walloff = 0;
const volatile __s32 dtc_target = 0;
/*
 * The empty string, for probe names: a "" literal would do, but clang's
 * constant merging may fold it into a zeroed const volatile global (dtc_on[])
 * that dtrun later sets; a writable global is never merged.
 */
char dt_nostr[8] = {};
/* The instance dtrun runs as (--instance, default "host"): the D variable `instance`. */
const volatile char dtc_instance[DT_STRSIZE] = {};

/*
 * Ring-buffer wakeups: records go out with BPF_RB_NO_WAKEUP (waking the
 * reader per record costs 4-11 us per event) and dtrun polls at switchrate;
 * once more than dtc_rb_wake bytes wait, the writer forces a wakeup so a
 * burst does not fill the buffer between polls.  dtrun sets it to a quarter
 * of the buffer.
 */
const volatile __u64 dtc_rb_wake = 1 << 18;

static __always_inline __u64 dt_rb_flags(void)
{
	return bpf_ringbuf_query(&dtc_rb, BPF_RB_AVAIL_DATA) >= dtc_rb_wake ? BPF_RB_FORCE_WAKEUP
									  : BPF_RB_NO_WAKEUP;
}

/* Set by exit(): probes other than END stop firing (DTrace's DRAINING). */
__u32 dtc_activity = 0;

/* The empty string: a writable global, so that clang cannot alias it with
 * a zero-initialized load-time parameter (see emit_expr.c). */
char dtc_empty[8];

struct dt_alloca;

/* What a clause sees of the probe that fired. */
struct dt_ctx {
	void *ctx;                 /* program context */
	struct dt_scratch *s;
	__u64 arg[10];             /* arg0..arg9 */
	__s64 errno_val;           /* errno: syscall return value's error */
	__u32 probe;               /* family-local probe key (syscall nr) */
	__u16 prog;                /* program index P */
	__u16 clause;              /* running clause */
	__u32 off;                 /* output offset in s->out */
	__u32 act;                 /* 1-based index of the running action */
	__u64 fault;               /* DTRACEFLT_* when a clause faulted */
	__u64 fault_addr;
	const char *pfunc;         /* probefunc, probename for this program */
	const char *pname;
	const char *pprov;
	const char *pmod;
	__u32 spec;                /* speculate()'s ID for this clause, or 0 */
#ifdef DT_WANT_ALLOCA
	struct dt_alloca *areg;    /* alloca'd memory (dtc_mem.bpf.h) */
	__u64 abase;               /* its address, as a scalar */
	__u64 atop;                /* bytes allocated by this clause */
#endif
	__u32 epid;                /* epid: the running clause's dtc_on pair + 1 */
	__u32 fault_pc;            /* DT_FAULT's generated-C line (dt_err_rec.pc) */
	__u64 ts;                  /* timestamp, read once per probe firing */
	void *self;                /* this thread's struct dt_self once found (emit_var.c) */
	__u64 task;                /* the thread whose context the clause has, when not the
				    * current one: sched:::on-cpu's incoming thread */
};

#define DT_FAULT(c, code, addr)                                                                   \
	do {                                                                                      \
		(c)->fault = (code);                                                              \
		(c)->fault_addr = (__u64)(addr);                                                  \
		(c)->fault_pc = __LINE__;                                                         \
		goto fault;                                                                       \
	} while (0)

static __always_inline void dt_stat_inc(__u32 idx)
{
	__u64 *v = bpf_map_lookup_elem(&dtc_stat, &idx);
	if (v)
		__sync_fetch_and_add(v, 1);
}

/*
 * Program prologue: 0 to go on, 1 when the program must not run.  A program
 * whose clauses never use the per-CPU scratch (dtc's emitter records it)
 * skips its lookup: c->s stays NULL, and the verifier refuses any use.
 */
static __always_inline int dt_prologue(struct dt_ctx *c, void *ctx, __u16 prog, int is_end,
				       int scratch)
{
	__u32 zero = 0;

	if (!is_end && dtc_activity != DT_ACTIVITY_ACTIVE)
		return 1;
	c->ctx = ctx;
	c->prog = prog;
	if (!scratch)
		return 0;
	c->s = bpf_map_lookup_elem(&dtc_scratch, &zero);
	return c->s == 0;
}

/* Start this clause's record: header now, items appended by dt_item(). */
static __always_inline void dt_rec_begin(struct dt_ctx *c, __u16 clause)
{
	c->clause = clause;
	c->off = sizeof(struct dt_rec_hdr);
	c->act = 0;
	c->spec = 0;
}

/*
 * Append an item of `size` bytes (header included, multiple of 8) for action
 * `act`; returns its payload or NULL when the record would overflow.  The
 * mask keeps the verifier's view of the offset inside out[].
 */
static __always_inline void *dt_item(struct dt_ctx *c, __u32 act, __u32 size)
{
	__u32 off = c->off & (DT_OUT_SIZE - 1);
	struct dt_item *it;

	if (c->off + size > DT_OUT_SIZE)
		return 0;
	it = (struct dt_item *)(c->s->out + off);
	it->act = act;
	it->size = size;
	c->off += size;
	return (char *)it + sizeof(*it);
}

static __always_inline void dt_put_int(void *p, __u32 at, __u64 v)
{
	*(__u64 *)((char *)p + at) = v;
}

/* Copy a NUL-terminated string from any kernel-readable pointer. */
static __always_inline void dt_put_str(void *p, __u32 at, const char *src, __u32 size)
{
	char *dst = (char *)p + at;
	if (size > DT_STRLEN_MAX + 1)
		size = DT_STRLEN_MAX + 1;
	if (bpf_probe_read_kernel_str(dst, size, src) < 0)
		dst[0] = 0;
}

#include "dt_spec.bpf.h" /* speculations */

static __always_inline void dt_rec_commit(struct dt_ctx *c)
{
	struct dt_rec_hdr *h = (struct dt_rec_hdr *)c->s->out;
	__u32 len = c->off;

	h->size = len;
	h->kind = c->spec ? DT_REC_SPEC : DT_REC_DATA;
	h->clause = c->clause;
	h->probe = c->probe;
	h->prog = c->prog;
	h->cpu = bpf_get_smp_processor_id();
	if (len > DT_OUT_SIZE)
		return;
	if (c->spec && !dt_spec_admit(c, len))
		return; /* past specsize: a speculative drop */
	/* keep the mask: clang drops it after the check above, and the
	 * verifier may no longer know len's bound (a 32-bit stack spill) */
	asm volatile("" : "+r"(len));
	if (bpf_ringbuf_output(&dtc_rb, c->s->out, len & (2 * DT_OUT_SIZE - 1), dt_rb_flags()))
		dt_stat_inc(DT_STAT_RB_DROPS);
}

/* A runtime fault in clause c->clause: tell dtrun. */
static __always_inline void dt_error_record(struct dt_ctx *c)
{
	struct {
		struct dt_rec_hdr h;
		struct dt_err_rec e;
	} r = {};

	dt_stat_inc(DT_STAT_ERRORS);
	r.h.size = sizeof(r);
	r.h.kind = DT_REC_ERROR;
	r.h.clause = c->clause;
	r.h.probe = c->probe;
	r.h.prog = c->prog;
	r.h.cpu = bpf_get_smp_processor_id();
	r.e.fault = c->fault;
	r.e.addr = c->fault_addr;
	r.e.act = c->act;
	r.e.pc = c->fault_pc;
	if (bpf_ringbuf_output(&dtc_rb, &r, sizeof(r), 0))
		dt_stat_inc(DT_STAT_RB_DROPS);
}

/* ---- built-in variables ------------------------------------------------ */

/* timestamp: one value per probe firing, as DTrace's (all clauses see it). */
static __always_inline __u64 dt_timestamp(struct dt_ctx *c)
{
	if (!c->ts)
		c->ts = bpf_ktime_get_ns();
	return c->ts;
}

static __always_inline __s64 dt_walltimestamp(void)
{
	return (__s64)bpf_ktime_get_boot_ns() + dtc_walloff;
}

struct cred___dt {
	struct {
		unsigned int val;
	} uid, gid;
} __attribute__((preserve_access_index));

struct task_struct___dt {
	struct task_struct___dt *real_parent;
	int pid;
	int tgid;
	const struct cred___dt *cred;
} __attribute__((preserve_access_index));

/*
 * The thread a clause runs for: the current one, except in sched:::on-cpu,
 * which fires at sched_switch (in the thread leaving the CPU) for the thread
 * coming on it (c->task, compiler/prov.c).  pid, tid, ppid, uid, gid,
 * execname, curthread and self-> are that thread's, as DTrace's on-cpu
 * fires in the incoming thread's context.
 */
static __always_inline __u64 dt_cur_task(struct dt_ctx *c)
{
	return c->task ? c->task : bpf_get_current_task();
}

static __always_inline int dt_cur_pid(struct dt_ctx *c)
{
	struct task_struct___dt *t = (void *)c->task; /* not in BPF_CORE_READ: no CO-RE on dt_ctx */

	if (t)
		return BPF_CORE_READ(t, tgid);
	return (int)(bpf_get_current_pid_tgid() >> 32);
}

static __always_inline int dt_cur_tid(struct dt_ctx *c)
{
	struct task_struct___dt *t = (void *)c->task; /* not in BPF_CORE_READ: no CO-RE on dt_ctx */

	if (t)
		return BPF_CORE_READ(t, pid);
	return (int)bpf_get_current_pid_tgid();
}

static __always_inline unsigned int dt_cur_uid(struct dt_ctx *c)
{
	struct task_struct___dt *t = (void *)c->task;

	if (t)
		return BPF_CORE_READ(t, cred, uid.val);
	return (unsigned int)bpf_get_current_uid_gid();
}

static __always_inline unsigned int dt_cur_gid(struct dt_ctx *c)
{
	struct task_struct___dt *t = (void *)c->task;

	if (t)
		return BPF_CORE_READ(t, cred, gid.val);
	return (unsigned int)(bpf_get_current_uid_gid() >> 32);
}

static __always_inline int dt_ppid(struct dt_ctx *c)
{
	struct task_struct___dt *t = (void *)dt_cur_task(c);
	return BPF_CORE_READ(t, real_parent, tgid);
}

static __always_inline char *dt_tmp(struct dt_ctx *c, int slot)
{
	return c->s->tmp[slot]; /* slot is a constant < DT_NTMP */
}

struct task_struct___dtcomm {
	char comm[16];
} __attribute__((preserve_access_index));

/* The bytes of a word w below its first NUL all ones, ~0 when w has no NUL
 * (the lowest byte flagged is the first NUL: a borrow only flags bytes
 * above a zero byte). */
static __always_inline __u64 dt_word_strmask(__u64 w)
{
	__u64 nul = (w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL;

	return ((nul & -nul) >> 7) - 1;
}

/*
 * execname into 16 bytes at dst (8-byte aligned), zero after the NUL, as
 * bpf_get_current_comm() gives it: two loads from the task instead of the
 * helper's call and copy (bench/agg-count.sh).  A kernel that renames a
 * task without padding may leave an earlier, longer name's bytes after the
 * NUL, so the words are masked.  A kernel whose comm is not 16 bytes gets
 * the helper.
 */
static __always_inline void dt_comm(struct dt_ctx *c, char *dst)
{
	struct task_struct___dtcomm *t = (void *)bpf_get_current_task_btf();
	__u64 m0, w0, w1, w[2] = { 0, 0 };

	if (c->task) {
		/* another thread's (sched:::on-cpu): read, not loaded */
		struct task_struct___dtcomm *o = (void *)c->task;

		bpf_probe_read_kernel(w, sizeof(w) < bpf_core_field_size(o->comm)
						 ? sizeof(w) : bpf_core_field_size(o->comm),
				      (char *)o + bpf_core_field_offset(o->comm));
		w0 = w[0];
		w1 = w[1];
	} else if (bpf_core_field_size(t->comm) != 16) {
		bpf_get_current_comm(dst, 16);
		return;
	} else {
		const __u64 *cw = (const __u64 *)((char *)t + bpf_core_field_offset(t->comm));

		w0 = cw[0];
		w1 = cw[1];
		/* keeps clang from merging these loads with the ones above into
		 * one load from either pointer, which the verifier refuses */
		asm volatile("" : "+r"(w0), "+r"(w1));
	}
	m0 = dt_word_strmask(w0);
	((__u64 *)dst)[0] = w0 & m0;
	((__u64 *)dst)[1] = m0 == ~0ULL ? w1 & dt_word_strmask(w1) : 0;
}

static __always_inline char *dt_execname(struct dt_ctx *c, int slot)
{
	char *t = dt_tmp(c, slot);
	dt_comm(c, t);
	return t;
}

/* Copy any readable string into a temporary, so it can be read directly. */
static __always_inline char *dt_str_tmp(struct dt_ctx *c, int slot, const char *src)
{
	char *t = dt_tmp(c, slot);
	if (bpf_probe_read_kernel_str(t, DT_STRLEN_MAX + 1, src) < 0)
		t[0] = 0;
	return t;
}

static __always_inline void dt_strcpy(char *dst, const char *src)
{
	if (bpf_probe_read_kernel_str(dst, DT_STRLEN_MAX + 1, src) < 0)
		dst[0] = 0;
}

/*
 * A D string variable may hold NULL (s = NULL, s = strchr(...)): string
 * storage marks it "\0\xff"; every store of a string writes "\0\0" for "",
 * so only a NULL store leaves the marker.  A read used as a string faults
 * on it (DT_STRVAL, as DTrace's load of address 0); `s == NULL` and a store
 * take it as the NULL pointer (dt_strnull).
 */
static __always_inline int dt_str_isnull(const char *s)
{
	return !s[0] && (unsigned char)s[1] == 0xff;
}

static __always_inline char *dt_strnull(char *s)
{
	return dt_str_isnull(s) ? (char *)0 : s;
}

static __always_inline void dt_strcpy_n(char *dst, const char *src)
{
	if (!src) {
		dst[0] = 0;
		dst[1] = (char)0xff;
		return;
	}
	dt_strcpy(dst, src);
	if (!dst[0])
		dst[1] = 0;
}

#define DT_STRVAL(c, x)                                                                           \
	({                                                                                        \
		char *_sv = (char *)(x);                                                          \
		if (dt_str_isnull(_sv))                                                           \
			DT_FAULT(c, DTRACEFLT_BADADDR, 0);                                        \
		_sv;                                                                              \
	})

/*
 * A load-time string (const volatile char[], set by dtrun before load) as a
 * plain pointer.  Casting volatile away lets clang read the initializer
 * (all zeros) instead of the object; hiding the pointer from the optimizer
 * keeps every read a read of the map.
 */
static __always_inline const char *dt_rodata_str(const volatile char *s)
{
	const char *p = (const char *)s;

	asm volatile("" : "+r"(p));
	return p;
}

/* strcmp over two strsize-readable strings. */
static __always_inline int dt_strcmp(const char *a, const char *b)
{
	for (int i = 0; i < DT_STRSIZE; i++) {
		unsigned char x = a[i], y = b[i];
		if (x != y)
			return x < y ? -1 : 1;
		if (!x)
			return 0;
	}
	return 0;
}

/* strcmp where either string may be NULL: NULL equals only NULL. */
static __always_inline int dt_strcmp_n(const char *a, const char *b)
{
	if (!a || !b)
		return a == b ? 0 : (a ? 1 : -1);
	return dt_strcmp(a, b);
}

/*
 * BPF before v4 (kernel 6.6) has no signed division, and objects must load
 * on older kernels: signed / and % divide magnitudes and fix the sign.  The
 * quotient truncates toward zero as in C; the remainder is negative when the
 * operands' signs differ, as Oracle's DTrace computes it (19 % -5 is -4,
 * -19 % -5 is 4: test/unittest/arithmetic/tst.moddiv).
 */
static __always_inline __s64 dt_sdiv(__s64 a, __s64 b)
{
	__u64 ua = a < 0 ? -(__u64)a : (__u64)a, ub = b < 0 ? -(__u64)b : (__u64)b;
	__u64 q = ua / ub;
	return (a < 0) != (b < 0) ? -(__s64)q : (__s64)q;
}

static __always_inline __s64 dt_smod(__s64 a, __s64 b)
{
	__u64 ua = a < 0 ? -(__u64)a : (__u64)a, ub = b < 0 ? -(__u64)b : (__u64)b;
	__u64 r = ua % ub;
	return (a < 0) != (b < 0) ? -(__s64)r : (__s64)r;
}

#define DT_IS_SIGNED(x) (((__typeof__(x))-1) < 0)

/* Fault-checking division; used inside clause functions only. */
#define DT_DIV(c, a, b)                                                                           \
	({                                                                                        \
		__auto_type _n = (a);                                                             \
		__auto_type _d = (b);                                                             \
		__typeof__(_n / _d) _r;                                                           \
		if (_d == 0)                                                                      \
			DT_FAULT(c, DTRACEFLT_DIVZERO, 0);                                        \
		if (DT_IS_SIGNED(_r))                                                             \
			_r = (__typeof__(_r))dt_sdiv(_n, _d);                                     \
		else                                                                              \
			_r = _n / _d;                                                             \
		_r;                                                                               \
	})
#define DT_MOD(c, a, b)                                                                           \
	({                                                                                        \
		__auto_type _n = (a);                                                             \
		__auto_type _d = (b);                                                             \
		__typeof__(_n % _d) _r;                                                           \
		if (_d == 0)                                                                      \
			DT_FAULT(c, DTRACEFLT_DIVZERO, 0);                                        \
		if (DT_IS_SIGNED(_r))                                                             \
			_r = (__typeof__(_r))dt_smod(_n, _d);                                     \
		else                                                                              \
			_r = _n % _d;                                                             \
		_r;                                                                               \
	})

/* copyinstr(addr): strsize bytes with the NUL, as DTrace's */
#define DT_COPYINSTR(c, slot, addr)                                                               \
	({                                                                                        \
		char *_t = dt_tmp(c, slot);                                                       \
		__u64 _a = (__u64)(addr);                                                         \
		if (bpf_probe_read_user_str(_t, DT_STRLEN_MAX, (void *)_a) < 0)                   \
			DT_FAULT(c, DTRACEFLT_BADADDR, _a);                                       \
		_t;                                                                               \
	})

/*
 * Kernel memory (emit_types.c).  `addr` is a C address expression such as
 * &((struct task_struct *)p)->real_parent: with preserve_access_index on the
 * emitted struct definitions, clang turns each member step into a CO-RE
 * relocation.  A failed read faults with DTRACEFLT_BADADDR, as in DTrace.
 * The address (which may be another read: a->b->c) is computed before _kv is
 * declared, so that the reads of a member chain do not all hold a stack slot
 * at once (40 chained ->real_parent exceeded BPF's 512-byte stack).
 */
#define DT_KREAD(c, T, addr)                                                                      \
	({                                                                                        \
		const void *_ka = (const void *)(addr);                                           \
		T _kv;                                                                            \
		if (bpf_probe_read_kernel(&_kv, sizeof(_kv), _ka))                                \
			DT_FAULT(c, DTRACEFLT_BADADDR, _ka);                                      \
		_kv;                                                                              \
	})

/* ptr->member of a struct S *: as DT_KREAD, but a NULL ptr faults at address
 * 0, not at the member's offset (DTrace checks the pointer first). */
#define DT_KREAD_PM(c, T, S, ptr, member)                                                         \
	({                                                                                        \
		S *_pm = (S *)(ptr);                                                              \
		const void *_ka = (const void *)&_pm->member;                                     \
		T _kv;                                                                            \
		if (bpf_probe_read_kernel(&_kv, sizeof(_kv), _ka))                                \
			DT_FAULT(c, DTRACEFLT_BADADDR, _pm ? (__u64)_ka : 0);                     \
		_kv;                                                                              \
	})

/* A char array or char pointer in kernel memory as a D string (n bytes at
 * most, and never past strsize). */
#define DT_KSTR(c, slot, addr, n)                                                                 \
	({                                                                                        \
		char *_t = dt_tmp(c, slot);                                                       \
		const void *_ka = (const void *)(addr);                                           \
		if (bpf_probe_read_kernel_str(_t, (n) < DT_STRLEN_MAX ? (n) + 1 : DT_STRLEN_MAX + 1, \
					      _ka) < 0)                                           \
			DT_FAULT(c, DTRACEFLT_BADADDR, _ka);                                      \
		if ((n) < DT_STRLEN_MAX)                                                          \
			_t[(n)] = 0;                                                              \
		_t;                                                                               \
	})

/* copyinstr(addr, maxlen): as DTrace's, maxlen and strsize count the NUL
 * (so copyinstr(a, 8) is 7 bytes at most, and so is strsize=8). */
#define DT_COPYINSTR_N(c, slot, addr, maxlen)                                                     \
	({                                                                                        \
		char *_t = dt_tmp(c, slot);                                                       \
		__u64 _a = (__u64)(addr);                                                         \
		__u64 _n = (__u64)(maxlen);                                                       \
		if (_n > DT_STRLEN_MAX)                                                           \
			_n = DT_STRLEN_MAX;                                                       \
		_n = _n ? _n - 1 : 0;                                                             \
		asm volatile("" : "+r"(_n)); /* the verifier sees this bound */                  \
		if (_n > DT_STRSIZE - 2)                                                          \
			_n = DT_STRSIZE - 2;                                                      \
		if (bpf_probe_read_user_str(_t, _n + 1, (void *)_a) < 0)                          \
			DT_FAULT(c, DTRACEFLT_BADADDR, _a);                                       \
		_t[_n] = 0;                                                                       \
		_t;                                                                               \
	})

#include "dt_stack.bpf.h" /* stacks, caller, tracemem */
#include "dt_uregs.bpf.h" /* uregs[] */

/* ---- probe families -------------------------------------------------- */

/* x86-64 syscall arguments from struct pt_regs (a UAPI layout). */
static __always_inline void dt_syscall_args(struct dt_ctx *c, void *regs)
{
	__u64 r10, r9, r8, dx, si, di;

	/*
	 * One read of pt_regs r10..di (offsets 56..119) into arg[2..9], then
	 * each register moved into place: one helper call, not six (bpf_stats
	 * here: a getppid printf() clause's program went from about 284 to
	 * 242 ns per event).
	 */
	bpf_probe_read_kernel(&c->arg[2], 8 * 8, (char *)regs + 56);
	r10 = c->arg[2];
	r9 = c->arg[3];
	r8 = c->arg[4];
	dx = c->arg[7];
	si = c->arg[8];
	di = c->arg[9];
	c->arg[0] = di;
	c->arg[1] = si;
	c->arg[2] = dx;
	c->arg[3] = r10;
	c->arg[4] = r8;
	c->arg[5] = r9;
	c->arg[6] = 0;
	c->arg[7] = 0;
	c->arg[8] = 0;
	c->arg[9] = 0;
}

#include "dtc_agg.bpf.h" /* aggregations */

#include "dtc_var.bpf.h"
#ifdef DT_WANT_ALLOCA
#include "dtc_mem.bpf.h" /* alloca(), bcopy(), copyin(), copyout() ... */
#endif
/* String subroutines are global BPF functions, compiled and verified only
 * when a script calls one (dtc defines DT_WANT_STR). */
#ifdef DT_WANT_STR
#include "dtc_str.bpf.h"
#include "dt_psinfo.bpf.h" /* dlib psinfo_t: __psargs(), __psinfo_mm() */
#include "dt_klock.bpf.h" /* mutex_owned(), rw_read_held() ... */
#endif
#ifdef DT_WANT_DPATH
#include "dt_path.bpf.h" /* d_path() */
#endif

#endif
