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
#include "prov.h"

/*
 * The statements of clause i of program p where one of its probes fires:
 * DTrace compiles a clause as one statement per probe description
 * (dt_compile_one_clause()) and a probe runs every statement that matched
 * it, in program order (dt_cg_tramp_call_clauses() over the probe's
 * statement list, dt_probe_add_stmt()): `BEGIN, BEGIN { }` runs twice.
 * Each call says its statement in c.stmt (epid's lower half, ERROR's arg2).
 * A cookie family's program is attached once per description and probe,
 * the description in the cookie (emit_cookie_names()); a clause that
 * reaches a program by one description is that statement; else dtrun lists
 * the descriptions that match in row `row` of dtc_dsc[] (1-based, 0 ends),
 * and a later one runs only while the gate lets later clauses run.
 */
static void emit_stmt_calls(struct ectx *ec, struct prog *p, int i, const char *row,
			    const char *later, const char *call)
{
	const struct dt_family *fam = dt_family(p->family);
	int c = p->clauses[i], b = ec->ss->clauses[c].stmt0;

	if (fam->cookie || p->ndesc[i] == 1) {
		if (!fam->cookie)
			sb_printf(ec->out, "\t\tc.stmt = %d;\n", b + p->desc0[i]);
		else if (b)
			sb_printf(ec->out, "\t\tc.stmt += %d;\n", b);
		sb_printf(ec->out, call, "\t\t", c, "\t\t\t");
		return;
	}
	if (p->maxdup[i] == 1) {
		/* one statement per probe (syscall::read:entry, syscall::write:entry) */
		sb_printf(ec->out, "\t\tc.stmt = %d + dtc_dsc[%d + %s] - 1;\n", b, p->dsc_off[i], row);
		sb_printf(ec->out, call, "\t\t", c, "\t\t\t");
		return;
	}
	sb_printf(ec->out, "\t\t#pragma clang loop unroll(disable)\n"
			   "\t\tfor (__u32 k = 0; k < %d; k++) {\n"
			   "\t\t\t__u32 d = dtc_dsc[%d + %s * %d + k];\n",
		  p->maxdup[i], p->dsc_off[i], row, p->maxdup[i]);
	if (*later)
		sb_printf(ec->out, "\t\t\tif (!d || (k && !(%s)))\n\t\t\t\tbreak;\n", later);
	else
		sb_puts(ec->out, "\t\t\tif (!d)\n\t\t\t\tbreak;\n");
	sb_printf(ec->out, "\t\t\tc.stmt = %d + d - 1;\n", b);
	sb_printf(ec->out, call, "\t\t\t", c, "\t\t\t\t");
	sb_puts(ec->out, "\t\t}\n");
}

/*
 * Clauses [from, to) of program p in script order, each behind its
 * dtc_on[pair]; call prints a call (indent, clause, indent): a fault runs
 * dtc_error(), but in ERROR's own clauses, which dtc_error() runs.
 */
static void emit_calls_range(struct ectx *ec, struct prog *p, int from, int to, int is_syscall,
			     const char *call)
{
	enum dt_fam_gate gate = dt_family(p->family)->gate;
	/* after exit() in an earlier clause, the probe's later clauses do not
	 * run (DTrace's DRAINING state); BEGIN's may while dtrun attaches the
	 * other probes (dtrun: run_begin_attached()), END's always */
	const char *later = gate == DT_GATE_WARMUP   ? "dtc_activity != DT_ACTIVITY_DRAINING"
			    : gate == DT_GATE_ACTIVE ? "dtc_activity == DT_ACTIVITY_ACTIVE"
						     : "";

	for (int i = from; i < to; i++) {
		if (is_syscall && p->nclauses == 1) {
			/* emit_sys_precheck() has checked this clause's syscall */
			sb_puts(ec->out, "\t{\n");
		} else {
			sb_printf(ec->out, is_syscall ? "\tif (dtc_sys_on[%d][nr]" : "\tif (dtc_on[%d]",
				  p->pair0 + i);
			if ((i || p->later) && *later)
				sb_printf(ec->out, " &&\n\t    %s", later);
			sb_puts(ec->out, ") {\n");
		}
		emit_stmt_calls(ec, p, i, is_syscall ? "nr" : "0", later, call);
		sb_puts(ec->out, "\t}\n");
	}
}

