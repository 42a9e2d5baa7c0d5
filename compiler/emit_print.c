/*
 * emit_print.c: the code and metadata for print() and for trace() of
 * structs, unions and arrays (sema_print.c types them).
 *
 * print(p): one item, the address (8 bytes) then the bytes of *p in the
 * layout the type has at compile time.  A D type (or a kernel type that is
 * not a struct/union) is copied with one read.  A kernel struct/union is
 * zeroed, then copied member by member: each member's address is a CO-RE
 * relocation (&((struct S *)p)->m), guarded by bpf_core_field_exists() so a
 * member the running kernel lacks stays 0, and written at its compile-time
 * offset; bit-fields are read with BPF_CORE_READ_BITFIELD_PROBED and stored
 * back into their compile-time bits.  The record layout is thus fixed by
 * the compile-time BTF, which the metadata describes:
 *
 *   ptype T KIND SIZE FLAGS REF N STR   (dtc_abi.h)
 *   pmember T STR TYPE BITOFF BITS
 *   penum T STR VALUE
 *   print A T
 *
 * trace(v) of a struct, union or array: its bytes (hex-dumped by dtrun).
 */
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "emit.h"

/* ---- statements ----------------------------------------------------------- */

/* The C access path from `_s` (a struct pointer) to a member, nested
 * through named struct members: "_s->a.b". */
struct path {
	const char *s;
};

static void copy_members(struct ectx *ec, struct dtype *t, const struct path *base, int off_bits,
			 int depth, int rec);

/* rec: the bytes recorded (sema_print_recsize()); members past it are not copied */
static void copy_member(struct ectx *ec, struct dmember *m, const struct path *base, int off_bits,
			int depth, int rec)
{
	struct strbuf *o = ec->out;
	struct path p;
	int bit = off_bits + m->off_bits;

	if (bit / 8 >= rec)
		return;

	p.s = arena_printf(ec->dx, "%s%s%s", base->s, depth ? "." : "->", m->name);
	if (m->bits) {
		/* a bit-field: its value back into its compile-time bits */
		int byte = bit / 8, shift = bit % 8, nb = (shift + m->bits + 7) / 8;
		if (byte + nb > rec)
			return;
		ind(ec);
		sb_printf(o, "if (bpf_core_field_exists(%s)) {\n", p.s);
		ind(ec);
		if (depth)
			sb_printf(o, "\t__u64 _v = (__u64)BPF_CORE_READ_BITFIELD_PROBED((&%s), %s);\n",
				  base->s, m->name);
		else
			sb_printf(o, "\t__u64 _v = (__u64)BPF_CORE_READ_BITFIELD_PROBED(%s, %s);\n",
				  base->s, m->name);
		ind(ec);
		sb_printf(o, "\t_v &= %lluULL;\n",
			  m->bits >= 64 ? ~0ULL : (1ULL << m->bits) - 1);
		for (int i = 0; i < nb; i++) {
			ind(ec);
			if (i == 0)
				sb_printf(o, "\t_d[%d] |= (unsigned char)(_v << %d);\n", byte, shift);
			else
				sb_printf(o, "\t_d[%d] |= (unsigned char)(_v >> %d);\n", byte + i,
					  8 * i - shift);
		}
		ind(ec);
		sb_puts(o, "}\n");
		return;
	}
	if (type_is_sou(m->type)) {
		copy_members(ec, m->type, &p, bit, depth + 1, rec);
		return;
	}
	if (m->type->size <= 0 || bit / 8 + m->type->size > rec)
		return; /* a flexible array member, or one past the record */
	ind(ec);
	sb_printf(o, "if (bpf_core_field_exists(%s))\n", p.s);
	ind(ec);
	sb_printf(o, "\t_e |= (int)bpf_core_read(_d + %d, %d, &%s);\n", bit / 8, m->type->size,
		  p.s);
}

