/*
 * emit_types.c: C for structured types and memory accesses.
 *
 * Type definitions: every struct/union the script declares, and the kernel
 * structs it touches, written as C before the D globals.  Kernel structs
 * keep their kernel names, list only the members the script uses (nested
 * types by need) and carry __attribute__((preserve_access_index)), so each
 * member step becomes a CO-RE relocation that libbpf resolves against the
 * target kernel's BTF at load time: no offset is frozen, and no vmlinux.h
 * is included.
 *
 * Accesses: a pointer is an integer in the generated C; `p->m` becomes the
 * address expression &((struct S *)(p))->m read with DT_KREAD (a fault on a
 * bad address), char arrays are read as strings with DT_KSTR.
 */
#include <string.h>

#include "emit.h"

/* The C type of an object of D type t in memory (no declarator). */
static const char *c_obj(struct dtype *t)
{
	while (t->kind == TY_ARRAY)
		t = t->base;
	switch (t->kind) {
	case TY_STRUCT:
	case TY_UNION:
		return t->cname;
	case TY_PTR:
		return "unsigned long long";
	case TY_VOID:
		return "char";
	case TY_STRING:
		return "char";
	default:
		return t->cname;
	}
}

/* (T (*)[N]...)(e): e as a pointer to the array type arr */
static void emit_array_ptr(struct ectx *ec, struct dtype *arr, struct node *e, struct strbuf *sb)
{
	sb_printf(sb, "(%s (*)", c_obj(arr));
	for (struct dtype *d = arr; d->kind == TY_ARRAY; d = d->base)
		sb_printf(sb, "[%d]", d->nelem);
	sb_puts(sb, ")(");
	emit_expr(ec, e, sb);
	sb_puts(sb, ")");
}

static void emit_sou_def(struct ectx *ec, struct dtype *t);

/* A member declaration: C spelling of type t named `name`. */
static void emit_decl(struct ectx *ec, struct dtype *t, const char *name, int bits)
{
	struct strbuf *o = ec->out;
	char dims[128] = "";
	size_t dl = 0;

	while (t->kind == TY_ARRAY && dl < sizeof(dims) - 16) {
		dl += (size_t)snprintf(dims + dl, sizeof(dims) - dl, "[%d]", t->nelem);
		t = t->base;
	}
	switch (t->kind) {
	case TY_STRUCT:
	case TY_UNION:
		emit_sou_def(ec, t);
		sb_printf(o, "\t%s %s%s;\n", t->cname, name, dims);
		return;
	case TY_PTR:
	case TY_FUNC:
		sb_printf(o, "\tvoid *%s%s;\n", name, dims);
		return;
	case TY_ENUM:
		if (t->kernel) {
			/* a local enum of the same name and size: CO-RE wants the kind */
			if (t->tag)
				sb_printf(o, "\tenum %s %s%s", t->tag, name, dims);
			else
				sb_printf(o, "\tenum { dtk_e%d_%s } %s%s", t->btf_id, name, name, dims);
		} else {
			sb_printf(o, "\t%s %s%s", t->cname, name, dims);
		}
		break;
	case TY_STRING:
		sb_printf(o, "\tchar %s[DT_STRSIZE]%s", name, dims);
		break;
	default:
		sb_printf(o, "\t%s %s%s", t->cname, name, dims);
		break;
	}
	if (bits)
		sb_printf(o, " : %d", bits);
	sb_puts(o, ";\n");
}

/* A member's type with arrays peeled (T of T x[N][M]), or NULL for a kernel
 * struct's member the script never uses. */
static struct dtype *member_elem_type(const struct dtype *t, const struct dmember *m)
{
	struct dtype *mt = m->type;

	if ((t->kernel && !m->used) || !mt)
		return NULL;
	while (mt->kind == TY_ARRAY)
		mt = mt->base;
	return mt;
}

/* Kernel enums used as member types need a local definition of the name. */
static void emit_enum_defs(struct ectx *ec, struct dtype *t)
{
	struct dmember *m;
	for (m = t->members; m; m = m->next) {
		struct dtype *mt = member_elem_type(t, m);
		if (!mt)
			continue;
		if (mt->kind == TY_ENUM && mt->kernel && mt->tag && mt->used != 2) {
			mt->used = 2;
			sb_printf(ec->out, "enum %s { dtk_%s__0 };\n", mt->tag, mt->tag);
		}
	}
}

/*
 * A D struct or union's body at sema_decl.c's offsets (libctf's layout,
 * which C's does not give: bit-fields on byte boundaries, no tail padding):
 * each member in a packed struct of its own behind the bytes before it, all
 * in one anonymous union as big as the type, so that t.m names the member
 * at its offset whatever the others' C sizes.
 */
