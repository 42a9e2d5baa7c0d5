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
		} else if (a->argk[i] == 'r') {
			/* an array (printf's %ls): its bytes, the read unchecked as
			 * dt_cg_store_val()'s by-reference copy */
			emit_raw_addr(ec, arg, &sb);
			sb_printf(ec->out, "bpf_probe_read_kernel(_p + %d, %d, (const void *)(%s));\n",
				  at, a->argsize[i], sb.s);
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

static void emit_stmts(struct ectx *ec, struct node *s, struct stmt_state *ss);

/*
 * A clause too large for BPF's 16-bit jumps once the verifier has patched
 * it (bpf_fit.c measures the object) is written again with its statements
 * split into functions (static __noinline: BPF-to-BPF calls, Linux 4.16,
 * whose 32-bit offsets reach anywhere), each of about ec->split nodes of D,
 * so no jump crosses more than one of them.  A function returns what the
 * clause would do at its end: 0 go on, 1 the fault label, 2 the clause
 * abandoned (the dropped label: a dynamic variable drop, a speculate() of
 * no speculation).  Nodes counted, at most cap.
 */
static int tree_nodes(const struct node *n, int cap)
{
	int k = 0;

	for (; n && k < cap; n = n->next) {
		const struct node *kids[] = { n->a, n->b, n->c, n->d, n->e };

		k++;
		for (int i = 0; i < 5 && k < cap; i++)
			k += tree_nodes(kids[i], cap - k);
	}
	return k;
}

static int stmt_nodes(const struct node *s, int cap)
{
	const struct node *kids[] = { s->a, s->b, s->c, s->d, s->e };
	int k = 1;

	for (int i = 0; i < 5 && k < cap; i++)
		k += tree_nodes(kids[i], cap - k);
	return k < cap ? k : cap;
}

/* The nodes of statement list s, at most cap. */
static int stmts_nodes(const struct node *s, int cap)
{
	int k = 0;

	for (; s && k < cap; s = s->next)
		k += stmt_nodes(s, cap - k);
	return k;
}

/* Statements [s, end) as the function dtc_clause_<C>_<N>(), called here. */
static void emit_stmt_part(struct ectx *ec, struct node *s, struct node *end,
			   struct stmt_state *ss)
{
	struct strbuf body = { 0 };
	struct strbuf *out = ec->out;
	int indent = ec->indent, part = ec->nparts++;
	struct node *next = NULL, *last = s;

	while (last->next != end)
		last = last->next;
	ec->out = &body;
	ec->indent = 1;
	sb_printf(&body, "\nstatic __noinline int dtc_clause_%d_%d(struct dt_ctx *c)\n{\n",
		  ec->clause_id, part);
	emit_line_mark(ec, ss->cloc, 1);
	next = last->next; /* the part alone, each statement as the clause writes it */
	last->next = NULL;
	emit_stmts(ec, s, ss);
	last->next = next;
	sb_puts(&body, "\treturn 0;\ndropped: __attribute__((unused));\n\treturn 2;\n"
		       "fault: __attribute__((unused));\n\treturn 1;\n}\n");
	emit_line_clear(ec);
	sb_putn(ec->pre, body.s, body.len); /* after the parts it calls */
	sb_free(&body);
	ec->out = out;
	ec->indent = indent;
	/* c->fdepth: a kernel stack taken there has one BPF frame more (dt_kflags()) */
	{
		char call[64];
		const char *lines[] = { "{", "\tc->fdepth++;", call, "\tc->fdepth--;",
					"\tif (_r == 1)", "\t\tgoto fault;", "\tif (_r == 2)",
					"\t\tgoto dropped;", "}" };

		snprintf(call, sizeof(call), "\tint _r = dtc_clause_%d_%d(c);", ec->clause_id,
			 part);
		for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
			ind(ec);
			sb_puts(ec->out, lines[i]);
			sb_putc(ec->out, '\n');
		}
	}
}

/* A statement list of more than ec->split nodes (any, forced: a clause's),
 * as parts of at most that many (a statement larger than that alone); 1:
 * written so. */
static int emit_stmts_split(struct ectx *ec, struct node *s, struct stmt_state *ss, int forced)
{
	int total = 0;

	if (!ec->split || !s || (!s->next && !forced))
		return 0;
	for (struct node *t = s; t && total <= ec->split; t = t->next)
		total += stmt_nodes(t, ec->split + 1);
	if (total <= ec->split && !forced)
		return 0;
	while (s) {
		struct node *end = s->next;
		int k = stmt_nodes(s, ec->split + 1);

		while (end && k + stmt_nodes(end, ec->split + 1) <= ec->split) {
			k += stmt_nodes(end, ec->split + 1);
			end = end->next;
		}
		emit_stmt_part(ec, s, end, ss);
		s = end;
	}
	return 1;
}