static void copy_members(struct ectx *ec, struct dtype *t, const struct path *base, int off_bits,
			 int depth, int rec)
{
	for (struct dmember *m = t->members; m; m = m->next)
		if (m->name && m->type)
			copy_member(ec, m, base, off_bits, depth, rec);
}

/* The kernel types print() copies member by member, in first-use order:
 * one copy function each (dt_print_copy_<i>). */
static int copy_fn(struct ectx *ec, struct dtype *t)
{
	int i = 0;

	for (struct action *a = ec->ss->acts; a; a = a->next) {
		struct action *b;
		if (!a->vtype || !type_is_sou(a->vtype) || !a->vtype->kernel)
			continue;
		for (b = ec->ss->acts; b != a; b = b->next)
			if (b->vtype == a->vtype)
				break;
		if (b != a)
			continue; /* counted at its first use */
		if (a->vtype == t)
			return i;
		i++;
	}
	return -1;
}

/*
 * One function per kernel struct/union print() copies: a BPF subprogram,
 * so that a script printing it many times pays its code once (a struct
 * like sk_buff has over a hundred members).  Nonzero when a read failed.
 */
void emit_print_decls(struct ectx *ec)
{
	struct strbuf *o = ec->out;
	int saved = ec->indent;

	for (struct action *a = ec->ss->acts; a; a = a->next) {
		struct dtype *vt = a->vtype;
		struct path p = { "_s" };
		int i;

		if (!vt || !type_is_sou(vt) || !vt->kernel)
			continue;
		i = copy_fn(ec, vt);
		if (i < 0 || emit_find_action(ec, a->id) != a)
			continue;
		{
			struct action *b;
			for (b = ec->ss->acts; b != a; b = b->next)
				if (b->vtype == vt)
					break;
			if (b != a)
				continue;
		}
		sb_printf(o, "\n/* print() of %s: each member a CO-RE read, at its compile-time "
			     "offset */\n", vt->name);
		sb_printf(o, "static __noinline int dt_print_copy_%d(char *_d, %s *_s)\n{\n", i,
			  vt->cname);
		sb_puts(o, "\tint _e = 0;\n\n");
		sb_printf(o, "\tdt_zero(_d, %d);\n", (a->argsize[1] + 7) & ~7);
		ec->indent = 1;
		copy_members(ec, vt, &p, 0, 0, a->argsize[1]);
		sb_puts(o, "\treturn _e;\n}\n");
	}
	ec->indent = saved;
}

static void emit_print(struct ectx *ec, struct node *e, int actno)
{
	struct action *a = emit_find_action(ec, e->id);
	struct dtype *vt = a->vtype;
	struct strbuf sb = { 0 };
	struct strbuf *o = ec->out;

	emit_item_open(ec, a, actno);
	emit_expr(ec, e->a, &sb);
	ind(ec);
	sb_printf(o, "__u64 _a = (__u64)(%s);\n", sb.s);
	ind(ec);
	sb_puts(o, "dt_put_int(_p, 0, _a);\n");
	ind(ec);
	/* as dt_cg_act_print(): the pointer checked for NULL, the read not
	 * (memory that cannot be read prints as zeros) */
	sb_puts(o, "if (!_a)\n");
	ind(ec);
	sb_puts(o, "\tDT_FAULT(c, DTRACEFLT_BADADDR, 0);\n");
	ind(ec);
	if (type_is_sou(vt) && vt->kernel)
		sb_printf(o, "dt_print_copy_%d(_p + 8, (void *)_a);\n", copy_fn(ec, vt));
	else
		sb_printf(o, "if (bpf_probe_read_kernel(_p + 8, %d, (const void *)_a))\n"
			     "\t\tdt_zero(_p + 8, %d);\n",
			  a->argsize[1], (a->argsize[1] + 7) & ~7);
	emit_item_close(ec);
	sb_free(&sb);
}

