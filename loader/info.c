/*
 * info.c: dtrun --info OBJECT, what an object will do before it runs.
 *
 * An operator who did not write an object inspects it on the run host: the
 * compiler and D source it came from, the probe descriptions it enables, the
 * options compiled in, the load-time parameters it expects ($1.., $$1..,
 * $target), the destructive actions it needs dtrun -w for, its programs and
 * maps with their memory as compiled, and the kernel features it needs.
 * Nothing is loaded: libbpf only opens the ELF (no BTF of this kernel is
 * read), and the .BTF.ext header gives the CO-RE relocations.
 */
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>
#include <stdlib.h>
#include <string.h>

#include "dtrun.h"
#include "actions.h"
#include "stack.h"

/* The number of CO-RE relocation records, or -1 when the object has no
 * readable .BTF.ext. */
static long core_relos(const void *img, size_t len)
{
	const unsigned char *p;
	uint32_t rlen, rec, pos;
	long n = 0;
	int r = meta_core_relos(img, len, &p, &rlen, &rec);

	if (r <= 0)
		return r;
	for (pos = 0; rec && pos + 8 <= rlen;) { /* per section: name, count, records */
		uint32_t cnt;

		memcpy(&cnt, p + pos + 4, 4);
		n += cnt;
		if ((uint64_t)cnt * rec > rlen - pos - 8)
			break;
		pos += 8 + cnt * rec;
	}
	return n;
}

/* An instruction that needs BPF CPU v4 (Linux 6.6): gotol, sign-extending
 * loads and moves, signed division. */
static int insn_v4(const struct bpf_insn *in)
{
	unsigned cls = BPF_CLASS(in->code);

	if (in->code == (BPF_JMP32 | BPF_JA))
		return 1;
	if (cls == BPF_LDX && BPF_MODE(in->code) == 0x80) /* BPF_MEMSX */
		return 1;
	if ((cls == BPF_ALU || cls == BPF_ALU64) && in->off &&
	    (BPF_OP(in->code) == BPF_MOV || BPF_OP(in->code) == BPF_DIV ||
	     BPF_OP(in->code) == BPF_MOD))
		return 1;
	return 0;
}

static void list_sep(FILE *out, int *first)
{
	fputs(*first ? "" : ", ", out);
	*first = 0;
}