static void emit_d_sou_body(struct ectx *ec, struct dtype *t, struct strbuf *body)
{
	struct ectx sub = *ec;
	struct dmember *m;
	int i = 0;

	sub.out = body;
	sb_puts(body, "\tunion __attribute__((packed)) {\n");
	for (m = t->members; m; m = m->next, i++) {
		if (!m->type)
			continue;
		sb_puts(body, "\tstruct __attribute__((packed)) {\n");
		if (m->off_bits >= 8)
			sb_printf(body, "\tunsigned char dtpad%d_[%d];\n", i, m->off_bits / 8);
		emit_decl(&sub, m->type, m->name ? m->name : "", m->bits);
		sb_puts(body, "\t};\n");
	}
	if (t->size > 0)
		sb_printf(body, "\tunsigned char dtsize_[%d];\n", t->size);
	sb_puts(body, "\t};\n");
}

static void emit_sou_def(struct ectx *ec, struct dtype *t)
{
	struct dmember *m;
	struct strbuf body = { 0 };
	struct ectx sub = *ec;

	if (t->used == 2 || !t->complete)
		return;
	t->used = 2;
	/* nested definitions first, before ours (a D struct may hold kernel
	 * structs and unions by value): write ours into a side buffer */
	for (m = t->members; m; m = m->next) {
		struct dtype *mt = member_elem_type(t, m);
		if (!mt)
			continue;
		if (mt->kind == TY_STRUCT || mt->kind == TY_UNION)
			emit_sou_def(ec, mt);
	}
	sub.out = &body;
	if (!t->kernel) {
		emit_d_sou_body(ec, t, &body);
		emit_enum_defs(ec, t);
		sb_printf(ec->out, "%s {\n%s} __attribute__((packed));\n", t->cname,
			  body.s ? body.s : "");
		sb_free(&body);
		return;
	}
	for (m = t->members; m; m = m->next) {
		if (t->kernel && !m->used)
			continue;
		if (!m->type)
			continue;
		emit_decl(&sub, m->type, m->name ? m->name : "", m->bits);
	}
	/* clang 19 crashes taking &p->m of an empty preserve_access_index
	 * struct (d_path(&f->f_path) when no member of the path is read):
	 * give it one real scalar member, never accessed so never relocated */
	if (t->kernel && !body.s)
		for (m = t->members; m; m = m->next)
			if (m->name && m->type && !m->bits &&
			    (m->type->kind == TY_INT || m->type->kind == TY_PTR)) {
				emit_decl(&sub, m->type, m->name, 0);
				break;
			}
	if (t->kernel && !body.s) /* members not loaded: a name the kernel lacks is as safe */
		sb_puts(&body, "\tchar dtc_unread_;\n");
	emit_enum_defs(ec, t);
	if (t->tdname) /* typedef struct { ... } kuid_t: the typedef is the CO-RE name */
		sb_printf(ec->out, "typedef %s {\n%s} __attribute__((preserve_access_index)) %s;\n",
			  t->kind == TY_UNION ? "union" : "struct", body.s ? body.s : "", t->cname);
	else
		sb_printf(ec->out, "%s {\n%s}%s;\n", t->cname, body.s ? body.s : "",
			  t->kernel ? " __attribute__((preserve_access_index))" : "");
	sb_free(&body);
}

/* Definitions of the D structs and the used kernel structs, in order. */
void emit_type_defs(struct ectx *ec)
{
	struct dtype *t, *list = types_emit_list(ec->dx);
	int any = 0;

	for (t = list; t; t = t->next_used)
		if (type_is_sou(t) && t->complete && !t->tdname) { /* typedefs: defined before use */
			if (!any)
				sb_puts(ec->out, "\n/* types: D declarations and kernel types (CO-RE) */\n");
			any = 1;
			sb_printf(ec->out, "%s;\n", t->kind == TY_ENUM ? "" : t->cname);
		}
	for (t = list; t; t = t->next_used)
		if (type_is_sou(t))
			emit_sou_def(ec, t);
}

/* ---- accesses --------------------------------------------------------- */

static void emit_addr(struct ectx *ec, struct node *n, struct strbuf *sb);
static void emit_elem(struct ectx *ec, struct node *n, struct strbuf *sb);

/* The struct pointer a member access starts from. */
static void emit_sou_ptr(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct dtype *st;
	if (n->kind == N_PTR_MEMBER) {
		st = n->a->type->base;
		sb_printf(sb, "((%s *)(", st->cname);
		emit_expr(ec, n->a, sb);
		sb_puts(sb, "))");
	} else {
		emit_addr(ec, n->a, sb);
	}
}

/*
 * a[i] of an array of more than one element, i not a constant: Oracle's
 * dt_cg_arithmetic_op() compares the byte offset i * size, unsigned, with
 * the array's size, and faults "index out of bounds" with the offset
 * divided by the element size, unsigned (-1 for i = -1 of a char array;
 * arrays of 0 or 1 element anchor variable-length data and are not
 * checked).  The C variable ix holds i as a __u64.
 */