/* The address of a value held by reference; c ? x : y of two structs is
 * the address of the one chosen (dt_cg_ternary_op() picks a register). */
void emit_raw_addr(struct ectx *ec, struct node *v, struct strbuf *sb)
{
	if (v->kind == N_COND) {
		sb_puts(sb, "((");
		emit_expr(ec, v->a, sb);
		sb_puts(sb, ") ? (const void *)");
		emit_raw_addr(ec, v->b, sb);
		sb_puts(sb, " : (const void *)");
		emit_raw_addr(ec, v->c, sb);
		sb_puts(sb, ")");
	} else if (v->flags & NF_ARRSUM) {
		sb_puts(sb, "((const void *)(");
		emit_expr(ec, v->a, sb); /* p->comm + 1: the sum's address */
		sb_puts(sb, "))");
	} else if (sema_node_is_mem(v)) {
		emit_ref_addr(ec, v, sb);
	} else {
		sb_puts(sb, "&(");
		emit_expr(ec, v, sb);
		sb_puts(sb, ")");
	}
}

/* ".u.b" of a[k].u.b, the members from the element on */
static void emit_member_path(const struct node *v, struct strbuf *sb)
{
	if (v->kind != N_MEMBER_OF)
		return;
	emit_member_path(v->a, sb);
	sb_printf(sb, ".%s", v->str);
}

/* trace(v), v a struct, union or array: its bytes (zeros where they cannot
 * be read; v reached through a NULL pointer faults at 0). */
static void emit_trace_raw(struct ectx *ec, struct node *e, int actno)
{
	struct action *a = emit_find_action(ec, e->id);
	struct strbuf sb = { 0 };
	struct strbuf *o = ec->out;
	struct node *v = e->a;

	if (v->kind == N_INDEX && v->sym && v->sym->keys && !sema_node_is_mem(v)) {
		/* a[k] of a struct: the element's value, copied (zeros where
		 * there is none), has no address of its own */
		emit_expr(ec, v, &sb);
		emit_item_open(ec, a, actno);
		ind(ec);
		sb_printf(o, "__typeof__(%s) _tv = %s;\n", sb.s, sb.s);
		ind(ec);
		sb_puts(o, "const void *_a = (const void *)&_tv;\n");
	} else if (sema_assoc_member_root(v)) {
		/* a[k].arr, a[k].u: the member in a copy of the element, as
		 * DTrace's by-reference value points into the element */
		struct strbuf path = { 0 };

		emit_member_path(v, &path);
		emit_expr(ec, sema_assoc_member_root(v), &sb);
		emit_item_open(ec, a, actno);
		ind(ec);
		sb_printf(o, "__typeof__(%s) _tv = %s;\n", sb.s, sb.s);
		ind(ec);
		sb_printf(o, "const void *_a = (const void *)&_tv%s;\n", path.s);
		sb_free(&path);
	} else {
		emit_raw_addr(ec, v, &sb);
		emit_item_open(ec, a, actno);
		ind(ec);
		sb_printf(o, "const void *_a = (const void *)(%s);\n", sb.s);
	}
	ind(ec);
	/* dt_cg_store_val(): by reference, the read is not checked (the
	 * helper leaves zeros where it fails) */
	sb_printf(o, "bpf_probe_read_kernel(_p, %d, _a);\n", a->argsize[0]);
	emit_item_close(ec);
	sb_free(&sb);
}

int emit_print_stmt(struct ectx *ec, struct node *e, int *actno)
{
	struct action *a;

	if (e->kind != N_CALL || !e->str)
		return 0;
	if (!strcmp(e->str, "print")) {
		emit_print(ec, e, ++*actno);
		return 1;
	}
	if (strcmp(e->str, "trace") != 0)
		return 0;
	a = emit_find_action(ec, e->id);
	if (a->nargs != 1 || a->argk[0] != 'r')
		return 0;
	emit_trace_raw(ec, e, ++*actno);
	return 1;
}

