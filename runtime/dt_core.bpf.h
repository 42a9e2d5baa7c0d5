/*
 * dt_core.bpf.h: the core of the BPF-side runtime: the maps every object
 * has (ring buffer, scratch, drop counters), the load-time parameters
 * every object has, the clause context (struct dt_ctx), the prologue,
 * faults, and building a record's items.  Every other BPF header of the
 * runtime includes it and stands on it; dtc.bpf.h, what the generated C
 * includes, includes them all after it.
 */
#ifndef DT_CORE_BPF_H
#define DT_CORE_BPF_H

#include <linux/types.h>
/* Linux 6.4's UAPI defines struct bpf_iter_num, older ones do not: kept
 * out of the way, so that the one below is the only one (DT_FOR()) */
#define bpf_iter_num dt_uapi_bpf_iter_num
#include <linux/bpf.h>
#undef bpf_iter_num
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
#define DT_NTMP (DT_TMP_SIZE / DT_STRSIZE)
#endif

char LICENSE[] SEC("license") = "GPL";

/* Hide a value from clang's range reasoning, so the check the verifier
 * needs stays next to the access. */
#define DT_OPAQUE(v) asm volatile("" : "+r"(v))

#ifndef DT_STR_ITER_MIN
#define DT_STR_ITER_MIN 1024
#endif
/*
 * DT_FOR(i, n): a loop over a string's bytes, i from 0 to n - 1 (declared
 * by the caller; a loop's result is set before its break, as i is not
 * defined after the loop).  The verifier walks a bounded loop once per
 * iteration and keeps each iteration's untaken branches pending: past
 * 8192 of them it refuses the program ("The sequence of 8193 jumps is too
 * complex"), which cleanpath() and strtoll() reached from strsize 2048, the
 * other string subroutines from about 2730.  Above DT_STR_ITER_MIN the loop
 * is an open-coded iterator (bpf_iter_num, Linux 6.4), which the verifier
 * walks until its states converge, whatever n: a loop carries no value
 * from one iteration to the next that an index is computed from.
 */
#if DT_STRLEN_MAX > DT_STR_ITER_MIN
struct bpf_iter_num {
	__u64 __opaque[1];
} __attribute__((aligned(8)));
extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;
#define DT_FOR(i, n)                                                                              \
	for (struct bpf_iter_num ___it __attribute__((aligned(8), cleanup(bpf_iter_num_destroy))), \
	     *___p __attribute__((unused)) =                                                      \
		     (bpf_iter_num_new(&___it, 0, (n)), (void)bpf_iter_num_destroy, (void *)0);  \
	     ({                                                                                   \
		     int *___t = bpf_iter_num_next(&___it);                                       \
		     ___t && ((i) = *___t, (i) >= 0 && (i) < (n));                                \
	     });)
#else
#define DT_FOR(i, n) for ((i) = 0; (i) < (n); (i)++)
#endif

struct dt_scratch {
	char out[2 * DT_OUT_SIZE];      /* record; masked offsets stay inside */
};

struct dt_tmps {
	char tmp[DT_NTMP][DT_STRSIZE];  /* string temporaries, per clause */
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4 << 20);
} dtc_rb SEC(".maps");

/* One scratch per nesting level of a CPU's firings (dt_nest_enter()). */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, DT_NEST);
	__type(key, __u32);
	__type(value, struct dt_scratch);
} dtc_scratch SEC(".maps");

/* ... and its string temporaries (a map of their own: each value is at
 * most the kernel's per-CPU unit, 32 KB), DT_TMP_GROUPS values a level
 * where a statement has more than one value holds (dtc writes it; level
 * lvl's group g at key g * DT_NEST + lvl, dt_tmp()) */
#ifndef DT_TMP_GROUPS
#define DT_TMP_GROUPS 1
#endif
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, DT_NEST * DT_TMP_GROUPS);
	__type(key, __u32);
	__type(value, struct dt_tmps);
} dtc_tmp SEC(".maps");

/* This CPU's firings under way that hold a scratch level. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} dtc_nest SEC(".maps");

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
const volatile __s32 dtc_cpu = -1; /* -x cpu (loader/params.c) */

/* The empty string: a writable global, so that clang cannot alias it with
 * a zero-initialized load-time parameter (see emit_expr.c). */
char dtc_empty[8];

struct dt_alloca;

