/*
 * emit_stmt.c: clause functions: predicate, statements, data-recording
 * actions (one ring-buffer item each) and the clause's record commit.
 */
#include <string.h>

#include "../runtime/dtc_abi.h"
#include "emit.h"
#include "agg.h"

void ind(struct ectx *ec)
{
	for (int i = 0; i < ec->indent; i++)
		sb_putc(ec->out, '\t');
}

struct action *emit_find_action(struct ectx *ec, int id)
{
	struct action *a;
	for (a = ec->ss->acts; a; a = a->next)
		if (a->id == id)
			return a;
	dtc_bug("no action %d", id);
}

/* Open a block that reserves action a's item as _p (faults when full). */
/*
 * Where Oracle DTrace puts this action's values in a clause's output buffer
 * (dt_cg_store_val(), dt_rec_add()), which is what specsize counts: the
 * data start at DBUF_DATA (16 bytes of header), each value aligned to its
 * size: an integer its size, a string strsize + 1 bytes (alignment 1), a
 * kernel address 8, a user address 16 (the tgid, then the address), an
 * aggregation's ID 4, a stack 8 per frame; a printf() without arguments
 * stores nothing.  The layout is static, both branches of an if included.
 * A value stored through dt_cg_store_val() is checked against specsize as
 * it is stored (ocheck: where the last one ends); a stack is not.
 */
static void oracle_layout(struct ectx *ec, const struct action *a)
{
	for (int i = 0; i < a->nargs && i < MAX_ACT_ARGS; i++) {
		int size = a->argsize[i], align, checked = 1;

		switch (a->argk[i]) {
		case 's':
			size = ec->ss->strmax + 1; /* argsize is in 8-byte units */
			align = 1;
			break;
		case 'i':
		case 'u':
		case 'f':
			align = size > 8 ? 8 : size;
			break;
		case 'p':
		case 'a':
		case 'y':
		case 'm':
			size = align = 8;
			break;
		case 'A':
		case 'Y':
		case 'M':
		case 'X':
			size = 16;
			align = 8;
			break;
		case '@':
			size = align = 4;
			break;
		case 'k':
		case 'U':
			align = 8;
			checked = 0;
			break;
		default: /* r: memory */
			align = 1;
			break;
		}
		if (align < 1 || (align & (align - 1)))
			align = 1;
		ec->obuf = ((ec->obuf + align - 1) & ~(align - 1)) + size;
		if (checked)
			ec->ocheck = ec->obuf;
	}
}

void emit_item_open(struct ectx *ec, struct action *a, int actno)
{
	oracle_layout(ec, a);
	ind(ec);
	sb_puts(ec->out, "{\n");
	ec->indent++;
	ind(ec);
	sb_printf(ec->out, "c->act = %d;\n", actno);
	ec->scratch = 1; /* dt_item() */
	ind(ec);
	sb_printf(ec->out, "char *_p = dt_item(c, %d, %d);\n", a->id, a->size);
	ec->rec_bytes += a->size;
	if (ec->rec_bytes > ec->rec_max)
		ec->rec_max = ec->rec_bytes;
	ind(ec);
	sb_puts(ec->out, "if (!_p)\n");
	ind(ec);
	sb_puts(ec->out, "\tDT_FAULT(c, DTRACEFLT_NOSCRATCH, 0);\n");
}

void emit_item_close(struct ectx *ec)
{
	ec->indent--;
	ind(ec);
	sb_puts(ec->out, "}\n");
}