/* ---- metadata ------------------------------------------------------------- */

#define MAX_PTYPES 4096

struct ptypes {
	struct dtc *dx;
	struct dtype *t[MAX_PTYPES];
	int n;
};

static void put_str(struct strbuf *m, const char *s)
{
	sb_putc(m, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			sb_putc(m, '\\');
		sb_putc(m, *s);
	}
	sb_putc(m, '"');
}

static int ptype_id(struct ptypes *pt, struct dtype *t, struct strbuf *m);

/* One type's description; a kernel struct/union's members as its BTF nests
 * them (anonymous members too), a D one's as sema knows them. */
static int ptype_def(struct ptypes *pt, int id, struct dtype *t, struct strbuf *m)
{
	struct strbuf body = { 0 };
	struct dmember *mlist;
	int n = 0, ref = -1, flags = 0;
	const char *kind;

	switch (t->kind) {
	case TY_INT:
		kind = "int";
		flags = (t->is_signed ? 1 : 0) |
			(t->size == 1 && (!strcmp(t->name, "char") || !strcmp(t->name, "signed char") ||
					  !strcmp(t->name, "unsigned char")) ? 2 : 0) |
			(!strcmp(t->name, "bool") || !strcmp(t->name, "_Bool") ? 4 : 0);
		break;
	case TY_ENUM:
		kind = "enum";
		flags = t->is_signed ? 1 : 0;
		for (struct denum *e = t->enums; e; e = e->next) {
			sb_printf(&body, "penum %d ", id);
			put_str(&body, e->name);
			sb_printf(&body, " %lld\n", (long long)e->value);
			n++;
		}
		break;
	case TY_PTR:
	case TY_FUNC:
		kind = "ptr";
		break;
	case TY_FLOAT:
		kind = "float";
		break;
	case TY_ARRAY:
		kind = "array";
		ref = ptype_id(pt, t->base, m);
		n = t->nelem;
		break;
	case TY_STRUCT:
	case TY_UNION:
		kind = t->kind == TY_STRUCT ? "struct" : "union";
		mlist = t->kernel ? btf_members_nested(pt->dx, t) : NULL;
		for (struct dmember *mb = mlist ? mlist : t->members; mb; mb = mb->next) {
			int mid;
			if (!mb->name || !mb->type)
				continue;
			mid = ptype_id(pt, mb->type, m);
			if (mid < 0)
				continue;
			sb_printf(&body, "pmember %d ", id);
			put_str(&body, mb->name);
			sb_printf(&body, " %d %d %d\n", mid, mb->off_bits, mb->bits);
			n++;
		}
		break;
	default:
		kind = "void";
		break;
	}
	sb_printf(m, "ptype %d %s %d %d %d %d ", id, kind,
		  t->kind == TY_PTR || t->kind == TY_FUNC ? 8 : t->size, flags, ref, n);
	put_str(m, t->name ? t->name : "?");
	sb_putc(m, '\n');
	if (body.s)
		sb_puts(m, body.s);
	sb_free(&body);
	return id;
}

static int ptype_id(struct ptypes *pt, struct dtype *t, struct strbuf *m)
{
	int i;

	for (i = 0; i < pt->n; i++)
		if (pt->t[i] == t)
			return i;
	if (pt->n == MAX_PTYPES)
		return -1;
	pt->t[pt->n] = t;
	return ptype_def(pt, pt->n++, t, m);
}

void emit_print_meta(struct ectx *ec, struct strbuf *m)
{
	struct ptypes *pt = NULL;
	struct action *a;

	for (a = ec->ss->acts; a; a = a->next) {
		int id;
		if (!a->vtype)
			continue;
		if (!pt) {
			pt = arena_alloc(ec->dx, sizeof(*pt));
			pt->dx = ec->dx;
		}
		id = ptype_id(pt, a->vtype, m);
		sb_printf(m, "print %d %d\n", a->id, id);
	}
}
