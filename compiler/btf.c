/*
 * btf.c: kernel types for sema, read from BTF with libbpf's btf API.
 *
 * The kernel's BTF (/sys/kernel/btf/vmlinux, or --btf FILE) is parsed the
 * first time a script names a kernel type (curthread, a cast to a kernel
 * struct, a kernel typedef): parsing costs about 50 ms, which a one-line
 * script that uses none must not pay.  Each BTF type becomes a struct dtype
 * once (cached by id); struct members are read when first looked up.
 * Kernel structs keep their kernel names so that the C the emitter writes
 * for them (emit_types.c, with preserve_access_index) matches the target
 * kernel's BTF through CO-RE relocations.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "sema.h"

struct btf_cache {
	int tried;
	int ntypes;
	struct dtype **by_id;
};

static struct btf_cache *bc(struct dtc *dx)
{
	struct btf_cache **slot = (struct btf_cache **)&dx->btf_cache;
	if (!*slot)
		*slot = arena_alloc(dx, sizeof(struct btf_cache));
	return *slot;
}

static int quiet_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

/*
 * Why BTF at `path` did not load, in one sentence: the file cannot be read,
 * is neither raw BTF (magic 0xeB9F) nor ELF, or is BTF or ELF that does not
 * parse (truncated or corrupt).  libbpf's own errors (LIBBPF_ERRNO__FORMAT,
 * 4001) mean nothing to a user.
 */
static void btf_load_error(struct dtc *dx, const char *path, int err)
{
	unsigned char magic[4] = { 0 };
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f) {
		diag_plain(dx, "D_TYPE_ERR", "cannot read kernel BTF file %s: %s", path,
			   strerror(errno));
		return;
	}
	n = fread(magic, 1, sizeof(magic), f);
	if (!n && ferror(f)) {
		err = errno;
		fclose(f);
		diag_plain(dx, "D_TYPE_ERR", "cannot read kernel BTF file %s: %s", path,
			   strerror(err));
		return;
	}
	fclose(f);
	if (!n)
		diag_plain(dx, "D_TYPE_ERR", "kernel BTF file %s is empty", path);
	else if (n >= 2 && ((magic[0] == 0x9f && magic[1] == 0xeb) || (magic[0] == 0xeb && magic[1] == 0x9f)))
		diag_plain(dx, "D_TYPE_ERR",
			   "kernel BTF file %s is truncated or corrupt: its BTF does not parse", path);
	else if (n == 4 && !memcmp(magic, "\177ELF", 4))
		diag_plain(dx, "D_TYPE_ERR",
			   "kernel BTF file %s is an ELF file without a valid .BTF section", path);
	else if (err == ENOENT || err == EACCES || err == EISDIR)
		diag_plain(dx, "D_TYPE_ERR", "cannot read kernel BTF file %s: %s", path,
			   strerror(err));
	else
		diag_plain(dx, "D_TYPE_ERR",
			   "kernel BTF file %s is neither raw BTF nor an ELF file with a .BTF section",
			   path);
}

struct btf *kbtf(struct dtc *dx)
{
	struct btf_cache *c = bc(dx);
	libbpf_print_fn_t old;
	struct btf *b;
	int err;

	if (dx->btf || c->tried)
		return dx->btf;
	c->tried = 1;
	old = libbpf_set_print(quiet_print);
	if (dx->btf_path)
		b = btf__parse(dx->btf_path, NULL);
	else
		b = btf__load_vmlinux_btf();
	libbpf_set_print(old);
	err = libbpf_get_error(b);
	if (err || !b) {
		btf_load_error(dx, dx->btf_path ? dx->btf_path : "/sys/kernel/btf/vmlinux",
			       err < 0 ? (int)-err : EINVAL);
		return NULL;
	}
	dx->btf = b;
	c->ntypes = (int)btf__type_cnt(b);
	c->by_id = arena_alloc(dx, sizeof(struct dtype *) * (size_t)c->ntypes);
	return b;
}

/* The kernel BTF is now `path`'s (NULL: this host's), loaded at the next
 * kbtf(): dtc --btf A --btf B checks the script against each (main.c). */
void kbtf_switch(struct dtc *dx, const char *path)
{
	struct btf_cache *c = bc(dx);

	btf__free(dx->btf);
	dx->btf = NULL;
	dx->btf_path = path;
	memset(c, 0, sizeof(*c));
}

static struct dtype *new_type(struct dtc *dx, enum ty_kind kind, int id)
{
	struct dtype *t = arena_alloc(dx, sizeof(*t));
	t->kind = kind;
	t->kernel = 1;
	t->btf_id = id;
	return t;
}

