/*
 * emit_var.c: storage and code for the variables sema_var.c types.
 *
 *   a[k, ...]     one BPF hash map per array, dtv_<name>: key the packed
 *                 tuple (integers 8 bytes, strings strsize bytes NUL-padded),
 *                 value the element; storing 0 deletes the element (DTrace
 *                 releases it), a failed insert counts DT_STAT_DYN_DROPS
 *                 and ends the clause without a fault (DT_DYN_DROP).
 *                 max_entries comes from the dynvarsize option.
 *   self->x       members of struct dt_self, one per thread, in a
 *                 BPF_MAP_TYPE_TASK_STORAGE map (dtc_self) created on the
 *                 first non-zero store (bench/tls.sh measured it against a
 *                 hash keyed by tid, `-x dtc=tls-hash`, which is kept as the
 *                 fallback for kernels without task storage in tracing
 *                 programs).  dt_self_get() keeps the pointer in the
 *                 probe firing's dt_ctx (the storage is never deleted, a
 *                 zero store zeroes it), so a clause reading and storing
 *                 self-> variables looks the storage up once, not per
 *                 access.  self->a[k] is a hash map dtsv_<name> whose
 *                 key starts with the tid.  As in DTrace, each thread's
 *                 non-zero self->x takes one element of dynamic variable
 *                 space, and dynvarsize holds dynvarsize / (the largest
 *                 self-> value) of them (Oracle's dvars map, dt_bpf.c
 *                 gmap_create_dvars()): a store past that is dropped and
 *                 counted (DT_STAT_DYN_DROPS), a store of 0 gives its
 *                 element back (dt_self_take(), a live bit per variable
 *                 and thread).
 *   this->x       members of struct dt_this in a per-CPU array (dtc_this).
 *
 * Reads of absent elements yield 0; an absent string is a NULL pointer and
 * reading it faults (DTRACEFLT_BADADDR at 0), as in DTrace.
 */
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "agg.h"
#include "emit.h"

static int is_var_sym(const struct sym *s)
{
	return s && (s->kind == SYM_ASSOC || s->kind == SYM_TLS || s->kind == SYM_LOCAL);
}

static long dynvarsize(struct dtc *dx)
{
	/* DTrace's default 1m; the value as dt_opt.c parsed it */
	int64_t n = sema_option_num(dx, "dynvarsize", 1L << 20);

	return n > 0 ? (long)(n < (1L << 40) ? n : 1L << 40) : 1;
}

/*
 * Thread-local variables in a hash keyed by thread ID rather than in task
 * storage: on request (-x dtc=tls-hash), and where a clause runs for a
 * thread other than the current one (sched:::on-cpu, runtime/dtc.bpf.h
 * dt_cur_task()): task storage needs a trusted task pointer, which a raw
 * tracepoint's argument is not.
 */
static int tls_hash(struct ectx *ec)
{
	const char *v = sema_option(ec->dx, "dtc");
	const struct prog *p;

	if (v && strstr(v, "tls-hash"))
		return 1;
	for (p = ec->ss->progs; p; p = p->next)
		if (p->family == DT_FAM_TP && !strcmp(p->param, "sched:::on-cpu"))
			return 1;
	return 0;
}

static long max_entries(struct dtc *dx, long entry)
{
	/* an element costs its key and value, as in Oracle's DTrace: a[1] = 1
	 * (16 bytes) fits in dynvarsize=20 but not 15 (assocs/tst.store_zero_safe,
	 * err.dynvarsize-too-small) */
	long n = dynvarsize(dx) / entry;
	return n < 1 ? 1 : n > (1L << 24) ? 1L << 24 : n;
}

/*
 * A kernel struct or union in a variable: its bytes as laid out on the
 * running kernel, in storage of the compile host's BTF size rounded up to 8
 * (the C definition of a kernel struct lists only the members the script
 * uses, so it cannot size the storage).  Members are read and written
 * through a cast to the preserve_access_index struct, at CO-RE relocated
 * offsets; copies take bpf_core_type_size() bytes, and dtrun refuses to load
 * on a kernel whose type is larger than the storage (metadata "kvar").
 * 0 when t is not a kernel struct or union.
 */
int emit_ksou_size(const struct dtype *t)
{
	return type_is_sou(t) && t->kernel ? (t->size + 7) & ~7 : 0;
}

/*
 * An associative array's value held by reference, read in place and copied
 * into the element from where it lies (emit_sou_copy()): a kernel struct,
 * or a D struct larger than the 256 bytes a copy on the BPF stack allows;
 * the element's size rounded up to 8 (0: a value copied through the stack).
 */
static int assoc_byref_size(const struct dtype *t)
{
	if (emit_ksou_size(t))
		return emit_ksou_size(t);
	return type_is_sou(t) && t->size > 256 ? (t->size + 7) & ~7 : 0;
}

/*
 * An array of kernel structs: each element the kernel struct's bytes at
 * its compile-time BTF size ("kvar" carries it), `char x[N]...[SIZE]`;
 * 0 when t is not one.
 */
int emit_karray_decl(struct strbuf *out, const struct dtype *t, const char *name)
{
	const struct dtype *e = t;

	while (e->kind == TY_ARRAY)
		e = e->base;
	if (e == t || !emit_ksou_size(e))
		return 0;
	sb_printf(out, "char %s", name);
	for (; t->kind == TY_ARRAY; t = t->base)
		sb_printf(out, "[%d]", t->nelem);
	sb_printf(out, "[%d] __attribute__((aligned(8))); /* %s */\n", e->size, e->name);
	return 1;
}

