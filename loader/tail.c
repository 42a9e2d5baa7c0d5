/*
 * tail.c: programs in parts (compiler/emit_split.c).  dtc cuts an attached
 * probe's program whose clauses would be too much for the verifier into a
 * head dtc_p<P> and parts dtc_p<P>_t<K>, each reached from the one before
 * by a tail call through the prog array dtc_tail_<P>.  A part loads exactly
 * when its head does (run.c chose which heads load), and after the load
 * goes into its slot; the head alone is attached.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "dtrun.h"

/* Program P and part K a part's name dtc_p<P>_t<K> says; -1 for any other name. */
int tail_part_of(const char *name, int *k)
{
	char *end;
	long p, t;

	if (strncmp(name, "dtc_p", 5) != 0)
		return -1;
	p = strtol(name + 5, &end, 10);
	if (end == name + 5 || strncmp(end, "_t", 2) != 0)
		return -1;
	t = strtol(end + 2, &end, 10);
	if (*end || t < 1 || p < 0)
		return -1;
	*k = (int)t;
	return (int)p;
}

static struct bpf_program *head_of(struct bpf_object *obj, int p)
{
	char name[32];

	snprintf(name, sizeof(name), "dtc_p%d", p);
	return bpf_object__find_program_by_name(obj, name);
}

void tail_before_load(struct dtrun *d)
{
	struct bpf_program *prog, *head;
	int k, p;

	bpf_object__for_each_program(prog, d->obj)
		if ((p = tail_part_of(bpf_program__name(prog), &k)) >= 0) {
			head = head_of(d->obj, p);
			bpf_program__set_autoload(prog, head && bpf_program__autoload(head));
		}
}

int tail_after_load(struct dtrun *d)
{
	struct bpf_program *prog;
	int k, p;

	bpf_object__for_each_program(prog, d->obj)
	{
		char name[32];
		struct bpf_map *map;
		__u32 key;
		int fd;

		if ((p = tail_part_of(bpf_program__name(prog), &k)) < 0 ||
		    !bpf_program__autoload(prog))
			continue;
		snprintf(name, sizeof(name), "dtc_tail_%d", p);
		map = bpf_object__find_map_by_name(d->obj, name);
		key = (__u32)k;
		fd = bpf_program__fd(prog);
		if (!map || fd < 0 || bpf_map_update_elem(bpf_map__fd(map), &key, &fd, BPF_ANY)) {
			dt_err("failed to load the BPF object: part %d of program %d has no slot "
			       "in its tail-call map: %s\n", k, p, map ? strerror(errno) : "no map");
			return -1;
		}
	}
	return 0;
}
