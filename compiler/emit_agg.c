/*
 * emit_agg.c: aggregations in the generated C: one key struct and one
 * BPF_MAP_TYPE_PERCPU_HASH per aggregation (layout in agg.h), the update
 * each `@a[keys] = f(x)` compiles to, the records of printa/clear/trunc/
 * normalize/denormalize/setopt (dtrun acts on them when it consumes them),
 * and the "agg" metadata lines (grammar in dtc_abi.h).
 *
 * Per-event cost is what a hand-written libbpf program pays: build the key
 * (stack, zero-initialised; execname straight from the task, dt_comm()),
 * one map lookup, an add.  Keys too large for the stack are built in a
 * per-CPU buffer instead.  An aggregation without keys (@ = count()) is a
 * one-entry BPF_MAP_TYPE_PERCPU_ARRAY, whose lookup the verifier inlines;
 * its value has one more word, set to 1 by its first update on a CPU, so
 * that dtrun prints only what was updated (dtc_abi.h); a keyed value has
 * that word too, which counts the CPU's entries against DTrace's room
 * (dtc_agg.bpf.h dt_agg_room()).
 */
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "agg.h"
#include "emit.h"

#define AGG_STACK_KEY_MAX 128 /* larger keys go to the dtc_aggkey buffer */
#define AGG_DEFAULT_SIZE (4 << 20)

static int64_t agg_size_opt(struct ectx *ec)
{
	int64_t n = sema_option_num(ec->dx, "aggsize", AGG_DEFAULT_SIZE); /* dt_opt.c's parse */

	return n > 0 ? n : AGG_DEFAULT_SIZE;
}

static int any_llq(struct sema_state *ss)
{
	for (struct agg_info *ag = ss->aggs; ag; ag = ag->next)
		if (ag->func == AGG_LLQUANTIZE)
			return 1;
	return 0;
}

/* llquantize(): the bin of x as a chain of comparisons with constant bounds. */
static void emit_llq_fn(struct ectx *ec, struct agg_info *ag)
{
	uint64_t *b = malloc(sizeof(*b) * (AGG_MAX_LLQ_BINS + 2));
	int n = agg_llq_bounds(ag, b, AGG_MAX_LLQ_BINS + 2), bin0 = (ag->nvals - 1) / 2;

	sb_printf(ec->out, "\nstatic __always_inline __u32 dtc_llq_%d(__s64 x)\n{\n", ag->id);
	sb_puts(ec->out, "\t__u64 a = x < 0 ? -(__u64)x : (__u64)x;\n\t__u32 k;\n\n");
	for (int k = n; k >= 1; k--) {
		if (!b[k - 1])
			continue; /* ghost bin */
		sb_printf(ec->out, "\t%sif (a >= %lluULL)\n\t\tk = %d;\n", k == n ? "" : "else ",
			  (unsigned long long)b[k - 1], k);
	}
	sb_puts(ec->out, "\telse\n\t\tk = 0;\n");
	sb_printf(ec->out, "\treturn x < 0 ? %d - k : %d + k;\n}\n", bin0, bin0);
	free(b);
}

/*
 * The verifier lets one program name 64 maps at most (MAX_USED_MAPS), and
 * every aggregation is a map: past AGG_DIRECT_MAX aggregations in a
 * script, those of one shape (map type, key and value sizes: what an
 * ARRAY_OF_MAPS's inner maps must share) are reached through one outer map
 * dtc_aggg<ID> (ID: the first of them), which a program names instead.
 * dtrun still reads each by its own name.  60 aggregations in one BEGIN
 * clause failed to load; so did 60 spread over the clauses of one probe
 * (one program).
 */
#define AGG_DIRECT_MAX 32

static int agg_same_shape(const struct agg_info *a, const struct agg_info *b)
{
	return !a->nkeys == !b->nkeys && a->nvals == b->nvals &&
	       (!a->nkeys || agg_key_size(a) == agg_key_size(b));
}

/* ag's outer map (its first member's id) and its index there; 0 when ag
 * is reached by its own name. */
static int agg_group(struct ectx *ec, const struct agg_info *ag, int *first, int *idx)
{
	const struct agg_info *a;
	int n = 0, size = 0;

	*first = -1;
	*idx = 0;
	for (a = ec->ss->aggs; a; a = a->next) {
		n++;
		if (!agg_same_shape(a, ag))
			continue;
		if (*first < 0)
			*first = a->id;
		if (a == ag)
			*idx = size;
		size++;
	}
	return n > AGG_DIRECT_MAX && size > 1;
}

