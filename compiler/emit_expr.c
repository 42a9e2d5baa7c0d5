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

/* A string value that may be NULL (NULL, a NULL-returning subroutine, a
 * string variable): the value of a string store. */
void emit_str_nullable(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if (n->type && type_is_int(n->type) && (n->flags & NF_CONST) && n->ival == 0) {
		sb_puts(sb, "((char *)0)"); /* s = NULL */
		return;
	}
	if (!emit_subr_nullable(ec, n, sb))
		emit_str(ec, n, sb);
}

static void emit_ptr_scale(struct ectx *ec, struct dtype *pt, struct node *i, struct strbuf *sb)
{
	int scale = pt->base && pt->base->size > 1 ? pt->base->size : 1;
	sb_puts(sb, "((long long)(");
	emit_expr(ec, i, sb);
	sb_printf(sb, ") * %d)", scale);
}

/*
 * DTrace computes in 64-bit registers: an int expression such as
 * "i - 5 * i * i / i" is truncated to its type only where its value is
 * used, not after each operator.  wide_op(): an arithmetic operator on
 * integers narrower than 64 bits, whose operands dtc evaluates in 64 bits.
 */
static int wide_op(const struct node *n)
{
	if (n->kind != N_BINARY || !n->type || n->type->kind != TY_INT || n->type->size >= 8 ||
	    !n->a->type || !n->b->type || n->a->type->kind != TY_INT ||
	    n->b->type->kind != TY_INT)
		return 0;
	switch (n->op) {
	case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_MOD:
	case OP_SHL: case OP_SHR: case OP_BAND: case OP_BOR: case OP_BXOR:
		return 1;
	default:
		return 0;
	}
}

static void emit_wide(struct ectx *ec, struct node *n, struct strbuf *sb);

/*
 * The C type an arithmetic operator's value is computed in: C's usual
 * conversions.  n->type is DTrace's (type_dtrace_arith(): unsigned char +
 * signed char is unsigned char), which sizes what records it (printf,
 * trace) and what a new variable holds; the register keeps the value
 * (i = uc + sc stores 257 when the sum is 257, as DTrace).
 */
static const char *arith_ctype(struct ectx *ec, const struct node *n)
{
	if (n->kind == N_BINARY && n->type && n->type->kind == TY_INT && n->op != OP_SHL &&
	    n->op != OP_SHR && n->a->type && n->b->type && type_is_int(n->a->type) &&
	    type_is_int(n->b->type))
		return type_arith_conv(ec->dx, n->a->type, n->b->type)->cname;
	if (n->kind == N_BINARY && (n->op == OP_SHL || n->op == OP_SHR) && n->type &&
	    type_is_int(n->type))
		return type_promote(ec->dx, n->type)->cname; /* c << 1 of a char: an int */
	return n->type->cname;
}

/*
 * A division of two integer constants is folded as DTrace's dt_node_op2()
 * folds it, with C's signed division (7 % -2 is 1), though at run time a
 * remainder takes the sign of the quotient (DT_MOD): its folded value.
 */
static int emit_folded_div(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	(void)ec;
	if (!(n->flags & NF_CONST) || (n->op != OP_DIV && n->op != OP_MOD) || !n->type ||
	    !type_is_int(n->type))
		return 0;
	sb_printf(sb, "((%s)%lluULL)", n->type->cname, (unsigned long long)n->ival);
	return 1;
}

/* The operator of a wide_op() node, its operands in 64 bits, not truncated. */
static void emit_wide_op(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if (emit_folded_div(ec, n, sb))
		return;
	if (n->op == OP_DIV || n->op == OP_MOD) {
		sb_printf(sb, "%s(c, ", n->op == OP_DIV ? "DT_DIV" : "DT_MOD");
		emit_wide(ec, n->a, sb);
		sb_puts(sb, ", ");
		emit_wide(ec, n->b, sb);
		sb_puts(sb, ")");
		return;
	}
	sb_puts(sb, "((");
	emit_wide(ec, n->a, sb);
	sb_printf(sb, ") %s (", c_op(n->op));
	emit_wide(ec, n->b, sb);
	sb_puts(sb, "))");
}

static void emit_wide(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if (wide_op(n)) {
		emit_wide_op(ec, n, sb);
		return;
	}
	sb_printf(sb, "((%s)(", n->type->is_signed ? "long long" : "unsigned long long");
	emit_expr(ec, n, sb);
	sb_puts(sb, "))");
}

/*
 * An integer expression's 64-bit register value, as DTrace passes it to an
 * aggregating function: quantize(1, (1 << 63) - 1) adds INT64_MAX, not the
 * int the expression is typed as (aggs/tst.negquant).
 */
void emit_expr_reg(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if (wide_op(n))
		emit_wide_op(ec, n, sb);
	else
		emit_expr(ec, n, sb);
}

/* An operand of pointer arithmetic: a pointer, or an array (its first
 * element's address), as DTrace's dt_node_is_pointer(). */
