/*
 * emit_expr.c: D expressions as C expressions over their D types' C
 * spellings; faults and strings go through runtime/dtc.bpf.h helpers.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "emit.h"

/* D's arithmetic, comparison and assignment operators are spelled as in C
 * (the logical ones, with D's ^^, are emitted by hand). */
const char *c_op(int op)
{
	return op_str(op);
}

static const char *global_cname(struct sym *s)
{
	return s->name; /* prefixed at use: dtg_<name> */
}

void emit_global_ref(struct ectx *ec, struct sym *s, struct strbuf *sb)
{
	(void)ec;
	if (emit_ksou_size(s->type)) /* the storage seen as the kernel struct (emit_var.c) */
		sb_printf(sb, "(*(%s *)dtg_%s)", s->type->cname, global_cname(s));
	else
		sb_printf(sb, "dtg_%s", global_cname(s));
}

/* A string expression as a char pointer (readable: see str_is_sized). */
void emit_str(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if (n->flags & NF_TMPCOPY) {
		ec->scratch = 1;
		sb_printf(sb, "dt_str_tmp(c, %d, ", n->id);
		n->flags &= ~NF_TMPCOPY;
		emit_str(ec, n, sb);
		n->flags |= NF_TMPCOPY;
		sb_puts(sb, ")");
		return;
	}
	emit_expr(ec, n, sb);
}

/*
 * A string copied into a variable or a key.  Read out of memory (stringof(p),
 * a char array), DTrace copies it with bpf_probe_read() and faults where that
 * fails (dt_cg_memcpy(), dt_cg_arglist()), where the same string given to a
 * subroutine, trace() or printf() is empty (DT_KSTR in dtc.bpf.h).
 */
void emit_str_copy(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	ec->kstr_copy = n->kind == N_STRINGOF || (n->flags & NF_CHARARR);
	emit_str(ec, n, sb);
	ec->kstr_copy = 0;
}

/*
 * String key #i of a tuple (from 0), copied as emit_str_copy() copies: DTrace
 * reads it into the tuple with bpf_probe_read_str() and faults at 128 + i
 * where that fails (dt_cg_arglist()), a NULL one too unless stringof()
 * checked it first (a NULL variable's or strchr()'s as well).
 */
void emit_str_key(struct ectx *ec, struct node *n, int i, struct strbuf *sb)
{
	struct strbuf v = { 0 };

	if (emit_subr_nullable(ec, n, &v)) {
		/* a string variable or subroutine that holds NULL: the tuple's
		 * read of address 0 fails, at 128 + i too */
		sb_printf(sb, "({ char *_kn = (char *)(%s); if (!_kn) "
			      "DT_FAULT(c, DTRACEFLT_BADADDR, %d); _kn; })", v.s, 128 + i);
		sb_free(&v);
		return;
	}
	sb_free(&v);
	ec->kstr_key = 128 + i + 1;
	ec->kstr_keynull = n->kind == N_STRINGOF && !(n->flags & NF_STRCAST) ? 0 : 128 + i;
	emit_str_copy(ec, n, sb);
	ec->kstr_key = 0;
}

/* A string value that may be NULL (NULL, a NULL-returning subroutine, a
 * string variable): the value of a string store. */
void emit_str_nullable(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if (n->type && type_is_int(n->type) && (n->flags & NF_CONST) && n->ival == 0) {
		sb_puts(sb, "((char *)0)"); /* s = NULL */
		return;
	}
	if (!emit_subr_nullable(ec, n, sb))
		emit_str_copy(ec, n, sb);
}

void emit_ptr_scale(struct ectx *ec, struct dtype *pt, struct node *i, struct strbuf *sb)
{
	int scale = pt->base && pt->base->size > 1 ? pt->base->size : 1;
	sb_puts(sb, "((long long)(");
	emit_expr_reg(ec, i, sb);
	sb_printf(sb, ") * %d)", scale);
}

/*
 * DTrace computes in 64-bit registers (dt_cg.c): an integer is sign- or
 * zero-extended when it is loaded (dt_cg_promote()), every operator works
 * on all 64 bits (dt_cg_arithmetic_op(), BPF_ALU64), and a value is
 * truncated to its type only where it is stored into a variable, member
 * or record, or cast (dt_cg_typecast()).  So (i + 1) > i is true for
 * i = INT_MAX, (x << 32) >> 32 gives x back, and a long assigned i + 1
 * holds 2^31.  emit_expr_reg() writes such a register value: an operator,
 * cast, ?: or folded constant as a C long long (unsigned long long when the
 * D type is unsigned), a load as its C type, which C's conversions extend
 * as dt_cg_promote() does where it meets 64-bit operands; emit_expr() of an
 * integer expression is that value truncated to its D type.
 */
