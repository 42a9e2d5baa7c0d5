/*
 * dt_chill.bpf.h: chill(nanoseconds) for dtc-generated code (included by
 * dtc.bpf.h).
 *
 * DTrace's rule (dtrace_action_chill(), the Dynamic Tracing Guide): the
 * probe spins for the given time, but refuses to spin more than 500 ms out
 * of each one-second interval on any one CPU; a chill() past that limit is
 * an illegal operation, and the clause is abandoned.  The interval and the
 * time spun in it live in dtc_chill, a per-CPU map only an object that
 * calls chill() has (DT_WANT_CHILL; not the scratch, which a large strsize
 * fills to the kernel's per-CPU limit).  A zero or negative time spins
 * nothing.
 *
 * BPF has no unbounded loop: bpf_loop() (Linux 5.17) calls dt_chill_spin()
 * up to 2^23 times, each call reading the clock, about 0.2 s; a chill()
 * chains such loops until the time has passed.
 */
#ifndef DT_CHILL_BPF_H
#define DT_CHILL_BPF_H

#include "dt_core.bpf.h"

#define DT_CHILL_INTERVAL 1000000000ULL /* dtrace_chill_interval: 1 s */
#define DT_CHILL_MAX 500000000ULL       /* dtrace_chill_max: 500 ms of it */
#define DT_CHILL_LOOPS 64               /* bpf_loop() calls, each ~0.2 s at most */

struct dt_chill {
	__u64 mark;                     /* this CPU's interval began */
	__u64 chilled;                  /* ns spun in the interval */
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct dt_chill);
} dtc_chill SEC(".maps");

/* bpf_loop()'s callback: 1 (stop) once the clock reaches *until. */
static long dt_chill_spin(__u64 i, void *until)
{
	return bpf_ktime_get_ns() >= *(__u64 *)until;
}

/* 0 once ns have been spun; -1 when that would pass the CPU's limit. */
static __always_inline int dt_chill(__s64 ns)
{
	__u32 zero = 0;
	struct dt_chill *st = bpf_map_lookup_elem(&dtc_chill, &zero);
	__u64 now = bpf_ktime_get_ns(), until;
	int i;

	if (!st)
		return -1;
	if (now - st->mark > DT_CHILL_INTERVAL) {
		st->mark = now;
		st->chilled = 0;
	}
	if (ns <= 0)
		return 0;
	if ((__u64)ns > DT_CHILL_MAX || st->chilled + (__u64)ns > DT_CHILL_MAX)
		return -1;
	st->chilled += (__u64)ns;
	until = now + (__u64)ns;
	for (i = 0; i < DT_CHILL_LOOPS && bpf_ktime_get_ns() < until; i++)
		bpf_loop(1 << 23, dt_chill_spin, &until, 0);
	return 0;
}

#endif
