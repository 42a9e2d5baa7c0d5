/*
 * dt_cpc.h: the cpc provider's events and probe names, for dtc and dtrun
 * (compiler/prov_cpc.c, loader/prov_cpc.c).
 *
 * A cpc probe is cpc:::EVENT-MODE-COUNT (Oracle's dt_prov_cpc.c): it fires
 * on a CPU each time COUNT events of EVENT have happened there in MODE
 * ("user", "kernel" or "all").  Oracle names events as libpfm4 names them,
 * lower-cased with '-' made '_', and lists one probe EVENT-all-1000000000
 * for each event that perf_event_open() accepts on the host.  These are
 * libpfm4's names for the Linux perf_event generic events (its "perf" PMU,
 * in its order): the events every Linux kernel defines, hardware ones
 * needing a hardware PMU.  libpfm4's CPU-model tables (thousands of
 * model-specific events) are not here: dtrun is a small static binary.
 * An attributes part (EVENT-MODE-ATTRS-COUNT) names no probe, as in
 * Oracle's decode_attributes().
 */
#ifndef DT_CPC_H
#define DT_CPC_H

#include <stdlib.h>
#include <string.h>

struct dt_cpc_event {
	const char *name;        /* the D name */
	unsigned type;           /* perf_event_attr.type: PERF_TYPE_* */
	unsigned long long config;
};

/* PERF_TYPE_HARDWARE 0, PERF_TYPE_SOFTWARE 1, PERF_TYPE_HW_CACHE 3 */
static const struct dt_cpc_event dt_cpc_events[] = {
	{ "perf_count_hw_cpu_cycles", 0, 0x0 },
	{ "cycles", 0, 0x0 },
	{ "cpu_cycles", 0, 0x0 },
	{ "perf_count_hw_instructions", 0, 0x1 },
	{ "instructions", 0, 0x1 },
	{ "perf_count_hw_cache_references", 0, 0x2 },
	{ "cache_references", 0, 0x2 },
	{ "perf_count_hw_cache_misses", 0, 0x3 },
	{ "cache_misses", 0, 0x3 },
	{ "perf_count_hw_branch_instructions", 0, 0x4 },
	{ "branch_instructions", 0, 0x4 },
	{ "branches", 0, 0x4 },
	{ "perf_count_hw_branch_misses", 0, 0x5 },
	{ "branch_misses", 0, 0x5 },
	{ "perf_count_hw_bus_cycles", 0, 0x6 },
	{ "bus_cycles", 0, 0x6 },
	{ "perf_count_hw_stalled_cycles_frontend", 0, 0x7 },
	{ "stalled_cycles_frontend", 0, 0x7 },
	{ "idle_cycles_frontend", 0, 0x7 },
	{ "perf_count_hw_stalled_cycles_backend", 0, 0x8 },
	{ "stalled_cycles_backend", 0, 0x8 },
	{ "idle_cycles_backend", 0, 0x8 },
	{ "perf_count_hw_ref_cpu_cycles", 0, 0x9 },
	{ "ref_cycles", 0, 0x9 },
	{ "perf_count_sw_cpu_clock", 1, 0x0 },
	{ "cpu_clock", 1, 0x0 },
	{ "perf_count_sw_task_clock", 1, 0x1 },
	{ "task_clock", 1, 0x1 },
	{ "perf_count_sw_page_faults", 1, 0x2 },
	{ "page_faults", 1, 0x2 },
	{ "faults", 1, 0x2 },
	{ "perf_count_sw_context_switches", 1, 0x3 },
	{ "context_switches", 1, 0x3 },
	{ "cs", 1, 0x3 },
	{ "perf_count_sw_cpu_migrations", 1, 0x4 },
	{ "cpu_migrations", 1, 0x4 },
	{ "migrations", 1, 0x4 },
	{ "perf_count_sw_page_faults_min", 1, 0x5 },
	{ "minor_faults", 1, 0x5 },
	{ "perf_count_sw_page_faults_maj", 1, 0x6 },
	{ "major_faults", 1, 0x6 },
	{ "perf_count_sw_cgroup_switches", 1, 0xb },
	{ "cgroup_switches", 1, 0xb },
	{ "perf_count_hw_cache_l1d", 3, 0x10000 },
	{ "l1_dcache_loads", 3, 0x0 },
	{ "l1_dcache_load_misses", 3, 0x10000 },
	{ "l1_dcache_stores", 3, 0x100 },
	{ "l1_dcache_store_misses", 3, 0x10100 },
	{ "l1_dcache_prefetches", 3, 0x200 },
	{ "l1_dcache_prefetch_misses", 3, 0x10200 },
	{ "perf_count_hw_cache_l1i", 3, 0x10001 },
	{ "l1_icache_loads", 3, 0x1 },
	{ "l1_icache_load_misses", 3, 0x10001 },
	{ "l1_icache_prefetches", 3, 0x201 },
	{ "l1_icache_prefetch_misses", 3, 0x10201 },
	{ "perf_count_hw_cache_ll", 3, 0x10002 },
	{ "llc_loads", 3, 0x2 },
	{ "llc_load_misses", 3, 0x10002 },
	{ "llc_stores", 3, 0x102 },
	{ "llc_store_misses", 3, 0x10102 },
	{ "llc_prefetches", 3, 0x202 },
	{ "llc_prefetch_misses", 3, 0x10202 },
	{ "perf_count_hw_cache_dtlb", 3, 0x10003 },
	{ "dtlb_loads", 3, 0x3 },
	{ "dtlb_load_misses", 3, 0x10003 },
	{ "dtlb_stores", 3, 0x103 },
	{ "dtlb_store_misses", 3, 0x10103 },
	{ "dtlb_prefetches", 3, 0x203 },
	{ "dtlb_prefetch_misses", 3, 0x10203 },
	{ "perf_count_hw_cache_itlb", 3, 0x10004 },
	{ "itlb_loads", 3, 0x4 },
	{ "itlb_load_misses", 3, 0x10004 },
	{ "perf_count_hw_cache_bpu", 3, 0x10005 },
	{ "branch_loads", 3, 0x5 },
	{ "branch_load_misses", 3, 0x10005 },
	{ "perf_count_hw_cache_node", 3, 0x10006 },
	{ "node_loads", 3, 0x6 },
	{ "node_load_misses", 3, 0x10006 },
	{ "node_stores", 3, 0x106 },
	{ "node_store_misses", 3, 0x10106 },
	{ "node_prefetches", 3, 0x206 },
	{ "node_prefetch_misses", 3, 0x10206 },
};
#define DT_CPC_NEVENTS (sizeof(dt_cpc_events) / sizeof(dt_cpc_events[0]))