/* A data-recording action: reserve its item, store each argument. */
static void emit_action(struct ectx *ec, struct node *call, struct node *args, int actno)
{
	struct action *a = emit_find_action(ec, call->id);
	struct strbuf sb = { 0 };
	struct node *arg;
	int i, at = 0;

	emit_item_open(ec, a, actno);
	for (i = 0, arg = args; arg && i < a->nargs; arg = arg->next, i++) {
		sb.len = 0;
		if (sb.s)
			sb.s[0] = 0;
		ind(ec);
		if (a->argk[i] == 's') {
			emit_str(ec, arg, &sb);
			sb_printf(ec->out, "dt_put_str(_p, %d, %s, %d);\n", at, sb.s, a->argsize[i]);
			at += (a->argsize[i] + 7) & ~7;
		} else if (a->argk[i] == 'f') {
			/* float, double, long double: copy the bits, convert nothing
			 * (a conversion would be an FP operation BPF lacks) */
			emit_expr(ec, arg, &sb);
			sb_printf(ec->out, "{ __u64 _fb[2] = { 0, 0 }; %s _fv = (%s); "
				  "__builtin_memcpy(_fb, &_fv, %d); dt_put_int(_p, %d, _fb[0]);",
				  arg->type ? arg->type->cname : "double", sb.s, a->argsize[i], at);
			if (a->argsize[i] > 8)
				sb_printf(ec->out, " dt_put_int(_p, %d, _fb[1]);", at + 8);
			sb_puts(ec->out, " }\n");
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
	emit_item_close(ec);
	sb_free(&sb);
}

/* printf(), exit(), ftruncate() (and system(), freopen(), recorded as printf):
 * the table's emit hook */
static int emit_record_stmt(struct ectx *ec, struct node *e, int *actno)
{
	emit_action(ec, e, !strcmp(e->str, "printf") ? e->a->next : e->a, ++*actno);
	return 1;
}

/* trace(): of a symbol (emit_stack.c), of a struct or array (emit_print.c),
 * or of a value */
static int emit_trace_stmt(struct ectx *ec, struct node *e, int *actno)
{
	return emit_stack_stmt(ec, e, actno) || emit_print_stmt(ec, e, actno) ||
	       emit_record_stmt(ec, e, actno);
}

/* printa() clear() trunc() normalize() denormalize() setopt(): emit_agg.c */
static int emit_agg_stmt(struct ectx *ec, struct node *e, int *actno)
{
	emit_agg_action(ec, e, ++*actno);
	return 1;
}

/* The statement emitters of the rows of builtins.c, by enum bi_stmt. */
static int (*const stmt_hooks[])(struct ectx *, struct node *, int *) = {
	[BS_NONE] = NULL,
	[BS_RECORD] = emit_record_stmt,
	[BS_TRACE] = emit_trace_stmt,
	[BS_AGG] = emit_agg_stmt,
	[BS_STACK] = emit_stack_stmt,
	[BS_PRINT] = emit_print_stmt,
};

static void emit_stmts(struct ectx *ec, struct node *s, struct stmt_state *ss)
{
	struct strbuf sb = { 0 };

	for (; s; s = s->next) {
		/* the statement's C under its D line (emit_line.c), then the
		 * clause's line again for what follows it */
		if (s->kind == N_EXPR_STMT || s->kind == N_IF)
			emit_line_mark(ec, s->kind == N_EXPR_STMT ? s->a->loc : s->loc, 0);
		switch (s->kind) {
		case N_EXPR_STMT: {
			struct node *e = s->a;
			const struct builtin *b;
			if (sema_agg_is_assign(e)) { /* emit_agg.c */
				emit_agg_update(ec, e, ++ss->actno);
				break;
			}
			if (e->kind == N_CALL && (b = builtin_find(e->str)) &&
			    b->emit_stmt != BS_NONE && /* the action's row in builtins.c */
			    stmt_hooks[b->emit_stmt](ec, e, &ss->actno))
				break;
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
		case N_IF: {
			int rec0 = ec->rec_bytes, rec_then;

			sb.len = 0;
			if (sb.s)
				sb.s[0] = 0;
			emit_expr_reg(ec, s->a, &sb); /* its register tested */
			ind(ec);
			sb_printf(ec->out, "if (%s) {\n", sb.s);
			emit_line_mark(ec, ss->cloc, 1);
			ec->indent++;
			emit_stmts(ec, s->b, ss);
			ec->indent--;
			rec_then = ec->rec_bytes; /* the record grows on one path only */
			ec->rec_bytes = rec0;
			if (s->c) {
				ind(ec);
				sb_puts(ec->out, "} else {\n");
				ec->indent++;
				emit_stmts(ec, s->c, ss);
				ec->indent--;
			}
			if (rec_then > ec->rec_bytes)
				ec->rec_bytes = rec_then;
			ind(ec);
			sb_puts(ec->out, "}\n");
			break;
		}
		default:
			dtc_bug("statement kind %d", s->kind);
		}
		if (s->kind == N_EXPR_STMT)
			emit_line_mark(ec, ss->cloc, 1);
	}
	sb_free(&sb);
}

void emit_clause(struct ectx *ec, struct clause_info *ci)
{
	struct node *cl = ci->n;
	struct stmt_state ss = { 0 };
	struct strbuf sb = { 0 };

	sb_printf(ec->out, "\n/* clause %d: %s */\n", ci->id, cl->a ? cl->a->str : "");
	sb_printf(ec->out, "static __always_inline int dtc_clause_%d(struct dt_ctx *c)\n{\n",
		  ci->id);
	ec->scratch = 0; /* set by the emitters that write helpers using c->s */
	ss.cloc = cl->loc;
	emit_line_mark(ec, cl->loc, 1);
	ec->indent = 1;
	ind(ec);
	sb_printf(ec->out, "dt_rec_begin(c, %d);\n", ci->id);
	if (ec->ss->uses_alloca) { /* every clause starts with no alloca'd memory */
		ec->scratch = 1;
		ind(ec);
		sb_puts(ec->out, "if (dt_alloca_begin(c))\n\t\treturn 0;\n");
	}
	if (cl->b) {
		emit_expr_reg(ec, cl->b, &sb); /* the predicate's register tested, not truncated */
		emit_line_mark(ec, cl->b->loc, 0);
		ind(ec);
		sb_printf(ec->out, "if (!(%s))\n\t\treturn 0;\n", sb.s);
		emit_line_mark(ec, cl->loc, 1);
	}
	ec->rec_bytes = ec->rec_max = sizeof(struct dt_rec_hdr);
	ec->spec = 0;
	ec->obuf = 16; /* DBUF_DATA */
	ec->ocheck = 0;
	emit_stmts(ec, cl->c, &ss);
	/*
	 * A clause's record is built in per-CPU scratch, DT_OUT_SIZE bytes at
	 * most (the scratch value is bounded by the kernel's per-CPU allocation
	 * unit, 32 KB): larger data would fault on every firing (3,000
	 * printf()s of one int are 48,000 bytes).  The verifier's own limits
	 * (a million instructions) are far off for a clause under this bound;
	 * should the kernel refuse a program anyway, dtrun names the clause.
	 */
	if (ec->rec_max > DT_OUT_SIZE)
		diag_error(ec->dx, cl->loc, "D_CLAUSE_SIZE",
			   "this clause records up to %d bytes of data when it fires, more than the "
			   "%d bytes one clause can record; split its actions among several "
			   "clauses for the same probe",
			   ec->rec_max, DT_OUT_SIZE);
	ind(ec);
	if (!cl->c || ci->records)
		ec->scratch = 1; /* dt_rec_commit() */
	if (!cl->c)
		sb_puts(ec->out, "dt_rec_commit(c);\n");
	else if (ci->records && ec->spec) /* specsize counts Oracle's sizes */
		sb_printf(ec->out, "if (c->off > sizeof(struct dt_rec_hdr))\n\t\tdt_rec_commit_spec(c, "
			  "%d, %d);\n", ec->obuf, ec->ocheck);
	else if (ci->records)
		sb_puts(ec->out, "if (c->off > sizeof(struct dt_rec_hdr))\n\t\tdt_rec_commit(c);\n");
	ind(ec);
	sb_puts(ec->out, "return 0;\n");
	/* a dynamic variable drop ends the clause, no fault (DT_DYN_DROP) */
	sb_puts(ec->out, "dropped: __attribute__((unused));\n\treturn 0;\n");
	sb_puts(ec->out, "fault: __attribute__((unused));\n\treturn 1;\n}\n");
	emit_line_clear(ec);
	/* a program whose clauses all use no scratch skips its lookup (emit_prologue()) */
	ci->scratch = ec->scratch;
	sb_free(&sb);
}