/* The outer maps of agg_group(), after their inner maps. */
static void emit_agg_groups(struct ectx *ec)
{
	for (struct agg_info *ag = ec->ss->aggs; ag; ag = ag->next) {
		int first, idx, n = 0;

		if (!agg_group(ec, ag, &first, &idx) || first != ag->id)
			continue;
		sb_puts(ec->out, "struct {\n\t__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);\n");
		for (struct agg_info *a = ag; a; a = a->next)
			n += agg_same_shape(a, ag);
		sb_printf(ec->out, "\t__uint(max_entries, %d);\n\t__type(key, __u32);\n", n);
		if (ag->nkeys)
			sb_printf(ec->out,
				  "\t__array(values, struct {\n"
				  "\t\t__uint(type, BPF_MAP_TYPE_PERCPU_HASH);\n"
				  "\t\t__uint(max_entries, 1);\n\t\t__uint(key_size, %d);\n"
				  "\t\t__uint(value_size, %d);\n\t});\n",
				  agg_key_size(ag), (ag->nvals + 1) * 8);
		else
			sb_printf(ec->out,
				  "\t__array(values, struct {\n"
				  "\t\t__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);\n"
				  "\t\t__uint(max_entries, 1);\n\t\t__type(key, __u32);\n"
				  "\t\t__uint(value_size, %d);\n\t});\n",
				  (ag->nvals + 1) * 8);
		sb_printf(ec->out, "} dtc_aggg%d SEC(\".maps\") = {\n\t.values = {", ag->id);
		for (struct agg_info *a = ag; a; a = a->next)
			if (agg_same_shape(a, ag))
				sb_printf(ec->out, " (void *)&dtc_agg%d,", a->id);
		sb_puts(ec->out, " },\n};\n");
	}
}

/* The C expression naming ag's map: &dtc_agg<id>, or _m, looked up first
 * (a fault when the outer map lost it, which it cannot). */
static const char *agg_map_ref(struct ectx *ec, const struct agg_info *ag, char *buf, size_t n)
{
	int first, idx;

	if (!agg_group(ec, ag, &first, &idx)) {
		snprintf(buf, n, "&dtc_agg%d", ag->id);
		return buf;
	}
	ind(ec);
	sb_printf(ec->out, "__u32 _gi = %d;\n", idx);
	ind(ec);
	sb_printf(ec->out, "void *_m = bpf_map_lookup_elem(&dtc_aggg%d, &_gi); /* dtc_agg%d */\n",
		  first, ag->id);
	ind(ec);
	sb_puts(ec->out, "if (!_m)\n");
	ind(ec);
	sb_puts(ec->out, "\tDT_FAULT(c, DTRACEFLT_ILLOP, 0);\n");
	snprintf(buf, n, "_m");
	return buf;
}

/*
 * DTrace's dt_maxaggdsize: an aggregation's data as DT_CG_AGG_SET_STORAGE()
 * sizes it, a 64-bit generation counter and the function's data (count(),
 * sum(), min(), max() one word, avg() two, stddev() four, quantize() its
 * 127 buckets, lquantize() its levels + 2, llquantize() its bins), the
 * largest of the program's.
 */
static int64_t agg_dsize_max(struct sema_state *ss)
{
	int64_t max = 0;

	for (struct agg_info *ag = ss->aggs; ag; ag = ag->next) {
		int64_t w = 1;

		switch (ag->func) {
		case AGG_COUNT:
		case AGG_SUM:
		case AGG_MIN:
		case AGG_MAX: w = 1; break;
		case AGG_AVG: w = 2; break;
		case AGG_STDDEV: w = 4; break;
		case AGG_QUANTIZE: w = AGG_QUANT_NBUCKETS; break;
		case AGG_LQUANTIZE: w = ag->nvals - 1; break; /* dtc's last word is the sum */
		case AGG_LLQUANTIZE: w = ag->nvals; break;
		}
		if (8 + w * 8 > max)
			max = 8 + w * 8;
	}
	return max;
}

