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
 *
 * Headers include each other in one direction: dt_core.bpf.h (maps, the
 * clause context, the prologue, items) is at the bottom, and every header
 * that stands on it alone includes it (dt_spec, dt_chill, dt_stack,
 * dt_uregs, dtc_agg, dtc_var, dt_psinfo, dt_klock); this file includes them
 * all, and the ones that also use its own helpers (dtc_mem, dtc_str,
 * dt_path) after those helpers.  None includes this file.
 */
#ifndef DTC_BPF_H
#define DTC_BPF_H

#include "dt_core.bpf.h" /* maps, dt_ctx, the prologue, records */
#include "dt_spec.bpf.h" /* speculations */
#ifdef DT_WANT_CHILL
#include "dt_chill.bpf.h" /* chill() */
#endif

/*
 * The record built in c->s->out to the ring buffer.  A speculative one is
 * first counted against specsize at osize bytes, its size in Oracle
 * DTrace's buffer (ocheck: where its last value checked as stored ends, 0
 * for none; dt_spec_admit()).
 */
static __always_inline void dt_rec_commit_flags(struct dt_ctx *c, __u32 osize, __u32 ocheck,
						__u64 wake)
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
	if (c->spec && !dt_spec_admit(c, osize, ocheck))
		return; /* past specsize: a speculative drop */
	/* keep the mask: clang drops it after the check above, and the
	 * verifier may no longer know len's bound (a 32-bit stack spill) */
	asm volatile("" : "+r"(len));
	if (!bpf_ringbuf_output(&dtc_rb, c->s->out, len & (2 * DT_OUT_SIZE - 1),
				wake ? wake : dt_rb_flags()))
		return;
	if (c->spec)
		dt_spec_lost(c, osize);
	else
		dt_stat_inc(DT_STAT_RB_DROPS);
}

static __always_inline void dt_rec_commit_spec(struct dt_ctx *c, __u32 osize, __u32 ocheck)
{
	dt_rec_commit_flags(c, osize, ocheck, 0);
}

static __always_inline void dt_rec_commit(struct dt_ctx *c)
{
	dt_rec_commit_flags(c, c->off, c->off, 0);
}

/* A record dtrun acts on at once (printa(), clear()...: emit_agg_action()). */
static __always_inline void dt_rec_commit_wake(struct dt_ctx *c)
{
	dt_rec_commit_flags(c, c->off, c->off, BPF_RB_FORCE_WAKEUP);
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
	r.e.act = c->act | (__u64)(c->stmt + 1) << 32;
	r.e.pc = c->fault_pc;
	if (bpf_ringbuf_output(&dtc_rb, &r, sizeof(r), 0))
		dt_stat_inc(DT_STAT_RB_DROPS);
}

/* ---- built-in variables ------------------------------------------------ */

/* timestamp: read once per clause (dt_rec_begin() forgets it), as DTrace
 * reads it once per enabling: illumos's dtrace_probe() clears
 * DTRACE_MSTATE_TIMESTAMP for each ECB, Oracle's clause prologue
 * dt_cg_prologue() zeroes dctx->mst->tstamp. */
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

struct task_struct___dtvt {
	struct {
		__u64 sum_exec_runtime;
	} se;
} __attribute__((preserve_access_index));

/*
 * vtimestamp: the nanoseconds the thread has run on a CPU, as the scheduler
 * has accounted them (se.sum_exec_runtime, brought up to date at each
 * switch and each tick while the thread runs).  The run since that account
 * is not added: the scheduler's clock is not bpf_ktime_get_ns()'s, and its
 * per-CPU state (runqueues) is no variable the verifier can find where
 * /proc/kallsyms lists no data symbols.
 */