static void emit_stmts(struct ectx *ec, struct node *s, struct stmt_state *ss)
{
	struct strbuf sb = { 0 };

	if (emit_stmts_split(ec, s, ss, 0))
		return;
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

static int clause_of_error(struct ectx *ec, int id)
{
	for (struct prog *p = ec->ss->progs; p; p = p->next)
		for (int i = 0; p->family == DT_FAM_ERROR && i < p->nclauses; i++)
			if (p->clauses[i] == id)
				return 1;
	return 0;
}

/* Whether clause id runs for ERROR alone (dtc_error() its only caller). */
static int clause_error_only(struct ectx *ec, int id)
{
	for (struct prog *p = ec->ss->progs; p; p = p->next)
		for (int i = 0; p->family != DT_FAM_ERROR && i < p->nclauses; i++)
			if (p->clauses[i] == id)
				return 0;
	return clause_of_error(ec, id);
}

void emit_clause(struct ectx *ec, struct clause_info *ci)
{
	struct node *cl = ci->n;
	struct stmt_state ss = { 0 };
	struct strbuf sb = { 0 }, pre = { 0 }, text = { 0 };
	struct strbuf *out = ec->out;

	if (ec->split) { /* its parts first, then the clause */
		ec->out = &text;
		ec->pre = &pre;
		ec->clause_id = ci->id;
		ec->nparts = 0;
	}
	sb_printf(ec->out, "\n/* clause %d: %s */\n", ci->id, cl->a ? cl->a->str : "");
	sb_printf(ec->out, "static __always_inline int dtc_clause_%d(struct dt_ctx *c)\n{\n",
		  ci->id);
	ec->scratch = 0; /* set by the emitters that write helpers using c->s */
	ss.cloc = cl->loc;
	emit_line_mark(ec, cl->loc, 1);
	ec->indent = 1;
	ind(ec);
	sb_printf(ec->out, "dt_rec_begin(c, %d);\n", ci->id);
	if (ec->ss->uses_alloca) {
		/* every clause starts with no alloca'd memory, but an ERROR
		 * clause, which keeps the faulting clause's (dtc_mem.bpf.h;
		 * one that other probes share starts with none) */
		ec->scratch = 1;
		ind(ec);
		sb_printf(ec->out, "if (dt_alloca_%s(c))\n\t\treturn 0;\n",
			  clause_error_only(ec, ci->id) ? "error" : "begin");
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
	ec->wake = 0;
	ec->obuf = 16; /* DBUF_DATA */
	ec->ocheck = 0;
	/*
	 * Split, a clause's statements are one function or more, when they
	 * are an eighth of a function's nodes or more: the clauses of one
	 * probe are one program, and their sum may be what is too large (a
	 * program may have 256 functions: 300 clauses of one statement stay
	 * inline).  Not an ERROR clause's: dtc_error() holds a struct dt_ctx
	 * of its own, which clang keeps in registers only while no function
	 * takes its address; on the stack, with the program's, it is more
	 * than BPF's 512 bytes.
	 */
	if (!emit_stmts_split(ec, cl->c, &ss,
			      !clause_of_error(ec, ci->id) &&
				      stmts_nodes(cl->c, ec->split / 8) >= ec->split / 8))
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
		sb_printf(ec->out, "if (c->off > sizeof(struct dt_rec_hdr))\n\t\tdt_rec_commit%s(c);\n",
			  ec->wake ? "_wake" : "");
	ind(ec);
	sb_puts(ec->out, "return 0;\n");
	/* a dynamic variable drop ends the clause, no fault (DT_DYN_DROP) */
	sb_puts(ec->out, "dropped: __attribute__((unused));\n\treturn 0;\n");
	sb_puts(ec->out, "fault: __attribute__((unused));\n\treturn 1;\n}\n");
	emit_line_clear(ec);
	/* a program whose clauses all use no scratch skips its lookup (emit_prologue()) */
	ci->scratch = ec->scratch;
	sb_free(&sb);
	if (ec->split) {
		ec->out = out;
		if (pre.len)
			sb_putn(ec->out, pre.s, pre.len);
		sb_putn(ec->out, text.s, text.len);
		ec->pre = NULL;
		sb_free(&pre);
		sb_free(&text);
	}
}