int info_print(FILE *out, const struct meta *m, const void *img, size_t len, const char *path)
{
	struct bpf_object *obj;
	struct bpf_program *prog;
	struct bpf_map *map;
	int i, j, first, v4 = 0, ringbuf = 0, btf_typed = 0, uprobe = 0, kprobe = 0;
	unsigned long long total = 0;
	char used[128];
	long relos;
	LIBBPF_OPTS(bpf_object_open_opts, oo, .object_name = "dtc");
	libbpf_print_fn_t print = libbpf_set_print(NULL); /* ".dtc" is not libbpf's */

	obj = bpf_object__open_mem(img, len, &oo);
	libbpf_set_print(print);
	if (!obj) {
		dt_err("failed to open %s: not a BPF object libbpf can read\n", path);
		return -1;
	}
	fprintf(out, "object       %s, %zu bytes\n", path, len);
	fprintf(out, "compiler     dtc %s, metadata version %d\n",
		m->dtc_version ? m->dtc_version : "(before 0.1: not recorded)", m->version);
	fprintf(out, "source       %s", m->script && *m->script ? m->script : "(not recorded)");
	if (m->source_sha256)
		fprintf(out, ", sha256 %s", m->source_sha256);
	fputc('\n', out);

	fputs("probes      ", out);
	first = 1;
	for (i = 0; i < m->nclauses; i++)
		for (j = 0; j < m->clauses[i].ndesc; j++) {
			fprintf(out, "%s %s\n", first ? "" : "            ", m->clauses[i].pdesc[j]);
			first = 0;
		}
	if (first)
		fputs(" (none)\n", out);

	fputs("options      ", out);
	first = 1;
	for (i = 0; i < m->nopts; i++) {
		list_sep(out, &first);
		fprintf(out, "%s%s%s", m->opts[i].name, *m->opts[i].val ? "=" : "", m->opts[i].val);
	}
	fputs(first ? "(none)\n" : "\n", out);

	fputs("parameters   ", out);
	first = 1;
	for (i = 0; i < DT_MAX_MACROS; i++) {
		if (m->macros[i] & DT_MAC_INT) {
			list_sep(out, &first);
			fprintf(out, "$%d (integer)", i);
		}
		if (m->macros[i] & DT_MAC_STR) {
			list_sep(out, &first);
			fprintf(out, "$$%d (string)", i);
		}
		if ((m->macros[i] & DT_MAC_LEX) && m->macro_text[i]) {
			list_sep(out, &first);
			fprintf(out, "$%d (compiled in: \"%s\")", i, m->macro_text[i]);
		}
	}
	if (m->target) {
		list_sep(out, &first);
		fputs("$target (-c or -p)", out);
	}
	fputs(first ? "(none)\n" : "\n", out);

	if (act_destructive_used(m, used, sizeof(used)))
		fprintf(out, "destructive  %s (runs only with dtrun -w)\n", used);
	else
		fputs("destructive  (none)\n", out);

	fputs("programs\n", out);
	bpf_object__for_each_program(prog, obj) {
		const char *sec = bpf_program__section_name(prog);
		const struct bpf_insn *in = bpf_program__insns(prog);
		size_t n = bpf_program__insn_cnt(prog), x;

		for (x = 0; in && x < n; x++)
			v4 |= insn_v4(&in[x]);
		btf_typed |= !strncmp(sec, "tp_btf/", 7) || !strncmp(sec, "fentry/", 7) ||
			     !strncmp(sec, "fexit/", 6);
		uprobe |= !strncmp(sec, "uprobe", 6) || !strncmp(sec, "uretprobe", 9) ||
			  !strncmp(sec, "usdt", 4);
		kprobe |= !strncmp(sec, "kprobe", 6) || !strncmp(sec, "kretprobe", 9);
		fprintf(out, "  %-22s %-24s %6zu instructions\n", bpf_program__name(prog), sec, n);
	}

	fputs("maps\n", out);
	bpf_object__for_each_map(map, obj) {
		enum bpf_map_type t = bpf_map__type(map);
		const char *ts = libbpf_bpf_map_type_str(t);
		unsigned long long bytes;

		ringbuf |= t == BPF_MAP_TYPE_RINGBUF;
		if (t == BPF_MAP_TYPE_RINGBUF)
			bytes = bpf_map__max_entries(map);
		else
			bytes = (unsigned long long)(bpf_map__key_size(map) +
						     bpf_map__value_size(map)) *
				bpf_map__max_entries(map);
		total += bytes;
		fprintf(out, "  %-22s %-14s key %u, value %u, entries %u: %llu bytes%s\n",
			bpf_map__name(map), ts ? ts : "?", bpf_map__key_size(map),
			bpf_map__value_size(map), bpf_map__max_entries(map), bytes,
			t == BPF_MAP_TYPE_PERCPU_ARRAY || t == BPF_MAP_TYPE_PERCPU_HASH ||
					t == BPF_MAP_TYPE_LRU_PERCPU_HASH
				? " per CPU"
				: "");
	}
	fprintf(out, "memory       %llu bytes of maps as compiled (per-CPU maps once; dtrun "
		     "sizes the trace buffer and aggregations from bufsize/aggsize at load)\n",
		total);

	relos = core_relos(img, len);
	fputs("kernel       ", out);
	first = 1;
	if (relos > 0 || btf_typed) {
		list_sep(out, &first);
		fprintf(out, "BTF (/sys/kernel/btf/vmlinux");
		if (relos > 0)
			fprintf(out, ": %ld CO-RE relocations", relos);
		fputc(')', out);
	}
	if (btf_typed) {
		list_sep(out, &first);
		fputs("BTF-typed programs (tp_btf/fentry: Linux 5.5)", out);
	}
	if (ringbuf) {
		list_sep(out, &first);
		fputs("BPF ring buffer (Linux 5.8)", out);
	}
	if (uprobe) {
		list_sep(out, &first);
		fputs("uprobes", out);
	}
	if (kprobe) {
		list_sep(out, &first);
		fputs("kprobes", out);
	}
	if (v4) {
		list_sep(out, &first);
		fputs("BPF CPU v4 (Linux 6.6)", out);
	}
	/* string loops at a strsize above 1024 (runtime/dt_core.bpf.h DT_FOR()) */
	if (bpf_object__btf(obj) &&
	    btf__find_by_name_kind(bpf_object__btf(obj), "bpf_iter_num_new", BTF_KIND_FUNC) > 0) {
		list_sep(out, &first);
		fputs("open-coded iterators (Linux 6.4)", out);
	}
	fputs(first ? "(nothing beyond BPF)\n" : "\n", out);
	bpf_object__close(obj);
	return 0;
}