static int is_ptr_operand(const struct dtype *t)
{
	return t->kind == TY_PTR || t->kind == TY_ARRAY;
}

static void emit_binary(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct dtype *l = n->a->type, *r = n->b->type;

	if ((l->kind == TY_STRING) != (r->kind == TY_STRING)) { /* s == NULL, s != NULL */
		struct node *s = l->kind == TY_STRING ? n->a : n->b;
		sb_puts(sb, "((__u64)(");
		if (!emit_subr_nullable(ec, s, sb))
			emit_expr(ec, s, sb);
		sb_printf(sb, ") %s 0)", c_op(n->op));
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
	if (wide_op(n) && (wide_op(n->a) || wide_op(n->b))) {
		/* truncated once, here, where the value is used */
		sb_printf(sb, "((%s)(", arith_ctype(ec, n));
		emit_wide_op(ec, n, sb);
		sb_puts(sb, "))");
		return;
	}
	if (emit_folded_div(ec, n, sb))
		return;
	if (n->op == OP_DIV || n->op == OP_MOD) {
		sb_printf(sb, "%s(c, ", n->op == OP_DIV ? "DT_DIV" : "DT_MOD");
		emit_expr(ec, n->a, sb);
		sb_puts(sb, ", ");
		emit_expr(ec, n->b, sb);
		sb_puts(sb, ")");
		return;
	}
	if ((n->op == OP_ADD || n->op == OP_SUB) && is_ptr_operand(l) != is_ptr_operand(r)) {
		struct node *p = is_ptr_operand(l) ? n->a : n->b;
		struct node *i = is_ptr_operand(l) ? n->b : n->a;
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
		sb_puts(sb, "((long long)dt_sdiv((__s64)((unsigned long long)(");
		emit_expr(ec, n->a, sb);
		sb_puts(sb, ") - (unsigned long long)(");
		emit_expr(ec, n->b, sb);
		sb_printf(sb, ")), %d))", l->base && l->base->size > 0 ? l->base->size : 1);
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
		emit_expr(ec, n->a, sb);
		sb_printf(sb, ") %s %s(", c_op(n->op), cast);
		emit_expr(ec, n->b, sb);
		sb_puts(sb, ")))");
		return;
	}
	sb_printf(sb, "((%s)((", arith_ctype(ec, n));
	if (n->op == OP_SHL) /* DTrace shifts a 64-bit register: no overflow */
		sb_puts(sb, n->a->type->is_signed ? "(long long)" : "(unsigned long long)");
	emit_expr(ec, n->a, sb);
	sb_printf(sb, ") %s (", c_op(n->op));
	emit_expr(ec, n->b, sb);
	sb_puts(sb, ")))");
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
	if (n->op == OP_ASSIGN) {
		sb_puts(sb, "(");
		emit_global_ref(ec, s, sb);
		sb_printf(sb, " = (%s)(", t->cname);
		emit_expr(ec, n->b, sb);
		sb_puts(sb, "))");
		return;
	}
	if (n->op == OP_DIV_ASSIGN || n->op == OP_MOD_ASSIGN) {
		sb_puts(sb, "(");
		emit_global_ref(ec, s, sb);
		sb_printf(sb, " = (%s)%s(c, ", t->cname, n->op == OP_DIV_ASSIGN ? "DT_DIV" : "DT_MOD");
		emit_global_ref(ec, s, sb);
		sb_puts(sb, ", ");
		emit_expr(ec, n->b, sb);
		sb_puts(sb, "))");
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

void emit_expr(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if (emit_var_expr(ec, n, sb)) /* a[k], self->x, this->x: emit_var.c */
		return;
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
		emit_expr(ec, n->a, sb);
		sb_printf(sb, ") %s !!(", n->op == OP_LAND ? "&&" : n->op == OP_LOR ? "||" : "!=");
		emit_expr(ec, n->b, sb);
		sb_puts(sb, ")))");
		return;
	case N_UNARY:
		if (n->op == OP_DEREF || n->op == OP_ADDR) {
			emit_typed_expr(ec, n, sb); /* emit_types.c */
			return;
		}
		/* computed as C promotes it; recorded or stored at n->type */
		sb_printf(sb, "((%s)(%s(", type_promote(ec->dx, n->type)->cname, c_op(n->op));
		emit_expr(ec, n->a, sb);
		sb_puts(sb, ")))");
		return;
	case N_INCDEC: {
		const char *o = (n->op == OP_PREINC || n->op == OP_POSTINC) ? "++" : "--";
		int pre = n->op == OP_PREINC || n->op == OP_PREDEC;
		struct dtype *t;
		if (n->a->kind == N_MEMBER_OF && (n->a->flags & NF_BITFIELD) &&
		    !sema_node_is_mem(n->a) && n->a->a->type->kernel) {
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
	case N_ASSIGN:
		if (sema_types_is_lvalue(n->a)) {
			emit_typed_expr(ec, n, sb); /* members, *p */
			return;
		}
		emit_assign(ec, n, sb);
		return;
	case N_COND:
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