static void emit_index_check(struct dtype *at, const char *ix, struct strbuf *sb)
{
	int esz = at->base && at->base->size > 0 ? at->base->size : 1;

	if (at->nelem <= 1)
		return;
	/* the value from an opaque copy: clang must not share i * size with
	 * the element's address, computed before the check the verifier needs */
	sb_printf(sb, "if (%s >= %d) { __u64 _bi = %s; asm volatile(\"\" : \"+r\"(_bi)); "
		  "DT_FAULT(c, DTRACEFLT_BADINDEX, _bi * %d / %d); } ", ix, at->nelem, ix, esz, esz);
}

/* A C pointer to the memory n designates (sema_node_is_mem(n)). */
static void emit_addr(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if (emit_var_addr(ec, n, sb)) /* self->s, this->s, a[k] of a kernel struct */
		return;
	if (n->kind == N_INDEX && emit_ksou_size(n->type) && !sema_node_is_mem(n->a) &&
	    n->a->type->kind == TY_ARRAY) {
		/* ts[i] of an array of kernel structs in a D variable (self->p[i]
		 * of a pointer held in one is memory, below) */
		sb_printf(sb, "((%s *)", n->type->cname);
		emit_elem(ec, n, sb);
		sb_puts(sb, ")");
		return;
	}
	switch (n->kind) {
	case N_IDENT: /* a D global struct or array */
		sb_puts(sb, "(&");
		emit_global_ref(ec, n->sym, sb);
		sb_puts(sb, ")");
		return;
	case N_PTR_MEMBER:
	case N_MEMBER_OF:
		sb_puts(sb, "(&");
		emit_sou_ptr(ec, n, sb);
		sb_printf(sb, "->%s)", n->str);
		return;
	case N_UNARY: {
		struct dtype *pt = n->a->type;
		if (pt->kind == TY_ARRAY) {
			sb_puts(sb, "(&(*");
			emit_addr(ec, n->a, sb);
			sb_puts(sb, ")[0])");
			return;
		}
		if (pt->base->kind == TY_ARRAY) {
			/* *p of a pointer to an array (`sym of an extern int a[4]) */
			sb_puts(sb, "(");
			emit_array_ptr(ec, pt->base, n->a, sb);
			sb_puts(sb, ")");
			return;
		}
		sb_printf(sb, "((%s *)(", c_obj(pt->base));
		emit_expr(ec, n->a, sb);
		sb_puts(sb, "))");
		return;
	}
	case N_INDEX: {
		struct dtype *bt = n->a->type;
		/* &this->a[1]: an element of a clause-local array (sema_types.c) */
		int mem = sema_node_is_mem(n->a) || sema_local_lvalue(n->a);

		if (bt->kind == TY_ARRAY && sema_node_is_mem(n->a) && bt->nelem > 1 &&
		    !(n->b->flags & NF_CONST)) {
			/* a kernel or alloca'd array: its bounds checked */
			sb_puts(sb, "({ __u64 _ix = (__u64)(");
			emit_expr(ec, n->b, sb);
			sb_puts(sb, "); ");
			emit_index_check(bt, "_ix", sb);
			sb_puts(sb, "&(*");
			emit_addr(ec, n->a, sb);
			sb_puts(sb, ")[_ix]; })");
			return;
		} else if (bt->kind == TY_ARRAY && mem) {
			sb_puts(sb, "(&(*");
			emit_addr(ec, n->a, sb);
			sb_puts(sb, ")[");
		} else if (!bt->base) {
			/* s[i] of a D string: a char of the string's buffer, as D's
			 * string is a char array (&x[1] once crashed dtc here) */
			sb_puts(sb, "(&((char *)(");
			emit_expr(ec, n->a, sb);
			sb_puts(sb, "))[");
		} else if (bt->base->kind == TY_ARRAY) {
			/* p[i] of a pointer to an array (&v.a, &p->comm): the
			 * i-th array, as *(p + i) */
			sb_puts(sb, "(&(");
			emit_array_ptr(ec, bt->base, n->a, sb);
			sb_puts(sb, ")[");
		} else {
			sb_printf(sb, "(&((%s *)(", c_obj(bt->base));
			emit_expr(ec, n->a, sb);
			sb_puts(sb, "))[");
		}
		emit_expr(ec, n->b, sb);
		sb_puts(sb, "])");
		return;
	}
	default:
		dtc_bug("emit_addr of node kind %d", n->kind);
	}
}

void emit_mem_addr(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	emit_addr(ec, n, sb);
}

/*
 * The address of n, a struct, union or array that trace(), print() or a
 * string read takes by reference.  DTrace checks the pointer it is reached
 * through for NULL (dt_cg_node(): DT_TOK_PTR and DT_TOK_DEREF fault at
 * address 0), then reads the memory without checking the read
 * (dt_cg_store_val(), dt_cg_act_print()): p->a of a NULL p faults at 0, not
 * at a's offset.
 */