/* What a clause sees of the probe that fired. */
struct dt_ctx {
	void *ctx;                 /* program context */
	struct dt_scratch *s;
	struct dt_tmps *t;         /* s's string temporaries (dtc_tmp[lvl]) */
	__u64 arg[10];             /* arg0..arg9 */
	__s64 errno_val;           /* errno: syscall return value's error */
	__u32 probe;               /* family-local probe key (syscall nr) */
	__u16 prog;                /* program index P */
	__u16 clause;              /* running clause */
	__u32 stmt;                /* its statement, DTrace's: a clause is one per
				      probe description (epid's lower half) */
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
	__u32 fault_pc;            /* DT_FAULT's generated-C line (dt_err_rec.pc) */
	__u64 ts;                  /* timestamp, read once per clause */
	void *self;                /* this thread's struct dt_self once found (emit_var.c) */
	__u32 *nest;               /* dtc_nest's value, when this firing took a level */
	__u32 lvl;                 /* that level: s is dtc_scratch[lvl] */
	__u32 fdepth;              /* the clause's statement functions running (a clause
				    * split by compiler/bpf_fit.c): BPF frames on the stack */
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
 * A CPU's per-CPU buffers (scratch, strtok()'s position, alloca()'s memory,
 * d_path()'s walk, a large aggregation key) have one copy per nesting
 * level.  The kernel keeps a program from interrupting itself on a CPU,
 * but not another: a raw_tp/tp_btf program (syscall, sched, proc ...: its
 * recursion check is the program's own prog->active) runs with interrupts
 * on, and a profile-N perf_event program (an hrtimer's hard irq: its check
 * is bpf_prog_active, which raw tracepoints never set) or a tracepoint in a
 * softirq or irq handler runs in the middle of it, and wrote its record
 * over the interrupted clause's half-built one.  A firing takes the next
 * level and gives it back as it ends (dt_nest_exit(), which restores what
 * it found, so an interrupting firing leaves the count as it was); past
 * DT_NEST levels it is dropped, and counted as a drop.
 */
static __always_inline int dt_nest_enter(struct dt_ctx *c)
{
	__u32 zero = 0, lvl, *d = bpf_map_lookup_elem(&dtc_nest, &zero);

	if (!d)
		return 1;
	lvl = *d;
	if (lvl >= DT_NEST) {
		dt_stat_inc(DT_STAT_RB_DROPS);
		return 1;
	}
	c->s = bpf_map_lookup_elem(&dtc_scratch, &lvl);
	c->t = bpf_map_lookup_elem(&dtc_tmp, &lvl);
	if (!c->s || !c->t)
		return 1;
	*d = lvl + 1;
	c->nest = d;
	c->lvl = lvl;
	return 0;
}

static __always_inline void dt_nest_exit(struct dt_ctx *c)
{
	if (c->nest)
		*c->nest = c->lvl;
}

/* The level of the firing under way, for code without its dt_ctx. */
static __always_inline __u32 dt_nest_key(void)
{
	__u32 zero = 0, *d = bpf_map_lookup_elem(&dtc_nest, &zero);

	return d && *d ? *d - 1 : 0;
}

/*
 * Program prologue: 0 to go on, 1 when the program must not run.  A program
 * whose clauses never use the per-CPU scratch (dtc's emitter records it)
 * skips its lookup and takes no level: c->s stays NULL, and the verifier
 * refuses any use.  The program ends with dt_nest_exit().
 */
static __always_inline int dt_prologue(struct dt_ctx *c, void *ctx, __u16 prog, int is_end,
				       int scratch)
{
	if (!is_end && dtc_activity != DT_ACTIVITY_ACTIVE)
		return 1;
	/* -x cpu: other CPUs' firings are skipped (dt_cg_tramp_prologue());
	 * unset (-1), the verifier drops the test */
	if (dtc_cpu >= 0 && bpf_get_smp_processor_id() != (__u32)dtc_cpu)
		return 1;
	c->ctx = ctx;
	c->prog = prog;
	if (!scratch)
		return 0;
	return dt_nest_enter(c);
}

#ifdef DT_WANT_TAIL
/*
 * A probe's clauses in several programs, each part reached from the one
 * before by a tail call (compiler/emit_split.c): one firing, whose nesting
 * level (dt_nest_enter()) holds on across them.  What its clauses share in
 * dt_ctx, as the head set it, travels in dtc_carry[level]: an interrupting
 * firing takes the next level and leaves this one as it was.  The rest of
 * dt_ctx is a clause's own or looked up again (c->self).
 */
struct dt_carry {
	__u64 arg[10];
	__s64 errno_val;
	__u64 task;
	__u32 probe;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, DT_NEST);
	__type(key, __u32);
	__type(value, struct dt_carry);
} dtc_carry SEC(".maps");

static __always_inline void dt_tail_save(struct dt_ctx *c)
{
	__u32 lvl = c->lvl;
	struct dt_carry *k = bpf_map_lookup_elem(&dtc_carry, &lvl);

	if (!k)
		return;
	__builtin_memcpy(k->arg, c->arg, sizeof(k->arg));
	k->errno_val = c->errno_val;
	k->task = c->task;
	k->probe = c->probe;
}

/* A part's prologue: the firing's level and what it carries; 1 when none. */
static __always_inline int dt_tail_resume(struct dt_ctx *c, void *ctx, __u16 prog)
{
	__u32 zero = 0, lvl, *d = bpf_map_lookup_elem(&dtc_nest, &zero);
	struct dt_carry *k;

	if (!d || !*d || *d > DT_NEST)
		return 1;
	lvl = *d - 1;
	c->s = bpf_map_lookup_elem(&dtc_scratch, &lvl);
	c->t = bpf_map_lookup_elem(&dtc_tmp, &lvl);
	k = bpf_map_lookup_elem(&dtc_carry, &lvl);
	if (!c->s || !c->t || !k) {
		*d = lvl;
		return 1;
	}
	c->nest = d;
	c->lvl = lvl;
	c->ctx = ctx;
	c->prog = prog;
	__builtin_memcpy(c->arg, k->arg, sizeof(c->arg));
	c->errno_val = k->errno_val;
	c->task = k->task;
	c->probe = k->probe;
	return 0;
}
#endif

/* Start this clause's record: header now, items appended by dt_item(). */
static __always_inline void dt_rec_begin(struct dt_ctx *c, __u16 clause)
{
	c->clause = clause;
	c->ts = 0; /* timestamp: once per clause (dt_timestamp()) */
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

#endif
