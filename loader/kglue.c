/*
 * kglue.c: the tracer's own kernel frames, which stack(), stackdepth and
 * caller leave out (runtime/dt_stack.bpf.h, DT_KSKIP_GLUE).
 *
 * A tracepoint program's kernel stack starts inside the tracer: this
 * object's BPF functions (the program, and dtc_error() for ERROR clauses),
 * bpf_trace_run<N>(), __bpf_trace_<tp>() and, when the kernel calls its
 * probes through the iterator rather than a static call (another program
 * attached to the same tracepoint, a kernel built without static calls),
 * __traceiter_<tp>().  How many of those frames show depends on the kernel
 * and on the moment, so the BPF side skips frames by address, not by count:
 * after load, when the JIT addresses are known, and before attach, dtrun
 * writes the ranges into the object's dtc_kglue (.bss).  Without kernel
 * addresses (kptr_restrict=2, lockdown) it falls back to a count.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "dtrun.h"
#include "sym.h"

struct kglue_names {
	const char **tp; /* tracepoints whose glue functions we want */
	int ntp;
};

static int add_tp(struct kglue_names *k, const char *tp)
{
	const char **v;

	for (int i = 0; i < k->ntp; i++)
		if (!strcmp(k->tp[i], tp))
			return 0;
	v = realloc(k->tp, (k->ntp + 1) * sizeof(*v));
	if (!v)
		return -1;
	k->tp = v;
	k->tp[k->ntp++] = tp;
	return 0;
}

/* bpf_trace_run1..12, and __bpf_trace_<tp>, __traceiter_<tp> of ours */
static int want_glue(void *arg, const char *name)
{
	const struct kglue_names *k = arg;
	const char *tp = NULL;

	if (!strncmp(name, "bpf_trace_run", 13))
		return name[13] >= '1' && name[13] <= '9';
	if (!strncmp(name, "__bpf_trace_", 12))
		tp = name + 12;
	else if (!strncmp(name, "__traceiter_", 12))
		tp = name + 12;
	for (int i = 0; tp && i < k->ntp; i++)
		if (!strcmp(tp, k->tp[i]))
			return 1;
	return 0;
}

static int range_cmp(const void *a, const void *b)
{
	const uint64_t *x = a, *y = b;

	return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* This program's JIT functions (the program and its subprograms). */
static int prog_ranges(int fd, uint64_t (*r)[2], int max)
{
	struct bpf_prog_info info = { 0 };
	uint32_t len = sizeof(info), nk, nl;
	uint64_t *addrs;
	uint32_t *lens;
	int n = 0;

	if (bpf_obj_get_info_by_fd(fd, &info, &len) || !info.nr_jited_ksyms)
		return 0;
	nk = info.nr_jited_ksyms;
	nl = info.nr_jited_func_lens;
	addrs = calloc(nk, sizeof(*addrs));
	lens = calloc(nl ? nl : 1, sizeof(*lens));
	memset(&info, 0, sizeof(info));
	info.nr_jited_ksyms = nk;
	info.jited_ksyms = (uint64_t)(uintptr_t)addrs;
	info.nr_jited_func_lens = nl;
	info.jited_func_lens = (uint64_t)(uintptr_t)lens;
	len = sizeof(info);
	if (addrs && lens && !bpf_obj_get_info_by_fd(fd, &info, &len))
		for (uint32_t i = 0; i < nk && i < nl && n < max; i++) {
			if (!addrs[i])
				continue; /* kptr_restrict hides the addresses */
			r[n][0] = addrs[i];
			r[n][1] = addrs[i] + lens[i];
			n++;
		}
	free(addrs);
	free(lens);
	return n;
}

int kglue_setup(struct dtrun *d)
{
	struct kglue_names k = { 0 };
	struct bpf_program *prog;
	struct bpf_map *bss;
	uint64_t r[DT_KGLUE_MAX][2];
	uint32_t zero = 0, size = 0, n = 0, m, skip = 0;
	int off, got;
	char *val;

	off = bpfvar_bss(d->obj, "dtc_kglue", &bss, &size);
	if (off < 0)
		return 0; /* the script takes no kernel stacks */

	/* the tracepoints our programs attach to */
	for (int p = 0; p < d->meta.nprogs; p++)
		if (dt_family(d->meta.progs[p].fam)->tp)
			add_tp(&k, dt_family(d->meta.progs[p].fam)->tp);
	/* a program per tracepoint probe (its key), or attached per probe */
	for (int i = 0; i < d->probes.n; i++) {
		const struct probe *pr = &d->probes.v[i];

		if (pr->tp && dt_family(pr->fam)->match == DT_MATCH_PROG && pr->key >= 0 &&
		    pr->key < d->meta.nprogs) {
			add_tp(&k, pr->tp);
			if (pr->tp2)
				add_tp(&k, pr->tp2);
		}
	}
	for (int i = 0; i < d->en.natt; i++) {
		const struct probe *pr = &d->probes.v[d->en.att[i][1]];

		if (pr->tp)
			add_tp(&k, pr->tp);
	}

	bpf_object__for_each_program(prog, d->obj)
		if (bpf_program__fd(prog) >= 0)
			n += prog_ranges(bpf_program__fd(prog), r + n, DT_KGLUE_MAX - 1 - n);
	got = sym_kernel_funcs(want_glue, &k, r + n, DT_KGLUE_MAX - 1 - n);
	free(k.tp);
	if (got > 0)
		n += got;
	else /* no kernel addresses: the program, bpf_trace_run<N>, __bpf_trace_<tp> */
		skip = 3, n = 0;

	/* sorted, adjacent ranges merged (bpf_trace_run1..12 are one) */
	qsort(r, n, sizeof(r[0]), range_cmp);
	for (m = 0, got = 0; got < (int)n; got++) {
		if (m && r[got][0] <= r[m - 1][1]) {
			if (r[got][1] > r[m - 1][1])
				r[m - 1][1] = r[got][1];
			continue;
		}
		r[m][0] = r[got][0];
		r[m][1] = r[got][1];
		m++;
	}

	for (uint32_t i = m; i < DT_KGLUE_MAX; i++)
		r[i][0] = r[i][1] = UINT64_MAX; /* padding: sorts after every address */

	if (size < sizeof(uint64_t) + sizeof(r) || !(val = malloc(bpf_map__value_size(bss))))
		return 0;
	/* no program runs yet: nothing else writes .bss meanwhile */
	if (!bpf_map_lookup_elem(bpf_map__fd(bss), &zero, val)) {
		memcpy(val + off, &m, sizeof(m));
		memcpy(val + off + sizeof(m), &skip, sizeof(skip));
		memcpy(val + off + sizeof(uint64_t), r, sizeof(r));
		if (bpf_map_update_elem(bpf_map__fd(bss), &zero, val, BPF_ANY)) {
			dt_err("failed to set the kernel stack filter: %s\n", strerror(errno));
			free(val);
			return -1;
		}
	}
	free(val);
	return 0;
}
