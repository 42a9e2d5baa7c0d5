/*
 * count.bpf.c: the hand-written libbpf equivalent of
 *   syscall:::entry { @[execname] = count(); }
 * one raw_tp on sys_enter, a per-CPU hash keyed by the 16-byte comm.
 */
#include <linux/types.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

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
	struct key k = {};
	__u64 one = 1, *v;

	bpf_get_current_comm(k.comm, sizeof(k.comm));
	v = bpf_map_lookup_elem(&counts, &k);
	if (v)
		(*v)++;
	else
		bpf_map_update_elem(&counts, &k, &one, BPF_NOEXIST);
	return 0;
}
