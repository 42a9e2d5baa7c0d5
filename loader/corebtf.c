/*
 * corebtf.c: the kernel types an object's CO-RE relocations can look at,
 * cut out of this host's vmlinux BTF before the object is opened, so that
 * libbpf relocates against a few kilobytes instead of the whole kernel
 * (issue 16: start-up and memory; bench/startup.sh).
 *
 * libbpf 1.1.2 reads /sys/kernel/btf/vmlinux (5.4 MB here) with stdio in
 * 4 KB pieces, copies and indexes all of it (60 ms, 6 MB) for a handful of
 * relocations.  Like `bpftool gen min_core_btf`, dtrun hands libbpf a
 * smaller BTF through btf_custom_path (a memfd's /proc/self/fd path); it
 * reads the kernel's BTF mapped (Linux 6.16 maps it read-only without
 * copying; elsewhere one read()) and walks it once.
 *
 * What is kept, from libbpf's rules (relo_core.c), so that every
 * relocation resolves as it would against the whole vmlinux BTF:
 *  - candidates: every type whose essential name (up to a "___flavor")
 *    is a relocation's root's, in vmlinux order, all kinds (libbpf keeps
 *    those of the root's kind);
 *  - each kept struct or union with all its members, names, bit offsets
 *    and size, and the types of its members, arrays and typedefs, through
 *    embedded structs and unions: a field's access path (anonymous members
 *    included) only walks those;
 *  - a pointer is only a pointer to libbpf's field rules
 *    (bpf_core_fields_are_compat), so every pointer becomes one `void *'
 *    and the closure stops there; each pointer access is its own relocation;
 *  - enums whole (enum value relocations, enum member compatibility), and
 *    the "long" integers libbpf sizes pointers by.
 * dtrun keeps libbpf's own path (the whole BTF, module BTFs, no custom path)
 * when it cannot be sure of the same result: a relocation of another kind
 * than field, enum value, type existence or size, or TYPE_ID_LOCAL; a root
 * without a name, or with no candidate in vmlinux (libbpf would then look
 * in module BTFs); a type relocation of a pointer, array or function type;
 * typed kernel symbols or programs that need vmlinux BTF anyway (tp_btf,
 * fentry, lsm, iter, struct_ops); anything unreadable.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <linux/btf.h>

#include "dtrun.h"

#define VMLINUX_BTF "/sys/kernel/btf/vmlinux"
#define CKPT_SHIFT 6 /* a checkpoint every 64 types: type_by_id walks at most 63 */

/* libbpf's enum bpf_core_relo_kind (bpf.h), the ones handled here. */
enum {
	RELO_FIELD_LAST = 5,       /* 0..5: byte offset, size, exists, signed, lshift, rshift */
	RELO_TYPE_ID_LOCAL = 6,    /* needs no target */
	RELO_TYPE_EXISTS = 8,
	RELO_TYPE_SIZE = 9,
	RELO_ENUMVAL_EXISTS = 10,
	RELO_ENUMVAL_VALUE = 11,
};

/* The kernel's BTF, read-only, and an index of every 64th type. */
struct kbtf {
	const unsigned char *base; /* the whole file, mapped or read */
	size_t size;
	int mapped;
	const unsigned char *types; /* the type section */
	uint32_t types_len;
	const char *strs; /* the string section */
	uint32_t strs_len;
	uint32_t n;     /* types, void excluded: ids 1..n */
	uint32_t *ckpt; /* offset of type 1 + i*64 in types */
};

/* The minimal BTF under construction. */
struct out {
	unsigned char *types;
	size_t tlen, tcap;
	char *strs;
	size_t slen, scap;
	uint32_t *map;     /* open-addressing hash: kernel id -> new id */
	uint32_t *map_key; /* kernel id + 1 (0: empty) */
	uint32_t map_cap, map_n;
	uint32_t *queue; /* kernel ids in new-id order, emitted in turn */
	uint32_t qlen, qcap;
	int oom;
};

