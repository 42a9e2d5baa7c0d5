/*
 * emit.c: writes the BPF C for a checked program, and its metadata.
 *
 * Layout of the generated file:
 *   load-time parameters (const volatile, .rodata) and D globals (.bss);
 *   one static inline function per clause, dtc_clause_<C>(), which evaluates
 *   the predicate, runs the statements and commits the clause's record;
 *   dtc_error(), which reports a fault and runs the ERROR clauses;
 *   one program per probe family, dtc_p<P>(), which builds the probe context
 *   and calls its clauses in script order, each behind dtc_on[pair];
 *   the ".dtc" metadata section dtrun reads (grammar in dtc_abi.h).
 *
 * D's integer arithmetic is C's (LP64), so expressions become C expressions
 * over their D types' C spellings; everything with a fault or a verifier
 * subtlety goes through helpers in runtime/dtc.bpf.h.
 */
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "sema.h"

struct ectx {
	struct dtc *dx;
	struct sema_state *ss;
	struct strbuf *out;
	int indent;
};

static void emit_expr(struct ectx *ec, struct node *n, struct strbuf *sb);

static void ind(struct ectx *ec)
{
	for (int i = 0; i < ec->indent; i++)
		sb_putc(ec->out, '\t');
}

static const char *c_op(int op)
{
	switch (op) {
	case OP_ADD: return "+";
	case OP_SUB: return "-";
	case OP_MUL: return "*";
	case OP_DIV: return "/";
	case OP_MOD: return "%";
	case OP_SHL: return "<<";
	case OP_SHR: return ">>";
	case OP_BAND: return "&";
	case OP_BOR: return "|";
	case OP_BXOR: return "^";
	case OP_LT: return "<";
	case OP_LE: return "<=";
	case OP_GT: return ">";
	case OP_GE: return ">=";
	case OP_EQ: return "==";
	case OP_NE: return "!=";
	case OP_NEG: return "-";
	case OP_PLUS: return "+";
	case OP_BNOT: return "~";
	case OP_LNOT: return "!";
	case OP_ADD_ASSIGN: return "+=";
	case OP_SUB_ASSIGN: return "-=";
	case OP_MUL_ASSIGN: return "*=";
	case OP_SHL_ASSIGN: return "<<=";
	case OP_SHR_ASSIGN: return ">>=";
	case OP_AND_ASSIGN: return "&=";
	case OP_OR_ASSIGN: return "|=";
	case OP_XOR_ASSIGN: return "^=";
	}
	return NULL;
}

static const char *global_cname(struct sym *s)
{
	return s->name; /* prefixed at use: dtg_<name> */
}

static void emit_global_ref(struct ectx *ec, struct sym *s, struct strbuf *sb)
{
	(void)ec;
	sb_printf(sb, "dtg_%s", global_cname(s));
}

/* A string expression as a char pointer (readable: see str_is_sized). */
static void emit_str(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	if (n->flags & NF_TMPCOPY) {
		sb_printf(sb, "dt_str_tmp(c, %d, ", n->id);
		n->flags &= ~NF_TMPCOPY;
		emit_str(ec, n, sb);
		n->flags |= NF_TMPCOPY;
		sb_puts(sb, ")");
		return;
	}
	emit_expr(ec, n, sb);
}

static void emit_ptr_scale(struct ectx *ec, struct dtype *pt, struct node *i, struct strbuf *sb)
{
	int scale = pt->base && pt->base->size > 1 ? pt->base->size : 1;
	sb_puts(sb, "((long long)(");
	emit_expr(ec, i, sb);
	sb_printf(sb, ") * %d)", scale);
}