static void member_decl(struct strbuf *out, const struct sym *s, const char *prefix)
{
	const struct dtype *t = s->type;

	if (t->kind == TY_ARRAY) {
		char name[300];
		snprintf(name, sizeof(name), "%s%s", prefix, s->name);
		sb_putc(out, '\t');
		if (emit_karray_decl(out, t, name))
			return;
		out->len--; /* not one: the tab goes again below */
	}
	if (emit_ksou_size(t)) {
		sb_printf(out, "\t__u64 %s%s[%d]; /* %s */\n", prefix, s->name, emit_ksou_size(t) / 8,
			  t->name);
	} else if (t->kind == TY_STRING) {
		sb_printf(out, "\tchar %s%s[DT_STRSIZE];\n", prefix, s->name);
	} else if (t->kind == TY_ARRAY) {
		/* this int a[5]: a fixed-size array */
		int str;
		while (t->kind == TY_ARRAY)
			t = t->base;
		str = t->kind == TY_STRING; /* string a[4]: strsize bytes each */
		sb_printf(out, "\t%s %s%s", str ? "char" : t->cname, prefix, s->name);
		for (t = s->type; t->kind == TY_ARRAY; t = t->base)
			sb_printf(out, "[%d]", t->nelem);
		sb_puts(out, str ? "[DT_STRSIZE];\n" : ";\n");
	} else {
		sb_printf(out, "\t%s %s%s;\n", t->cname, prefix, s->name);
	}
}

static int value_size(struct sema_state *ss, const struct sym *s)
{
	if (assoc_byref_size(s->type))
		return assoc_byref_size(s->type);
	return s->type->kind == TY_STRING ? ss->strsize : s->type->size;
}

/* A tuple component of type t after off bytes, as dt_cg_arglist() lays it
 * out: a scalar aligned to its size, a string strsize + 1 bytes, a struct
 * its bytes; an aggregation's stack() (w: dtc's width, with its count
 * word) its frames, a ustack() the tgid too, sym() and kin 8-aligned. */
static int64_t str_chars(const struct sema_state *ss)
{
	return ss->strbig ? ss->strbig : ss->strmax ? ss->strmax : ss->strsize - 1;
}

static int64_t tuple_add(const struct sema_state *ss, int64_t off, const struct dtype *t, char stk,
			 int w)
{
	int sz;

	if (stk == 'k' || stk == 'U')
		return ((off + 7) & ~7) + w - (stk == 'k' ? 8 : 0);
	if (stk)
		return ((off + 7) & ~7) + w;
	if (t->kind == TY_STRING)
		return off + str_chars(ss) + 1;
	if (!type_is_scalar(t) || t->size <= 0)
		return off + (t->size > 0 ? t->size : 8);
	sz = t->size > 8 ? 8 : t->size;
	return ((off + sz - 1) & ~(sz - 1)) + sz;
}

/*
 * DTrace's dt_maxtuplesize: the largest tuple of any associative array or
 * aggregation key (dt_cg_arglist(): the variable's 4-byte ID, the
 * components, the 8-byte thread key; 12 with no key), which sizes both its
 * dvars and its aggs maps (gmap_create_dvars(), gmap_create_aggs()).
 */
int64_t emit_tuple_max(struct sema_state *ss)
{
	int64_t tuple = 0;
	struct agg_info *ag;
	struct sym *s;

	for (s = ss->syms; s; s = s->next) {
		int64_t t = 4;

		if ((s->kind != SYM_ASSOC && s->kind != SYM_TLS) || !s->keys)
			continue;
		for (int i = 0; i < s->nkeys; i++)
			t = tuple_add(ss, t, s->keys[i], 0, 0);
		tuple = t + 8 > tuple ? t + 8 : tuple;
	}
	for (ag = ss->aggs; ag; ag = ag->next) {
		int64_t t = 4;

		for (int i = 0; i < ag->nkeys; i++)
			t = tuple_add(ss, t, ag->keyt[i], ag->keystk[i], ag->keyw[i]);
		tuple = t + 8 > tuple ? t + 8 : tuple;
	}
	return tuple;
}

/*
 * The bytes one element of dynamic variable space costs, as Oracle's
 * gmap_create_dvars() divides dynvarsize: the largest tuple plus the
 * largest value of any associative array or self-> variable
 * (dt_ident_set_storage(): its type's size).  a[1] = 1 alone costs 20.
 */
static long dyn_elem(struct ectx *ec)
{
	struct sema_state *ss = ec->ss;
	int64_t tuple = emit_tuple_max(ss), value = 0;
	struct sym *s;

	for (s = ss->syms; s; s = s->next) {
		int64_t v;

		if (s->kind != SYM_ASSOC && s->kind != SYM_TLS)
			continue;
		v = s->type->kind == TY_STRING ? str_chars(ss) : s->type->size;
		value = v > value ? v : value;
	}
	return tuple + value > 0 ? tuple + value : 1;
}

/*
 * The one dynamic variable space: self-> variables and the elements of
 * every associative array (global or self->) share dynvarsize bytes, each
 * taking one element of dyn_elem() bytes, as all of them are entries of
 * Oracle's one dvars map.  A store that finds no element left is a
 * dynamic variable drop; a store of 0 gives its element back.  dtrun sets
 * dtc_dyn_max to -x dynvarsize and reads dtc_dyn_elem to size the maps.
 */