/* The size of a BTF type record (libbpf's btf_type_size()); 0 if unknown. */
static uint32_t type_rec_size(const struct btf_type *t)
{
	uint32_t base = sizeof(struct btf_type), vlen = btf_vlen(t);

	switch (btf_kind(t)) {
	case BTF_KIND_FWD:
	case BTF_KIND_CONST:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_PTR:
	case BTF_KIND_TYPEDEF:
	case BTF_KIND_FUNC:
	case BTF_KIND_FLOAT:
	case BTF_KIND_TYPE_TAG:
		return base;
	case BTF_KIND_INT:
		return base + sizeof(uint32_t);
	case BTF_KIND_ENUM:
		return base + vlen * sizeof(struct btf_enum);
	case BTF_KIND_ENUM64:
		return base + vlen * sizeof(struct btf_enum64);
	case BTF_KIND_ARRAY:
		return base + sizeof(struct btf_array);
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		return base + vlen * sizeof(struct btf_member);
	case BTF_KIND_FUNC_PROTO:
		return base + vlen * sizeof(struct btf_param);
	case BTF_KIND_VAR:
		return base + sizeof(struct btf_var);
	case BTF_KIND_DATASEC:
		return base + vlen * sizeof(struct btf_var_secinfo);
	case BTF_KIND_DECL_TAG:
		return base + sizeof(struct btf_decl_tag);
	default:
		return 0;
	}
}

static void kbtf_close(struct kbtf *k)
{
	if (k->base && k->mapped)
		munmap((void *)k->base, k->size);
	else
		free((void *)k->base);
	free(k->ckpt);
	memset(k, 0, sizeof(*k));
}

/* Maps (or reads) vmlinux BTF and indexes it: 0, or -1 with nothing held. */
static int kbtf_open(struct kbtf *k)
{
	const struct btf_header *h;
	struct stat st;
	uint32_t off, id;
	int fd;

	memset(k, 0, sizeof(*k));
	fd = open(VMLINUX_BTF, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) != 0 || st.st_size < (off_t)sizeof(*h)) {
		close(fd);
		return -1;
	}
	k->size = (size_t)st.st_size;
	k->base = mmap(NULL, k->size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (k->base != MAP_FAILED) {
		k->mapped = 1;
	} else {
		/* before Linux 6.16 (commit a539e2a6d51d) sysfs reads only */
		unsigned char *buf = malloc(k->size);
		size_t got = 0;
		ssize_t r = 0;

		k->base = NULL;
		while (buf && got < k->size && (r = read(fd, buf + got, k->size - got)) > 0)
			got += (size_t)r;
		if (!buf || got != k->size) {
			free(buf);
			close(fd);
			return -1;
		}
		k->base = buf;
	}
	close(fd);
	h = (const struct btf_header *)k->base;
	if (h->magic != BTF_MAGIC || h->hdr_len < sizeof(*h) || h->hdr_len > k->size ||
	    (uint64_t)h->hdr_len + h->type_off + h->type_len > k->size ||
	    (uint64_t)h->hdr_len + h->str_off + h->str_len > k->size || h->str_len == 0 ||
	    h->type_off % 4)
		goto bad;
	k->types = k->base + h->hdr_len + h->type_off;
	k->types_len = h->type_len;
	k->strs = (const char *)k->base + h->hdr_len + h->str_off;
	k->strs_len = h->str_len;
	if (k->strs[k->strs_len - 1] != '\0')
		goto bad;
	/* count and checkpoint */
	for (off = 0, id = 1; off < k->types_len; id++) {
		const struct btf_type *t = (const void *)(k->types + off);
		uint32_t sz;

		if (k->types_len - off < sizeof(*t) || !(sz = type_rec_size(t)) ||
		    sz > k->types_len - off)
			goto bad;
		if (((id - 1) & ((1u << CKPT_SHIFT) - 1)) == 0) {
			uint32_t i = (id - 1) >> CKPT_SHIFT;

			if ((i & (i - 1)) == 0 || i == 0) { /* grow at powers of two */
				uint32_t *nc = realloc(k->ckpt, sizeof(*nc) * (i ? 2 * i : 1));

				if (!nc)
					goto bad;
				k->ckpt = nc;
			}
			k->ckpt[i] = off;
		}
		off += sz;
	}
	k->n = id - 1;
	return 0;
bad:
	kbtf_close(k);
	return -1;
}