static const char *reg_ctype(const struct dtype *t)
{
	return t->kind == TY_ENUM || t->is_signed ? "long long" : "unsigned long long";
}

/* An operator of two integers computed on their registers. */
static int reg_arith(const struct node *n)
{
	if (n->kind != N_BINARY || !n->type || !type_is_int(n->type) || !n->a->type ||
	    !n->b->type || !type_is_int(n->a->type) || !type_is_int(n->b->type))
		return 0;
	switch (n->op) {
	case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_MOD:
	case OP_SHL: case OP_SHR: case OP_BAND: case OP_BOR: case OP_BXOR:
		return 1;
	default:
		return 0;
	}
}

/* An integer expression whose register value emit_expr_reg() computes
 * itself: a folded constant (its raw 64-bit value, as dt_node_op2() leaves
 * it), an operator, -x, ~x, +x, an integer cast, ?:, or x++ and its kin. */
static int reg_computed(const struct node *n)
{
	if (!n->type || !type_is_int(n->type))
		return 0;
	if (n->flags & NF_CONST)
		return 1;
	switch (n->kind) {
	case N_BINARY:
		return reg_arith(n);
	case N_UNARY:
		return n->op == OP_NEG || n->op == OP_BNOT || n->op == OP_PLUS;
	case N_CAST:
		return n->b->type && type_is_int(n->b->type);
	case N_COND:
		return 1;
	case N_INCDEC: /* not a bit-field's: dt_cg_field_set() */
		return !(n->a->flags & NF_BITFIELD);
	default:
		return 0;
	}
}

/*
 * `l op r` of two register values (C expressions of 64 bits), as the BPF
 * instruction DTrace emits computes it: signed / % and >> when the
 * operator's D type is signed (dt_sdiv() magnitudes; BPF_ARSH), a shift
 * count taken modulo 64 as the x86 JIT does.  The result is of type rt.
 */
static void emit_reg_op(struct ectx *ec, int op, const char *rt, struct node *l, const char *lc,
			struct node *r, struct strbuf *sb)
{
	const char *opc = c_op(op);

	if (op == OP_DIV || op == OP_MOD)
		sb_printf(sb, "%s(c, (%s)(", op == OP_DIV ? "DT_DIV" : "DT_MOD", rt);
	else if (op == OP_SHR)
		sb_printf(sb, "((%s)((%s)(", rt, rt);
	else
		sb_printf(sb, "((%s)((unsigned long long)(", rt);
	if (l)
		emit_expr_reg(ec, l, sb);
	else
		sb_puts(sb, lc);
	if (op == OP_DIV || op == OP_MOD)
		sb_printf(sb, "), (%s)(", rt);
	else if (op == OP_SHL || op == OP_SHR)
		sb_printf(sb, ") %s ((", opc);
	else
		sb_printf(sb, ") %s (unsigned long long)(", opc);
	emit_expr_reg(ec, r, sb);
	if (op == OP_DIV || op == OP_MOD)
		sb_puts(sb, "))");
	else if (op == OP_SHL || op == OP_SHR)
		sb_puts(sb, ") & 63)))");
	else
		sb_puts(sb, ")))");
}

static void emit_incdec_store(struct ectx *ec, struct node *n, struct strbuf *sb);

/*
 * The register x++, x--, ++x and --x leave, as dt_cg_incdec_op() computes
 * it: the stored value is loaded back with a plain BPF load of its size,
 * which zero-extends and is not promoted (dt_cg_promote()), and ++x/--x add
 * to that 64-bit register before the store truncates it.  So for int i = -5,
 * i++ is 4294967291 in a comparison or a wider expression (i++ < 0 is
 * false) while it stores, prints and traces as -5, and for int i = -1, ++i
 * is 2^32.  An element or self-> variable not yet created loads as 0.  The
 * store itself is the one of x++/x-- (the old value), whatever the op.
 */
