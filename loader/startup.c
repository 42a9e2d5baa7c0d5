/*
 * startup.c: what dtrun does between opening an object and loading it so
 * that it is ready in milliseconds and small, whatever the object asks of
 * the kernel (issue 16, "A system tool"; bench/startup.sh measures it).
 * corebtf.c does the other half: CO-RE against a few kernel types, not all.
 *
 * Hash maps without preallocation.  An aggregation or associative array
 * is a BPF hash map sized for aggsize/dynvarsize (14,716 elements for
 * @[execname] = count()).  Preallocated, the kernel builds every element
 * (and its per-CPU value on every possible CPU) when the map is created:
 * 300 ms and 15 MB of kernel memory here (2 CPUs), before the first event,
 * for maps that mostly hold a few hundred keys.  Since Linux 6.1 (commit
 * 96da3f7d489d, "bpf: Remove tracing program restriction on map types",
 * over the bpf_mem_alloc of commit fba1a1c6c912) an element allocated at
 * run time is safe in every program type, perf_event (profile-N)
 * included; the limit is still max_entries, and a full map still refuses
 * the insert (DTrace's drops).  Older kernels keep preallocated maps:
 * their verifier refuses others in perf_event programs.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "dtrun.h"

/* 1 when the running kernel is MAJOR.MINOR or later (uname's release). */
static int kernel_at_least(int major, int minor)
{
	struct utsname u;
	int ma = 0, mi = 0;

	if (uname(&u) != 0 || sscanf(u.release, "%d.%d", &ma, &mi) != 2)
		return 0;
	return ma > major || (ma == major && mi >= minor);
}

void startup_maps(struct bpf_object *obj, int irq)
{
	struct bpf_map *map;

	if (!kernel_at_least(6, 1))
		return;
	bpf_object__for_each_map(map, obj) {
		/* an ARRAY_OF_MAPS's inner maps (dtc's dtc_aggg<ID>) must have
		 * its template's flags: the template gets them too */
		struct bpf_map *m[2] = { map, bpf_map__inner_map(map) };

		for (int i = 0; i < 2 && m[i]; i++) {
			enum bpf_map_type t = bpf_map__type(m[i]);

			/* irq: profile-N, tick-N or cpc probes, whose firings
			 * may create more per-CPU values than a cache holds
			 * (startup_warm_maps()) */
			if (t == BPF_MAP_TYPE_HASH || (t == BPF_MAP_TYPE_PERCPU_HASH && !irq))
				bpf_map__set_map_flags(m[i],
						       bpf_map__map_flags(m[i]) | BPF_F_NO_PREALLOC);
		}
	}
}

/*
 * A map without preallocation takes its elements from a per-CPU cache
 * (kernel/bpf/memalloc.c) that starts with 4 small elements, 1 per-CPU
 * value (prefill_mem_cache()), and is refilled by irq_work once it runs
 * low: a firing in interrupt context (tick-N, profile-N), where that work
 * waits, which creates more keys than the cache holds loses the others as
 * drops (@a[1], @a[2], @a[3] in one tick kept @a[1]), where DTrace's maps,
 * preallocated, lose none.  After load, before any probe fires, dtrun
 * takes a few elements of each such map on every CPU (updates from this
 * process run there) and gives them back: each cache refills to its high
 * watermark, dozens of small elements.  A per-CPU value's cache holds 3 at
 * most: an object with probes in interrupt context keeps its per-CPU hash
 * maps (aggregations) preallocated instead (startup_maps()).
 */
void startup_warm_maps(struct bpf_object *obj)
{
	int ncpus = libbpf_num_possible_cpus();
	cpu_set_t old, one;
	struct bpf_map *map;
	char *key = NULL, *val = NULL;

	if (!kernel_at_least(6, 1) || ncpus <= 0 || sched_getaffinity(0, sizeof(old), &old))
		return;
	for (int cpu = 0; cpu < ncpus && cpu < CPU_SETSIZE; cpu++) {
		CPU_ZERO(&one);
		CPU_SET(cpu, &one);
		if (sched_setaffinity(0, sizeof(one), &one))
			continue; /* offline, or not ours */
		bpf_object__for_each_map(map, obj) {
			enum bpf_map_type t = bpf_map__type(map);
			size_t ks = bpf_map__key_size(map), vs = bpf_map__value_size(map);
			int fd = bpf_map__fd(map);

			if ((t != BPF_MAP_TYPE_HASH && t != BPF_MAP_TYPE_PERCPU_HASH) || fd < 0 ||
			    !(bpf_map__map_flags(map) & BPF_F_NO_PREALLOC))
				continue;
			if (t == BPF_MAP_TYPE_PERCPU_HASH)
				vs = ((vs + 7) & ~(size_t)7) * (size_t)ncpus;
			free(key);
			free(val);
			key = calloc(1, ks ? ks : 1);
			val = calloc(1, vs ? vs : 1);
			/* empty before tracing: these keys are only ours; a few
			 * elements each, as one alone did not refill them */
			if (!key || !val)
				continue;
			for (unsigned i = 0; i < 8; i++) {
				memcpy(key, &i, ks < sizeof(i) ? ks : sizeof(i));
				if (bpf_map_update_elem(fd, key, val, BPF_NOEXIST))
					break; /* the cache is empty: refilled meanwhile */
			}
			for (unsigned i = 0; i < 8; i++) {
				memcpy(key, &i, ks < sizeof(i) ? ks : sizeof(i));
				bpf_map_delete_elem(fd, key);
			}
		}
	}
	free(key);
	free(val);
	sched_setaffinity(0, sizeof(old), &old);
}