static const struct btf_type *kbtf_type(const struct kbtf *k, uint32_t id)
{
	uint32_t off, i;

	if (id == 0 || id > k->n)
		return NULL;
	off = k->ckpt[(id - 1) >> CKPT_SHIFT];
	for (i = (id - 1) & ~((1u << CKPT_SHIFT) - 1); i < id - 1; i++)
		off += type_rec_size((const void *)(k->types + off));
	return (const void *)(k->types + off);
}

static const char *kbtf_str(const struct kbtf *k, uint32_t off)
{
	return off < k->strs_len ? k->strs + off : "";
}

/* libbpf's bpf_core_essential_name_len(): the name up to a "X___Y" flavor. */
static size_t essential_len(const char *name)
{
	size_t n = strlen(name);

	for (long i = (long)n - 5; i >= 0; i--)
		if (name[i] != '_' && name[i + 1] == '_' && name[i + 2] == '_' &&
		    name[i + 3] == '_' && name[i + 4] != '_')
			return (size_t)i + 1;
	return n;
}

/* ---- the new BTF ------------------------------------------------------------ */

static uint32_t out_str(struct out *o, const char *s)
{
	size_t n = strlen(s) + 1;
	uint32_t at;

	if (!*s)
		return 0;
	if (o->slen + n > o->scap) {
		size_t cap = (o->slen + n) * 2;
		char *p = realloc(o->strs, cap);

		if (!p) {
			o->oom = 1;
			return 0;
		}
		o->strs = p;
		o->scap = cap;
	}
	at = (uint32_t)o->slen;
	memcpy(o->strs + o->slen, s, n);
	o->slen += n;
	return at;
}

static void *out_rec(struct out *o, size_t n)
{
	void *p;

	if (o->tlen + n > o->tcap) {
		size_t cap = (o->tlen + n) * 2;
		unsigned char *q = realloc(o->types, cap);

		if (!q) {
			o->oom = 1;
			return NULL;
		}
		o->types = q;
		o->tcap = cap;
	}
	p = o->types + o->tlen;
	o->tlen += n;
	return p;
}

static uint32_t *map_slot(struct out *o, uint32_t kid)
{
	uint32_t h = (kid * 2654435761u) & (o->map_cap - 1);

	while (o->map_key[h] && o->map_key[h] != kid + 1)
		h = (h + 1) & (o->map_cap - 1);
	return &o->map_key[h];
}

static int map_grow(struct out *o)
{
	uint32_t cap = o->map_cap ? o->map_cap * 2 : 1024, old = o->map_cap, i;
	uint32_t *okey = o->map_key, *oval = o->map;

	o->map_key = calloc(cap, sizeof(uint32_t));
	o->map = calloc(cap, sizeof(uint32_t));
	if (!o->map_key || !o->map) {
		free(o->map_key);
		free(o->map);
		o->map_key = okey;
		o->map = oval;
		o->oom = 1;
		return -1;
	}
	o->map_cap = cap;
	for (i = 0; i < old; i++)
		if (okey[i]) {
			uint32_t *s = map_slot(o, okey[i] - 1);

			*s = okey[i];
			o->map[s - o->map_key] = oval[i];
		}
	free(okey);
	free(oval);
	return 0;
}

/*
 * The new id of kernel type KID, queued for copying the first time: types
 * are emitted in queue order after the `void *' every pointer becomes (id
 * 1).  0 (void) stays 0.
 */
static uint32_t out_ref(struct out *o, const struct kbtf *k, uint32_t kid)
{
	const struct btf_type *t;
	uint32_t *s;

	if (kid == 0 || o->oom)
		return 0;
	t = kbtf_type(k, kid);
	if (!t) {
		o->oom = 1; /* a dangling reference: give up, libbpf decides */
		return 0;
	}
	if (btf_is_ptr(t))
		return 1; /* the one `void *' (corebtf_build) */
	if ((o->map_n + 1) * 2 > o->map_cap && map_grow(o))
		return 0;
	s = map_slot(o, kid);
	if (*s)
		return o->map[s - o->map_key];
	if (o->qlen == o->qcap) {
		uint32_t cap = o->qcap ? o->qcap * 2 : 256, *q = realloc(o->queue, cap * sizeof(*q));

		if (!q) {
			o->oom = 1;
			return 0;
		}
		o->queue = q;
		o->qcap = cap;
	}
	*s = kid + 1;
	o->map_n++;
	o->queue[o->qlen++] = kid;
	/* types are emitted in queue order after the `void *' (id 1) */
	return o->map[s - o->map_key] = o->qlen + 1;
}