static void emit_dyn_space(struct ectx *ec, int ndyn)
{
	struct strbuf *out = ec->out;
	long elem = dyn_elem(ec);

	sb_printf(out,
		  "\n/* dynamic variable space: self-> variables and array elements */\n"
		  "const volatile __u64 dtc_dyn_max = %ld; /* dynvarsize, set by dtrun */\n"
		  "const volatile __u64 dtc_dyn_elem = %ld; /* an element's bytes, for dtrun */\n"
		  "#define DT_DYN_ELEM %ldULL\n__u64 dtc_dyn_used;\n",
		  dynvarsize(ec->dx), elem, elem);
	sb_puts(out, "static __always_inline int dt_dyn_take(void)\n{\n"
		     "\tif (__sync_fetch_and_add(&dtc_dyn_used, DT_DYN_ELEM) + DT_DYN_ELEM > "
		     "dtc_dyn_max) {\n"
		     "\t\t__sync_fetch_and_add(&dtc_dyn_used, -DT_DYN_ELEM);\n"
		     "\t\tdt_stat_inc(DT_STAT_DYN_DROPS);\n\t\treturn 0;\n\t}\n\treturn 1;\n}\n"
		     "static __always_inline void dt_dyn_give(void)\n{\n"
		     "\t__sync_fetch_and_add(&dtc_dyn_used, -DT_DYN_ELEM);\n}\n");
	if (!ndyn)
		return;
	/* an element of a map: created from the space (a failed insert gives
	 * it back), deleted back into it */
	sb_puts(out, "static __noinline void dt_dyn_delete(void *map, const void *key)\n{\n"
		     "\tif (!bpf_map_delete_elem(map, key))\n\t\tdt_dyn_give();\n}\n"
		     "static __noinline int dt_dyn_insert(void *map, const void *key, "
		     "const void *val)\n{\n"
		     "\tif (!bpf_map_update_elem(map, key, val, BPF_EXIST))\n\t\treturn 0;\n"
		     "\tif (!dt_dyn_take())\n\t\treturn -1;\n"
		     "\tif (!bpf_map_update_elem(map, key, val, BPF_NOEXIST))\n\t\treturn 0;\n"
		     "\tdt_dyn_give(); /* inserted meanwhile on another CPU, or no room */\n"
		     "\tif (!bpf_map_update_elem(map, key, val, BPF_EXIST))\n\t\treturn 0;\n"
		     "\tdt_stat_inc(DT_STAT_DYN_DROPS);\n\treturn -1;\n}\n"
		     "/* store an element, or release it (zero): -1 is a drop, counted */\n"
		     "static __always_inline int dt_dyn_put(void *map, const void *key, "
		     "const void *val, int zero)\n{\n"
		     "\tif (zero) {\n\t\tdt_dyn_delete(map, key);\n\t\treturn 0;\n\t}\n"
		     "\treturn dt_dyn_insert(map, key, val);\n}\n"
		     "/* the element, created from `zero` if absent; NULL: a drop, counted */\n"
		     "static __always_inline void *dt_dyn_create(void *map, const void *key, "
		     "const void *zero)\n{\n"
		     "\tvoid *e = bpf_map_lookup_elem(map, key);\n"
		     "\tif (e || dt_dyn_insert(map, key, zero))\n\t\treturn e;\n"
		     "\treturn bpf_map_lookup_elem(map, key);\n}\n");
}