void emit_ref_addr(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct strbuf v = { 0 };

	if (emit_var_addr(ec, n, &v)) { /* self->s, this->s, a[k]: never NULL */
		sb_puts(sb, v.s);
		sb_free(&v);
		return;
	}
	sb_free(&v);
	if (n->kind == N_PTR_MEMBER) {
		struct dtype *st = n->a->type->base;

		sb_printf(sb, "({ %s *_cp = (%s *)(", st->cname, st->cname);
		emit_expr(ec, n->a, sb);
		sb_printf(sb, "); if (!_cp) DT_FAULT(c, DTRACEFLT_BADADDR, 0); &_cp->%s; })",
			  n->str);
		return;
	}
	if (n->kind == N_UNARY && n->a->type->kind == TY_PTR) {
		sb_puts(sb, "({ __auto_type _cp = ");
		emit_addr(ec, n, sb);
		sb_puts(sb, "; if (!_cp) DT_FAULT(c, DTRACEFLT_BADADDR, 0); _cp; })");
		return;
	}
	emit_addr(ec, n, sb);
}

/* A D bit-field in (non-kernel) memory: read its storage unit and shift. */
/* A D bit-field's storage: an integer of its own, clp2(ceil(bits / 8)) bytes
 * at a byte offset aligned to its size (sema_decl.c). */
static int dbitfield_unit(const struct dmember *m)
{
	int unit = 1;
	while (unit * 8 < m->bits)
		unit <<= 1;
	return unit;
}

static void emit_dbitfield(struct ectx *ec, struct node *n, struct dmember *m, struct strbuf *sb)
{
	int unit = dbitfield_unit(m);
	int byte = m->off_bits / (unit * 8) * unit;
	int shift = m->off_bits - byte * 8;
	const char *ut = unit == 1 ? "unsigned char" : unit == 2 ? "unsigned short" :
			 unit == 4 ? "unsigned int" : "unsigned long long";
	const char *wide = m->type->is_signed ? "long long" : "unsigned long long";
	sb_printf(sb, "((%s)(((%s)DT_KREAD(c, %s, (char *)", m->type->cname, wide, ut);
	emit_sou_ptr(ec, n, sb);
	sb_printf(sb, " + %d) << %d) >> %d))", byte, 64 - shift - m->bits, 64 - m->bits);
}

/*
 * A bit-field store's new value from its old one, the C variable `old` of
 * type `type`: x++/x-- (N_INCDEC), = (cast to `cast` when not NULL), /= and
 * %= (DT_DIV/DT_MOD fault on 0), or another op=.
 */
static void emit_field_newval(struct ectx *ec, struct node *n, const char *old,
			      const char *type, const char *cast, struct strbuf *sb)
{
	if (n->kind == N_INCDEC) {
		sb_printf(sb, "%s %c 1", old, n->op == OP_PREINC || n->op == OP_POSTINC ? '+' : '-');
	} else if (n->op == OP_ASSIGN || type_is_int(n->a->type)) {
		sb_printf(sb, "%s(", cast ? cast : "");
		emit_reg_update(ec, n->op, n->a->type, old, n->b, sb);
		sb_puts(sb, ")");
	} else if (n->op == OP_DIV_ASSIGN || n->op == OP_MOD_ASSIGN) {
		sb_printf(sb, "%s(c, %s, ", n->op == OP_DIV_ASSIGN ? "DT_DIV" : "DT_MOD", old);
		emit_expr(ec, n->b, sb);
		sb_puts(sb, ")");
	} else {
		sb_printf(sb, "({ %s _t = %s; _t %s (", type, old, c_op(n->op));
		emit_expr(ec, n->b, sb);
		sb_puts(sb, "); _t; })");
	}
}

/*
 * p->f = x, p->f op= x, p->f++ (N_ASSIGN, N_INCDEC) for a bit-field f of a
 * D struct in alloca'd memory: its storage unit is read and written back
 * through DT_APTR (outside the allocations faults, as any store there),
 * the field's bits replaced; the value is the field's new value (the old
 * one for x++ and x--), as DTrace's dt_cg_field_set() stores it.
 */