static void emit_incdec_reg(struct ectx *ec, struct node *n, const char *rt, struct strbuf *sb)
{
	static const char *const zext[] = { [1] = "unsigned char", [2] = "unsigned short",
					    [4] = "unsigned int" };
	int inc = n->op == OP_PREINC || n->op == OP_POSTINC;
	int pre = n->op == OP_PREINC || n->op == OP_PREDEC;
	int size = n->a->type->size;
	int op = n->op;

	n->op = inc ? OP_POSTINC : OP_POSTDEC;
	sb_printf(sb, "((%s)((unsigned long long)(%s)(", rt,
		  size > 0 && size < 8 && zext[size] ? zext[size] : "unsigned long long");
	emit_incdec_store(ec, n, sb);
	sb_printf(sb, ")%s))", pre ? (inc ? " + 1ULL" : " - 1ULL") : "");
	n->op = op;
}

void emit_expr_reg(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	const char *rt;

	if (!reg_computed(n)) {
		/* a load, or a 0 or 1: its C type extends it as its D
		 * type says, where the caller converts it to 64 bits */
		emit_expr(ec, n, sb);
		return;
	}
	rt = reg_ctype(n->type);
	if (n->flags & NF_CONST) {
		if (n->ival < 0 && n->ival != INT64_MIN && n->type->is_signed)
			sb_printf(sb, "((%s)%lldLL)", rt, (long long)n->ival); /* -7, not 2^64 - 7 */
		else
			sb_printf(sb, "((%s)%lluULL)", rt, (unsigned long long)n->ival);
		return;
	}
	switch (n->kind) {
	case N_BINARY:
		emit_reg_op(ec, n->op, rt, n->a, NULL, n->b, sb);
		return;
	case N_UNARY:
		sb_printf(sb, "((%s)(%s(unsigned long long)(", rt,
			  n->op == OP_NEG ? "0ULL - " : n->op == OP_BNOT ? "~" : "");
		emit_expr_reg(ec, n->a, sb);
		sb_puts(sb, ")))");
		return;
	case N_CAST:
		/* dt_cg_typecast(): truncated only where type_cast_truncates() */
		if (type_cast_truncates(n->b->type, n->type))
			sb_printf(sb, "((%s)(%s)(", rt, n->type->cname);
		else
			sb_printf(sb, "((%s)(", rt);
		emit_expr_reg(ec, n->b, sb);
		sb_puts(sb, "))");
		return;
	case N_COND:
		sb_printf(sb, "((%s)((", rt);
		emit_expr_reg(ec, n->a, sb);
		sb_printf(sb, ") ? (%s)(", reg_ctype(n->b->type));
		emit_expr_reg(ec, n->b, sb);
		sb_printf(sb, ") : (%s)(", reg_ctype(n->c->type));
		emit_expr_reg(ec, n->c, sb);
		sb_puts(sb, ")))");
		return;
	case N_INCDEC:
		emit_incdec_reg(ec, n, rt, sb);
		return;
	default:
		dtc_bug("register value of node kind %d", n->kind);
	}
}

/*
 * The 64-bit value `old op= r` computes, `old` a C expression of the
 * destination's type t, as dt_cg_asgn_op() computes it: the old value
 * loaded, the operator over registers at t's signedness; the caller's
 * store truncates it.  OP_ASSIGN is r's register value.
 */
void emit_reg_update(struct ectx *ec, int op, const struct dtype *t, const char *old,
		     struct node *r, struct strbuf *sb)
{
	static const int binop[] = {
		[OP_ADD_ASSIGN] = OP_ADD, [OP_SUB_ASSIGN] = OP_SUB, [OP_MUL_ASSIGN] = OP_MUL,
		[OP_DIV_ASSIGN] = OP_DIV, [OP_MOD_ASSIGN] = OP_MOD, [OP_SHL_ASSIGN] = OP_SHL,
		[OP_SHR_ASSIGN] = OP_SHR, [OP_AND_ASSIGN] = OP_BAND, [OP_OR_ASSIGN] = OP_BOR,
		[OP_XOR_ASSIGN] = OP_BXOR,
	};
	char *lc;

	if (op == OP_ASSIGN) {
		emit_expr_reg(ec, r, sb);
		return;
	}
	lc = arena_printf(ec->dx, "(%s)(%s)", reg_ctype(t), old);
	emit_reg_op(ec, binop[op], reg_ctype(t), NULL, lc, r, sb);
}

/* An operand of pointer arithmetic: a pointer, or an array (its first
 * element's address), as DTrace's dt_node_is_pointer(). */
static int is_ptr_operand(const struct dtype *t)
{
	return t->kind == TY_PTR || t->kind == TY_ARRAY;
}