/* Maps, structs and accessors, after the D globals. */
void emit_var_decls(struct ectx *ec)
{
	struct sema_state *ss = ec->ss;
	struct strbuf *out = ec->out;
	struct sym *s;
	int ntls = 0, nlocal = 0, ndyn = 0, kmax = 0;

	for (s = ss->syms; s; s = s->next) {
		if (s->kind == SYM_TLS && !s->keys)
			ntls++;
		if (s->kind == SYM_ASSOC || (s->kind == SYM_TLS && s->keys))
			ndyn++;
		if (s->kind == SYM_LOCAL)
			nlocal++;
		if (s->kind != SYM_BUILTIN && emit_ksou_size(s->type) > kmax)
			kmax = emit_ksou_size(s->type);
		if (s->keys && assoc_byref_size(s->type) > kmax)
			kmax = assoc_byref_size(s->type);
		if (s->keys && type_is_sou(s->type) && ((s->type->size + 7) & ~7) > kmax)
			kmax = (s->type->size + 7) & ~7; /* a[k].m = v creates a[k] */
	}
	if (kmax) /* zeros to create, release and read absent kernel-struct values from */
		sb_printf(out, "\nconst volatile __u64 dtc_kzero[%d] = {};\n", kmax / 8);
	if (ntls || ndyn)
		emit_dyn_space(ec, ndyn);
	if (ntls) {
		int k = 0;

		sb_puts(out, "\n/* thread-local variables (self->) */\nstruct dt_self {\n");
		for (s = ss->syms; s; s = s->next)
			if (s->kind == SYM_TLS && !s->keys) {
				member_decl(out, s, "dts_");
				s->id = k++; /* its live bit */
			}
		sb_printf(out, "\t__u64 dts__live[%d]; /* per variable: holds dynvarsize space */\n",
			  (k + 63) / 64);
		sb_puts(out, "};\n");
		sb_puts(out, "static __always_inline int dt_self_take(struct dt_self *s, int v)\n{\n"
			     "\t__u64 bit = 1ULL << (v & 63);\n"
			     "\tif (s->dts__live[v / 64] & bit)\n\t\treturn 1;\n"
			     "\tif (!dt_dyn_take())\n\t\treturn 0;\n"
			     "\ts->dts__live[v / 64] |= bit;\n\treturn 1;\n}\n"
			     "static __always_inline void dt_self_give(struct dt_self *s, int v)\n{\n"
			     "\t__u64 bit = 1ULL << (v & 63);\n"
			     "\tif (s->dts__live[v / 64] & bit) {\n"
			     "\t\ts->dts__live[v / 64] &= ~bit;\n\t\tdt_dyn_give();\n\t}\n}\n");
		if (tls_hash(ec)) {
			sb_printf(out,
				  "struct {\n\t__uint(type, BPF_MAP_TYPE_HASH);\n"
				  "\t__uint(max_entries, %ld);\n\t__type(key, __u32);\n"
				  "\t__type(value, struct dt_self);\n} dtc_self SEC(\".maps\");\n"
				  "struct dt_self dtc_self_zero;\n",
				  max_entries(ec->dx, 64));
			sb_puts(out,
				"static __always_inline struct dt_self *dt_self_get(struct dt_ctx *c, int create)\n{\n"
				"\tstruct dt_self *p = c->self;\n"
				"\t__u32 tid;\n"
				"\tif (p)\n\t\treturn p;\n"
				"\ttid = (__u32)dt_cur_tid(c);\n"
				"\tp = bpf_map_lookup_elem(&dtc_self, &tid);\n"
				"\tif (!p && create) {\n"
				"\t\tbpf_map_update_elem(&dtc_self, &tid, &dtc_self_zero, BPF_NOEXIST);\n"
				"\t\tp = bpf_map_lookup_elem(&dtc_self, &tid);\n\t}\n"
				"\tc->self = p;\n\treturn p;\n}\n");
		} else {
			sb_puts(out,
				"struct {\n\t__uint(type, BPF_MAP_TYPE_TASK_STORAGE);\n"
				"\t__uint(map_flags, BPF_F_NO_PREALLOC);\n\t__type(key, int);\n"
				"\t__type(value, struct dt_self);\n} dtc_self SEC(\".maps\");\n");
			sb_puts(out,
				"static __always_inline struct dt_self *dt_self_get(struct dt_ctx *c, int create)\n{\n"
				"\tstruct dt_self *p = c->self;\n"
				"\tif (p)\n\t\treturn p;\n"
				"\tp = bpf_task_storage_get(&dtc_self, bpf_get_current_task_btf(), 0,\n"
				"\t\t\t\t create ? BPF_LOCAL_STORAGE_GET_F_CREATE : 0);\n"
				"\tc->self = p;\n\treturn p;\n}\n");
		}
	}
	if (nlocal) {
		sb_puts(out, "\n/* clause-local variables (this->) */\nstruct dt_this {\n");
		for (s = ss->syms; s; s = s->next)
			if (s->kind == SYM_LOCAL)
				member_decl(out, s, "dtl_");
		sb_puts(out, "};\n");
		sb_puts(out, "struct {\n\t__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);\n"
			     "\t__uint(max_entries, 1);\n\t__type(key, __u32);\n"
			     "\t__type(value, struct dt_this);\n} dtc_this SEC(\".maps\");\n");
		sb_puts(out, "static __always_inline struct dt_this *dt_this_get(void)\n{\n"
			     "\t__u32 zero = 0;\n\treturn bpf_map_lookup_elem(&dtc_this, &zero);\n}\n");
	}
	for (s = ss->syms; s; s = s->next) {
		int ks, vs;
		if (s->kind != SYM_ASSOC && !(s->kind == SYM_TLS && s->keys))
			continue;
		ks = sema_var_keysize(ss, s);
		if (ks == 0)
			ks = 8;
		vs = value_size(ss, s);
		sb_printf(out,
			  "\n/* %s%s[] */\nstruct {\n\t__uint(type, BPF_MAP_TYPE_HASH);\n"
			  "\t__uint(max_entries, %ld);\n\t__uint(key_size, %d);\n"
			  "\t__uint(value_size, %d);\n} %s%s SEC(\".maps\");\n",
			  s->kind == SYM_TLS ? "self->" : "", s->name, max_entries(ec->dx, dyn_elem(ec)),
			  ks, vs, s->kind == SYM_TLS ? "dtsv_" : "dtv_", s->name);
	}
}

/*
 * `({ <key in _k>; ` for a[k...]: the tuple in a stack array or in the
 * clause's temporaries (n->id, consecutive), zeroed so that the padding of
 * strings hashes alike.
 */
static void emit_key(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct sema_state *ss = ec->ss;
	struct sym *s = n->sym;
	int ks = sema_var_keysize(ss, s), slots = sema_var_key_slots(ss, s), off = 0, i;
	struct node *k;

	if (ks == 0)
		ks = 8;
	if (slots) { /* the key is built in the clause's scratch */
		ec->scratch = 1;
		sb_printf(sb, "char *_k = dt_tmp(c, %d); dt_zero(_k, %d); ", n->id, ks);
	} else {
		sb_printf(sb, "__u64 _kb[%d] = {}; char *_k = (char *)_kb; ", ks / 8);
	}
	if (s->kind == SYM_TLS) {
		sb_puts(sb, "*(__u64 *)(_k) = (__u32)dt_cur_tid(c); ");
		off = 8;
	}
	for (k = n->b, i = 0; k && i < s->nkeys; k = k->next, i++) {
		if (s->keys[i]->kind == TY_STRING) {
			sb_printf(sb, "dt_strcpy(_k + %d, ", off);
			emit_str_key(ec, k, i, sb);
			sb_puts(sb, "); ");
			off += ss->strsize;
		} else if (type_is_sou(s->keys[i]) || s->keys[i]->kind == TY_ARRAY) {
			/* a struct, union or array key: its bytes */
			char dst[32];

			snprintf(dst, sizeof(dst), "_k + %d", off);
			emit_key_bytes(ec, dst, s->keys[i], k, sb);
			sb_puts(sb, "; ");
			off += (s->keys[i]->size + 7) & ~7;
		} else {
			/* the register cast to the key's type (dt_cg_arglist()) */
			sb_printf(sb, "*(__u64 *)(_k + %d) = (__u64)(%s)(", off, s->keys[i]->cname);
			emit_expr_reg(ec, k, sb);
			sb_puts(sb, "); ");
			off += 8;
		}
	}
}

