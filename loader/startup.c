/*
 * startup.c: what dtrun does between opening an object and loading it so
 * that it is ready in milliseconds and small, whatever the object asks of
 * the kernel (issue 16, "A system tool"; bench/startup.sh measures it).
 * corebtf.c does the other half: CO-RE against a few kernel types, not all.
 *
 * Hash maps without preallocation.  An aggregation or associative array
 * is a BPF hash map sized for aggsize/dynvarsize (174,762 elements for
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
#include <stdio.h>
#include <sys/utsname.h>

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

void startup_maps(struct bpf_object *obj)
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

			if (t == BPF_MAP_TYPE_HASH || t == BPF_MAP_TYPE_PERCPU_HASH)
				bpf_map__set_map_flags(m[i],
						       bpf_map__map_flags(m[i]) | BPF_F_NO_PREALLOC);
		}
	}
}