/*
 * c ? s : 0 and c ? 0 : s, a string (dt_cook_op3()): the 0 is the NULL
 * string, marked in the temporary as a NULL string variable is
 * (dt_strcpy_n()).  Used as a string it faults, as DTrace's load of address
 * 0 (DT_STRVAL); with nullable set (== NULL, a store) it is NULL.  0 when
 * n has no 0 operand.
 */
int emit_cond_str_null(struct ectx *ec, struct node *n, struct strbuf *sb, int nullable)
{
	int zb, zc;

	if (n->kind != N_COND || !n->type || n->type->kind != TY_STRING)
		return 0;
	zb = n->b->type && type_is_int(n->b->type);
	zc = n->c->type && type_is_int(n->c->type);
	if (!zb && !zc)
		return 0;
	ec->scratch = 1;
	sb_printf(sb, "({ char *_r = dt_tmp(c, %d); dt_strcpy_n(_r, (", n->id);
	emit_expr(ec, n->a, sb);
	sb_puts(sb, ") ? (const char *)(");
	if (zb)
		sb_puts(sb, "0");
	else
		emit_str_nullable(ec, n->b, sb);
	sb_puts(sb, ") : (const char *)(");
	if (zc)
		sb_puts(sb, "0");
	else
		emit_str_nullable(ec, n->c, sb);
	sb_puts(sb, nullable ? ")); dt_strnull(_r); })" : ")); DT_STRVAL(c, _r); })");
	return 1;
}

/* A string's or an array's address in p (sema_expr.c's str_as_ptr(): s - s,
 * (s + 1) - p; p - a), which may lie in a map. */
static int has_str_addr(const struct node *p)
{
	if (p->type && p->type->kind == TY_ARRAY)
		return 1;
	if (p->kind == N_CAST)
		return p->b && p->b->type && (p->b->type->kind == TY_STRING || has_str_addr(p->b));
	if (p->kind == N_BINARY)
		return has_str_addr(p->a) || has_str_addr(p->b);
	return 0;
}

/* An operand of p - q as a number: through dt_addr_u64() where either is a
 * string's address, as the verifier takes no scalar minus a map pointer. */
static void emit_ptr_u64(struct ectx *ec, struct node *n, struct node *p, struct strbuf *sb)
{
	int str = has_str_addr(n->a) || has_str_addr(n->b);

	sb_puts(sb, str ? "dt_addr_u64((const void *)(" : "(unsigned long long)(");
	emit_expr(ec, p, sb);
	sb_puts(sb, str ? "))" : ")");
}

/*
 * p + i, i + p, p - i of an array, a string or an address that may lie in a
 * map, i not a constant.  The sum is computed as a number (dt_addr_u64()),
 * as the verifier takes no unbounded offset to a map pointer; its reads go
 * through bpf_probe_read.  An array or a string on the left of + is
 * bounds-checked first, as DTrace's dt_cg_arithmetic_op() does: the offset
 * i * size, unsigned, must be below the array's size (strsize for a
 * string), else "index out of bounds" (i); arrays of 0 or 1 element are
 * not checked.
 */
static void emit_arr_offset(struct ectx *ec, struct node *n, struct node *p, struct node *i,
			    struct strbuf *sb)
{
	struct dtype *pt = p->type;
	int esz = pt->base && pt->base->size > 0 && !(p->flags & NF_STRADDR) ? pt->base->size : 1;
	long long nelem = 0;

	if (n->op == OP_ADD && p == n->a)
		nelem = pt->kind == TY_ARRAY ? pt->nelem : (p->flags & NF_STRADDR) ? -1 : 0;
	sb_puts(sb, "({ __u64 _ai = (__u64)(");
	emit_expr_reg(ec, i, sb);
	sb_puts(sb, "); ");
	if (nelem == -1)
		sb_puts(sb, "if (_ai >= DT_STRLEN_MAX) { asm volatile(\"\" : \"+r\"(_ai)); "
			    "DT_FAULT(c, DTRACEFLT_BADINDEX, _ai); } ");
	else if (nelem > 1)
		sb_printf(sb, "if (_ai >= %lld) { asm volatile(\"\" : \"+r\"(_ai)); "
			      "DT_FAULT(c, DTRACEFLT_BADINDEX, _ai * %d / %d); } ",
			  nelem, esz, esz);
	sb_puts(sb, "dt_addr_u64((const void *)(");
	emit_expr(ec, p, sb);
	sb_printf(sb, ")) %s (__u64)((long long)_ai * %d); })", c_op(n->op), esz);
}