/*
 * The end of part k of program p (k 0: the program itself): the next part,
 * by a tail call (emit_split.c), and the scratch level dt_prologue() took
 * goes back (dt_core.bpf.h), which a tail call that succeeds leaves to the
 * last part.
 */
static void emit_part_end(struct ectx *ec, struct prog *p, int k)
{
	int sys = dt_family(p->family)->syscall, from = k + 1 < p->nparts ? p->part[k + 1] : 0;

	if (!k && from) /* what the head set up: the parts do not change it */
		sb_puts(ec->out, "\tdt_tail_save(&c);\n");
	if (from && (p->nclauses - from <= 8 || !sys)) {
		/* none of the clauses left on: no tail call (dtc_on[] is
		 * .rodata, which the verifier folds) */
		sb_puts(ec->out, "\tif (");
		for (int i = from; i < p->nclauses; i++)
			sb_printf(ec->out, sys ? "%sdtc_sys_on[%d][nr]" : "%sdtc_on[%d]",
				  i > from ? " ||\n\t    " : "", p->pair0 + i);
		sb_puts(ec->out, ")\n\t");
	}
	if (from)
		sb_printf(ec->out, "\tbpf_tail_call(ctx, &dtc_tail_%d, %d);\n", p->id, k + 1);
	sb_puts(ec->out, "\tdt_nest_exit(&c);\n");
}

static const char clause_call[] = "%sif (dtc_clause_%d(&c))\n%sdtc_error(&c);\n";

void emit_prog_calls(struct ectx *ec, struct prog *p, int is_syscall)
{
	emit_calls_range(ec, p, 0, p->nparts > 1 ? p->part[1] : p->nclauses, is_syscall,
			 clause_call);
	emit_part_end(ec, p, 0);
}

/*
 * Part k of program p, a program of the same type the one before reaches
 * by a tail call: the same firing goes on (dt_tail_resume(): its nesting
 * level, arguments and probe key), the probe's names set again as p's head
 * set them, its clauses each behind the gate of a probe's later clauses.
 */
void emit_tail_part(struct ectx *ec, struct prog *p, int k)
{
	const struct dt_family *fam = dt_family(p->family);

	sb_printf(ec->out, "\nSEC(\"%s\")\nint dtc_p%d_t%d(%s *ctx)\n{\n", fam->sec, p->id, k,
		  fam->ctx);
	sb_printf(ec->out, "\tstruct dt_ctx c = {};\n\tif (dt_tail_resume(&c, ctx, %d))\n"
			   "\t\treturn 0;\n", p->id);
	if (fam->syscall)
		sb_puts(ec->out, "\t__u64 nr = c.probe & (DT_MAX_SYSCALLS - 1);\n");
	sb_putn(ec->out, ec->names.s ? ec->names.s : "", ec->names.len);
	emit_calls_range(ec, p, p->part[k], p->part[k + 1], fam->syscall, clause_call);
	emit_part_end(ec, p, k);
	sb_puts(ec->out, "\treturn 0;\n}\n");
}

void emit_probe_names(struct ectx *ec, const char *prov, const char *mod, const char *func,
		      const char *name)
{
	struct strbuf *nb = &ec->names;

	/* what a tail-call part sets again (emit_tail_part()) */
	nb->len = 0;
	/* "" is dt_nostr: clang merges an empty literal into a zeroed const
	 * volatile global such as dtc_on[], which dtrun then sets to 1 */
	sb_printf(nb, "\tc.pprov = \"%s\";\n", prov);
	if (*mod)
		sb_printf(nb, "\tc.pmod = \"%s\";\n", mod);
	else
		sb_puts(nb, "\tc.pmod = dt_nostr;\n");
	if (func && *func)
		sb_printf(nb, "\tc.pfunc = \"%s\";\n", func);
	else if (func)
		sb_puts(nb, "\tc.pfunc = dt_nostr;\n");
	if (name)
		sb_printf(nb, "\tc.pname = \"%s\";\n", name);
	sb_putn(ec->out, nb->s, nb->len);
}