void emit_dbitfield_store(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct node *lv = n->a;
	struct dmember *m = lv->member;
	int unit = dbitfield_unit(m);
	int byte = m->off_bits / (unit * 8) * unit;
	int shift = m->off_bits - byte * 8;
	unsigned long long mask = m->bits >= 64 ? ~0ULL : (1ULL << m->bits) - 1;
	const char *ut = unit == 1 ? "unsigned char" : unit == 2 ? "unsigned short" :
			 unit == 4 ? "unsigned int" : "unsigned long long";
	const char *wide = m->type->is_signed ? "long long" : "unsigned long long";
	int post = n->kind == N_INCDEC && (n->op == OP_POSTINC || n->op == OP_POSTDEC);

	sb_printf(sb, "({ %s *_bu = (%s *)DT_APTR(c, (char *)", ut, ut);
	emit_sou_ptr(ec, lv, sb);
	sb_printf(sb, " + %d, %d); ", byte, unit);
	/* the field's old value, sign-extended when it is signed */
	sb_printf(sb, "%s _bo = (%s)(((%s)(*_bu) << %d) >> %d); __u64 _bv = ", wide, wide, wide,
		  64 - shift - m->bits, 64 - m->bits);
	emit_field_newval(ec, n, "_bo", wide, "(__u64)", sb);
	sb_printf(sb, "; *_bu = (%s)((*_bu & ~(%lluULL << %d)) | ((_bv & %lluULL) << %d)); ", ut,
		  mask, shift, mask, shift);
	if (post)
		sb_printf(sb, "(%s)_bo; })", m->type->cname);
	else
		sb_printf(sb, "(%s)(((%s)(_bv << %d)) >> %d); })", m->type->cname, wide,
			  64 - m->bits, 64 - m->bits);
}

/* a[i] of a D array variable, a C lvalue: out of range faults at run time */
static void emit_elem(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if (n->a->type->kind == TY_ARRAY && !(n->b->flags & NF_CONST)) {
		sb_printf(sb, "(*({ __u64 _i = (__u64)(");
		emit_expr_reg(ec, n->b, sb);
		/* opaque: clang must not drop the check the verifier needs */
		sb_puts(sb, "); asm volatile(\"\" : \"+r\"(_i)); ");
		if (n->a->type->nelem > 1)
			emit_index_check(n->a->type, "_i", sb);
		else
			sb_printf(sb, "if (_i >= %d) DT_FAULT(c, DTRACEFLT_BADADDR, _i); ",
				  n->a->type->nelem);
		sb_puts(sb, "&(");
		emit_expr(ec, n->a, sb);
		sb_puts(sb, ")[_i]; }))");
		return;
	}
	sb_puts(sb, "(");
	emit_expr(ec, n->a, sb);
	sb_puts(sb, ")[");
	emit_expr(ec, n->b, sb);
	sb_puts(sb, "]");
}

/* The struct or union a bit-field member node n belongs to. */
static struct dtype *bitfield_struct(const struct node *n)
{
	return n->kind == N_PTR_MEMBER ? n->a->type->base : n->a->type;
}

/*
 * v.f = x, v.f op= x, v.f++ (N_ASSIGN, N_INCDEC) for a bit-field f of a
 * variable's kernel struct: read and written back at its CO-RE position
 * (DT_CORE_WRITE_BITFIELD, runtime/dtc_var.bpf.h); the value is the field's
 * new value (the old one for x++ and x--).
 */
void emit_kbitfield_store(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct node *lv = n->a;
	const char *ct = lv->member->type->cname;
	int post = n->kind == N_INCDEC && (n->op == OP_POSTINC || n->op == OP_POSTDEC);
	/* alloca'd memory (p->bf = x, p = alloca(...)): read where it lies,
	 * written through DT_APTR(); otherwise a variable's storage */
	int mem = sema_mem_is_alloca(lv);
	const char *rd = mem ? "BPF_CORE_READ_BITFIELD_PROBED" : "BPF_CORE_READ_BITFIELD";

	sb_printf(sb, "({ %s *_s = (void *)", bitfield_struct(lv)->cname);
	emit_sou_ptr(ec, lv, sb);
	sb_printf(sb, "; %s _o = (%s)%s(_s, %s); __u64 _v = ", ct, ct, rd, lv->str);
	emit_field_newval(ec, n, "_o", ct, NULL, sb);
	if (mem)
		sb_printf(sb, "; DT_CORE_AWRITE_BITFIELD(c, _s, %s, _v); ", lv->str);
	else
		sb_printf(sb, "; DT_CORE_WRITE_BITFIELD(_s, %s, _v); ", lv->str);
	if (post)
		sb_puts(sb, "_o; })");
	else
		sb_printf(sb, "(%s)%s(_s, %s); })", ct, rd, lv->str);
}

/* An expression node handled here (see sema_types.c). */
/* DT_KSTR, or DT_KSTR_COPY for the string emit_str_copy() asked for; what
 * the string's expression reads is read as values again. */
static const char *kstr_macro(struct ectx *ec, int *flag, int key[2])
{
	int copy = ec->kstr_copy;

	*flag = copy ? 0 : ec->kstr_flag;
	key[0] = copy ? ec->kstr_key : 0;
	key[1] = ec->kstr_keynull;
	ec->kstr_copy = 0;
	ec->kstr_flag = 0;
	ec->kstr_key = 0;
	return key[0] ? "DT_KSTR_KEY" : copy ? "DT_KSTR_COPY" : *flag ? "DT_KSTR_FLAG" : "DT_KSTR";
}

