/*
 * rq.bpf.c: the hand-written libbpf equivalent of
 *   syscall::read:entry { self->ts = timestamp; }
 *   syscall::read:return /self->ts/ { @ = quantize(timestamp - self->ts); self->ts = 0; }
 * the way libbpf-tools writes it: the start time per thread, a per-CPU log2
 * histogram array.  Three idiomatic variants; the loader picks one by name:
 *   rawtp  raw_tp sys_enter/sys_exit filtered to read, a hash keyed by tid
 *   btf    tp_btf sys_enter/sys_exit filtered to read, task storage
 *          (zeroed on return, not deleted: the next entry need not allocate)
 *   tp     tracepoint syscalls/sys_enter_read + sys_exit_read, a hash by tid
 */
#include <linux/types.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

#define NR_READ 0 /* x86_64 */
#define NBUCKETS 64

struct pt_regs___rq {
	unsigned long orig_ax;
} __attribute__((preserve_access_index));

struct task_struct;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, __u32);
	__type(value, __u64);
} start SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, __u64);
} tstart SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, NBUCKETS);
	__type(key, __u32);
	__type(value, __u64);
} hist SEC(".maps");

/* floor(log2(v)) for v > 0, as libbpf-tools' bits.bpf.h */
static __always_inline __u32 log2_64(__u64 v)
{
	__u32 r, shift, hi = v >> 32;

	if (hi) {
		v = hi;
		r = 32;
	} else
		r = 0;
	shift = (v > 0xFFFF) << 4; v >>= shift; r |= shift;
	shift = (v > 0xFF) << 3; v >>= shift; r |= shift;
	shift = (v > 0xF) << 2; v >>= shift; r |= shift;
	shift = (v > 0x3) << 1; v >>= shift; r |= shift;
	r |= (v >> 1);
	return r;
}

static __always_inline void record(__u64 ts)
{
	__u64 d = bpf_ktime_get_ns() - ts, *slot;
	__u32 b = d ? log2_64(d) + 1 : 0; /* bucket 0 holds 0, as quantize() */

	if (b >= NBUCKETS)
		b = NBUCKETS - 1;
	slot = bpf_map_lookup_elem(&hist, &b);
	if (slot)
		(*slot)++;
}

static __always_inline void enter_hash(void)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	__u64 ts = bpf_ktime_get_ns();

	bpf_map_update_elem(&start, &tid, &ts, BPF_ANY);
}

static __always_inline void exit_hash(void)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	__u64 *ts = bpf_map_lookup_elem(&start, &tid);

	if (!ts)
		return;
	if (*ts)
		record(*ts);
	bpf_map_delete_elem(&start, &tid);
}

SEC("raw_tp/sys_enter")
int rawtp_enter(struct bpf_raw_tracepoint_args *ctx)
{
	if (ctx->args[1] == NR_READ)
		enter_hash();
	return 0;
}

SEC("raw_tp/sys_exit")
int rawtp_exit(struct bpf_raw_tracepoint_args *ctx)
{
	struct pt_regs___rq *regs = (void *)ctx->args[0];

	if (BPF_CORE_READ(regs, orig_ax) == NR_READ)
		exit_hash();
	return 0;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(btf_enter, struct pt_regs___rq *regs, long id)
{
	__u64 *ts;

	if (id != NR_READ)
		return 0;
	ts = bpf_task_storage_get(&tstart, bpf_get_current_task_btf(), 0,
				  BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (ts)
		*ts = bpf_ktime_get_ns();
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(btf_exit, struct pt_regs___rq *regs, long ret)
{
	__u64 *ts;

	if (regs->orig_ax != NR_READ)
		return 0;
	ts = bpf_task_storage_get(&tstart, bpf_get_current_task_btf(), 0, 0);
	if (!ts || !*ts)
		return 0;
	record(*ts);
	*ts = 0; /* the storage lives as long as the thread: no delete, no re-create */
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_read")
int tp_enter(void *ctx)
{
	enter_hash();
	return 0;
}

SEC("tracepoint/syscalls/sys_exit_read")
int tp_exit(void *ctx)
{
	exit_hash();
	return 0;
}