void emit_names_line(struct ectx *ec, const char *line)
{
	sb_puts(&ec->names, line);
	sb_puts(ec->out, line);
}

/* A program's section and signature, from its family's row (dt_family.h). */
void emit_prog_head(struct ectx *ec, struct prog *p, int decl_ctx)
{
	const struct dt_family *fam = dt_family(p->family);

	sb_printf(ec->out, "\nSEC(\"%s\")\nint dtc_p%d(%s *ctx)\n{\n", fam->sec, p->id, fam->ctx);
	if (decl_ctx)
		sb_puts(ec->out, "\tstruct dt_ctx c = {};\n");
}

/*
 * Probe names of a cookie-keyed program come from the dtc_pnames map; the
 * cookie's top byte is the description of the clause it was attached for
 * (dtc_abi.h: DT_COOKIE_DSC_SHIFT), its statement once emit_stmt_calls()
 * adds the clause's first.
 */
void emit_cookie_names(struct ectx *ec, const char *cookie)
{
	sb_printf(ec->out, "\tc.probe = %s;\n\tc.stmt = %s >> DT_COOKIE_DSC_SHIFT;\n"
			   "\tdt_probe_names(&c);\n",
		  cookie, cookie);
}

/*
 * dtc_dsc[]: for each clause that reaches a program other than a cookie
 * family's by several descriptions, rows (one per syscall, else one) of
 * maxdup entries, the descriptions that match the probe; returns its size.
 */
/* The provider's count of clause i's descriptions one probe can match. */
static int prov_maxdup(struct ectx *ec, struct prog *p, int i)
{
	for (int k = 0; k < ec->dx->nprovs; k++)
		if ((ec->dx->provs[k]->fams & (1u << p->family)) && ec->dx->provs[k]->maxdup)
			return ec->dx->provs[k]->maxdup(ec->dx, p, i);
	return p->ndesc[i];
}

static int emit_dsc_layout(struct ectx *ec)
{
	int n = 0;

	for (struct prog *p = ec->ss->progs; p; p = p->next) {
		const struct dt_family *fam = dt_family(p->family);

		for (int i = 0; i < p->nclauses; i++) {
			p->dsc_off[i] = -1;
			if (fam->cookie || p->ndesc[i] < 2)
				continue;
			p->maxdup[i] = prov_maxdup(ec, p, i);
			p->dsc_off[i] = n;
			n += (fam->syscall ? DT_MAX_SYSCALLS : 1) * p->maxdup[i];
		}
	}
	return n;
}

/*
 * Whether an older dtrun would misrun the object: one that knows no
 * dtc_dsc[] would run none of those clauses, and would attach a cookie
 * family's clause of several descriptions with no description in its
 * cookie (metadata version 3).
 */
static int emit_stmt_meta_version(struct sema_state *ss)
{
	for (struct prog *p = ss->progs; p; p = p->next)
		for (int i = 0; i < p->nclauses; i++)
			if (p->dsc_off[i] >= 0 ||
			    (dt_family(p->family)->cookie && ss->clauses[p->clauses[i]].n->a &&
			     ss->clauses[p->clauses[i]].n->a->next))
				return 3;
	return 0;
}

static struct prog *error_prog(struct sema_state *ss)
{
	for (struct prog *p = ss->progs; p; p = p->next)
		if (p->family == DT_FAM_ERROR)
			return p;
	return NULL;
}

/*
 * The probe ID (D's `id`, ERROR's arg1), as dtrun numbers this host's
 * probes: a cookie family's probe key is the ID; a syscall's ID is looked up
 * by number in dtc_sys_id[]; every other program fires for one probe, whose
 * ID dtrun stores in dtc_prog_id[P] at load time (run.c).
 */