static const char *map_name(struct sym *s)
{
	return s->kind == SYM_TLS ? "dtsv_" : "dtv_";
}

/*
 * A this-> or self-> struct, union or array as a C lvalue; self-> storage
 * is created on first use (a failure to create it is a drop that ends the
 * clause).
 */
static void emit_var_storage(struct sym *s, struct strbuf *sb, int release)
{
	if (s->kind == SYM_TLS && release) /* zeroed: its element is given back */
		sb_printf(sb, "(*({ struct dt_self *_s = dt_self_get(c, 1); if (!_s) "
			      "DT_DYN_DROP(c); "
			      "dt_self_give(_s, %d); &_s->dts_%s; }))",
			      s->id, s->name);
	else if (s->kind == SYM_TLS)
		sb_printf(sb, "(*({ struct dt_self *_s = dt_self_get(c, 1); if (!_s) "
			      "DT_DYN_DROP(c); "
			      "if (!dt_self_take(_s, %d)) "
			      "DT_DYN_DROPPED(c); &_s->dts_%s; }))",
			      s->id, s->name);
	else
		sb_printf(sb, "(*({ struct dt_this *_s = dt_this_get(); "
			      "if (!_s) DT_FAULT(c, DTRACEFLT_BADADDR, 0); &_s->dtl_%s; }))", s->name);
}

/*
 * A self-> struct or union used other than by a whole assignment (read,
 * copied, a member read or stored to): DTrace's value of a by-reference
 * dynamic variable is its address, NULL while it does not exist (never
 * assigned, or released by a store of 0), and the load or store through
 * it faults (dt_cg_check_notnull(): invalid address (0x0)).  Nothing is
 * allocated (variables/tvar/tst.load_no_alloc).
 */
static void emit_sou_tls_read(struct sym *s, struct strbuf *sb)
{
	sb_printf(sb, "(*(%s *)({ struct dt_self *_s = dt_self_get(c, 0); "
		      "if (!_s || !(_s->dts__live[%d] & (1ULL << %d))) "
		      "DT_FAULT(c, DTRACEFLT_BADADDR, 0); (void *)&_s->dts_%s; }))",
		  s->type->cname, s->id / 64, s->id % 64, s->name);
}

static void emit_sou_lvalue_rel(struct sym *s, struct strbuf *sb, int release)
{
	if (emit_ksou_size(s->type)) { /* the storage seen as the kernel struct */
		sb_printf(sb, "(*(%s *)", s->type->cname);
		emit_var_storage(s, sb, release);
		sb_puts(sb, ")");
		return;
	}
	emit_var_storage(s, sb, release);
}

static void emit_sou_lvalue(struct sym *s, struct strbuf *sb)
{
	emit_sou_lvalue_rel(s, sb, 0);
}

/*
 * a[k] of a struct or union value as a C lvalue: the element in the map,
 * read or a member stored to (a[k].m = v) in place.  An absent element is
 * DTrace's NULL address: the access faults (invalid address (0x0)); only a
 * whole assignment creates it (emit_store()).
 */
static void emit_ksou_elem(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct sym *s = n->sym;

	sb_printf(sb, "(*(%s *)({ ", s->type->cname);
	emit_key(ec, n, sb);
	sb_printf(sb, "void *_v = bpf_map_lookup_elem(&%s%s, _k); "
		      "if (!_v) DT_FAULT(c, DTRACEFLT_BADADDR, 0); _v; }))",
		  map_name(s), s->name);
}

/*
 * &v of a D variable holding a struct, union or array (self->x, this->x;
 * a[k] and globals of kernel structs): the address of its storage, for
 * member accesses and copies (emit_types.c).  0: n is not one.
 */
int emit_var_addr(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct sym *s = n->sym;

	if (n->kind == N_PTR_MEMBER && is_var_sym(s) && !s->keys &&
	    (type_is_sou(s->type) || s->type->kind == TY_ARRAY)) {
		sb_puts(sb, "(&");
		if (s->kind == SYM_TLS && type_is_sou(s->type))
			emit_sou_tls_read(s, sb);
		else
			emit_sou_lvalue(s, sb);
		sb_puts(sb, ")");
		return 1;
	}
	if (n->kind == N_INDEX && is_var_sym(s) && assoc_byref_size(s->type)) {
		sb_puts(sb, "(&");
		emit_ksou_elem(ec, n, sb);
		sb_puts(sb, ")");
		return 1;
	}
	return 0;
}

/*
 * dst = src for a struct or union, a kernel one bpf_core_type_size() bytes (the
 * running kernel's size, never more than the storage: dtrun checks "kvar"
 * before load, the test keeps the verifier's bounds) straight from memory or
 * another variable's storage into dst, never through the BPF stack.  A bad
 * source address faults as in DTrace.
 */
void emit_sou_copy(struct ectx *ec, const char *dst, struct dtype *t, struct node *src,
		   struct strbuf *sb)
{
	sb_printf(sb, "({ char *_kd = (char *)(%s); __u64 _ks = (__u64)", dst);
	if (!emit_var_addr(ec, src, sb)) {
		if (src->kind == N_IDENT && src->sym && src->sym->kind == SYM_GLOBAL) {
			sb_puts(sb, "(&");
			emit_global_ref(ec, src->sym, sb);
			sb_puts(sb, ")");
		} else {
			emit_mem_addr(ec, src, sb);
		}
	}
	if (t->kernel && type_is_sou(t))
		sb_printf(sb, "; __u32 _kn = bpf_core_type_size(%s); if (_kn > %d || ", t->cname,
			  emit_ksou_size(t));
	else /* a D struct, or an array: its size */
		sb_printf(sb, "; __u32 _kn = %d; if (", t->size);
	/* a key's bytes fault at 0 (dt_cg_arglist()), a store's at the source
	 * (dt_cg_memcpy()) */
	sb_printf(sb, "bpf_probe_read_kernel(_kd, _kn, (const void *)_ks)) "
		      "DT_FAULT(c, DTRACEFLT_BADADDR, %s); 0; })", ec->key_copy ? "0" : "_ks");
}