/* Copies kernel type KID, its references renumbered; 0 on success. */
static int out_copy(struct out *o, const struct kbtf *k, uint32_t kid)
{
	const struct btf_type *t = kbtf_type(k, kid);
	uint32_t sz = type_rec_size(t), i, vlen = btf_vlen(t);
	struct btf_type *n = out_rec(o, sz);

	if (!n)
		return -1;
	memcpy(n, t, sz);
	n->name_off = out_str(o, kbtf_str(k, t->name_off));
	switch (btf_kind(t)) {
	case BTF_KIND_INT:
	case BTF_KIND_FLOAT:
	case BTF_KIND_FWD:
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
		break;
	case BTF_KIND_TYPEDEF:
	case BTF_KIND_CONST:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
		n->type = out_ref(o, k, t->type);
		break;
	case BTF_KIND_ARRAY:
		btf_array(n)->type = out_ref(o, k, btf_array(t)->type);
		btf_array(n)->index_type = out_ref(o, k, btf_array(t)->index_type);
		break;
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		for (i = 0; i < vlen; i++) {
			btf_members(n)[i].name_off = out_str(o, kbtf_str(k, btf_members(t)[i].name_off));
			btf_members(n)[i].type = out_ref(o, k, btf_members(t)[i].type);
		}
		break;
	case BTF_KIND_FUNC_PROTO:
		n->type = out_ref(o, k, t->type);
		for (i = 0; i < vlen; i++) {
			btf_params(n)[i].name_off = out_str(o, kbtf_str(k, btf_params(t)[i].name_off));
			btf_params(n)[i].type = out_ref(o, k, btf_params(t)[i].type);
		}
		break;
	default: /* FUNC, VAR, DATASEC, DECL_TAG: no member leads to one */
		return -1;
	}
	if (btf_kind(t) == BTF_KIND_ENUM)
		for (i = 0; i < vlen; i++)
			btf_enum(n)[i].name_off = out_str(o, kbtf_str(k, btf_enum(t)[i].name_off));
	if (btf_kind(t) == BTF_KIND_ENUM64)
		for (i = 0; i < vlen; i++)
			btf_enum64(n)[i].name_off = out_str(o, kbtf_str(k, btf_enum64(t)[i].name_off));
	return o->oom ? -1 : 0;
}

/* ---- the object's relocations ---------------------------------------------- */

/* A relocation's root, by essential name and kind. */
struct root {
	const char *name; /* in the object's BTF */
	size_t len;       /* its essential length */
	const struct btf_type *t;
	int found; /* vmlinux has a candidate of a kind libbpf takes */
};

static const char *const vmlinux_progs[] = {
	/* section prefixes of programs libbpf loads vmlinux BTF for anyway */
	"tp_btf", "fentry", "fexit", "fmod_ret", "freplace", "lsm", "iter", "struct_ops",
	".struct_ops",
};

/* 1 when some program's section makes libbpf load vmlinux BTF regardless. */
static int needs_vmlinux(const void *img, size_t len)
{
	const unsigned char *p = img;
	Elf64_Ehdr eh;
	Elf64_Shdr sh, str;
	unsigned i, j;

	if (len < sizeof(eh))
		return 1;
	memcpy(&eh, p, sizeof(eh)); /* obj_check() checked the headers */
	memcpy(&str, p + eh.e_shoff + (uint64_t)eh.e_shstrndx * sizeof(sh), sizeof(str));
	for (i = 1; i < eh.e_shnum; i++) {
		const char *name;

		memcpy(&sh, p + eh.e_shoff + (uint64_t)i * sizeof(sh), sizeof(sh));
		if (sh.sh_name >= str.sh_size)
			continue;
		name = (const char *)p + str.sh_offset + sh.sh_name;
		for (j = 0; j < sizeof(vmlinux_progs) / sizeof(vmlinux_progs[0]); j++) {
			size_t n = strlen(vmlinux_progs[j]);

			if (strncmp(name, vmlinux_progs[j], n) == 0 &&
			    (name[n] == '/' || name[n] == '.' || name[n] == '\0'))
				return 1;
		}
	}
	return 0;
}

