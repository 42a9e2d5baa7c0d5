/*
 * count_core.bpf.c: count.bpf.c (bench/agg-count/) with a CO-RE key, as
 * libbpf-tools write it: the comm read from the task with
 * BPF_CORE_READ_STR_INTO, so libbpf relocates against vmlinux BTF at load.
 */
#include <linux/types.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

char LICENSE[] SEC("license") = "GPL";

struct task_struct {
	char comm[16];
} __attribute__((preserve_access_index));

struct key {
	char comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 10240);
	__type(key, struct key);
	__type(value, __u64);
} counts SEC(".maps");

SEC("raw_tp/sys_enter")
int count_enter(void *ctx)
{
	struct task_struct *t = (void *)bpf_get_current_task();
	struct key k = {};
	__u64 one = 1, *v;

	BPF_CORE_READ_STR_INTO(&k.comm, t, comm);
	v = bpf_map_lookup_elem(&counts, &k);
	if (v)
		(*v)++;
	else
		bpf_map_update_elem(&counts, &k, &one, BPF_NOEXIST);
	return 0;
}
