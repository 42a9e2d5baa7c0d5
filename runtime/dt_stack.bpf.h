/*
 * dt_stack.bpf.h: stacks and memory for dtc-generated code (included by
 * dtc.bpf.h): stack()/ustack() values in dtc_abi.h's layout, caller,
 * ucaller, stackdepth, ustackdepth, and tracemem()'s memory read.
 *
 * bpf_get_stack() zero-fills what it does not write, so a stack value's
 * unused frames are zero (equal stacks compare equal as aggregation keys).
 */
#ifndef DT_STACK_BPF_H
#define DT_STACK_BPF_H

/*
 * Kernel frames to skip per program (index P), set by dtrun from the
 * program's family: the BPF program itself and, for tracepoints,
 * bpf_trace_run<N>() and __bpf_trace_<tp>(), so a stack starts where the
 * probe fired (bpf_get_stack()'s BPF_F_SKIP_FIELD_MASK).
 */
const volatile __u8 dtc_kskip[256] = {};

static __always_inline __u64 dt_kflags(struct dt_ctx *c, __u64 flags)
{
	if (flags & BPF_F_USER_STACK)
		return flags;
	return flags | dtc_kskip[c->prog & 255];
}

/* stack()/ustack() into the item payload p at word 0. */
static __always_inline void dt_put_stack(struct dt_ctx *c, char *p, __u32 frames, __u64 flags)
{
	__u64 *w = (__u64 *)p;
	long n = bpf_get_stack(c->ctx, w + 1, frames * 8, dt_kflags(c, flags));
	__u64 depth = n > 0 ? (__u64)n / 8 : 0;

	if (flags & BPF_F_USER_STACK)
		depth |= (bpf_get_current_pid_tgid() >> 32) << 32;
	w[0] = depth;
}

/*
 * A stack walked into the free upper half of the output area (records never
 * extend there: dt_item() refuses them past DT_OUT_SIZE); returns its depth.
 */
static __always_inline __u32 dt_stack_tmp(struct dt_ctx *c, __u64 flags, __u64 **pcs)
{
	__u64 *w = (__u64 *)(c->s->out + DT_OUT_SIZE);
	long n = bpf_get_stack(c->ctx, w, DT_MAX_STACK_FRAMES * 8, dt_kflags(c, flags));

	*pcs = w;
	return n > 0 ? (__u32)(n / 8) : 0;
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

	if (bpf_get_stack(c->ctx, w, 16, dt_kflags(c, 0)) < 16)
		return 0;
	return w[1];
}

static __always_inline __u64 dt_ucaller(struct dt_ctx *c)
{
	__u64 *w = (__u64 *)(c->s->out + DT_OUT_SIZE);

	if (bpf_get_stack(c->ctx, w, 16, BPF_F_USER_STACK) < 16)
		return 0;
	return w[1];
}

/* tracemem(): kernel memory, else user memory; nonzero when unreadable. */
static __always_inline long dt_read_mem(char *dst, __u32 size, __u64 addr)
{
	if (bpf_probe_read_kernel(dst, size, (void *)addr) == 0)
		return 0;
	return bpf_probe_read_user(dst, size, (void *)addr);
}

#endif