static void emit_probe_id_fn(struct ectx *ec)
{
	struct sema_state *ss = ec->ss;
	struct prog *p;
	int has_sys = 0;

	if (!ss->uses_id && !error_prog(ss))
		return;
	for (p = ss->progs; p; p = p->next)
		has_sys |= dt_family(p->family)->syscall;
	sb_printf(ec->out, "\nconst volatile __u32 dtc_prog_id[%d] = {};\n",
		  ss->nprogs > 0 ? ss->nprogs : 1);
	if (has_sys)
		sb_puts(ec->out, "const volatile __u32 dtc_sys_id[2][DT_MAX_SYSCALLS] = {};\n");
	sb_puts(ec->out, "\nstatic __always_inline __u32 dtc_probe_id(struct dt_ctx *c)\n{\n"
			 "\tswitch (c->prog) {\n");
	for (p = ss->progs; p; p = p->next) {
		const struct dt_family *fam = dt_family(p->family);

		if (fam->syscall)
			sb_printf(ec->out,
				  "\tcase %d:\n\t\treturn dtc_sys_id[%d][c->probe & (DT_MAX_SYSCALLS - 1)];\n",
				  p->id, fam->ret);
		else if (fam->cookie)
			sb_printf(ec->out, "\tcase %d:\n\t\treturn c->probe;\n", p->id);
	}
	sb_printf(ec->out, "\t}\n\treturn c->prog < %d ? dtc_prog_id[c->prog] : 0;\n}\n",
		  ss->nprogs > 0 ? ss->nprogs : 1);
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
		/* the faulting clause's scratch level, abandoned with it; the
		 * faulting program may have taken none (dt_nest_enter()) */
		sb_puts(ec->out, "\tstruct dt_ctx c = {};\n\tc.ctx = fc->ctx;\n"
				 "\tif (fc->s)\n\t\tc.s = fc->s, c.t = fc->t, c.lvl = fc->lvl;\n"
				 "\telse if (dt_nest_enter(&c))\n\t\treturn;\n");
		/* its alloca'd memory too, which ERROR keeps (dt_alloca_error()) */
		if (ec->ss->uses_alloca)
			sb_puts(ec->out, "\tif (fc->s)\n\t\tc.atop = fc->atop;\n");
		sb_printf(ec->out, "\tc.prog = %d;\n", err->id);
		/* DTrace's ERROR arguments: arg1 the faulting probe's ID, arg2
		 * the clause (statement) index, arg3 the fault site, arg4 the
		 * DTRACEFLT_* code, arg5 the address */
		sb_puts(ec->out, "\tc.arg[1] = dtc_probe_id(fc);\n\tc.arg[2] = fc->stmt;\n"
				 "\tc.arg[3] = fc->fault_pc;\n"
				 "\tc.arg[4] = fc->fault;\n\tc.arg[5] = fc->fault_addr;\n");
		emit_probe_names(ec, "dtrace", "", "", "ERROR");
		/* a fault in an ERROR clause does not run ERROR again */
		emit_calls_range(ec, err, 0, err->nclauses, 0, "%sdtc_clause_%d(&c);\n");
		sb_puts(ec->out, "\tdt_nest_exit(&c);\n");
	}
	sb_puts(ec->out, "}\n");
}

static void meta_str(struct strbuf *m, const char *s)
{
	sb_putc(m, '"');
	sb_put_cstr(m, s, strlen(s));
	sb_putc(m, '"');
}

/* The program (a script or a -n, in command-line order) file f is, -1 for the D library's. */
static int emit_input_of(struct dtc *dx, int f)
{
	int k = 0;

	if (f < 0 || f >= dx->nfiles || dtc_is_dlib_file(dx, f))
		return -1;
	for (int i = 0; i < f; i++)
		k += !dtc_is_dlib_file(dx, i);
	return k;
}

/*
 * "input KIND STR": each program compiled, in command-line order, where
 * there are several (dtrace compiles and enables each on its own, and
 * says "script 'x.d' matched N probes", "description 'BEGIN' matched N
 * probes" for each); a -n as the user wrote it (--spec-name).
 */
static void emit_meta_inputs(struct ectx *ec, struct strbuf *m)
{
	struct dtc *dx = ec->dx;
	int n = 0;

	if (dx->nfiles - dx->ndlib_files < 2)
		return;
	for (int i = 0; i < dx->nfiles; i++) {
		const struct src_file *f = &dx->files[i];

		if (dtc_is_dlib_file(dx, i))
			continue;
		if (strcmp(f->name, "<command-line>")) {
			sb_puts(m, "input script ");
			meta_str(m, f->name);
		} else {
			sb_puts(m, "input description ");
			meta_str(m, n < dx->nspec_names ? dx->spec_names[n]
							: arena_strndup(dx, f->text, f->len));
			n++;
		}
		sb_putc(m, '\n');
		sb_printf(m, "imacros %llx\n", f->macro_ref);
	}
}