static __always_inline __u64 dt_vtimestamp(__u64 task)
{
	struct task_struct___dtvt *t = (void *)task;

	return BPF_CORE_READ(t, se.sum_exec_runtime);
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
 * coming on it (c->task, dt_provtab.h).  pid, tid, ppid, uid, gid,
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

/* String temporary `slot`, a constant: in c->t, or in a further group of
 * its level (dtc_tmp) */
static __always_inline char *dt_tmp(struct dt_ctx *c, int slot)
{
	__u32 key = slot / DT_NTMP * DT_NEST + c->lvl;
	struct dt_tmps *t;

	if (slot < DT_NTMP)
		return c->t->tmp[slot];
	t = bpf_map_lookup_elem(&dtc_tmp, &key);
	/* there for every level and group dtc counted: never NULL */
	return t ? t->tmp[slot % DT_NTMP] : c->t->tmp[0];
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

/*
 * The address of a string as a number, for s - s (a ptrdiff_t, as DTrace's
 * pointer subtraction of the strings' addresses): the verifier refuses
 * arithmetic between a scalar and a pointer into a map, so the address is
 * copied out of a stack slot as plain bytes.
 */
static __always_inline __u64 dt_addr_u64(const void *p)
{
	const void *q = p;
	__u64 v = 0;

	bpf_probe_read_kernel(&v, sizeof(v), &q);
	return v;
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

/*
 * A D string value as a global function's argument: DT_STRSIZE bytes of
 * memory, which every string operand is (a variable, a temporary or a
 * copy: str_sized() in the compiler).  The string subroutines
 * (dtc_str.bpf.h) take their operands so too.
 */
struct dt_str {
	char c[DT_STRSIZE];
};
#define DT_S(p) ((struct dt_str *)(p))

/*
 * strcmp over two strsize-readable strings: a global function, which the
 * verifier walks once per program.  Inlined, its loop was walked again at
 * every comparison, strsize times: 30 execname == "..." tests at
 * strsize=4096 passed the verifier's million instructions.  Compiled
 * only where a script compares strings (dtc defines DT_WANT_STRCMP).
 */
#ifdef DT_WANT_STRCMP
__noinline int dt_g_strcmp(const struct dt_str *a, const struct dt_str *b)
{
	int i;

	if (!a || !b)
		return 0;
	DT_FOR(i, DT_STRSIZE) {
		__u64 k = (__u32)i;
		unsigned char x, y;
		DT_OPAQUE(k);
		if (k >= DT_STRSIZE)
			break;
		x = a->c[k], y = b->c[k];
		if (x != y)
			return x < y ? -1 : 1;
		if (!x)
			return 0;
	}
	return 0;
}
#define dt_strcmp(a, b) dt_g_strcmp(DT_S(a), DT_S(b))

/* strcmp where either string may be NULL: NULL equals only NULL. */
static __always_inline int dt_strcmp_n(const char *a, const char *b)
{
	if (!a || !b)
		return a == b ? 0 : (a ? 1 : -1);
	return dt_strcmp(a, b);
}
#endif

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

/*
 * A char array or char pointer in kernel memory as a D string (n bytes at
 * most, and never past strsize).  DTrace's subroutines, trace() and printf()
 * check such a pointer only for NULL (dt_cg_check_ptr_arg()), then read it
 * with bpf_probe_read_str() and ignore its failure, which leaves zeros: an
 * address that cannot be read is the empty string there (strlen() is 0,
 * basename() ".", substr() "": bpf/strlen.c, basename.S, substr.S,
 * dt_cg_store_val()).  A string variable or a key copies the string with
 * bpf_probe_read() and faults where that fails (dt_cg_memcpy(),
 * dt_cg_arglist()): DT_KSTR_COPY.
 */
#define DT_KSTR_READ(c, slot, addr, n, onfail) DT_KSTR_READN(c, slot, addr, n, 0, onfail)
#define DT_KSTR_READN(c, slot, addr, n, nullv, onfail)                                            \
	({                                                                                        \
		char *_t = dt_tmp(c, slot);                                                       \
		const void *_ka = (const void *)(addr);                                           \
		if (!_ka)                                                                         \
			DT_FAULT(c, DTRACEFLT_BADADDR, nullv);                                    \
		if (bpf_probe_read_kernel_str(_t, (n) < DT_STRLEN_MAX ? (n) + 1 : DT_STRLEN_MAX + 1, \
					      _ka) < 0) {                                         \
			onfail;                                                                   \
			_t[0] = 0;                                                                \
			_t[1] = 0;                                                                \
		}                                                                                 \
		if ((n) < DT_STRLEN_MAX)                                                          \
			_t[(n)] = 0;                                                              \
		_t;                                                                               \
	})
#define DT_KSTR(c, slot, addr, n) DT_KSTR_READ(c, slot, addr, n, (void)0)
/* The string at p compared with a string: a NULL p is no string but NULL,
 * compared as a pointer (dt_cg_compare_op(): "if either pointer is NULL,
 * just compare pointers"; dt_strcmp_n()). */
#define DT_KSTR_NUL(c, slot, addr, n)                                                             \
	({                                                                                        \
		const void *_kn = (const void *)(addr);                                           \
		_kn ? DT_KSTR(c, slot, _kn, n) : (char *)0;                                       \
	})
#define DT_KSTR_COPY(c, slot, addr, n) DT_KSTR_READ(c, slot, addr, n, DT_FAULT(c, DTRACEFLT_BADADDR, _ka))
/* A string key (dt_cg_arglist()): one that cannot be read faults at 128 +
 * the key's index, the "address" DTrace's tuple assembly reports; a NULL
 * one likewise, but at 0 where stringof() checked it first (dt_cg_node()'s
 * DT_TOK_STRINGOF: dt_cg_check_notnull()). */
#define DT_KSTR_KEY(c, slot, addr, n, v, nullv)                                                   \
	DT_KSTR_READN(c, slot, addr, n, nullv, DT_FAULT(c, DTRACEFLT_BADADDR, v))
/* The read of a subroutine's argument whose failure the subroutine sees, as
 * DTrace's bpf/ functions see bpf_probe_read_str()'s: flag is set. */
#define DT_KSTR_FLAG(c, slot, addr, n, flag) DT_KSTR_READ(c, slot, addr, n, (flag) = 1)

/* copyinstr(addr, maxlen): as DTrace's, maxlen and strsize count the NUL
 * (so copyinstr(a, 8) is 7 bytes at most, and so is strsize=8).  A maxlen
 * of 0 copies nothing, not even the NUL: DTrace's bpf_probe_read_user_str()
 * then returns 0, which it takes for a bad address (dt_cg_subr_copyinstr). */
#define DT_COPYINSTR_N(c, slot, addr, maxlen)                                                     \
	({                                                                                        \
		char *_t = dt_tmp(c, slot);                                                       \
		__u64 _a = (__u64)(addr);                                                         \
		__u64 _n = (__u64)(maxlen);                                                       \
		if (!_n)                                                                          \
			DT_FAULT(c, DTRACEFLT_BADADDR, _a);                                       \
		if (_n > DT_STRLEN_MAX)                                                           \
			_n = DT_STRLEN_MAX;                                                       \
		_n = _n - 1;                                                                      \
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

/* The arguments past a syscall's own (n - 1 of them; n 0: unknown) are 0. */
static __always_inline void dt_syscall_argc(struct dt_ctx *c, __u8 n)
{
	if (!n--)
		return;
	for (int i = 0; i < 6; i++)
		if (i >= n)
			c->arg[i] = 0;
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
#include "dt_iofile.bpf.h" /* dlib io.d fileinfo_t: __iofile(), __iofile_off() */
#endif

#endif