void emit_agg_decls(struct ectx *ec)
{
	struct sema_state *ss = ec->ss;
	struct agg_info *ag;
	int maxv = 0, maxk = 0;
	int64_t asz = agg_size_opt(ec), elem;

	if (!ss->aggs)
		return;
	/* gmap_create_aggs(): DTrace's entries are aggsize / (the largest
	 * tuple + the largest data), also dtc's per aggregation */
	elem = emit_tuple_max(ss) + agg_dsize_max(ss);
	sb_puts(ec->out, "\n/* aggregations: key tuples and per-CPU maps (dtc_agg.bpf.h) */\n");
	for (ag = ss->aggs; ag; ag = ag->next) {
		int ksz = agg_key_size(ag);
		int64_t ent = asz / elem;

		if (ent < 1)
			ent = 1;
		if (ent > (1 << 20))
			ent = 1 << 20;
		if (ag->nvals > maxv)
			maxv = ag->nvals;
		if (ksz > AGG_STACK_KEY_MAX && ksz > maxk)
			maxk = ksz;
		sb_printf(ec->out, "struct dtc_agg%d_key {", ag->id);
		if (!ag->nkeys)
			sb_puts(ec->out, " __u64 k0;");
		for (int i = 0; i < ag->nkeys; i++) {
			if (ag->keystk[i])
				sb_printf(ec->out, " __u64 k%d[%d];", i, ag->keyw[i] / 8);
			else if (ag->keyt[i]->kind == TY_STRING || type_is_sou(ag->keyt[i]) ||
				 ag->keyt[i]->kind == TY_ARRAY)
				sb_printf(ec->out, " char k%d[%d];", i, ag->keyw[i]);
			else
				sb_printf(ec->out, " __u64 k%d;", i);
		}
		/* every member is 8 bytes wide or a multiple: 8-aligned, no padding */
		sb_puts(ec->out, " } __attribute__((aligned(8)));\n");
		if (!ag->nkeys) {
			sb_printf(ec->out,
				  "struct {\n\t__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);\n"
				  "\t__uint(max_entries, 1);\n\t__type(key, __u32);\n"
				  "\t__type(value, __u64[%d]); /* and the updated flag */\n"
				  "} dtc_agg%d SEC(\".maps\"); /* @%s: %s() */\n",
				  ag->nvals + 1, ag->id, ag->name, agg_func_names[ag->func]);
			continue;
		}
		sb_printf(ec->out,
			  "struct {\n\t__uint(type, BPF_MAP_TYPE_PERCPU_HASH);\n"
			  "\t__uint(max_entries, %lld);\n\t__type(key, struct dtc_agg%d_key);\n"
			  "\t__type(value, __u64[%d]); /* and this CPU's entry flag */\n"
			  "} dtc_agg%d SEC(\".maps\"); /* @%s: %s() */\n",
			  (long long)ent, ag->id, ag->nvals + 1, ag->id, ag->name,
			  agg_func_names[ag->func]);
	}
	emit_agg_groups(ec);
	/* gmap_create_aggs(): aggsize / this is the entries of DTrace's aggs
	 * map; dtrun refuses an aggsize with room for none (agg.c) */
	sb_printf(ec->out, "const volatile __u64 dtc_agg_elem = %lld; /* an entry's bytes */\n",
		  (long long)elem);
	/* dtc_agg.bpf.h dt_agg_room(): one CPU's room, the entries this CPU
	 * made and those trunc() removed, as DTrace's one map per CPU */
	sb_printf(ec->out, "const volatile __u64 dtc_agg_nelems = %lld; /* a CPU's entries */\n",
		  (long long)(asz / elem));
	sb_puts(ec->out, "struct {\n\t__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);\n"
			 "\t__uint(max_entries, 2);\n\t__type(key, __u32);\n\t__type(value, __u64);\n"
			 "} dtc_aggbudget SEC(\".maps\"); /* made, removed */\n");
	sb_printf(ec->out, "__u64 dtc_aggzero[%d]; /* a zeroed value to insert */\n", maxv + 1);
	if (maxk)
		sb_printf(ec->out,
			  "struct {\n\t__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);\n"
			  "\t__uint(max_entries, DT_NEST);\n\t__type(key, __u32);\n"
			  "\t__type(value, __u64[%d]);\n} dtc_aggkey SEC(\".maps\");\n",
			  (maxk + 7) / 8);
	if (any_llq(ss))
		for (ag = ss->aggs; ag; ag = ag->next)
			if (ag->func == AGG_LLQUANTIZE)
				emit_llq_fn(ec, ag);
}

static void expr_str(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	sb->len = 0;
	if (sb->s)
		sb->s[0] = 0;
	emit_expr(ec, n, sb);
}