/*
 * "endline K N": the line dtrace's lexer is on once it has read all of
 * program K (in command-line order), a script, its last: dtrun names it in
 * D_MACRO_UNUSED, which dt_compile() raises there ("line 5: extraneous
 * argument").  -n programs, strings, have none.
 */
static void emit_meta_endlines(struct ectx *ec, struct strbuf *m)
{
	struct dtc *dx = ec->dx;

	for (int i = 0, k = 0; i < dx->nfiles; i++) {
		struct loc end = { i, (int)dx->files[i].len, 0 };
		int line, col;

		if (dtc_is_dlib_file(dx, i))
			continue;
		if (strcmp(dx->files[i].name, "<command-line>")) {
			loc_linecol(dx, end, &line, &col);
			sb_printf(m, "endline %d %d\n", k, line);
		}
		k++;
	}
}

static void emit_meta(struct ectx *ec)
{
	struct sema_state *ss = ec->ss;
	struct strbuf m = { 0 };
	struct dopt *o;
	struct prog *p;
	struct action *a;
	int i;

	/* the oldest version that describes the object, so that a dtrun too old
	 * to read it refuses it instead of misreading it */
	{
		int v = emit_agg_meta_version(ec), vs = emit_stmt_meta_version(ss);

		/* an older dtrun would not fill a split program's tail calls,
		 * and its later parts' clauses would not run */
		for (p = ss->progs; p; p = p->next)
			if (p->nparts > 1)
				vs = 4;

		sb_printf(&m, "dtc-meta %d\n", vs > v ? vs : v);
	}
	sb_puts(&m, "script ");
	meta_str(&m, ec->dx->script_name ? ec->dx->script_name : "");
	sb_putc(&m, '\n');
	{
		/* what dtrun --info shows: the compiler and the D source it
		 * compiled (the script and -n programs, as compiled: after cpp) */
		struct strbuf src = { 0 };
		char hex[65];

		sb_puts(&m, "dtc ");
		meta_str(&m, DTC_VERSION);
		sb_putc(&m, '\n');
		for (i = 0; i < ec->dx->nfiles; i++)
			if (!dtc_is_dlib_file(ec->dx, i))
				sb_printf(&src, "%.*s", (int)ec->dx->files[i].len,
					  ec->dx->files[i].text);
		dtc_sha256_hex(src.s ? src.s : "", src.len, hex);
		sb_printf(&m, "source sha256 %s\n", hex);
		sb_free(&src);
	}
	for (o = ec->dx->opts; o; o = o->next) {
		sb_printf(&m, "option %s ", o->name);
		meta_str(&m, o->value);
		sb_putc(&m, '\n');
	}
	for (i = 0; i < DT_MAX_MACROS; i++) {
		if (ss->macros_used[i] & MAC_INT)
			sb_printf(&m, "macro %d i\n", i);
		if (ss->macros_used[i] & MAC_STR)
			sb_printf(&m, "macro %d s\n", i);
		if (ec->dx->macro_lexed[i]) { /* compiled in as its text */
			sb_printf(&m, "macro %d l ", i);
			meta_str(&m, ec->dx->macro_argv[i]);
			sb_putc(&m, '\n');
		}
	}
	if (ss->target_used)
		sb_puts(&m, "target\n");
	emit_meta_inputs(ec, &m);
	emit_meta_endlines(ec, &m);
	for (i = 0; i < ss->nclauses; i++) {
		struct node *pd;
		int n = 0;
		for (pd = ss->clauses[i].n->a; pd; pd = pd->next)
			n++;
		sb_printf(&m, "clause %d %d\n", i, n);
		if (ec->dx->nfiles - ec->dx->ndlib_files > 1)
			sb_printf(&m, "cinput %d %d\n", i, emit_input_of(ec->dx, ss->clauses[i].n->loc.file));
		{
			int line = 0, col = 0;

			loc_linecol(ec->dx, ss->clauses[i].n->loc, &line, &col);
			if (line > 0)
				sb_printf(&m, "cline %d %d\n", i, line);
		}
		sb_printf(&m, "cattr %d %d %d\n", i, ss->clauses[i].desc_attr,
			  ss->clauses[i].stmt_attr);
		for (pd = ss->clauses[i].n->a; pd; pd = pd->next) {
			int line = 0, col = 0;

			sb_printf(&m, "pdesc %d ", i);
			meta_str(&m, pd->str);
			/* its line: dtrun's "line N: probe description ... does
			 * not match any probes", as dt_setcontext() says it */
			loc_linecol(ec->dx, pd->loc, &line, &col);
			if (line > 0)
				sb_printf(&m, " %d", line);
			sb_putc(&m, '\n');
		}
	}
	for (p = ss->progs; p; p = p->next) {
		sb_printf(&m, "prog %d %s ", p->id, dt_family(p->family)->name);
		meta_str(&m, p->param);
		sb_putc(&m, '\n');
		for (i = 0; i < p->nclauses; i++) {
			sb_printf(&m, "pair %d %d %d\n", p->pair0 + i, p->id, p->clauses[i]);
			for (int k = 1; k < p->nparts; k++)
				if (p->part[k] == i)
					sb_printf(&m, "part %d %d\n", p->pair0 + i, k);
			if (p->dsc_off[i] >= 0)
				sb_printf(&m, "dsc %d %d %d %d\n", p->pair0 + i, p->dsc_off[i],
					  dt_family(p->family)->syscall ? DT_MAX_SYSCALLS : 1,
					  p->maxdup[i]);
		}
	}
	for (a = ss->acts; a; a = a->next) {
		sb_printf(&m, "act %d %d %s %d ", a->id, a->clause, a->kind, a->nargs);
		meta_str(&m, a->fmt ? a->fmt : "");
		for (i = 0; i < a->nargs; i++) {
			sb_printf(&m, " %c%d", a->argk[i], a->argsize[i]);
			if (a->argcap[i])
				sb_printf(&m, "/%d", a->argcap[i]);
		}
		sb_putc(&m, '\n');
	}
	emit_agg_meta(ec, &m); /* emit_agg.c */
	emit_print_meta(ec, &m); /* emit_print.c */
	emit_var_meta(ec, &m); /* emit_var.c: kvar */
	emit_line_meta(ec, &m); /* emit_line.c: sline */
	sb_puts(&m, DTC_META_SUM_LINE "end\n"); /* the checksum: main.c fills it in */

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

/* #defines of dt_prov.bpf.h's optional parts the providers' programs use. */
static void emit_prov_defines(struct ectx *ec)
{
	for (size_t i = 0; i < (size_t)ec->dx->nprovs; i++) {
		const char *d = ec->dx->provs[i]->define ? ec->dx->provs[i]->define(ec->ss) : NULL;

		if (d)
			sb_printf(ec->out, "#define %s 1\n", d);
	}
}

/* Program p: its family's provider writes it. */
static void emit_prog(struct ectx *ec, struct prog *p)
{
	for (size_t i = 0; i < (size_t)ec->dx->nprovs; i++)
		if (ec->dx->provs[i]->fams & (1u << p->family)) {
			if (ec->dx->provs[i]->emit)
				ec->dx->provs[i]->emit(ec, p);
			return;
		}
	dtc_bug("no provider writes programs of family %s", dt_family(p->family)->name);
}

/*
 * The C's first line names the script; a -n program is named by its text,
 * which may hold D comments (the DTraceToolkit's shell scripts run
 * dtrace -n "$program" with a whole commented program): a star and a slash
 * that would end the C comment (or open one) are parted by a space.
 */
static void emit_head_comment(struct ectx *ec, const char *name)
{
	sb_puts(ec->out, "/* generated by dtc from ");
	for (const char *p = name; *p; p++) {
		sb_putc(ec->out, *p);
		if ((p[0] == '*' && p[1] == '/') || (p[0] == '/' && p[1] == '*'))
			sb_putc(ec->out, ' ');
	}
	sb_puts(ec->out, "; do not edit */\n");
}

int emit_c(struct dtc *dx)
{
	struct sema_state *ss = SEMA(dx);
	struct emit_lines *lines = emit_line_new(dx);
	struct ectx ec = { .dx = dx, .ss = ss, .out = &dx->c_out, .lines = lines,
			   .split = dx->split_nodes };
	struct prog *p;
	struct sym *s;
	int i, has_syscall = 0;

	emit_head_comment(&ec, dx->script_name ? dx->script_name : "<stdin>");
	emit_split(&ec); /* emit_split.c: BEGIN, END and attached probes' parts */
	sb_printf(ec.out, "#define DT_STRSIZE %d\n", ss->strsize);
	if (ss->ntmp > DT_TMP_SIZE / ss->strsize) /* sema_types.c, new_tmp() */
		sb_printf(ec.out, "#define DT_TMP_GROUPS %d\n",
			  (ss->ntmp + DT_TMP_SIZE / ss->strsize - 1) / (DT_TMP_SIZE / ss->strsize));
	if (ss->strmax && ss->strmax < ss->strsize - 1)
		sb_printf(ec.out, "#define DT_STRLEN_MAX %d\n", ss->strmax);
	if (ss->uses_strsubr)
		sb_puts(ec.out, "#define DT_WANT_STR 1\n");
	if (ss->uses_strcmp)
		sb_puts(ec.out, "#define DT_WANT_STRCMP 1\n");
	if (ss->uses_strtok)
		sb_puts(ec.out, "#define DT_WANT_STRTOK 1\n");
	if (ss->uses_dpath)
		sb_puts(ec.out, "#define DT_WANT_DPATH 1\n");
	if (ss->uses_chill)
		sb_puts(ec.out, "#define DT_WANT_CHILL 1\n");
	if (ss->uses_kstack)
		sb_puts(ec.out, "#define DT_WANT_KSTACK 1\n");
	if (ss->uses_alloca) { /* alloca'd memory: sema_mem.c, runtime/dtc_mem.bpf.h */
		int asize = 8, astage, scratch = ss->scratchsize < 0 ? 0 : ss->scratchsize;
		while (asize < scratch)
			asize <<= 1;
		for (astage = asize; astage < ss->strsize; astage <<= 1)
			;
		sb_printf(ec.out, "#define DT_WANT_ALLOCA 1\n#define DT_SCRATCHSIZE %d\n"
			  "#define DT_ASIZE %d\n#define DT_ASTAGE %d\n", scratch, asize, astage);
	}
	for (p = ss->progs; p; p = p->next)
		if (p->nparts > 1) {
			sb_puts(ec.out, "#define DT_WANT_TAIL 1\n");
			break;
		}
	sb_puts(ec.out, "#include \"dtc.bpf.h\"\n");
	{
		int prov = 0, perf = 0;

		for (p = ss->progs; p; p = p->next) {
			prov |= dt_family(p->family)->prov;
			perf |= dt_family(p->family)->perf;
		}
		if (prov) {
			emit_prov_defines(&ec); /* DT_USE_USDT, DT_USE_LOCKSTAT */
			sb_puts(ec.out, "#include \"dt_prov.bpf.h\"\n");
		}
		if (perf)
			sb_puts(ec.out, "#include <linux/bpf_perf_event.h>\n");
	}
	sb_puts(ec.out, "\n/* load-time parameters, set by dtrun */\n");
	if (ss->npairs)
		sb_printf(ec.out, "const volatile __u8 dtc_on[%d] = {};\n", ss->npairs);
	i = emit_dsc_layout(&ec);
	if (i)
		sb_printf(ec.out, "const volatile __u16 dtc_dsc[%d] = {};\n", i);
	for (p = ss->progs; p; p = p->next)
		has_syscall |= dt_family(p->family)->syscall;
	if (has_syscall) {
		sb_printf(ec.out, "const volatile __u8 dtc_sys_on[%d][DT_MAX_SYSCALLS] = {};\n",
			  ss->npairs);
		if (ss->uses_sysnames)
			sb_puts(ec.out, "const volatile char dtc_sysnames[DT_MAX_SYSCALLS][DT_SYSNAME_LEN] = {};\n");
		if (ss->uses_args)
			sb_puts(ec.out, "const volatile __u8 dtc_sysargc[DT_MAX_SYSCALLS] = {};\n");
	}
	for (i = 0; i < DT_MAX_MACROS; i++) {
		if (ss->macros_used[i] & MAC_INT)
			sb_printf(ec.out, "const volatile long long dtc_mac_%d = 0;\n", i);
		if (ss->macros_used[i] & MAC_STR)
			sb_printf(ec.out, "const volatile char dtc_smac_%d[DT_STRSIZE] = {};\n", i);
	}
	if (ss->uses_curcpu)
		sb_puts(ec.out, "const volatile struct dt_cpuinfo dtc_cpuinfo[DT_MAX_CPUS] = {};\n");
	if (ss->uses_blkdevs)
		sb_puts(ec.out, "const volatile char dtc_blkdevs[DT_MAX_BLKDEV][DT_BLKDEV_LEN] = {};\n");
	if (ss->uses_smacvars) {
		static const char *const svars[] = { DT_MACVAR_NAMES };

		for (i = 0; i < (int)(sizeof(svars) / sizeof(svars[0])); i++)
			if (ss->uses_smacvars & (1 << i))
				sb_printf(ec.out, "const volatile char dtc_smv_%s[DT_STRSIZE] = {};\n",
					  svars[i]);
	}
	if (ss->uses_macvars)
		sb_puts(ec.out, "const volatile int dtc_macvar[8] = {}; /* $pid $ppid $uid $gid $euid $egid $pgid $sid */\n");

	emit_type_defs(&ec);
	emit_ksym_decls(&ec); /* ksym.c */
	sb_puts(ec.out, "\n/* D global variables */\n");
	for (s = ss->syms; s; s = s->next) {
		if (s->kind != SYM_GLOBAL)
			continue;
		if (s->type->kind == TY_STRING) {
			sb_printf(ec.out, "char dtg_%s[DT_STRSIZE];\n", s->name);
		} else if (s->type->kind == TY_ARRAY &&
			   emit_karray_decl(ec.out, s->type, arena_printf(ec.dx, "dtg_%s", s->name))) {
			/* kernel structs' bytes (emit_var.c) */
		} else if (s->type->kind == TY_ARRAY) {
			/* int a[5]; struct foo b[2][3]: fixed-size arrays */
			struct dtype *e = s->type, *b = e;
			while (b->kind == TY_ARRAY)
				b = b->base;
			sb_printf(ec.out, "%s dtg_%s", b->kind == TY_STRING ? "char" : b->cname, s->name);
			for (; e->kind == TY_ARRAY; e = e->base)
				sb_printf(ec.out, "[%d]", e->nelem);
			sb_puts(ec.out, b->kind == TY_STRING ? "[DT_STRSIZE];\n" : ";\n");
		} else if (emit_ksou_size(s->type)) {
			/* a kernel struct's bytes (emit_var.c) */
			sb_printf(ec.out, "__u64 dtg_%s[%d]; /* %s */\n", s->name,
				  emit_ksou_size(s->type) / 8, s->type->name);
		} else {
			sb_printf(ec.out, "%s dtg_%s;\n", s->type->cname, s->name);
		}
	}
	emit_var_decls(&ec); /* emit_var.c */
	emit_agg_decls(&ec); /* emit_agg.c */
	emit_print_decls(&ec); /* emit_print.c */
	emit_probe_id_fn(&ec);
	sb_puts(ec.out, "\nstatic __noinline void dtc_error(struct dt_ctx *fc);\n");
	for (i = 0; i < ss->nclauses; i++)
		emit_clause(&ec, &ss->clauses[i]);
	emit_error_fn(&ec);
	emit_tail_maps(&ec); /* emit_split.c */
	for (p = ss->progs; p; p = p->next) {
		emit_prog(&ec, p); /* by its family's provider */
		for (i = 1; i < p->nparts; i++)
			emit_tail_part(&ec, p, i);
	}
	sb_free(&ec.names);
	emit_meta(&ec);
	emit_line_apply(&ec);
	return 0;
}