static void emit_binary(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	struct dtype *l = n->a->type, *r = n->b->type;

	if (l->kind == TY_STRING) {
		sb_puts(sb, "(dt_strcmp(");
		emit_str(ec, n->a, sb);
		sb_puts(sb, ", ");
		emit_str(ec, n->b, sb);
		sb_printf(sb, ") %s 0)", c_op(n->op));
		return;
	}
	if (n->op == OP_DIV || n->op == OP_MOD) {
		sb_printf(sb, "%s(c, ", n->op == OP_DIV ? "DT_DIV" : "DT_MOD");
		emit_expr(ec, n->a, sb);
		sb_puts(sb, ", ");
		emit_expr(ec, n->b, sb);
		sb_puts(sb, ")");
		return;
	}
	if ((n->op == OP_ADD || n->op == OP_SUB) && (l->kind == TY_PTR) != (r->kind == TY_PTR)) {
		struct node *p = l->kind == TY_PTR ? n->a : n->b;
		struct node *i = l->kind == TY_PTR ? n->b : n->a;
		sb_puts(sb, "((unsigned long long)(");
		emit_expr(ec, p, sb);
		sb_printf(sb, ") %s ", c_op(n->op));
		emit_ptr_scale(ec, p->type, i, sb);
		sb_puts(sb, ")");
		return;
	}
	if (n->op >= OP_LT && n->op <= OP_NE) {
		/* comparisons yield int, like C */
		sb_puts(sb, "((int)((");
		emit_expr(ec, n->a, sb);
		sb_printf(sb, ") %s (", c_op(n->op));
		emit_expr(ec, n->b, sb);
		sb_puts(sb, ")))");
		return;
	}
	sb_printf(sb, "((%s)((", n->type->cname);
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
		sb_puts(sb, "({ dt_strcpy(");
		emit_global_ref(ec, s, sb);
		sb_puts(sb, ", ");
		emit_str(ec, n->b, sb);
		sb_puts(sb, "); (char *)");
		emit_global_ref(ec, s, sb);
		sb_puts(sb, "; })");
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
		sb_printf(sb, "((const char *)dtc_smac_%d)", n->id);
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

static void emit_expr(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	switch (n->kind) {
	case N_INT:
		sb_printf(sb, "((%s)%lluULL)", n->type->cname, (unsigned long long)n->ival);
		return;
	case N_CHAR:
		sb_printf(sb, "((signed char)%lld)", (long long)n->ival);
		return;
	case N_STRING:
		sb_putc(sb, '"');
		sb_put_cstr(sb, n->str, (size_t)n->ival);
		sb_putc(sb, '"');
		return;
	case N_IDENT:
		if (n->sym->kind == SYM_GLOBAL) {
			if (n->type->kind == TY_STRING)
				sb_puts(sb, "((char *)");
			else
				sb_puts(sb, "(");
			emit_global_ref(ec, n->sym, sb);
			sb_puts(sb, ")");
		} else {
			const struct builtin_var *bv = n->sym->bv;
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
		sb_printf(sb, "((%s)(%s(", n->type->cname, c_op(n->op));
		emit_expr(ec, n->a, sb);
		sb_puts(sb, ")))");
		return;
	case N_INCDEC: {
		const char *o = (n->op == OP_PREINC || n->op == OP_POSTINC) ? "++" : "--";
		int pre = n->op == OP_PREINC || n->op == OP_PREDEC;
		struct dtype *t = n->a->sym->type;
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
		emit_assign(ec, n, sb);
		return;
	case N_COND:
		if (n->type->kind == TY_STRING) {
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
		if (!strcmp(n->str, "copyinstr")) {
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
			return;
		}
		dtc_bug("call %s in expression", n->str);
	case N_CAST:
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
		emit_str(ec, n->a, sb);
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

static struct action *find_action(struct ectx *ec, int id)
{
	struct action *a;
	for (a = ec->ss->acts; a; a = a->next)
		if (a->id == id)
			return a;
	dtc_bug("no action %d", id);
}

/* A data-recording action: reserve its item, store each argument. */
static void emit_action(struct ectx *ec, struct node *call, struct node *args, int actno)
{
	struct action *a = find_action(ec, call->id);
	struct strbuf sb = { 0 };
	struct node *arg;
	int i, at = 0;

	ind(ec);
	sb_puts(ec->out, "{\n");
	ec->indent++;
	ind(ec);
	sb_printf(ec->out, "c->act = %d;\n", actno);
	ind(ec);
	sb_printf(ec->out, "char *_p = dt_item(c, %d, %d);\n", a->id, a->size);
	ind(ec);
	sb_puts(ec->out, "if (!_p)\n");
	ind(ec);
	sb_puts(ec->out, "\tDT_FAULT(c, DTRACEFLT_NOSCRATCH, 0);\n");
	for (i = 0, arg = args; arg && i < a->nargs; arg = arg->next, i++) {
		sb.len = 0;
		if (sb.s)
			sb.s[0] = 0;
		ind(ec);
		if (a->argk[i] == 's') {
			emit_str(ec, arg, &sb);
			sb_printf(ec->out, "dt_put_str(_p, %d, %s, %d);\n", at, sb.s, a->argsize[i]);
			at += (a->argsize[i] + 7) & ~7;
		} else {
			emit_expr(ec, arg, &sb);
			sb_printf(ec->out, "dt_put_int(_p, %d, (__u64)(%s)(%s));\n", at,
				  a->argk[i] == 'i' ? "long long" : "unsigned long long", sb.s);
			at += 8;
		}
	}
	if (!strcmp(a->kind, "exit")) {
		ind(ec);
		sb_puts(ec->out, "dtc_activity = DT_ACTIVITY_DRAINING;\n");
	}
	ec->indent--;
	ind(ec);
	sb_puts(ec->out, "}\n");
	sb_free(&sb);
}

struct stmt_state {
	int actno; /* 1-based action counter within the clause */
};

static void emit_stmts(struct ectx *ec, struct node *s, struct stmt_state *ss)
{
	struct strbuf sb = { 0 };

	for (; s; s = s->next) {
		switch (s->kind) {
		case N_EXPR_STMT: {
			struct node *e = s->a;
			if (e->kind == N_CALL && (!strcmp(e->str, "printf") || !strcmp(e->str, "trace") ||
						  !strcmp(e->str, "exit"))) {
				ss->actno++;
				emit_action(ec, e, !strcmp(e->str, "printf") ? e->a->next : e->a,
					    ss->actno);
				break;
			}
			sb.len = 0;
			if (sb.s)
				sb.s[0] = 0;
			emit_expr(ec, e, &sb);
			ind(ec);
			sb_printf(ec->out, "(void)%s;\n", sb.s);
			break;
		}
		case N_EMPTY:
			break;
		case N_BLOCK:
			ind(ec);
			sb_puts(ec->out, "{\n");
			ec->indent++;
			emit_stmts(ec, s->a, ss);
			ec->indent--;
			ind(ec);
			sb_puts(ec->out, "}\n");
			break;
		case N_IF:
			sb.len = 0;
			if (sb.s)
				sb.s[0] = 0;
			emit_expr(ec, s->a, &sb);
			ind(ec);
			sb_printf(ec->out, "if (%s) {\n", sb.s);
			ec->indent++;
			emit_stmts(ec, s->b, ss);
			ec->indent--;
			if (s->c) {
				ind(ec);
				sb_puts(ec->out, "} else {\n");
				ec->indent++;
				emit_stmts(ec, s->c, ss);
				ec->indent--;
			}
			ind(ec);
			sb_puts(ec->out, "}\n");
			break;
		default:
			dtc_bug("statement kind %d", s->kind);
		}
	}
	sb_free(&sb);
}

static void emit_clause(struct ectx *ec, struct clause_info *ci)
{
	struct node *cl = ci->n;
	struct stmt_state ss = { 0 };
	struct strbuf sb = { 0 };

	sb_printf(ec->out, "\n/* clause %d: %s */\n", ci->id, cl->a ? cl->a->str : "");
	sb_printf(ec->out, "static __always_inline int dtc_clause_%d(struct dt_ctx *c)\n{\n",
		  ci->id);
	ec->indent = 1;
	ind(ec);
	sb_printf(ec->out, "dt_rec_begin(c, %d);\n", ci->id);
	if (cl->b) {
		emit_expr(ec, cl->b, &sb);
		ind(ec);
		sb_printf(ec->out, "if (!(%s))\n\t\treturn 0;\n", sb.s);
	}
	emit_stmts(ec, cl->c, &ss);
	ind(ec);
	if (!cl->c)
		sb_puts(ec->out, "dt_rec_commit(c);\n");
	else if (ci->records)
		sb_puts(ec->out, "if (c->off > sizeof(struct dt_rec_hdr))\n\t\tdt_rec_commit(c);\n");
	ind(ec);
	sb_puts(ec->out, "return 0;\n");
	sb_puts(ec->out, "fault: __attribute__((unused));\n\treturn 1;\n}\n");
	sb_free(&sb);
}

static void emit_calls(struct ectx *ec, struct prog *p, const char *ctxname, int is_syscall)
{
	for (int i = 0; i < p->nclauses; i++) {
		int pair = p->pair0 + i;
		if (is_syscall)
			sb_printf(ec->out,
				  "\tif (dtc_on[%d] && ((dtc_sys_mask[%d][(nr >> 6) & 7] >> (nr & 63)) & 1) &&\n"
				  "\t    dtc_clause_%d(&%s))\n\t\tdtc_error(&%s);\n",
				  pair, pair, p->clauses[i], ctxname, ctxname);
		else
			sb_printf(ec->out, "\tif (dtc_on[%d] && dtc_clause_%d(&%s))\n\t\tdtc_error(&%s);\n",
				  pair, p->clauses[i], ctxname, ctxname);
	}
}

static void emit_probe_names(struct ectx *ec, const char *prov, const char *mod,
			     const char *func, const char *name)
{
	sb_printf(ec->out, "\tc.pprov = \"%s\";\n\tc.pmod = \"%s\";\n", prov, mod);
	if (func)
		sb_printf(ec->out, "\tc.pfunc = \"%s\";\n", func);
	if (name)
		sb_printf(ec->out, "\tc.pname = \"%s\";\n", name);
}

static void emit_prog(struct ectx *ec, struct prog *p)
{
	struct sema_state *ss = ec->ss;

	switch (p->family) {
	case DT_FAM_BEGIN:
	case DT_FAM_END:
		sb_printf(ec->out, "\nSEC(\"raw_tp\")\nint dtc_p%d(void *ctx)\n{\n", p->id);
		sb_puts(ec->out, "\tstruct dt_ctx c = {};\n");
		sb_printf(ec->out, "\tif (dt_prologue(&c, ctx, %d, %d))\n\t\treturn 0;\n", p->id,
			  p->family == DT_FAM_END);
		emit_probe_names(ec, "dtrace", "", "", p->family == DT_FAM_END ? "END" : "BEGIN");
		emit_calls(ec, p, "c", 0);
		sb_puts(ec->out, "\treturn 0;\n}\n");
		break;
	case DT_FAM_SYSCALL_ENTRY:
	case DT_FAM_SYSCALL_RETURN: {
		int ret = p->family == DT_FAM_SYSCALL_RETURN;
		sb_printf(ec->out,
			  "\nSEC(\"raw_tp/%s\")\nint dtc_p%d(struct bpf_raw_tracepoint_args *ctx)\n{\n",
			  ret ? "sys_exit" : "sys_enter", p->id);
		sb_puts(ec->out, "\tstruct dt_ctx c = {};\n");
		if (ret) {
			sb_puts(ec->out, "\t__u64 nr = 0;\n\tlong long rv = (long long)ctx->args[1];\n");
			sb_puts(ec->out, "\tbpf_probe_read_kernel(&nr, 8, (char *)ctx->args[0] + 120); /* orig_ax */\n");
		} else {
			sb_puts(ec->out, "\t__u64 nr = ctx->args[1];\n");
		}
		sb_printf(ec->out, "\tif (nr >= DT_MAX_SYSCALLS || dt_prologue(&c, ctx, %d, 0))\n\t\treturn 0;\n",
			  p->id);
		sb_puts(ec->out, "\tc.probe = nr;\n");
		if (ret) {
			sb_puts(ec->out, "\tc.arg[0] = c.arg[1] = rv;\n");
			sb_puts(ec->out, "\tc.errno_val = rv < 0 && rv >= -4095 ? -rv : 0;\n");
		} else if (ss->uses_args) {
			sb_puts(ec->out, "\tdt_syscall_args(&c, (void *)ctx->args[0]);\n");
		}
		emit_probe_names(ec, "syscall", "vmlinux", NULL, ret ? "return" : "entry");
		if (ss->uses_sysnames)
			sb_puts(ec->out, "\tc.pfunc = (const char *)dtc_sysnames[nr & (DT_MAX_SYSCALLS - 1)];\n");
		else
			sb_puts(ec->out, "\tc.pfunc = \"\";\n");
		emit_calls(ec, p, "c", 1);
		sb_puts(ec->out, "\treturn 0;\n}\n");
		break;
	}
	case DT_FAM_PROFILE:
	case DT_FAM_TICK:
		sb_printf(ec->out, "\nSEC(\"perf_event\")\nint dtc_p%d(struct bpf_perf_event_data *ctx)\n{\n",
			  p->id);
		sb_puts(ec->out, "\tstruct dt_ctx c = {};\n");
		sb_printf(ec->out, "\tif (dt_prologue(&c, ctx, %d, 0))\n\t\treturn 0;\n", p->id);
		/* arg0: kernel PC, arg1: user PC (x86-64 UAPI pt_regs names) */
		sb_puts(ec->out, "\tif (ctx->regs.cs & 3)\n\t\tc.arg[1] = ctx->regs.rip;\n"
				 "\telse\n\t\tc.arg[0] = ctx->regs.rip;\n");
		emit_probe_names(ec, "profile", "", "", p->param);
		emit_calls(ec, p, "c", 0);
		sb_puts(ec->out, "\treturn 0;\n}\n");
		break;
	case DT_FAM_ERROR:
		break; /* ERROR clauses run from dtc_error() */
	}
}

static void emit_error_fn(struct ectx *ec)
{
	struct prog *p, *err = NULL;

	for (p = ec->ss->progs; p; p = p->next)
		if (p->family == DT_FAM_ERROR)
			err = p;
	sb_puts(ec->out, "\n/* A clause faulted: report it, then run the ERROR clauses. */\n");
	sb_puts(ec->out, "static __noinline void dtc_error(struct dt_ctx *fc)\n{\n");
	sb_puts(ec->out, "\tdt_error_record(fc);\n");
	if (err) {
		sb_puts(ec->out, "\tstruct dt_ctx c = {};\n\tc.ctx = fc->ctx;\n\tc.s = fc->s;\n");
		sb_printf(ec->out, "\tc.prog = %d;\n", err->id);
		sb_puts(ec->out, "\tc.arg[1] = fc->clause + 1;\n\tc.arg[2] = fc->act;\n"
				 "\tc.arg[4] = fc->fault;\n\tc.arg[5] = fc->fault_addr;\n");
		emit_probe_names(ec, "dtrace", "", "", "ERROR");
		for (int i = 0; i < err->nclauses; i++)
			sb_printf(ec->out, "\tif (dtc_on[%d])\n\t\tdtc_clause_%d(&c);\n",
				  err->pair0 + i, err->clauses[i]);
	}
	sb_puts(ec->out, "}\n");
}

static const char *family_name(int f)
{
	switch (f) {
	case DT_FAM_BEGIN: return "begin";
	case DT_FAM_END: return "end";
	case DT_FAM_ERROR: return "error";
	case DT_FAM_SYSCALL_ENTRY: return "syscall-entry";
	case DT_FAM_SYSCALL_RETURN: return "syscall-return";
	case DT_FAM_PROFILE: return "profile";
	case DT_FAM_TICK: return "tick";
	}
	return "?";
}

static void meta_str(struct strbuf *m, const char *s)
{
	sb_putc(m, '"');
	sb_put_cstr(m, s, strlen(s));
	sb_putc(m, '"');
}

static void emit_meta(struct ectx *ec)
{
	struct sema_state *ss = ec->ss;
	struct strbuf m = { 0 };
	struct dopt *o;
	struct prog *p;
	struct action *a;
	int i;

	sb_printf(&m, "dtc-meta %d\n", DTC_META_VERSION);
	sb_puts(&m, "script ");
	meta_str(&m, ec->dx->script_name ? ec->dx->script_name : "");
	sb_putc(&m, '\n');
	for (o = ec->dx->opts; o; o = o->next) {
		sb_printf(&m, "option %s ", o->name);
		meta_str(&m, o->value);
		sb_putc(&m, '\n');
	}
	for (i = 0; i < 10; i++)
		if (ss->macros_used[i])
			sb_printf(&m, "macro %d %c\n", i, ss->macros_used[i]);
	if (ss->target_used)
		sb_puts(&m, "target\n");
	for (i = 0; i < ss->nclauses; i++) {
		struct node *pd;
		int n = 0;
		for (pd = ss->clauses[i].n->a; pd; pd = pd->next)
			n++;
		sb_printf(&m, "clause %d %d\n", i, n);
		for (pd = ss->clauses[i].n->a; pd; pd = pd->next) {
			sb_printf(&m, "pdesc %d ", i);
			meta_str(&m, pd->str);
			sb_putc(&m, '\n');
		}
	}
	for (p = ss->progs; p; p = p->next) {
		sb_printf(&m, "prog %d %s ", p->id, family_name(p->family));
		meta_str(&m, p->param);
		sb_putc(&m, '\n');
		for (i = 0; i < p->nclauses; i++)
			sb_printf(&m, "pair %d %d %d\n", p->pair0 + i, p->id, p->clauses[i]);
	}
	for (a = ss->acts; a; a = a->next) {
		sb_printf(&m, "act %d %d %s %d ", a->id, a->clause, a->kind, a->nargs);
		meta_str(&m, a->fmt ? a->fmt : "");
		for (i = 0; i < a->nargs; i++)
			sb_printf(&m, " %c%d", a->argk[i], a->argsize[i]);
		sb_putc(&m, '\n');
	}
	sb_puts(&m, "end\n");

	sb_puts(ec->out, "\n/* metadata for dtrun (grammar in dtc_abi.h) */\n");
	sb_puts(ec->out, "char __dtc_meta[] __attribute__((section(\".dtc\"), used)) =\n");
	{
		const char *s = m.s, *nl;
		while ((nl = strchr(s, '\n'))) {
			sb_puts(ec->out, "\t\"");
			sb_put_cstr(ec->out, s, nl - s + 1);
			sb_puts(ec->out, "\"\n");
			s = nl + 1;
		}
	}
	sb_puts(ec->out, "\t;\n");
	sb_free(&m);
}

/* Text of the metadata alone, for dtc -d meta. */
int emit_c(struct dtc *dx)
{
	struct sema_state *ss = SEMA(dx);
	struct ectx ec = { .dx = dx, .ss = ss, .out = &dx->c_out };
	struct prog *p;
	struct sym *s;
	int i, has_syscall = 0;

	sb_printf(ec.out, "/* generated by dtc from %s; do not edit */\n",
		  dx->script_name ? dx->script_name : "<stdin>");
	sb_printf(ec.out, "#define DT_STRSIZE %d\n", ss->strsize);
	sb_puts(ec.out, "#include \"dtc.bpf.h\"\n");
	for (p = ss->progs; p; p = p->next)
		if (p->family == DT_FAM_PROFILE || p->family == DT_FAM_TICK) {
			sb_puts(ec.out, "#include <linux/bpf_perf_event.h>\n");
			break;
		}
	sb_puts(ec.out, "\n/* load-time parameters, set by dtrun */\n");
	if (ss->npairs)
		sb_printf(ec.out, "const volatile __u8 dtc_on[%d] = {};\n", ss->npairs);
	for (p = ss->progs; p; p = p->next)
		if (p->family == DT_FAM_SYSCALL_ENTRY || p->family == DT_FAM_SYSCALL_RETURN)
			has_syscall = 1;
	if (has_syscall) {
		sb_printf(ec.out, "const volatile __u64 dtc_sys_mask[%d][8] = {};\n", ss->npairs);
		if (ss->uses_sysnames)
			sb_puts(ec.out, "const volatile char dtc_sysnames[DT_MAX_SYSCALLS][DT_SYSNAME_LEN] = {};\n");
	}
	for (i = 0; i < 10; i++) {
		if (ss->macros_used[i] == 'i')
			sb_printf(ec.out, "const volatile long long dtc_mac_%d = 0;\n", i);
		else if (ss->macros_used[i] == 's')
			sb_printf(ec.out, "const volatile char dtc_smac_%d[DT_STRSIZE] = {};\n", i);
	}
	if (ss->uses_macvars)
		sb_puts(ec.out, "const volatile int dtc_macvar[8] = {}; /* $pid $ppid $uid $gid $euid $egid $pgid $sid */\n");

	sb_puts(ec.out, "\n/* D global variables */\n");
	for (s = ss->syms; s; s = s->next) {
		if (s->kind != SYM_GLOBAL)
			continue;
		if (s->type->kind == TY_STRING)
			sb_printf(ec.out, "char dtg_%s[DT_STRSIZE];\n", s->name);
		else
			sb_printf(ec.out, "%s dtg_%s;\n", s->type->cname, s->name);
	}
	sb_puts(ec.out, "\nstatic __noinline void dtc_error(struct dt_ctx *fc);\n");
	for (i = 0; i < ss->nclauses; i++)
		emit_clause(&ec, &ss->clauses[i]);
	emit_error_fn(&ec);
	for (p = ss->progs; p; p = p->next)
		emit_prog(&ec, p);
	emit_meta(&ec);
	return 0;
}
