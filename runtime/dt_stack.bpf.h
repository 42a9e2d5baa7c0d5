/*
 * dt_stack.bpf.h: stacks and memory for dtc-generated code (included by
 * dtc.bpf.h): stack()/ustack() values in dtc_abi.h's layout, caller,
 * ucaller, stackdepth, ustackdepth, tracemem()'s memory read and pcap()'s
 * packet read.
 *
 * bpf_get_stack() zero-fills what it does not write, so a stack value's
 * unused frames are zero (equal stacks compare equal as aggregation keys).
 */
#ifndef DT_STACK_BPF_H
#define DT_STACK_BPF_H

#include "dt_core.bpf.h"

/*
 * Kernel frames to skip per program (index P), set by dtrun from the
 * program's family: bits 0-6 a count (bpf_get_stack()'s
 * BPF_F_SKIP_FIELD_MASK), bit 7 (DT_KSKIP_GLUE) "then skip the tracer's own
 * frames by address": this object's BPF functions and, for tracepoints,
 * bpf_trace_run<N>(), __bpf_trace_<tp>() and __traceiter_<tp>(), whose
 * number depends on how the kernel was built and on what else is attached.
 */
const volatile __u8 dtc_kskip[256] = {};

#define DT_KGLUE_SCAN 8 /* leading frames that may be the tracer's */

#ifdef DT_WANT_KSTACK
/*
 * The tracer's address ranges, [lo, hi) sorted by lo and disjoint, at most
 * DT_KGLUE_MAX - 1 of them and the rest padded with lo = ~0: written by
 * dtrun after load (our programs' JIT addresses are known only then) and
 * before attach (loader/kglue.c).  Where /proc/kallsyms gives no
 * addresses, n is 0 and `skip` frames are skipped instead.
 */
struct {
	__u32 n;
	__u32 skip;
	__u64 r[DT_KGLUE_MAX][2];
} dtc_kglue = {};

/*
 * Whether the kernel address pc lies in one of the tracer's ranges: a
 * branch-free binary search for the ranges starting at or below pc (a
 * branching one makes the verifier walk every path, per frame).  Kernel
 * addresses are within 2^63 of each other, so the sign of pc - lo orders
 * them, and ~0 padding sorts after every pc.
 */
static __always_inline int dt_kglue_has(__u64 pc)
{
	__u32 pos = 0;

	for (__u32 step = DT_KGLUE_MAX / 2; step > 0; step >>= 1) {
		__u64 lo = dtc_kglue.r[(pos + step - 1) & (DT_KGLUE_MAX - 1)][0];
		__u32 le = (__u32)(((pc - lo) >> 63) ^ 1);

		pos += step * le;
	}
	return pos > 0 && pc < dtc_kglue.r[(pos - 1) & (DT_KGLUE_MAX - 1)][1];
}

/* How many of the n leading frames at w are the tracer's. */
static __always_inline __u32 dt_kglue_count(const __u64 *w, __u32 n)
{
	__u32 k = 0;

	if (!dtc_kglue.n)
		return dtc_kglue.skip < n ? dtc_kglue.skip : n;
	for (int i = 0; i < DT_KGLUE_SCAN; i++) {
		if (k >= n || !dt_kglue_has(w[i]))
			break;
		k++;
	}
	return k;
}
#endif

static __always_inline int dt_kglue_on(struct dt_ctx *c, __u64 flags)
{
#ifdef DT_WANT_KSTACK
	return !(flags & BPF_F_USER_STACK) && (dtc_kskip[c->prog & 255] & DT_KSKIP_GLUE);
#else
	return 0;
#endif
}

/* How many of the n leading frames at w to leave out: the tracer's, where
 * this program skips them by address (dtc_kskip), else none. */
static __always_inline __u32 dt_kglue_skip(struct dt_ctx *c, __u64 flags, const __u64 *w, __u32 n)
{
#ifdef DT_WANT_KSTACK
	if (dt_kglue_on(c, flags))
		return dt_kglue_count(w, n);
#endif
	return 0;
}

/* Skipped by count: the program's frame, and one per statement function of
 * a split clause (c->fdepth); by address, those are in the ranges. */
static __always_inline __u64 dt_kflags(struct dt_ctx *c, __u64 flags)
{
	__u8 k;

	if (flags & BPF_F_USER_STACK)
		return flags;
	k = dtc_kskip[c->prog & 255];
	return flags | (k & DT_KSKIP_GLUE ? 0 : (k + c->fdepth) & BPF_F_SKIP_FIELD_MASK);
}