/* The end of a DT_KSTR* call kstr_macro() named: n, and the flag's name or
 * the key's fault values. */
static void kstr_end(struct strbuf *sb, const char *n, int flag, const int key[2])
{
	if (flag)
		sb_printf(sb, ", %s, _kb%d)", n, flag - 1);
	else if (key[0])
		sb_printf(sb, ", %s, %d, %d)", n, key[0] - 1, key[1]);
	else
		sb_printf(sb, ", %s)", n);
}

/* s[i] of a string variable (global, this->s, self->s) as a store's target. */
int emit_is_str_char(const struct node *n)
{
	return n->kind == N_INDEX && n->a->type && n->a->type->kind == TY_STRING &&
	       !(n->flags & NF_MEM);
}

/*
 * s[i] = c, s[i] op= c, s[i]++ of a string variable: the character stored
 * in the variable (dt_cg_asgn_op() stores through the string's address),
 * within strsize, else a bad address, as s[i] reads.  The value is the
 * character stored (++/--: the old one after).
 */
void emit_str_char_store(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	int incdec = n->kind != N_ASSIGN;
	int pre = n->op == OP_PREINC || n->op == OP_PREDEC;

	sb_puts(sb, "({ __u64 _si = (__u64)(");
	emit_expr(ec, n->a->b, sb);
	sb_puts(sb, "); char *_sd = (char *)(");
	emit_str_nullable(ec, n->a->a, sb);
	sb_puts(sb, "); if (!_sd || _si > DT_STRLEN_MAX) DT_FAULT(c, DTRACEFLT_BADADDR, _si); "
		    "char _so = _sd[_si]; _sd[_si] = (char)(");
	if (incdec)
		sb_printf(sb, "_so %s 1", n->op == OP_PREINC || n->op == OP_POSTINC ? "+" : "-");
	else if (n->op == OP_ASSIGN)
		emit_expr_reg(ec, n->b, sb);
	else
		emit_reg_update(ec, n->op, n->a->type, "_so", n->b, sb);
	sb_printf(sb, "); (void)_so; %s; })", incdec && !pre ? "_so" : "_sd[_si]");
}