/*
 * A kernel struct the generated C's headers also define (<asm/ptrace.h>'s
 * pt_regs, <linux/bpf.h>'s UAPI bpf_* and context structs): written under a
 * CO-RE flavour name, NAME___dtc, which libbpf matches to the kernel's NAME.
 */
static int header_struct(const char *name)
{
	static const char *const names[] = { "pt_regs", "__sk_buff", "xdp_md", "sk_msg_md",
					     "sk_reuseport_md", "btf_ptr", "seccomp_metadata" };

	if (!strncmp(name, "bpf_", 4) || !strncmp(name, "ptrace_", 7))
		return 1;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(name, names[i]))
			return 1;
	return 0;
}

static const char *int_cname(int size, int is_signed)
{
	switch (size) {
	case 1: return is_signed ? "signed char" : "unsigned char";
	case 2: return is_signed ? "short" : "unsigned short";
	case 4: return is_signed ? "int" : "unsigned int";
	default: return is_signed ? "long long" : "unsigned long long";
	}
}

/* The dtype of BTF type `id`, created on first use. */
struct dtype *btf_type_dtype(struct dtc *dx, int id)
{
	struct btf *b = kbtf(dx);
	struct btf_cache *c = bc(dx);
	const struct btf_type *bt;
	struct dtype *t, *u;
	const char *name;

	if (!b)
		return NULL;
	if (id <= 0)
		return type_void(dx);
	if (id >= c->ntypes)
		return NULL;
	if (c->by_id[id])
		return c->by_id[id];
	bt = btf__type_by_id(b, id);
	name = btf__name_by_offset(b, bt->name_off);
	switch (btf_kind(bt)) {
	case BTF_KIND_INT: {
		int enc = btf_int_encoding(bt);
		int sz = (int)bt->size;
		if (sz != 1 && sz != 2 && sz != 4 && sz != 8) {
			t = new_type(dx, TY_INT, id);
			t->size = sz;
			t->name = name;
			t->cname = "unsigned long long";
			break;
		}
		t = new_type(dx, TY_INT, id);
		t->size = sz;
		/* DTrace's dt_btf_add_to_ctf() gives every 8-bit kernel integer
		 * but _Bool the encoding of D's unsigned char (CTF_INT_CHAR, not
		 * signed): the kernel's char, signed char and s8 read unsigned,
		 * and a kernel char pointer or array is compatible with D's
		 * unsigned char * / uint8_t *, not with D's char * or a string
		 * (ctf_type_compat() compares encodings) */
		t->is_signed = sz == 1 ? 0 : (enc & BTF_INT_SIGNED) != 0;
		t->name = name;
		t->cname = int_cname(sz, t->is_signed);
		t->kernel = 0;
		break;
	}
	case BTF_KIND_PTR:
		u = btf_type_dtype(dx, (int)bt->type);
		t = type_ptr(dx, u ? u : type_void(dx));
		break;
	case BTF_KIND_ARRAY: {
		const struct btf_array *a = btf_array(bt);
		u = btf_type_dtype(dx, (int)a->type);
		if (!u)
			return NULL;
		t = type_array(dx, u, (int)a->nelems);
		break;
	}
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
	case BTF_KIND_FWD: {
		int is_union = btf_kind(bt) == BTF_KIND_UNION ||
			       (btf_kind(bt) == BTF_KIND_FWD && btf_kflag(bt));
		t = new_type(dx, is_union ? TY_UNION : TY_STRUCT, id);
		t->tag = *name ? name : NULL;
		t->name = *name ? arena_printf(dx, "%s %s", is_union ? "union" : "struct", name)
				: arena_printf(dx, "%s <anon:%d>", is_union ? "union" : "struct", id);
		t->cname = *name ? t->name : arena_printf(dx, "%s dtk_anon%d",
							  is_union ? "union" : "struct", id);
		if (*name && header_struct(name))
			t->cname = arena_printf(dx, "%s___dtc", t->name);
		if (btf_kind(bt) != BTF_KIND_FWD) {
			t->size = (int)bt->size;
			t->complete = 1;
			t->align = btf__align_of(b, id);
		}
		break;
	}
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
		t = new_type(dx, TY_ENUM, id);
		t->size = (int)bt->size;
		t->is_signed = !(btf_kflag(bt)) ? 1 : 0;
		t->tag = *name ? name : NULL;
		t->name = *name ? arena_printf(dx, "enum %s", name) : "enum <anon>";
		t->cname = int_cname(t->size, 0); /* loaded zero-extended: sema_decl.c */
		t->complete = 1;
		break;
	case BTF_KIND_TYPEDEF:
		u = btf_type_dtype(dx, (int)bt->type);
		if (!u)
			return NULL;
		if (u->kind == TY_INT || u->kind == TY_PTR || u->kind == TY_ENUM ||
		    u->kind == TY_ARRAY) {
			/* keep the typedef's name for messages (ctf_type_name()) */
			t = arena_alloc(dx, sizeof(*t));
			*t = *u;
			t->name = name;
		} else {
			t = u;
			if (type_is_sou(u) && u->kernel && !u->tag && !u->tdname && *name) {
				/* typedef struct { ... } kuid_t: CO-RE finds the
				 * anonymous struct by the typedef's name, which the
				 * emitted C gives it (with a ___dtc flavour, as no
				 * header's typedef can clash) */
				u->tdname = name;
				u->cname = arena_printf(dx, "%s___dtc", name);
				u->name = name; /* DTrace's messages name the typedef */
			}
		}
		break;
	case BTF_KIND_VOLATILE:
	case BTF_KIND_CONST:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
		t = btf_type_dtype(dx, (int)bt->type);
		break;
	case BTF_KIND_FUNC_PROTO: {
		/* named as libctf's ctf_type_name() names a function type
		 * (types.c): "int (*) (struct file *, int)", "void (*) (int, ...)" */
		const struct btf_param *p = btf_params(bt);
		struct strbuf sb = { 0 };
		int i, n = btf_vlen(bt);

		u = btf_type_dtype(dx, (int)bt->type);
		sb_puts(&sb, "(");
		for (i = 0; i < n; i++) {
			struct dtype *a = p[i].type ? btf_type_dtype(dx, (int)p[i].type) : NULL;

			sb_printf(&sb, "%s%s", i ? ", " : "",
				  p[i].type ? (a && a->name ? a->name : "?") : "...");
		}
		sb_puts(&sb, ")");
		t = new_type(dx, TY_FUNC, id);
		t->base = u ? u : type_void(dx);
		t->fargs = arena_strdup(dx, sb.s);
		t->name = type_func_args(dx, t->base, sb.s)->name;
		sb_free(&sb);
		t->cname = "void";
		break;
	}
	case BTF_KIND_FLOAT:
		t = new_type(dx, TY_FLOAT, id);
		t->size = (int)bt->size;
		t->name = name;
		t->cname = t->size == 4 ? "float" : "double";
		break;
	default:
		return NULL;
	}
	c->by_id[id] = t;
	return t;
}