static void emit_binary(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct dtype *l = n->a->type, *r = n->b->type;

	if (reg_computed(n)) {
		/* truncated once, here, where the value is used */
		sb_printf(sb, "((%s)", n->type->cname);
		emit_expr_reg(ec, n, sb);
		sb_puts(sb, ")");
		return;
	}

	if ((l->kind == TY_STRING) != (r->kind == TY_STRING)) { /* s == NULL, 0 < s: addresses */
		struct node *s = l->kind == TY_STRING ? n->a : n->b;
		sb_puts(sb, s == n->a ? "((__u64)(" : "(0 ");
		if (s == n->b)
			sb_printf(sb, "%s (__u64)(", c_op(n->op));
		if (!emit_subr_nullable(ec, s, sb))
			emit_expr(ec, s, sb);
		if (s == n->a)
			sb_printf(sb, ") %s 0)", c_op(n->op));
		else
			sb_puts(sb, "))");
		return;
	}
	if (l->kind == TY_STRING) {
		/* a NULL string equals only NULL (dt_strcmp_n) */
		int nul = emit_str_maybe_null(n->a) || emit_str_maybe_null(n->b);
		void (*str)(struct ectx *, struct node *, struct strbuf *) =
			nul ? emit_str_nullable : emit_str;

		sb_puts(sb, nul ? "(dt_strcmp_n(" : "(dt_strcmp(");
		str(ec, n->a, sb);
		sb_puts(sb, ", ");
		str(ec, n->b, sb);
		sb_printf(sb, ") %s 0)", c_op(n->op));
		return;
	}
	if ((n->op == OP_ADD || n->op == OP_SUB) && is_ptr_operand(l) != is_ptr_operand(r)) {
		struct node *p = is_ptr_operand(l) ? n->a : n->b;
		struct node *i = is_ptr_operand(l) ? n->b : n->a;
		if (!(i->flags & NF_CONST) && (has_str_addr(p) || p->flags & NF_STRADDR ||
					       (p->kind == N_UNARY && p->op == OP_ADDR))) {
			emit_arr_offset(ec, n, p, i, sb);
			return;
		}
		sb_puts(sb, "((unsigned long long)(");
		emit_expr(ec, p, sb);
		sb_printf(sb, ") %s ", c_op(n->op));
		emit_ptr_scale(ec, p->type, i, sb);
		sb_puts(sb, ")");
		return;
	}
	if (n->op == OP_SUB && is_ptr_operand(l) && is_ptr_operand(r)) {
		/* p - q: a count of elements, as C and DTrace (dt_sdiv():
		 * BPF before v4 has no signed division) */
		sb_puts(sb, "((long long)dt_sdiv((__s64)(");
		emit_ptr_u64(ec, n, n->a, sb);
		sb_puts(sb, " - ");
		emit_ptr_u64(ec, n, n->b, sb);
		sb_printf(sb, "), %d))", l->base && l->base->size > 0 ? l->base->size : 1);
		return;
	}
	if (n->op >= OP_LT && n->op <= OP_NE) {
		/* comparisons yield int; two integers compare as 64-bit
		 * registers, signed when DTrace's promoted type is
		 * (dt_cg_compare_signed()): no promotion to int first */
		const char *cast = "";

		if (type_is_int(l) && type_is_int(r))
			cast = type_dtrace_arith(ec->dx, l, r)->is_signed ? "(long long)"
									  : "(unsigned long long)";
		sb_printf(sb, "((int)(%s(", cast);
		emit_expr_reg(ec, n->a, sb);
		sb_printf(sb, ") %s %s(", c_op(n->op), cast);
		emit_expr_reg(ec, n->b, sb);
		sb_puts(sb, ")))");
		return;
	}
	dtc_bug("binary operator %d on %s and %s", n->op, l->name, r->name);
}

