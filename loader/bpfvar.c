/*
 * bpfvar.c: an object's global variables by name, through its BTF DATASEC
 * (.rodata before load, .bss once loaded).  The load-time parameters
 * (params.c) and the writes after load (run.c's dtc_activity, kglue.c's
 * dtc_kglue) go through here.
 */
#include <string.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "dtrun.h"

/* The map of section `sec` (".rodata", ".bss": libbpf names it
 * "<object>.rodata") and its DATASEC entry for variable `name`. */
static const struct btf_var_secinfo *var_find(struct bpf_object *obj, const char *sec,
					      const char *name, struct bpf_map **map)
{
	struct btf *btf = bpf_object__btf(obj);
	const struct btf_var_secinfo *vs;
	const struct btf_type *ds;
	size_t sl = strlen(sec);
	int id;

	*map = NULL;
	bpf_object__for_each_map(*map, obj)
	{
		const char *mn = bpf_map__name(*map);
		size_t l = strlen(mn);

		if (l >= sl && strcmp(mn + l - sl, sec) == 0)
			break;
	}
	if (!btf || !*map || (id = btf__find_by_name_kind(btf, sec, BTF_KIND_DATASEC)) < 0)
		return NULL;
	ds = btf__type_by_id(btf, id);
	vs = btf_var_secinfos(ds);
	for (int i = 0; i < btf_vlen(ds); i++, vs++) {
		const struct btf_type *t = btf__type_by_id(btf, vs->type);

		if (t && strcmp(btf__name_by_offset(btf, t->name_off), name) == 0)
			return vs;
	}
	return NULL;
}

/* The size of .rodata variable name; 0 when the object has none, or one
 * whose bytes lie outside the section (a corrupt object: its size is not
 * to be trusted, e.g. for an allocation). */
size_t bpfvar_rodata_size(struct bpf_object *obj, const char *name)
{
	struct bpf_map *map;
	const struct btf_var_secinfo *vs = var_find(obj, ".rodata", name, &map);
	size_t mapsz = 0;

	if (!vs || !bpf_map__initial_value(map, &mapsz) || vs->offset > mapsz ||
	    vs->size > mapsz - vs->offset)
		return 0;
	return vs->size;
}

int bpfvar_rodata_set(struct bpf_object *obj, const char *name, const void *val, size_t size)
{
	struct bpf_map *map;
	const struct btf_var_secinfo *vs = var_find(obj, ".rodata", name, &map);
	size_t mapsz = 0, n;
	char *data;

	if (!vs || !(data = (char *)bpf_map__initial_value(map, &mapsz)))
		return -1;
	n = size < vs->size ? size : vs->size;
	if (vs->offset + n > mapsz)
		return -1;
	memcpy(data + vs->offset, val, n);
	return 0;
}

/* The value an object's .rodata variable was compiled with; -1 if none. */
int bpfvar_rodata_get(struct bpf_object *obj, const char *name, void *val, size_t size)
{
	struct bpf_map *map;
	const struct btf_var_secinfo *vs = var_find(obj, ".rodata", name, &map);
	size_t mapsz = 0;
	const char *data;

	if (!vs || vs->size != size || !(data = bpf_map__initial_value(map, &mapsz)) ||
	    vs->offset + size > mapsz)
		return -1;
	memcpy(val, data + vs->offset, size);
	return 0;
}

int bpfvar_bss(struct bpf_object *obj, const char *name, struct bpf_map **bss, uint32_t *size)
{
	const struct btf_var_secinfo *vs = var_find(obj, ".bss", name, bss);

	if (!vs || !*bss || bpf_map__fd(*bss) < 0)
		return -1;
	*size = vs->size;
	return vs->offset + vs->size <= bpf_map__value_size(*bss) ? (int)vs->offset : -1;
}