/* The count of the probe listed for each event (Oracle's populate()). */
#define DT_CPC_LIST_SUFFIX "-all-1000000000"

enum { DT_CPC_ALL, DT_CPC_USER, DT_CPC_KERNEL };

struct dt_cpc_probe {
	int event;               /* index in dt_cpc_events[] */
	int mode;                /* DT_CPC_* */
	unsigned long long count;
};

/*
 * Decodes probe name s as Oracle's decode_probename(): EVENT up to the
 * first '-', one of dt_cpc_events[]; MODE up to the next; no attributes;
 * COUNT one or more digits.  Returns 0, or -1 when s names no cpc probe.
 */
static inline int dt_cpc_decode(const char *s, struct dt_cpc_probe *out)
{
	static const char *const modes[] = { "all", "user", "kernel" };
	const char *dash = strchr(s, '-'), *mode, *cnt;
	size_t i, n;

	if (!dash)
		return -1;
	for (out->event = -1, i = 0; i < DT_CPC_NEVENTS && out->event < 0; i++)
		if (strlen(dt_cpc_events[i].name) == (size_t)(dash - s) &&
		    !strncmp(dt_cpc_events[i].name, s, (size_t)(dash - s)))
			out->event = (int)i;
	mode = dash + 1;
	cnt = strchr(mode, '-');
	if (out->event < 0 || !cnt)
		return -1;
	for (out->mode = -1, i = 0; i < 3; i++)
		if (strlen(modes[i]) == (size_t)(cnt - mode) &&
		    !strncmp(modes[i], mode, (size_t)(cnt - mode)))
			out->mode = (int)i;
	cnt++;
	n = strspn(cnt, "0123456789");
	if (out->mode < 0 || n == 0 || cnt[n] != '\0')
		return -1;
	out->count = strtoull(cnt, NULL, 10);
	return 0;
}

#endif