static void emit_assign(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct sym *s = n->a->sym;
	struct dtype *t = s->type;

	if (t->kind == TY_STRING) {
		sb_puts(sb, "({ dt_strcpy_n(");
		emit_global_ref(ec, s, sb);
		sb_puts(sb, ", ");
		emit_str_nullable(ec, n->b, sb);
		sb_puts(sb, "); (char *)");
		emit_global_ref(ec, s, sb);
		sb_puts(sb, "; })");
		return;
	}
	if (emit_ksou_size(t)) {
		emit_ksou_global_store(ec, n, sb); /* emit_var.c */
		return;
	}
	if (type_is_sou(t)) {
		/* X = Y: a struct copy */
		sb_puts(sb, "(");
		emit_global_ref(ec, s, sb);
		sb_puts(sb, " = ");
		emit_expr(ec, n->b, sb);
		sb_puts(sb, ")");
		return;
	}
	if (n->op == OP_ASSIGN || type_is_int(t)) {
		/* the register stored, truncated to the variable's type */
		struct strbuf old = { 0 };

		emit_global_ref(ec, s, &old);
		sb_puts(sb, "(");
		sb_puts(sb, old.s);
		sb_printf(sb, " = (%s)(", t->cname);
		emit_reg_update(ec, n->op, t, old.s, n->b, sb);
		sb_puts(sb, "))");
		sb_free(&old);
		return;
	}
	if (t->kind == TY_PTR && (n->op == OP_ADD_ASSIGN || n->op == OP_SUB_ASSIGN)) {
		sb_puts(sb, "(");
		emit_global_ref(ec, s, sb);
		sb_printf(sb, " %s ", c_op(n->op));
		emit_ptr_scale(ec, t, n->b, sb);
		sb_puts(sb, ")");
		return;
	}
	sb_puts(sb, "(");
	emit_global_ref(ec, s, sb);
	sb_printf(sb, " %s (", c_op(n->op));
	emit_expr(ec, n->b, sb);
	sb_puts(sb, "))");
}

static void emit_macro(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	static const char *const mvars[] = { "$pid", "$ppid", "$uid", "$gid",
					     "$euid", "$egid", "$pgid", "$sid" };
	const char *m = n->str;
	size_t i;

	(void)ec;
	if (n->type->kind == TY_STRING) {
		/* read through dt_rodata_str(): a plain cast drops volatile
		 * and lets clang fold the all-zero initializer ($$1 == "") */
		const char *d = m + 1 + (m[1] == '$'); /* $$N, or $0: the script's name */

		if (isdigit((unsigned char)*d)) /* n->id may be a temporary's slot */
			sb_printf(sb, "dt_rodata_str(dtc_smac_%ld)", strtol(d, NULL, 10));
		else
			sb_printf(sb, "dt_rodata_str(dtc_smv_%s)", m + 2); /* $$pid */
		return;
	}
	if (!strcmp(m, "$target")) {
		sb_puts(sb, "((int)dtc_target)");
		return;
	}
	for (i = 0; i < sizeof(mvars) / sizeof(mvars[0]); i++) {
		if (!strcmp(m, mvars[i])) {
			sb_printf(sb, "((int)dtc_macvar[%d])", (int)i);
			return;
		}
	}
	sb_printf(sb, "((long long)dtc_mac_%d)", n->id);
}

/* copyinstr(addr[, maxlen]): the table's emit hook */
static int emit_copyinstr(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if (n->a->next) {
		sb_printf(sb, "DT_COPYINSTR_N(c, %d, ", n->id);
		emit_expr(ec, n->a, sb);
		sb_puts(sb, ", ");
		emit_expr(ec, n->a->next, sb);
		sb_puts(sb, ")");
	} else {
		sb_printf(sb, "DT_COPYINSTR(c, %d, ", n->id);
		emit_expr(ec, n->a, sb);
		sb_puts(sb, ")");
	}
	return 1;
}

/* The value emitters of the rows of builtins.c, by enum bi_expr. */
static int (*const expr_hooks[])(struct ectx *, struct node *, struct strbuf *) = {
	[BE_NONE] = NULL,
	[BE_SUBR] = emit_subr_call,
	[BE_MEM] = emit_mem_call,
	[BE_COPYINSTR] = emit_copyinstr,
	[BE_STACK] = emit_stack_expr,
};

/*
 * x++, x--, ++x, --x stored (the value is the old one for x++ and x--, the
 * new one for ++x and --x, of x's C type): a D variable (emit_var.c), a
 * member or element, a bit-field.
 */
