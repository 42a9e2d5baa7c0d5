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

int dynvar_check(struct dtrun *d)
{
	const char *v = meta_opt(&d->meta, "dynvarsize");
	struct bpf_map *map;
	uint64_t sz;

	if (!v || !d->obj || dt_parse_size(v, &sz))
		return 0;
	bpf_object__for_each_map(map, d->obj) {
		const char *name = bpf_map__name(map);
		if (strncmp(name, "dtv_", 4) && strncmp(name, "dtsv_", 5))
			continue;
		if (sz < (uint64_t)bpf_map__key_size(map) + ((bpf_map__value_size(map) + 7) & ~7u)) {
			fflush(d->o->out);
			dt_err("could not enable tracing: Enabling exceeds size of buffer\n");
			return -1;
		}
	}
	return 0;
}
