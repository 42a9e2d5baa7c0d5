/*
 * Generated storage: a hash map per associative array (key size from the
 * tuple, max_entries: dynvarsize over one element of dynamic variable
 * space, DTrace's largest tuple plus largest value: 4 + 4 + 4 + 8 for
 * [pid, tid], 8 for a timestamp), task storage for self->, a per-CPU
 * array for this->; storing into an array goes through dt_dyn_put (0
 * deletes).
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK: const volatile __u64 dtc_dyn_elem = 28;
 * CHECK: struct dt_self {
 * CHECK-NEXT: long long dts_ts;
 * CHECK: BPF_MAP_TYPE_TASK_STORAGE
 * CHECK: struct dt_this {
 * CHECK-NEXT: int dtl_n;
 * CHECK: BPF_MAP_TYPE_PERCPU_ARRAY
 * CHECK: {{/[*] a\[\] [*]/}}
 * CHECK: __uint(max_entries, 877);
 * CHECK-NEXT: __uint(key_size, 16);
 * CHECK-NEXT: __uint(value_size, 8);
 * CHECK: dt_dyn_put(&dtv_a, _k, &_v, _v == 0)
 */
#pragma D option dynvarsize=24k
syscall::read:entry { self->ts = timestamp; this->n = 1; a[pid, tid] = timestamp; }