static const struct btf_type *skip_mods(const struct btf *b, const struct btf_type *t)
{
	int depth = 0;

	while (t && depth++ < 32 && (btf_is_mod(t) || btf_is_typedef(t)))
		t = btf__type_by_id(b, t->type);
	return t;
}

/*
 * The roots of the object's CO-RE relocations (.BTF.ext, checked by
 * obj_check()): their number, 0 when there are none, -1 when one is of a
 * kind this file does not keep types for.
 */
static int relo_roots(const void *img, size_t len, const struct btf *lb, struct root **rootsp)
{
	const unsigned char *p;
	uint32_t rlen, rec, pos;
	struct root *roots = NULL;
	int nroots = 0;

	*rootsp = NULL;
	if (meta_core_relos(img, len, &p, &rlen, &rec) <= 0)
		return 0;
	if (rec < 16)
		return rlen > 0 ? -1 : 0;
	for (pos = 0; pos + 8 <= rlen;) {
		uint32_t cnt, i;

		memcpy(&cnt, p + pos + 4, 4);
		pos += 8;
		if ((uint64_t)cnt * rec > rlen - pos)
			goto bad;
		for (i = 0; i < cnt; i++, pos += rec) {
			uint32_t type_id, kind;
			const struct btf_type *t, *s;
			const char *name;
			size_t el;
			int j;

			memcpy(&type_id, p + pos + 4, 4);
			memcpy(&kind, p + pos + 12, 4);
			if (kind == RELO_TYPE_ID_LOCAL)
				continue;
			if (kind > RELO_ENUMVAL_VALUE || (kind > RELO_FIELD_LAST && kind < RELO_TYPE_EXISTS))
				goto bad;
			t = btf__type_by_id(lb, type_id);
			name = t ? btf__name_by_offset(lb, t->name_off) : NULL;
			if (!name || !*name)
				goto bad;
			if (kind == RELO_TYPE_EXISTS || kind == RELO_TYPE_SIZE) {
				/* libbpf compares through pointers, arrays, prototypes */
				s = skip_mods(lb, t);
				if (!s || btf_is_ptr(s) || btf_is_array(s) || btf_is_func_proto(s) ||
				    btf_is_void(s))
					goto bad;
			}
			el = essential_len(name);
			for (j = 0; j < nroots; j++)
				if (roots[j].len == el && !strncmp(roots[j].name, name, el) &&
				    btf_kind(roots[j].t) == btf_kind(t))
					break;
			if (j < nroots)
				continue;
			if ((nroots & (nroots - 1)) == 0) {
				struct root *nr = realloc(roots, sizeof(*nr) * (nroots ? 2 * nroots : 1));

				if (!nr)
					goto bad;
				roots = nr;
			}
			roots[nroots++] = (struct root){ name, el, t, 0 };
		}
	}
	*rootsp = roots;
	return nroots;
bad:
	free(roots);
	return -1;
}

/* 1 when the object's BTF declares kernel symbols (.ksyms): typed ones need
 * vmlinux BTF in libbpf whatever the relocations do. */
static int has_ksyms(const struct btf *lb)
{
	uint32_t i, n = btf__type_cnt(lb);

	for (i = 1; i < n; i++) {
		const struct btf_type *t = btf__type_by_id(lb, i);

		if (btf_is_datasec(t) && !strcmp(btf__name_by_offset(lb, t->name_off), ".ksyms"))
			return 1;
	}
	return 0;
}

static int corebtf_fd = -1; /* the memfd libbpf reads at load (corebtf_release) */

/*
 * Before bpf_object__open: the minimal BTF for this object's relocations,
 * as a memfd; its /proc/self/fd path into PATH (btf_custom_path).  0 when
 * libbpf should use it, -1 when libbpf keeps its own way (see above).
 */
