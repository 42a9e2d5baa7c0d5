/*
 * dtc_var.bpf.h: BPF-side helpers for D's dynamic variables (associative
 * arrays, thread-locals), included by dtc.bpf.h.  The maps and structs
 * themselves are generated per script (compiler/emit_var.c).
 */
#ifndef DTC_VAR_BPF_H
#define DTC_VAR_BPF_H

/* Zero n bytes (n a constant multiple of 8) of a key under construction. */
static __always_inline void dt_zero(char *p, __u32 n)
{
	for (__u32 i = 0; i < n / 8; i++)
		((__u64 *)p)[i] = 0;
}

/*
 * Store a dynamic variable, or release it when the value is zero (DTrace
 * deallocates a dynamic variable assigned 0).  A full map is a dynamic
 * variable drop, reported by dtrun.
 */
static __always_inline void dt_dyn_put(void *map, const void *key, const void *val, int zero)
{
	if (zero) {
		bpf_map_delete_elem(map, key);
		return;
	}
	if (bpf_map_update_elem(map, key, val, BPF_ANY))
		dt_stat_inc(DT_STAT_DYN_DROPS);
}

#endif
