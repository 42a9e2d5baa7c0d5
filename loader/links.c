/*
 * links.c: the BPF links dtrun holds (d->links), appended to by every
 * attach, run.c's and each provider's (prov.c), and destroyed together at
 * detach (run_detach()).
 */
#include <stdlib.h>

#include <bpf/libbpf.h>

#include "dtrun.h"

int run_add_link(struct dtrun *d, struct bpf_link *l)
{
	struct bpf_link **nl = realloc(d->links, sizeof(*nl) * (d->nlinks + 1));

	if (!nl) {
		bpf_link__destroy(l);
		return -1;
	}
	d->links = nl;
	d->links[d->nlinks++] = l;
	return 0;
}