int corebtf_build(const void *img, size_t len, char *path, size_t pathlen)
{
	static const char *const longs[] = { "long int", "long unsigned int" };
	struct kbtf k = { 0 };
	struct out o = { 0 };
	struct root *roots = NULL;
	struct btf *lb = NULL;
	struct btf_header h;
	const char *d;
	size_t size;
	const struct btf_type *t;
	uint32_t id, i, off;
	int nroots, j, fd = -1;

	corebtf_release();
	if (meta_elf_section(img, len, ".BTF", &d, &size) != 0 || !d || !size)
		return -1;
	lb = btf__new(d, (uint32_t)size);
	if (libbpf_get_error(lb)) {
		lb = NULL;
		goto out;
	}
	nroots = relo_roots(img, len, lb, &roots);
	if (nroots <= 0 || has_ksyms(lb) || needs_vmlinux(img, len) || kbtf_open(&k))
		goto out;
	if (!out_rec(&o, sizeof(struct btf_type))) /* id 1: the one `void *' */
		goto out;
	((struct btf_type *)o.types)->name_off = 0;
	((struct btf_type *)o.types)->info = BTF_KIND_PTR << 24;
	((struct btf_type *)o.types)->type = 0;
	o.scap = 4096; /* offset 0: the empty name */
	if (!(o.strs = malloc(o.scap)))
		goto out;
	o.strs[0] = '\0';
	o.slen = 1;

	/* the candidates, in vmlinux order, and the integers libbpf sizes pointers by */
	for (id = 1, off = 0; id <= k.n && !o.oom; id++, off += type_rec_size(t)) {
		const char *name;

		t = (const void *)(k.types + off);
		if (!t->name_off)
			continue;
		name = kbtf_str(&k, t->name_off);
		if (btf_is_int(t) && (!strcmp(name, longs[0]) || !strcmp(name, longs[1]))) {
			out_ref(&o, &k, id);
			continue;
		}
		for (j = 0; j < nroots; j++) {
			if (name[0] != roots[j].name[0] || strncmp(name, roots[j].name, roots[j].len) ||
			    essential_len(name) != roots[j].len)
				continue;
			out_ref(&o, &k, id);
			if (btf_kind_core_compat(t, roots[j].t))
				roots[j].found = 1;
		}
	}
	for (j = 0; j < nroots; j++)
		if (!roots[j].found)
			goto out; /* libbpf would look in the modules' BTF */
	/* the types they lead to, each once, in queue order */
	for (i = 0; i < o.qlen && !o.oom; i++)
		if (out_copy(&o, &k, o.queue[i]))
			goto out;
	if (o.oom)
		goto out;

	memset(&h, 0, sizeof(h));
	h.magic = BTF_MAGIC;
	h.version = BTF_VERSION;
	h.hdr_len = sizeof(h);
	h.type_off = 0;
	h.type_len = (uint32_t)o.tlen;
	h.str_off = (uint32_t)o.tlen;
	h.str_len = (uint32_t)o.slen;
	fd = memfd_create("dtrun-core-btf", MFD_CLOEXEC);
	if (fd < 0 || write(fd, &h, sizeof(h)) != (ssize_t)sizeof(h) ||
	    write(fd, o.types, o.tlen) != (ssize_t)o.tlen ||
	    write(fd, o.strs, o.slen) != (ssize_t)o.slen)
		goto out;
	snprintf(path, pathlen, "/proc/self/fd/%d", fd);
	if (access(path, R_OK) != 0) /* no /proc: libbpf could not read it */
		goto out;
	corebtf_fd = fd;
	fd = -1;
out:
	if (fd >= 0)
		close(fd);
	kbtf_close(&k);
	free(o.types);
	free(o.strs);
	free(o.map);
	free(o.map_key);
	free(o.queue);
	free(roots);
	btf__free(lb);
	return corebtf_fd >= 0 ? 0 : -1;
}

/* After load (or when dtrun ends before it): libbpf has read the BTF. */
void corebtf_release(void)
{
	if (corebtf_fd >= 0)
		close(corebtf_fd);
	corebtf_fd = -1;
}
