/*
 * dynvar.c: the dynvarsize check dtrun makes before tracing starts.  An
 * associative array or keyed self-> variable is a BPF hash map (dtv_NAME,
 * dtsv_NAME, compiler/emit_var.c); as in Oracle's DTrace, where one element
 * costs its tuple and its value (8-byte aligned), a dynvarsize smaller than one element of
 * any of them cannot be enabled: "could not enable tracing: Enabling
 * exceeds size of buffer", after the probes were matched.
 */
#include <stdio.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "dtrun.h"

/*
 * Before load: the dynamic variable space of -x dynvarsize, also for an
 * object compiled with another (or none): each associative array gets the
 * elements that fit (dtc's own sizing, compiler/emit_var.c max_entries());
 * run.c gives self-> variables the bytes (dtc_self_max).
 */
int dynvar_resize(struct dtrun *d)
{
	uint64_t sz = d->o->dynvarsize;
	struct bpf_map *map;

	if (!sz || !d->obj)
		return 0;
	bpf_object__for_each_map(map, d->obj) {
		const char *name = bpf_map__name(map);
		uint64_t n, el;

		if (strncmp(name, "dtv_", 4) && strncmp(name, "dtsv_", 5))
			continue;
		el = (uint64_t)bpf_map__key_size(map) + bpf_map__value_size(map);
		n = el ? sz / el : 1;
		n = n < 1 ? 1 : n > (1u << 24) ? 1u << 24 : n;
		if (bpf_map__set_max_entries(map, (uint32_t)n)) {
			dt_err("failed to size %s for dynvarsize %llu\n", name,
			       (unsigned long long)sz);
			return -1;
		}
	}
	return 0;
}

int dynvar_check(struct dtrun *d)
{
	struct bpf_map *map;
	uint64_t sz = d->o->dynvarsize; /* the object's option, or -x dynvarsize */

	if ((!sz && !d->o->dynvarsize_zero) || !d->obj)
		return 0;
	bpf_object__for_each_map(map, d->obj) {
		const char *name = bpf_map__name(map);
		if (strncmp(name, "dtv_", 4) && strncmp(name, "dtsv_", 5) &&
		    !(sz == 0 && !strcmp(name, "dtc_self"))) /* self->: at least one */
			continue;
		if (sz < (uint64_t)bpf_map__key_size(map) + ((bpf_map__value_size(map) + 7) & ~7u) ||
		    sz == 0) {
			fflush(d->o->out);
			dt_err("could not enable tracing: Enabling exceeds size of buffer\n");
			return -1;
		}
	}
	return 0;
}