/* an aggregating function's argument: its 64-bit value (emit_expr_reg()) */
static void expr_reg_str(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	sb->len = 0;
	if (sb->s)
		sb->s[0] = 0;
	emit_expr_reg(ec, n, sb);
}

/*
 * An integer key is stored as the aggregation's first use typed it: the
 * key tuple's prototype (dt_cg_arglist() casts each component to it,
 * dt_cg_typecast()), so @a[(char)1] and, in another clause, @a[(long)257]
 * are one key, 1, printed and sorted as a char.
 */
static const char *key_cast(const struct dtype *t)
{
	static const char *const c[2][5] = { { "", "__u8", "__u16", "", "__u32" },
					     { "", "__s8", "__s16", "", "__s32" } };

	if ((t->kind == TY_INT || t->kind == TY_ENUM) &&
	    (t->size == 1 || t->size == 2 || t->size == 4))
		return c[!!t->is_signed][t->size];
	return t->is_signed ? "__s64" : "__u64";
}

/* @name[keys] = func(args) */
void emit_agg_update(struct ectx *ec, struct node *asg, int actno)
{
	struct agg_info *ag = sema_agg_by_id(ec->dx, asg->id);
	struct node *lhs = asg->a, *keys = lhs->kind == N_INDEX ? lhs->b : NULL, *k;
	struct node *call = asg->b, *arg = call->a;
	struct strbuf sb = { 0 };
	int ksz = agg_key_size(ag), i;
	char mref[32];

	ind(ec);
	sb_puts(ec->out, "{\n");
	ec->indent++;
	ind(ec);
	sb_printf(ec->out, "c->act = %d;\n", actno);
	ind(ec);
	if (ksz > AGG_STACK_KEY_MAX) {
		sb_printf(ec->out, "struct dtc_agg%d_key *_kp;\n", ag->id);
		ind(ec);
		sb_puts(ec->out, "{\n");
		ind(ec);
		sb_puts(ec->out, "\t__u32 _z = c->lvl; /* this firing's: dt_nest_enter() */\n");
		ind(ec);
		sb_puts(ec->out, "\t_kp = bpf_map_lookup_elem(&dtc_aggkey, &_z);\n");
		ec->scratch = 1; /* so the program takes a nesting level */
		ind(ec);
		sb_puts(ec->out, "\tif (!_kp)\n");
		ind(ec);
		sb_puts(ec->out, "\t\tDT_FAULT(c, DTRACEFLT_NOSCRATCH, 0);\n");
		ind(ec);
		sb_printf(ec->out, "\tdt_zero((char *)_kp, %d);\n", ksz & ~7);
		ind(ec);
		sb_puts(ec->out, "}\n");
	} else if (ag->nkeys) {
		sb_printf(ec->out, "struct dtc_agg%d_key _k = {}, *_kp = &_k;\n", ag->id);
	} else {
		sb_puts(ec->out, "__u32 _z = 0;\n");
	}
	for (i = 0, k = keys; k; k = k->next, i++) {
		ind(ec);
		if (ag->keystk[i] == 'k' || ag->keystk[i] == 'U') {
			/* this clause's stack in the first use's record, as
			 * dt_cg_arglist() writes it: its own kind and frames,
			 * no more than the record holds */
			char kind = ag->keystk[i];
			int frames = sema_stack_frames(ec->dx, k, &kind);

			if (frames > ag->keyw[i] / 8 - 1)
				frames = ag->keyw[i] / 8 - 1;
			ec->scratch = 1;
			sb_printf(ec->out, "dt_put_stack(c, (char *)_kp->k%d, %d, %s);\n", i, frames,
				  kind == 'U' ? "BPF_F_USER_STACK" : "0");
		} else if (ag->keystk[i]) {
			/* sym(x) ...: the address; usym(x) ...: and the tgid (dtc_abi.h) */
			expr_str(ec, k->a, &sb);
			sb_printf(ec->out, "_kp->k%d[0] = (__u64)(%s);\n", i, sb.s);
			if (ag->keyw[i] == 16) {
				ind(ec);
				sb_printf(ec->out, "_kp->k%d[1] = dt_cur_pid(c);\n",
					  i);
			}
		} else if (type_is_sou(ag->keyt[i]) || ag->keyt[i]->kind == TY_ARRAY) {
			/* a struct, union or array: its bytes, as emit_var.c's keys */
			char dst[32];

			snprintf(dst, sizeof(dst), "_kp->k%d", i);
			sb.len = 0;
			if (sb.s)
				sb.s[0] = 0;
			emit_key_bytes(ec, dst, ag->keyt[i], k, &sb);
			sb_printf(ec->out, "%s;\n", sb.s);
		} else if (k->type->kind == TY_STRING) {
			/* dt_cg_arglist(): strsize characters and a NUL, the
			 * rest of the key zero */
			int room = (int)sema_option_num(ec->dx, "strsize", 256) + 1;

			if (room > ag->keyw[i])
				room = ag->keyw[i];
			if (k->kind == N_IDENT && !strcmp(k->str, "execname")) {
				sb_printf(ec->out, "dt_comm(c, _kp->k%d);\n", i);
				if (room < 16) {
					ind(ec);
					sb_printf(ec->out, "__builtin_memset(_kp->k%d + %d, 0, %d);\n", i,
						  room - 1, 16 - (room - 1));
				}
			} else {
				sb.len = 0;
				if (sb.s)
					sb.s[0] = 0;
				emit_str_key(ec, k, i, &sb);
				sb_printf(ec->out,
					  "if (bpf_probe_read_kernel_str(_kp->k%d, %d, %s) < 0)\n", i,
					  room, sb.s);
				ind(ec);
				sb_printf(ec->out, "\t_kp->k%d[0] = 0;\n", i);
			}
		} else {
			expr_str(ec, k, &sb);
			sb_printf(ec->out, "_kp->k%d = (__u64)(%s)(%s);\n", i, key_cast(ag->keyt[i]),
				  sb.s);
		}
	}
	/*
	 * dt_cg_agg(): the key, then the entry (dt_get_agg() makes it with
	 * its initial value), then the function's arguments: a fault in
	 * them leaves the entry in place, as DTrace prints it (sum 0, min
	 * INT64_MAX, an empty quantize).
	 */
	agg_map_ref(ec, ag, mref, sizeof(mref));
	ind(ec);
	if (ag->nkeys) {
		sb_printf(ec->out,
			  "__u64 *_v = dt_agg_slot(%s, _kp, dtc_aggzero, %d, &dtc_aggbudget, "
			  "dtc_agg_nelems);\n",
			  mref, ag->nvals);
	} else {
		sb_printf(ec->out,
			  "__u64 *_v = dt_agg_own(bpf_map_lookup_elem(%s, &_z), %d, &dtc_aggbudget, "
			  "dtc_agg_nelems);\n",
			  mref, ag->nvals);
	}
	if (arg) {
		expr_reg_str(ec, arg, &sb);
		ind(ec);
		sb_printf(ec->out, "__s64 _x = (__s64)(%s);\n", sb.s);
	}
	if (ag->func >= AGG_QUANTIZE) {
		struct node *inc = arg;
		int nth = ag->func == AGG_QUANTIZE ? 2 : ag->func == AGG_LQUANTIZE ? 5 : 6;
		for (i = 1; inc && i < nth; i++)
			inc = inc->next;
		ind(ec);
		if (inc) {
			expr_reg_str(ec, inc, &sb);
			sb_printf(ec->out, "__s64 _inc = (__s64)(%s);\n", sb.s);
		} else {
			sb_puts(ec->out, "__s64 _inc = 1;\n");
		}
	}
	ind(ec);
	sb_puts(ec->out, "if (_v)\n");
	ind(ec);
	switch (ag->func) {
	case AGG_COUNT: sb_puts(ec->out, "\t_v[0] += 1;\n"); break;
	case AGG_SUM: sb_puts(ec->out, "\t_v[0] += _x;\n"); break;
	case AGG_AVG: sb_puts(ec->out, "\t_v[0] += 1, _v[1] += _x;\n"); break;
	case AGG_MIN: sb_puts(ec->out, "\tdt_agg_min(_v, _x);\n"); break;
	case AGG_MAX: sb_puts(ec->out, "\tdt_agg_max(_v, _x);\n"); break;
	case AGG_STDDEV: sb_puts(ec->out, "\tdt_agg_stddev(_v, _x);\n"); break;
	case AGG_QUANTIZE: sb_puts(ec->out, "\tdt_agg_quantize(_v, _x, _inc);\n"); break;
	case AGG_LQUANTIZE:
		sb_printf(ec->out, "\tdt_agg_lquantize(_v, _x, %lld, %lld, %d, _inc);\n",
			  (long long)ag->p[0], (long long)ag->p[2], ag->nvals - 3);
		break;
	case AGG_LLQUANTIZE:
		sb_printf(ec->out, "\tdt_agg_bin(_v, dtc_llq_%d(_x), %d, _inc);\n", ag->id, ag->nvals);
		break;
	}
	ec->indent--;
	ind(ec);
	sb_puts(ec->out, "}\n");
	sb_free(&sb);
}