/* Members, flattening anonymous struct/union members (libbpf's CO-RE
 * matching looks through anonymous members by name, so the emitted local
 * definition may list them directly). */
static void add_members(struct dtc *dx, struct btf *b, struct dmember ***tail, int id, int base_off)
{
	const struct btf_type *bt = btf__type_by_id(b, id);
	const struct btf_member *m = btf_members(bt);
	int i, n = btf_vlen(bt);

	for (i = 0; i < n; i++, m++) {
		const char *mname = btf__name_by_offset(b, m->name_off);
		int off = base_off + (int)btf_member_bit_offset(bt, i);
		if (!mname || !*mname) {
			int tid = (int)m->type;
			const struct btf_type *mt = btf__type_by_id(b, tid);
			while (btf_is_mod(mt) || btf_is_typedef(mt)) {
				tid = (int)mt->type;
				mt = btf__type_by_id(b, tid);
			}
			if (btf_is_composite(mt))
				add_members(dx, b, tail, tid, off);
			continue;
		}
		struct dmember *dm = arena_alloc(dx, sizeof(*dm));
		dm->name = mname;
		dm->btf_type = (int)m->type;
		dm->off_bits = off;
		dm->bits = (int)btf_member_bitfield_size(bt, i);
		**tail = dm;
		*tail = &dm->next;
	}
}

void btf_load_members(struct dtc *dx, struct dtype *t)
{
	struct btf *b = kbtf(dx);
	struct dmember **tail = &t->members;
	if (!b || !t->complete)
		return;
	add_members(dx, b, &tail, t->btf_id, 0);
}

/*
 * The members of kernel struct/union t as its BTF lists them, for print():
 * an anonymous struct/union member stays one member with the name "",
 * typed by the anonymous type, as libctf's ctf_type_visit() shows it to
 * DTrace's dt_print_visit(), not flattened as btf_load_members() does;
 * member types resolved.  NULL when t is no kernel struct/union.
 */
struct dmember *btf_members_nested(struct dtc *dx, struct dtype *t)
{
	struct btf *b = kbtf(dx);
	const struct btf_type *bt;
	const struct btf_member *m;
	struct dmember *list = NULL, **tail = &list;