/*
 * A tuple key held by reference (type_key_byref()): its bytes at dst.  A D
 * struct or union of up to 256 bytes is copied as a C value (any expression
 * that has one); a larger one, a kernel one or an array from where it lies
 * (emit_sou_copy()).
 */
void emit_key_bytes(struct ectx *ec, const char *dst, struct dtype *t, struct node *k,
		    struct strbuf *sb)
{
	if (type_is_sou(t) && !t->kernel && t->size <= 256) {
		sb_printf(sb, "({ %s _kv = (", t->cname);
		emit_expr(ec, k, sb);
		sb_printf(sb, "); __builtin_memcpy(%s, &_kv, %d); 0; })", dst, t->size);
		return;
	}
	ec->key_copy = 1;
	emit_sou_copy(ec, dst, t, k, sb);
	ec->key_copy = 0;
}

/* x = src for a kernel struct lvalue in a D variable that is not the whole
 * variable (ts[i], v.member): copied at its address (emit_types.c) */
void emit_ksou_store(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct strbuf dst = { 0 };

	emit_mem_addr(ec, n->a, &dst);
	emit_sou_copy(ec, dst.s, n->a->type, n->b, sb);
	sb_free(&dst);
}

/* g = src for a D global of a kernel struct type (emit_expr.c) */
void emit_ksou_global_store(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct sym *s = n->a->sym;
	char dst[300];

	snprintf(dst, sizeof(dst), "dtg_%s", s->name);
	emit_sou_copy(ec, dst, s->type, n->b, sb);
}

/* nullable: a string read as a possibly NULL pointer (`s == NULL`, a store);
 * otherwise a NULL string faults (DT_STRVAL) */
static void emit_read(struct ectx *ec, struct node *n, int nullable, struct strbuf *sb)
{
	struct sym *s = n->sym;
	int str = s->type->kind == TY_STRING;
	const char *ct = s->type->cname;

	if (n->kind != N_INDEX && (type_is_sou(s->type) || s->type->kind == TY_ARRAY)) {
		/* this/self struct foo x: the member itself, a C lvalue */
		if (s->kind == SYM_TLS && type_is_sou(s->type))
			emit_sou_tls_read(s, sb);
		else
			emit_sou_lvalue(s, sb);
		return;
	}
	if (n->kind == N_INDEX &&
	    (assoc_byref_size(s->type) || (type_is_sou(s->type) && (n->flags & NF_LVALUE)))) {
		emit_ksou_elem(ec, n, sb); /* the element itself: members in place */
		return;
	}
	sb_puts(sb, "({ ");
	if (n->kind == N_INDEX && type_is_sou(s->type)) {
		/* a struct value: a copy; an absent element is DTrace's NULL
		 * address, which the copy faults on */
		emit_key(ec, n, sb);
		sb_printf(sb, "%s *_v = bpf_map_lookup_elem(&%s%s, _k); "
			      "if (!_v) DT_FAULT(c, DTRACEFLT_BADADDR, 0); *_v; })",
			  ct, map_name(s), s->name);
		return;
	}
	if (n->kind == N_INDEX) {
		emit_key(ec, n, sb);
		sb_printf(sb, "%s *_v = bpf_map_lookup_elem(&%s%s, _k); ", str ? "char" : ct,
			  map_name(s), s->name);
		if (str && nullable) {
			sb_puts(sb, "_v ? dt_strnull(_v) : (char *)0; })");
		} else if (str) { /* an unset string is a NULL pointer: DTrace faults on it */
			ec->scratch = 1;
			sb_puts(sb, "if (!_v) DT_FAULT(c, DTRACEFLT_BADADDR, 0); DT_STRVAL(c, _v); })");
		} else {
			sb_printf(sb, "_v ? *_v : (%s)0; })", ct);
		}
		return;
	}
	if (s->kind == SYM_TLS && str) {
		/* a self-> string never stored is absent, a NULL pointer, while
		 * the thread's other self-> variables are live */
		sb_printf(sb, "struct dt_self *_s = dt_self_get(c, 0); "
			      "if (_s && !(_s->dts__live[%d] & (1ULL << %d))) _s = 0; ",
			  s->id / 64, s->id % 64);
	} else if (s->kind == SYM_TLS) {
		sb_puts(sb, "struct dt_self *_s = dt_self_get(c, 0); ");
	} else {
		sb_puts(sb, "struct dt_this *_s = dt_this_get(); ");
	}
	if (str && nullable) {
		sb_printf(sb, "_s ? dt_strnull(_s->%s%s) : (char *)0; })",
			  s->kind == SYM_TLS ? "dts_" : "dtl_", s->name);
	} else if (str) {
		ec->scratch = 1; /* DT_STRVAL() */
		sb_printf(sb, "if (!_s) DT_FAULT(c, DTRACEFLT_BADADDR, 0); char *_v = _s->%s%s; "
			      "DT_STRVAL(c, _v); })",
			  s->kind == SYM_TLS ? "dts_" : "dtl_", s->name);
	} else {
		sb_printf(sb, "_s ? _s->%s%s : (%s)0; })", s->kind == SYM_TLS ? "dts_" : "dtl_",
			  s->name, ct);
	}
}