/* printa/clear/trunc/normalize/denormalize/setopt: one ring-buffer item. */
void emit_agg_action(struct ectx *ec, struct node *call, int actno)
{
	struct action *a = emit_find_action(ec, call->id);
	struct strbuf sb = { 0 };
	struct node *arg = call->a;
	int at = 0, i;

	if (arg && arg->kind == N_STRING && !strcmp(call->str, "printa"))
		arg = arg->next; /* the format is in the metadata */
	/*
	 * dtrun acts on these as it reads the record, on the aggregations as
	 * they are then; DTrace reads each record as it comes (dt_peb.c:
	 * wakeup_events = 1), so printa() in tick-10ms prints each tick's
	 * counts, not the last one's three times (setopt() keeps batching)
	 */
	if (strcmp(call->str, "setopt"))
		ec->wake = 1;
	emit_item_open(ec, a, actno);
	for (i = 0; arg && i < a->nargs; arg = arg->next, i++) {
		ind(ec);
		if (a->argk[i] == '@') {
			sb_printf(ec->out, "dt_put_int(_p, %d, %d); /* @%s */\n", at, arg->id, arg->str);
			at += 8;
		} else if (a->argk[i] == 's') {
			sb.len = 0;
			if (sb.s)
				sb.s[0] = 0;
			emit_str(ec, arg, &sb);
			sb_printf(ec->out, "dt_put_str(_p, %d, %s, %d);\n", at, sb.s, a->argsize[i]);
			at += (a->argsize[i] + 7) & ~7;
		} else {
			expr_str(ec, arg, &sb);
			sb_printf(ec->out, "dt_put_int(_p, %d, (__u64)(long long)(%s));\n", at, sb.s);
			at += 8;
		}
	}
	emit_item_close(ec);
	sb_free(&sb);
}