void emit_typed_expr(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct dtype *t = n->type;

	if (n->kind == N_OFFSETOF) {
		sb_printf(sb, "((unsigned long long)%lldULL)", (long long)n->ival);
		return;
	}
	if (n->kind == N_STRINGOF) {
		int flag, key[2];

		ec->scratch = 1; /* DT_KSTR(): the string's temporary */
		sb_printf(sb, "%s(c, %d, ", kstr_macro(ec, &flag, key), n->id);
		emit_expr(ec, n->a, sb);
		kstr_end(sb, "DT_STRSIZE", flag, key);
		return;
	}
	if (n->kind == N_UNARY && n->op == OP_ADDR) {
		if (n->a->kind == N_IDENT) {
			sb_puts(sb, "((unsigned long long)&");
			emit_global_ref(ec, n->a->sym, sb);
			sb_puts(sb, ")");
			return;
		}
		sb_puts(sb, "((unsigned long long)");
		emit_addr(ec, n->a, sb);
		sb_puts(sb, ")");
		return;
	}
	if (n->kind == N_ASSIGN && sema_mem_is_alloca(n->a) && n->a->type->kind == TY_STRING) {
		/* *x = "abc" with x a string * into alloca'd memory */
		ec->scratch = 1;
		sb_puts(sb, "({ char *_d = (char *)DT_APTR(c, ");
		emit_addr(ec, n->a, sb);
		sb_puts(sb, ", DT_STRLEN_MAX); dt_strcpy(_d, ");
		emit_str(ec, n->b, sb);
		sb_puts(sb, "); _d; })");
		return;
	}
	if (n->kind == N_ASSIGN && sema_mem_is_alloca(n->a) && type_is_sou(n->a->type)) {
		/* *p = s into alloca'd memory: a D struct as a C value, a kernel
		 * (or large) one as bytes from where s lies */
		struct dtype *t = n->a->type;
		struct strbuf dst = { 0 };

		ec->scratch = 1;
		sb_puts(&dst, "DT_APTR(c, ");
		emit_addr(ec, n->a, &dst);
		sb_printf(&dst, ", %d)", t->size);
		if (t->kernel || t->size > 256) {
			emit_sou_copy(ec, dst.s, t, n->b, sb);
		} else {
			sb_printf(sb, "(*(%s *)%s = (", t->cname, dst.s);
			emit_expr(ec, n->b, sb);
			sb_puts(sb, "))");
		}
		sb_free(&dst);
		return;
	}
	if (n->kind == N_ASSIGN && emit_ksou_size(n->a->type) && !sema_node_is_mem(n->a)) {
		emit_ksou_store(ec, n, sb); /* ts[i] = *p, v.m = *q: a kernel struct copy */
		return;
	}
	if (n->kind == N_ASSIGN && (n->a->flags & NF_BITFIELD) && bitfield_struct(n->a)->kernel &&
	    ((n->a->kind == N_MEMBER_OF && !sema_node_is_mem(n->a)) || sema_mem_is_alloca(n->a))) {
		emit_kbitfield_store(ec, n, sb);
		return;
	}
	if (n->kind == N_ASSIGN && (n->a->flags & NF_BITFIELD) && sema_mem_is_alloca(n->a) &&
	    !bitfield_struct(n->a)->kernel) {
		emit_dbitfield_store(ec, n, sb);
		return;
	}
	if (n->kind == N_ASSIGN && emit_is_str_char(n->a)) {
		emit_str_char_store(ec, n, sb);
		return;
	}
	if (n->kind == N_ASSIGN && n->a->type->kind == TY_STRING && !sema_node_is_mem(n->a)) {
		/* a[i] = s of a string array, or v.s = s, this->v.s, self->v.s,
		 * a[k].s, ts[i].s (a string member of a D struct variable):
		 * copied into the element's or member's bytes */
		sb_puts(sb, "({ char *_sd = (char *)");
		if (n->a->kind == N_INDEX) {
			emit_elem(ec, n->a, sb);
		} else {
			sb_putc(sb, '(');
			emit_expr(ec, n->a, sb);
			sb_putc(sb, ')');
		}
		sb_puts(sb, "; dt_strcpy_n(_sd, ");
		emit_str_nullable(ec, n->b, sb);
		sb_puts(sb, "); _sd; })");
		return;
	}
	if (n->kind == N_ASSIGN) {
		/* a member of a D struct variable, or alloca'd memory (DT_AMEM): a C lvalue */
		if (n->op != OP_ASSIGN && type_is_int(n->a->type) && (n->a->flags & NF_BITFIELD)) {
			/* v.bf op= x: a bit-field has no address; the member is
			 * named twice (a D variable's: no side effects) */
			struct strbuf lv = { 0 };

			emit_expr(ec, n->a, &lv);
			sb_printf(sb, "(%s = (%s)(", lv.s, n->a->type->cname);
			emit_reg_update(ec, n->op, n->a->type, lv.s, n->b, sb);
			sb_puts(sb, "))");
			sb_free(&lv);
			return;
		}
		if (n->op != OP_ASSIGN && type_is_int(n->a->type)) {
			/* op=: computed on registers (emit_reg_update()) */
			sb_puts(sb, "({ __auto_type _lp = &");
			emit_expr(ec, n->a, sb);
			sb_puts(sb, "; *_lp = (__typeof__(*_lp))(");
			emit_reg_update(ec, n->op, n->a->type, "*_lp", n->b, sb);
			sb_puts(sb, "); })");
			return;
		}
		if (n->a->type->kind == TY_PTR) {
			/* a pointer member (a C void *, or a u64 of alloca'd
			 * memory) takes the register; += and -= scale by the
			 * pointee's size (dt_cg_ptrsize()) */
			sb_puts(sb, "({ __auto_type _lp = &");
			emit_expr(ec, n->a, sb);
			sb_puts(sb, "; *_lp = (__typeof__(*_lp))(unsigned long long)(");
			if (n->op == OP_ASSIGN) {
				emit_expr_reg(ec, n->b, sb);
			} else {
				sb_printf(sb, "(unsigned long long)*_lp %s ",
					  n->op == OP_ADD_ASSIGN ? "+" : "-");
				emit_ptr_scale(ec, n->a->type, n->b, sb);
			}
			sb_puts(sb, "); (unsigned long long)*_lp; })");
			return;
		}
		sb_puts(sb, "(");
		emit_expr(ec, n->a, sb);
		if (n->op == OP_ASSIGN && type_is_int(n->a->type)) {
			sb_puts(sb, " = (");
			emit_expr_reg(ec, n->b, sb);
			sb_puts(sb, "))");
			return;
		}
		if (n->op == OP_DIV_ASSIGN || n->op == OP_MOD_ASSIGN) {
			sb_printf(sb, " = %s(c, ", n->op == OP_DIV_ASSIGN ? "DT_DIV" : "DT_MOD");
			emit_expr(ec, n->a, sb);
			sb_puts(sb, ", ");
		} else {
			sb_printf(sb, " %s (", n->op == OP_ASSIGN ? "=" : c_op(n->op));
		}
		emit_expr(ec, n->b, sb);
		sb_puts(sb, "))");
		return;
	}
	if (n->kind == N_INDEX && n->a->type->kind == TY_STRING) {
		/* s[i] of a string: within strsize, or a bad address */
		sb_puts(sb, "DT_KREAD(c, char, ({ __u64 _si = (__u64)(");
		emit_expr(ec, n->b, sb);
		sb_puts(sb, "); if (_si > DT_STRLEN_MAX) DT_FAULT(c, DTRACEFLT_BADADDR, _si); "
			    "(const char *)(");
		if (emit_str_maybe_null(n->a)) { /* NULL[i]: a bad address i, as DTrace's */
			sb_puts(sb, "{ const char *_sn = ");
			emit_str_nullable(ec, n->a, sb);
			sb_puts(sb, "; if (!_sn) DT_FAULT(c, DTRACEFLT_BADADDR, _si); _sn; }");
		} else {
			emit_str(ec, n->a, sb);
		}
		sb_puts(sb, ") + _si; }))");
		return;
	}
	if (!sema_node_is_mem(n)) {
		/* members and elements of D variables: plain C */
		if (n->kind == N_MEMBER_OF && (n->flags & NF_BITFIELD) && n->a->type->kernel) {
			/* a bit-field of a variable's kernel struct: CO-RE field info */
			sb_printf(sb, "({ %s *_s = (void *)", n->a->type->cname);
			emit_addr(ec, n->a, sb);
			sb_printf(sb, "; (%s)BPF_CORE_READ_BITFIELD(_s, %s); })", n->member->type->cname,
				  n->str);
			return;
		}
		if (n->kind == N_MEMBER_OF) {
			sb_puts(sb, "(");
			emit_expr(ec, n->a, sb);
			sb_printf(sb, ").%s", n->str);
			return;
		}
		if (n->kind == N_INDEX && t->kind == TY_STRING) {
			/* an element of a string array: a NULL string faults */
			ec->scratch = 1;
			sb_puts(sb, "DT_STRVAL(c, ");
			emit_elem(ec, n, sb);
			sb_puts(sb, ")");
			return;
		}
		if (n->kind == N_INDEX && emit_ksou_size(t)) {
			/* an element of an array of kernel structs: their bytes */
			sb_printf(sb, "(*(%s *)", t->cname);
			emit_elem(ec, n, sb);
			sb_puts(sb, ")");
			return;
		}
		if (n->kind == N_INDEX) {
			emit_elem(ec, n, sb);
			return;
		}
		dtc_bug("emit_typed_expr: node kind %d", n->kind);
	}
	if (n->flags & NF_CHARARR) {
		int flag, key[2];
		const char *m = kstr_macro(ec, &flag, key);
		char len[24];

		ec->scratch = 1;
		sb_printf(sb, "%s(c, %d, ", m, n->id);
		emit_ref_addr(ec, n, sb);
		snprintf(len, sizeof(len), "%lld", (long long)n->ival);
		kstr_end(sb, len, flag, key);
		return;
	}
	if (n->flags & NF_BITFIELD) {
		struct dmember *m = n->member;
		struct dtype *st = n->kind == N_PTR_MEMBER ? n->a->type->base : n->a->type;
		if (st->kernel) {
			sb_printf(sb, "({ %s *_s = (void *)", st->cname);
			emit_sou_ptr(ec, n, sb);
			sb_printf(sb, "; (%s)BPF_CORE_READ_BITFIELD_PROBED(_s, %s); })", m->type->cname,
				  n->str);
		} else {
			emit_dbitfield(ec, n, m, sb);
		}
		return;
	}
	if (t->kind == TY_ARRAY) {
		/* an array value is its address */
		sb_puts(sb, "((unsigned long long)");
		emit_addr(ec, n, sb);
		sb_puts(sb, ")");
		return;
	}
	if (sema_mem_is_alloca(n)) {
		/* alloca'd memory: bounds-checked, and an lvalue (runtime/dtc_mem.bpf.h) */
		ec->scratch = 1;
		if (t->kind == TY_STRING)
			sb_puts(sb, "((char *)DT_APTR(c, ");
		else
			sb_printf(sb, "DT_AMEM(c, %s, ", c_obj(t));
		emit_addr(ec, n, sb);
		sb_puts(sb, t->kind == TY_STRING ? ", DT_STRLEN_MAX))" : ")");
		return;
	}
	if (n->kind == N_PTR_MEMBER) {
		/* p->m with p NULL faults at address 0: DTrace checks the
		 * pointer before adding the member's offset */
		sb_printf(sb, "DT_KREAD_PM(c, %s, %s, (", c_obj(t), n->a->type->base->cname);
		emit_expr(ec, n->a, sb);
		sb_printf(sb, "), %s)", n->str);
		return;
	}
	sb_printf(sb, "DT_KREAD(c, %s, ", c_obj(t));
	emit_addr(ec, n, sb);
	sb_puts(sb, ")");
}