static void emit_incdec_store(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	const char *o = (n->op == OP_PREINC || n->op == OP_POSTINC) ? "++" : "--";
	int pre = n->op == OP_PREINC || n->op == OP_PREDEC;
	struct dtype *t;

	if (emit_var_expr(ec, n, sb)) /* self->x, this->x, a[k] */
		return;
	if ((n->a->flags & NF_BITFIELD) &&
	    ((n->a->kind == N_MEMBER_OF && !sema_node_is_mem(n->a) && n->a->a->type->kernel) ||
	     (sema_mem_is_alloca(n->a) &&
	      (n->a->kind == N_PTR_MEMBER ? n->a->a->type->base : n->a->a->type)->kernel))) {
		emit_kbitfield_store(ec, n, sb); /* emit_types.c */
		return;
	}
	if ((n->a->flags & NF_BITFIELD) && sema_mem_is_alloca(n->a) &&
	    !(n->a->kind == N_PTR_MEMBER ? n->a->a->type->base : n->a->a->type)->kernel) {
		emit_dbitfield_store(ec, n, sb); /* emit_types.c */
		return;
	}
	if (n->a->kind != N_IDENT && (n->a->flags & NF_BITFIELD)) {
		sb_printf(sb, "(%s", pre ? o : "");
		emit_expr(ec, n->a, sb);
		sb_printf(sb, "%s)", pre ? "" : o);
		return;
	}
	if (emit_is_str_char(n->a)) {
		emit_str_char_store(ec, n, sb); /* s[i]++ (emit_types.c) */
		return;
	}
	if (n->a->kind != N_IDENT) {
		/* x.m++, a[i]--: a member or element of a D global */
		int step = n->a->type->kind == TY_PTR && n->a->type->base &&
				   n->a->type->base->size > 1 ? n->a->type->base->size : 1;
		sb_puts(sb, "({ __auto_type _p = &");
		emit_expr(ec, n->a, sb);
		sb_printf(sb, "; __auto_type _o = *_p; *_p %s= %d; %s; })", o[0] == '+' ? "+" : "-",
			  step, pre ? "*_p" : "_o");
		return;
	}
	t = n->a->sym->type;
	if (t->kind == TY_PTR && t->base && t->base->size > 1) {
		/* pointer steps by its element size */
		sb_puts(sb, pre ? "(" : "({ __auto_type _o = ");
		if (!pre) {
			emit_global_ref(ec, n->a->sym, sb);
			sb_puts(sb, "; ");
		}
		emit_global_ref(ec, n->a->sym, sb);
		sb_printf(sb, " %s= %d", o[0] == '+' ? "+" : "-", t->base->size);
		sb_puts(sb, pre ? ")" : "; _o; })");
		return;
	}
	sb_puts(sb, "(");
	if (pre)
		sb_puts(sb, o);
	emit_global_ref(ec, n->a->sym, sb);
	if (!pre)
		sb_puts(sb, o);
	sb_puts(sb, ")");
	return;
}