/*
 * A stack walked into the free upper half of the output area (records never
 * extend there: dt_item() refuses them past DT_OUT_SIZE), the tracer's
 * frames dropped; returns its depth, *pcs its first frame.  Past the depth
 * the frames are zero (bpf_get_stack() zero-fills its buffer) for
 * DT_MAX_STACK_FRAMES words.
 */
static __always_inline __u32 dt_stack_tmp(struct dt_ctx *c, __u64 flags, __u64 **pcs)
{
	__u64 *w = (__u64 *)(c->s->out + DT_OUT_SIZE);
	long n = bpf_get_stack(c->ctx, w, (DT_MAX_STACK_FRAMES + DT_KGLUE_SCAN) * 8,
			       dt_kflags(c, flags));
	__u32 d = n > 0 ? (__u32)(n / 8) : 0, k = dt_kglue_skip(c, flags, w, d);

	*pcs = w + (k & (DT_KGLUE_SCAN * 2 - 1));
	d -= k;
	return d > DT_MAX_STACK_FRAMES ? DT_MAX_STACK_FRAMES : d;
}

/* stack()/ustack() into the item payload p at word 0. */
static __always_inline void dt_put_stack(struct dt_ctx *c, char *p, __u32 frames, __u64 flags)
{
	__u64 *w = (__u64 *)p;
	__u64 depth;

	if (dt_kglue_on(c, flags)) {
		__u64 *pcs;

		depth = dt_stack_tmp(c, flags, &pcs);
		if (depth > frames)
			depth = frames;
		bpf_probe_read_kernel(w + 1, frames * 8, pcs);
	} else {
		long n = bpf_get_stack(c->ctx, w + 1, frames * 8, dt_kflags(c, flags));

		depth = n > 0 ? (__u64)n / 8 : 0;
	}
	if (flags & BPF_F_USER_STACK)
		depth |= (bpf_get_current_pid_tgid() >> 32) << 32;
	w[0] = depth;
}

static __always_inline __u32 dt_stackdepth(struct dt_ctx *c, __u64 flags)
{
	__u64 *w;

	return dt_stack_tmp(c, flags, &w);
}

/* caller / ucaller: the return address one frame up. */
static __always_inline __u64 dt_caller(struct dt_ctx *c)
{
	__u64 *w = (__u64 *)(c->s->out + DT_OUT_SIZE);
	long n = bpf_get_stack(c->ctx, w, (DT_KGLUE_SCAN + 2) * 8, dt_kflags(c, 0));
	__u32 k;

	if (n < 16)
		return 0;
	k = dt_kglue_skip(c, 0, w, (__u32)(n / 8));
	if ((__u32)(n / 8) < k + 2)
		return 0;
	return w[(k + 1) & (DT_KGLUE_SCAN * 2 - 1)];
}

static __always_inline __u64 dt_ucaller(struct dt_ctx *c)
{
	__u64 *w = (__u64 *)(c->s->out + DT_OUT_SIZE);

	if (bpf_get_stack(c->ctx, w, 16, BPF_F_USER_STACK) < 16)
		return 0;
	return w[1];
}

/* tracemem(): kernel memory, else user memory; nonzero when unreadable
 * (dst is then zeros, as both helpers leave it). */
static __always_inline long dt_read_mem(char *dst, __u32 size, __u64 addr)
{
	if (bpf_probe_read_kernel(dst, size, (void *)addr) == 0)
		return 0;
	return bpf_probe_read_user(dst, size, (void *)addr);
}

/* the sk_buff members pcap() reads (CO-RE) */
struct sk_buff___dtpcap {
	unsigned char *data;
	unsigned int len;
	unsigned int data_len;
} __attribute__((preserve_access_index));

/*
 * pcap(skb, proto), as dt_cg_act_pcap(): the time since boot, the length of
 * the packet's linear data (len - data_len) up to cap, proto, then that
 * many bytes from skb->data into the cap bytes after them.  A NULL or
 * unreadable skb records length 0, which dtrun skips as dtrace does.
 */
static __always_inline void dt_put_pcap(char *p, __u64 skbp, __u64 proto, __u32 cap)
{
	struct sk_buff___dtpcap *skb = (void *)skbp;
	unsigned char *data = 0;
	__u32 len = 0;

	dt_put_int(p, 0, bpf_ktime_get_ns());
	if (skb) {
		len = BPF_CORE_READ(skb, len) - BPF_CORE_READ(skb, data_len);
		data = BPF_CORE_READ(skb, data);
	}
	if (len > cap)
		len = cap;
	asm volatile("" : "+r"(len)); /* the verifier sees this bound */
	if (len > cap)
		len = cap;
	if (!data || bpf_probe_read_kernel(p + 24, len, data))
		len = 0;
	dt_put_int(p, 8, len);
	dt_put_int(p, 16, proto);
}

#endif
