/*
 * dynvar.c: the dynamic variable space dtrun sizes before tracing starts.
 * Every self-> variable and every element of an associative array (dtv_NAME,
 * self->a[k] dtsv_NAME, compiler/emit_var.c) takes one element of one space
 * of dynvarsize bytes, an element costing the object's dtc_dyn_elem bytes
 * (the largest tuple plus the largest value), as in Oracle's DTrace, whose
 * gmap_create_dvars() makes one map of dynvarsize / that many entries; a
 * dynvarsize smaller than one element cannot be enabled: "could not enable
 * tracing: Enabling exceeds size of buffer", after the probes were matched;
 * one of more than 2^27 elements is a map the kernel refuses ("Too big").
 */
#include <stdio.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "dtrun.h"

/* The bytes of one element (0: the object has no dynamic variables). */
static uint64_t dyn_elem(struct dtrun *d)
{
	uint64_t el = 0;

	if (!d->obj || bpfvar_rodata_get(d->obj, "dtc_dyn_elem", &el, sizeof(el)))
		return 0;
	return el;
}

/*
 * Before load: the space of -x dynvarsize, also for an object compiled
 * with another (or none): each map may hold every element of the space
 * (the space's count, dtc_dyn_used in BPF, is what runs out first);
 * params.c sets the space's bytes (dtc_dyn_max).
 */
int dynvar_resize(struct dtrun *d)
{
	uint64_t sz = d->o->dynvarsize, el = dyn_elem(d), n;
	struct bpf_map *map;

	if (!sz || !d->obj)
		return 0;
	bpf_object__for_each_map(map, d->obj) {
		const char *name = bpf_map__name(map);

		if (strncmp(name, "dtv_", 4) && strncmp(name, "dtsv_", 5))
			continue;
		/* an object before the one space: each map its own */
		n = sz / (el ? el : (uint64_t)bpf_map__key_size(map) + bpf_map__value_size(map));
		n = n < 1 ? 1 : n > (1u << 24) ? 1u << 24 : n;
		if (bpf_map__set_max_entries(map, (uint32_t)n)) {
			dt_err("failed to size %s for dynvarsize %llu\n", name,
			       (unsigned long long)sz);
			return -1;
		}
	}
	return 0;
}

/*
 * dt_bpf.c's gmap_create_*(): a map of size bytes holds size / elem
 * entries.  None is "Enabling exceeds size of buffer" (EDT_BUFTOOSMALL);
 * past 2^27, as the specs map (spec.c), the kernel makes no such hash map
 * and map is "Too big".  0, or -1 said.  (agg.c's aggs map too.)
 */
int gmap_fits(struct dtrun *d, uint64_t size, uint64_t elem, const char *map)
{
	uint64_t n = size / elem;

	if (n && n <= (1u << 27))
		return 0;
	fflush(d->o->out);
	if (!n)
		dt_err("could not enable tracing: Enabling exceeds size of buffer\n");
	else
		dt_err("could not enable tracing: failed to create BPF map '%s': Too big\n", map);
	return -1;
}

int dynvar_check(struct dtrun *d)
{
	uint64_t sz = d->o->dynvarsize; /* the object's option, or -x dynvarsize */
	uint64_t el = dyn_elem(d);

	if (!el)
		return 0;
	if (!sz && !d->o->dynvarsize_zero)
		sz = 1 << 20; /* dt_open.c's default */
	return gmap_fits(d, sz, el, "dvars");
}