/* The metadata version the aggregations need: 2 with an lquantize(), whose
 * value has its sum word after the buckets (a version 1 dtrun would take
 * it for one more bucket), else 1 (dtc_abi.h DTC_META_VERSION). */
int emit_agg_meta_version(struct ectx *ec)
{
	for (struct agg_info *ag = ec->ss->aggs; ag; ag = ag->next)
		if (ag->func == AGG_LQUANTIZE)
			return 2;
	return 1;
}

/* agg ID STR FUNC NVALS P0 P1 P2 P3 NKEYS KEY..., and aggsum ID WORD for the
 * distributions that record the sum of their values */
void emit_agg_meta(struct ectx *ec, struct strbuf *m)
{
	for (struct agg_info *ag = ec->ss->aggs; ag; ag = ag->next) {
		sb_printf(m, "agg %d \"", ag->id);
		sb_put_cstr(m, ag->name, strlen(ag->name));
		sb_printf(m, "\" %s %d %lld %lld %lld %lld %d", agg_func_names[ag->func], ag->nvals,
			  (long long)ag->p[0], (long long)ag->p[1], (long long)ag->p[2],
			  (long long)ag->p[3], ag->nkeys);
		for (int i = 0; i < ag->nkeys; i++) {
			struct dtype *t = ag->keyt[i];
			if (ag->keystk[i])
				sb_printf(m, " %c%d", ag->keystk[i], ag->keyw[i]);
			else if (t->kind == TY_STRING)
				sb_printf(m, " s%d", ag->keyw[i]);
			else if (type_is_sou(t) || t->kind == TY_ARRAY)
				sb_printf(m, " r%d", t->size);
			else if (t->kind == TY_PTR)
				sb_printf(m, " p8");
			else
				sb_printf(m, " %c%d", t->is_signed && t->kind != TY_ENUM ? 'i' : 'u', t->size);
		}
		sb_putc(m, '\n');
		for (int i = 0; i < ag->nkeys; i++) { /* keys held by their bytes */
			char suffix[32];

			snprintf(suffix, sizeof(suffix), "'s key #%d", i + 1);
			emit_kvar_line(m, "@", ag->name, suffix, ag->keyt[i]);
		}
		if (ag->func == AGG_QUANTIZE || ag->func == AGG_LQUANTIZE)
			sb_printf(m, "aggsum %d %d\n", ag->id, ag->nvals - 1);
	}
}