/* The new value of an integer store into `_v`, given the old one in `_o`. */
static void emit_new_value(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	const char *ct = n->a->sym->type->cname;

	if (n->kind == N_INCDEC) {
		int inc = n->op == OP_PREINC || n->op == OP_POSTINC;
		struct dtype *t = n->a->sym->type;
		int step = t->kind == TY_PTR && t->base && t->base->size > 1 ? t->base->size : 1;
		sb_printf(sb, "%s _v = (%s)(_o %s %d); ", ct, ct, inc ? "+" : "-", step);
		return;
	}
	if (n->op == OP_ASSIGN || type_is_int(n->a->sym->type)) {
		/* the register stored, truncated to the variable's type */
		sb_printf(sb, "%s _v = (%s)(", ct, ct);
		emit_reg_update(ec, n->op, n->a->sym->type, "_o", n->b, sb);
		sb_puts(sb, "); ");
		return;
	}
	if (n->op == OP_DIV_ASSIGN || n->op == OP_MOD_ASSIGN) {
		sb_printf(sb, "%s _v = (%s)%s(c, _o, ", ct, ct, n->op == OP_DIV_ASSIGN ? "DT_DIV" : "DT_MOD");
		emit_expr(ec, n->b, sb);
		sb_puts(sb, "); ");
		return;
	}
	if (n->a->sym->type->kind == TY_PTR && (n->op == OP_ADD_ASSIGN || n->op == OP_SUB_ASSIGN)) {
		/* p += i, p -= i: i scaled by the pointee's size, as p + i
		 * (dt_cg_ptrsize()) */
		sb_printf(sb, "%s _v = (%s)((unsigned long long)_o %s ", ct, ct,
			  n->op == OP_ADD_ASSIGN ? "+" : "-");
		emit_ptr_scale(ec, n->a->sym->type, n->b, sb);
		sb_puts(sb, "); ");
		return;
	}
	sb_printf(sb, "%s _v = _o; _v %s (", ct, c_op(n->op));
	emit_expr(ec, n->b, sb);
	sb_puts(sb, "); ");
}

static int needs_old(struct node *n)
{
	return n->kind == N_INCDEC || n->op != OP_ASSIGN;
}

static void emit_result(struct node *n, struct strbuf *sb)
{
	if (n->kind == N_INCDEC && (n->op == OP_POSTINC || n->op == OP_POSTDEC))
		sb_puts(sb, "_o; })");
	else
		sb_puts(sb, "_v; })");
}

static void emit_store(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct node *lv = n->a;
	struct sym *s = lv->sym;
	const char *ct = s->type->cname;
	const char *pfx = s->kind == SYM_TLS ? "dts_" : "dtl_";

	if (type_is_sou(s->type) && type_is_int(n->b->type)) {
		/* s = 0 of a struct-valued variable: DTrace releases it */
		sb_puts(sb, "({ ");
		if (lv->kind == N_INDEX) {
			emit_key(ec, lv, sb);
			sb_printf(sb, "dt_dyn_delete(&%s%s, _k); ", map_name(s), s->name);
		} else if (emit_ksou_size(s->type)) {
			sb_puts(sb, "bpf_probe_read_kernel(&");
			emit_sou_lvalue_rel(s, sb, 1);
			sb_printf(sb, ", %d, (const void *)dtc_kzero); ", emit_ksou_size(s->type));
		} else {
			sb_puts(sb, "__builtin_memset(&");
			emit_sou_lvalue_rel(s, sb, 1);
			sb_printf(sb, ", 0, %d); ", s->type->size);
		}
		sb_puts(sb, "0; })");
		return;
	}
	if (emit_ksou_size(s->type) || (lv->kind == N_INDEX && assoc_byref_size(s->type))) {
		/* a kernel struct, or a large D struct in a[k]: copied into
		 * the element (created all zero first) or the storage;
		 * released only by a store of 0, as in DTrace, whose
		 * by-reference stores never compare the bytes */
		struct strbuf dst = { 0 };
		sb_puts(sb, "({ ");
		if (lv->kind == N_INDEX) {
			emit_key(ec, lv, sb);
			sb_printf(sb, "void *_e = dt_dyn_create(&%s%s, _k, (const void *)dtc_kzero); "
				      "if (!_e) DT_DYN_DROPPED(c); ",
				  map_name(s), s->name);
			sb_puts(&dst, "_e");
		} else {
			sb_puts(&dst, "&");
			emit_sou_lvalue(s, &dst);
		}
		emit_sou_copy(ec, dst.s, s->type, n->b, sb);
		sb_puts(sb, "; 0; })");
		sb_free(&dst);
		return;
	}
	if (lv->kind == N_INDEX && type_is_sou(s->type)) {
		/* a[k] = s: stored, even all zero (DTrace's nval is the
		 * struct's address: only a store of 0 releases it) */
		sb_puts(sb, "({ ");
		emit_key(ec, lv, sb);
		sb_printf(sb, "%s _v = (", ct);
		emit_expr(ec, n->b, sb);
		sb_printf(sb, "); if (dt_dyn_put(&%s%s, _k, &_v, 0)) DT_DYN_DROPPED(c); _v; })",
			  map_name(s), s->name);
		return;
	}
	if (lv->kind != N_INDEX && type_is_sou(s->type)) {
		/* this->s = x, self->s = x: a struct copy */
		sb_puts(sb, "(");
		emit_sou_lvalue(s, sb);
		sb_puts(sb, " = ");
		emit_expr(ec, n->b, sb);
		sb_puts(sb, ")");
		return;
	}
	sb_puts(sb, "({ ");
	if (s->type->kind == TY_STRING) {
		/* value: the string copied into the assignment's temporary */
		ec->scratch = 1;
		sb_printf(sb, "char *_b = dt_tmp(c, %d); dt_strcpy_n(_b, ", n->id);
		emit_str_nullable(ec, n->b, sb);
		sb_puts(sb, "); ");
		if (lv->kind == N_INDEX) {
			emit_key(ec, lv, sb);
			sb_printf(sb, "if (dt_dyn_put(&%s%s, _k, _b, 0)) DT_DYN_DROPPED(c); _b; })",
				  map_name(s), s->name);
		} else if (s->kind == SYM_TLS) {
			sb_printf(sb, "struct dt_self *_s = dt_self_get(c, 1); if (!_s) DT_DYN_DROP(c); "
				      "if (!dt_self_take(_s, %d)) DT_DYN_DROPPED(c); "
				      "bpf_probe_read_kernel(_s->%s%s, DT_STRSIZE, _b); _b; })",
				  s->id, pfx, s->name);
		} else {
			sb_printf(sb, "struct dt_this *_s = dt_this_get(); if (_s) "
				      "bpf_probe_read_kernel(_s->%s%s, DT_STRSIZE, _b); _b; })",
				  pfx, s->name);
		}
		return;
	}
	if (lv->kind == N_INDEX) {
		emit_key(ec, lv, sb);
		if (needs_old(n))
			sb_printf(sb, "%s *_p = bpf_map_lookup_elem(&%s%s, _k); %s _o = _p ? *_p : (%s)0; ",
				  ct, map_name(s), s->name, ct, ct);
		emit_new_value(ec, n, sb);
		sb_printf(sb, "if (dt_dyn_put(&%s%s, _k, &_v, _v == 0)) DT_DYN_DROPPED(c); ",
			  map_name(s), s->name);
		emit_result(n, sb);
		return;
	}
	if (s->kind == SYM_TLS) {
		if (needs_old(n)) {
			sb_printf(sb, "struct dt_self *_s = dt_self_get(c, 0); %s _o = _s ? _s->%s%s : (%s)0; ",
				  ct, pfx, s->name, ct);
			emit_new_value(ec, n, sb);
			sb_puts(sb, "if (!_s && _v) _s = dt_self_get(c, 1); ");
		} else {
			emit_new_value(ec, n, sb);
			sb_puts(sb, "struct dt_self *_s = dt_self_get(c, _v != 0); ");
		}
		sb_printf(sb, "if (_s) { if (!_v) { dt_self_give(_s, %d); "
			      "_s->%s%s = _v; } else if (dt_self_take(_s, %d)) "
			      "_s->%s%s = _v; else DT_DYN_DROPPED(c); } else if (_v) DT_DYN_DROP(c); ",
			  s->id, pfx, s->name, s->id, pfx, s->name);
		emit_result(n, sb);
		return;
	}
	sb_puts(sb, "struct dt_this *_s = dt_this_get(); ");
	if (needs_old(n))
		sb_printf(sb, "%s _o = _s ? _s->%s%s : (%s)0; ", ct, pfx, s->name, ct);
	emit_new_value(ec, n, sb);
	sb_printf(sb, "if (_s) _s->%s%s = _v; ", pfx, s->name);
	emit_result(n, sb);
}