	if (!b || !t->kernel || !t->complete || t->btf_id <= 0)
		return NULL;
	bt = btf__type_by_id(b, t->btf_id);
	if (!bt || !btf_is_composite(bt))
		return NULL;
	m = btf_members(bt);
	for (int i = 0; i < btf_vlen(bt); i++, m++) {
		const char *mname = btf__name_by_offset(b, m->name_off);
		struct dmember *dm = arena_alloc(dx, sizeof(*dm));

		dm->name = mname ? mname : "";
		dm->btf_type = (int)m->type;
		dm->type = btf_type_dtype(dx, (int)m->type);
		dm->off_bits = (int)btf_member_bit_offset(bt, i);
		dm->bits = (int)btf_member_bitfield_size(bt, i);
		*tail = dm;
		tail = &dm->next;
	}
	return list;
}

/* struct/union/enum tag or typedef name (TK_NAME) in the kernel's BTF. */
struct dtype *btf_find_type(struct dtc *dx, int kind, const char *name)
{
	struct btf *b = kbtf(dx);
	int id;

	if (!b)
		return NULL;
	switch (kind) {
	case TK_STRUCT:
		id = btf__find_by_name_kind(b, name, BTF_KIND_STRUCT);
		if (id <= 0)
			id = btf__find_by_name_kind(b, name, BTF_KIND_FWD);
		break;
	case TK_UNION:
		id = btf__find_by_name_kind(b, name, BTF_KIND_UNION);
		break;
	case TK_ENUM:
		id = btf__find_by_name_kind(b, name, BTF_KIND_ENUM);
		if (id <= 0)
			id = btf__find_by_name_kind(b, name, BTF_KIND_ENUM64);
		break;
	default:
		id = btf__find_by_name_kind(b, name, BTF_KIND_TYPEDEF);
		break;
	}
	return id > 0 ? btf_type_dtype(dx, id) : NULL;
}

/*
 * The lexer asks about every identifier, so an identifier loads the kernel
 * BTF only when it looks like a kernel typedef (u64, __u32, pid_t); once
 * loaded, every kernel typedef is a type name.
 */
int btf_name_is_typedef(struct dtc *dx, const char *name)
{
	size_t n = strlen(name);
	const char *p = name;
	int looks;

	if (!dx->btf) {
		if (p[0] == '_' && p[1] == '_')
			p += 2;
		/* u_int, uint, ushort, ulong: the kernel's BSD-style names */
		looks = (n > 2 && !strcmp(name + n - 2, "_t")) ||
			((p[0] == 'u' || p[0] == 's') &&
			 (!strcmp(p + 1, "8") || !strcmp(p + 1, "16") || !strcmp(p + 1, "32") ||
			  !strcmp(p + 1, "64"))) ||
			!strncmp(name, "u_", 2) || !strcmp(name, "uint") ||
			!strcmp(name, "ushort") || !strcmp(name, "ulong");
		if (!looks || !kbtf(dx))
			return 0;
	}
	return btf__find_by_name_kind(dx->btf, name, BTF_KIND_TYPEDEF) > 0;
}

/* A kernel enumerator by name (only when the BTF is already loaded). */
int64_t btf_enum_value(struct dtc *dx, const char *name, struct dtype **type, int *found)
{
	struct btf *b = dx->btf;
	int id, n;

	*found = 0;
	if (!b)
		return 0;
	n = (int)btf__type_cnt(b);
	for (id = 1; id < n; id++) {
		const struct btf_type *bt = btf__type_by_id(b, id);
		int i, vlen = btf_vlen(bt);
		if (btf_is_enum(bt)) {
			const struct btf_enum *e = btf_enum(bt);
			for (i = 0; i < vlen; i++, e++)
				if (!strcmp(btf__name_by_offset(b, e->name_off), name)) {
					*found = 1;
					*type = btf_type_dtype(dx, id);
					return e->val;
				}
		} else if (btf_is_enum64(bt)) {
			const struct btf_enum64 *e = btf_enum64(bt);
			for (i = 0; i < vlen; i++, e++)
				if (!strcmp(btf__name_by_offset(b, e->name_off), name)) {
					*found = 1;
					*type = btf_type_dtype(dx, id);
					return (int64_t)btf_enum64_value(e);
				}
		}
	}
	return 0;
}

/* Chain the kernel structs and unions the script uses onto *tail. */
void btf_used_types(struct dtc *dx, struct dtype **tail)
{
	struct btf_cache *c = bc(dx);
	int id;
	for (id = 1; c->by_id && id < c->ntypes; id++) {
		struct dtype *t = c->by_id[id];
		if (t && t->used && type_is_sou(t) && t->btf_id == id) {
			*tail = t;
			tail = &t->next_used;
		}
	}
	*tail = NULL;
}