void emit_expr(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if (n->kind == N_INCDEC && !reg_computed(n)) {
		emit_incdec_store(ec, n, sb);
		return;
	}
	if (emit_var_expr(ec, n, sb)) /* a[k], self->x, this->x: emit_var.c */
		return;
	if (reg_computed(n) && (n->kind == N_BINARY || n->kind == N_UNARY || n->kind == N_CAST ||
				n->kind == N_COND || n->kind == N_INCDEC)) {
		/* an integer operation's register, truncated to its type */
		sb_printf(sb, "((%s)", n->type->cname);
		emit_expr_reg(ec, n, sb);
		sb_puts(sb, ")");
		return;
	}
	switch (n->kind) {
	case N_INT:
		sb_printf(sb, "((%s)%lluULL)", n->type->cname, (unsigned long long)n->ival);
		return;
	case N_CHAR:
		sb_printf(sb, "((%s)%lluULL)", n->type->cname, (unsigned long long)n->ival);
		return;
	case N_STRING:
		if (n->ival == 0) {
			/* not "": clang merges it into a zero 1-byte constant such as
			 * dtc_on[1], which dtrun then sets */
			sb_puts(sb, "((const char *)dtc_empty)");
			return;
		}
		sb_putc(sb, '"');
		sb_put_cstr(sb, n->str, (size_t)n->ival);
		sb_putc(sb, '"');
		return;
	case N_IDENT:
		if (n->sym->kind == SYM_GLOBAL && (n->flags & NF_CHARARR)) {
			/* a D global char array read as a string */
			ec->scratch = 1;
			ec->kstr_copy = 0; /* always readable */
			sb_printf(sb, "DT_KSTR(c, %d, &", n->id);
			emit_global_ref(ec, n->sym, sb);
			sb_printf(sb, ", %lld)", (long long)n->ival);
			return;
		}
		if (n->sym->kind == SYM_GLOBAL) {
			if (n->type->kind == TY_STRING) { /* a NULL string faults */
				ec->scratch = 1;
				sb_puts(sb, "DT_STRVAL(c, ");
			} else {
				sb_puts(sb, "(");
			}
			emit_global_ref(ec, n->sym, sb);
			sb_puts(sb, ")");
		} else {
			const struct builtin_var *bv = n->sym->bv;
			if (bv->scratch)
				ec->scratch = 1;
			sb_puts(sb, "(");
			if (bv->needs_tmp)
				sb_printf(sb, bv->emit, n->id);
			else
				sb_puts(sb, bv->emit);
			sb_puts(sb, ")");
		}
		return;
	case N_MACRO:
		emit_macro(ec, n, sb);
		return;
	case N_BINARY:
		emit_binary(ec, n, sb);
		return;
	case N_LOGICAL:
		sb_puts(sb, "((int)(!!(");
		emit_expr_reg(ec, n->a, sb);
		sb_printf(sb, ") %s !!(", n->op == OP_LAND ? "&&" : n->op == OP_LOR ? "||" : "!=");
		emit_expr_reg(ec, n->b, sb);
		sb_puts(sb, ")))");
		return;
	case N_UNARY:
		if (n->op == OP_DEREF || n->op == OP_ADDR) {
			emit_typed_expr(ec, n, sb); /* emit_types.c */
			return;
		}
		/* !x of a register (-x, ~x, +x: emit_expr_reg()) */
		sb_printf(sb, "((%s)(%s(", n->type->cname, c_op(n->op));
		emit_expr_reg(ec, n->a, sb);
		sb_puts(sb, ")))");
		return;
	case N_INCDEC:
		emit_incdec_store(ec, n, sb);
		return;
	case N_ASSIGN:
		if (sema_types_is_lvalue(n->a)) {
			emit_typed_expr(ec, n, sb); /* members, *p */
			return;
		}
		emit_assign(ec, n, sb);
		return;
	case N_COND:
		if (n->type->kind == TY_STRING && emit_cond_str_null(ec, n, sb, 0))
			return;
		if (n->type->kind == TY_STRING) {
			ec->scratch = 1;
			sb_printf(sb, "({ char *_r = dt_tmp(c, %d); dt_strcpy(_r, (", n->id);
			emit_expr(ec, n->a, sb);
			sb_puts(sb, ") ? (const char *)(");
			emit_str(ec, n->b, sb);
			sb_puts(sb, ") : (const char *)(");
			emit_str(ec, n->c, sb);
			sb_puts(sb, ")); _r; })");
			return;
		}
		sb_printf(sb, "((%s)((", n->type->cname);
		emit_expr(ec, n->a, sb);
		sb_puts(sb, ") ? (");
		emit_expr(ec, n->b, sb);
		sb_puts(sb, ") : (");
		emit_expr(ec, n->c, sb);
		sb_puts(sb, ")))");
		return;
	case N_CALL:
		{
			/* the call's row in builtins.c */
			const struct builtin *b = builtin_find(n->str);

			if (b && (b->flags & BI_SCRATCH))
				ec->scratch = 1; /* its result or its work: c->s */
			if (b && b->emit_expr != BE_NONE && expr_hooks[b->emit_expr](ec, n, sb))
				return;
		}
		dtc_bug("call %s in expression", n->str);
	case N_CAST:
		if (type_is_sou(n->type)) {
			emit_expr(ec, n->b, sb); /* (struct s)x of a struct s */
			return;
		}
		if (n->type->kind == TY_VOID) {
			sb_puts(sb, "((void)(");
			emit_expr(ec, n->b, sb);
			sb_puts(sb, "))");
			return;
		}
		sb_printf(sb, "((%s)(", n->type->cname);
		emit_expr(ec, n->b, sb);
		sb_puts(sb, "))");
		return;
	case N_SIZEOF_TYPE:
	case N_SIZEOF_EXPR:
		sb_printf(sb, "((unsigned long long)%lldULL)", (long long)n->ival);
		return;
	case N_STRINGOF:
		if (n->flags & NF_CHARARR) {
			emit_typed_expr(ec, n, sb); /* a kernel char pointer */
			return;
		}
		emit_str(ec, n->a, sb);
		return;
	case N_MEMBER_OF:
	case N_PTR_MEMBER:
	case N_INDEX:
	case N_OFFSETOF:
		emit_typed_expr(ec, n, sb); /* emit_types.c */
		return;
	case N_COMMA:
		sb_puts(sb, "((");
		emit_expr(ec, n->a, sb);
		sb_puts(sb, "), (");
		emit_expr(ec, n->b, sb);
		sb_puts(sb, "))");
		return;
	default:
		dtc_bug("unexpected node kind %d in emit_expr", n->kind);
	}
}