/*
 * "kvar" metadata: each variable holding a kernel struct or union, for
 * dtrun to refuse a kernel where the type outgrew the storage.
 */
void emit_kvar_line(struct strbuf *m, const char *prefix, const char *name, const char *suffix,
		    const struct dtype *t)
{
	const struct dtype *e = t;

	while (e->kind == TY_ARRAY) /* an array's elements: their exact size */
		e = e->base;
	if (!emit_ksou_size(e))
		return;
	sb_printf(m, "kvar \"%s%s%s\" %s \"%s\" %d\n", prefix, name, suffix,
		  e->tdname ? "typedef" : e->kind == TY_UNION ? "union" : "struct",
		  e->tdname ? e->tdname : e->tag ? e->tag : "",
		  e == t ? emit_ksou_size(e) : e->size);
}

void emit_var_meta(struct ectx *ec, struct strbuf *m)
{
	static const char *const prefix[] = { [SYM_TLS] = "self->", [SYM_LOCAL] = "this->" };
	struct sym *s;

	for (s = ec->ss->syms; s; s = s->next) {
		if (s->kind == SYM_BUILTIN)
			continue;
		emit_kvar_line(m, (prefix[s->kind] ? prefix[s->kind] : ""), s->name, "", s->type);
		for (int i = 0; i < s->nkeys; i++) { /* keys held by their bytes */
			char suffix[32];

			snprintf(suffix, sizeof(suffix), "[]'s key #%d", i + 1);
			emit_kvar_line(m, (prefix[s->kind] ? prefix[s->kind] : ""), s->name, suffix, s->keys[i]);
		}
	}
}

/* A string variable read that may be NULL (emit_str_nullable()); 0 if n is not one. */
int emit_var_str_nullable(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if ((n->kind != N_INDEX && n->kind != N_PTR_MEMBER) || !is_var_sym(n->sym) ||
	    n->sym->type->kind != TY_STRING || (n->flags & NF_TMPCOPY))
		return 0;
	emit_read(ec, n, 1, sb);
	return 1;
}

int emit_var_expr(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	switch (n->kind) {
	case N_INDEX:
	case N_PTR_MEMBER:
		if (!is_var_sym(n->sym))
			return 0;
		emit_read(ec, n, 0, sb);
		return 1;
	case N_ASSIGN:
	case N_INCDEC:
		if (!is_var_sym(n->a->sym) || n->a->kind == N_IDENT)
			return 0;
		emit_store(ec, n, sb);
		return 1;
	default:
		return 0;
	}
}
