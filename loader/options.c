/*
 * options.c: the -x options dtrun acts on and the checks of the values the
 * command line gives the object.  Each option's value is parsed by the
 * table dtc shares (runtime/dt_opt.c); this file's table says what dtrun
 * does with it.  The object's options (its pragmas, dtc's -x) come first,
 * then the command line's, which win; then the output file and the macro
 * arguments ($1.., dtrace's D_MACRO_* checks).
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dt_opt.h"
#include "flame.h"
#include "metrics.h"
#include "out.h"
#include "stack.h"

void opts_init(struct dtrun_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->out = stdout;
	o->instance = "host";
	o->switchrate_ns = 50000000; /* 50 ms: responsive, still batched */
	/*
	 * 4 MB unless -b/bufsize says otherwise, DTrace's default bufsize (a
	 * BEGIN/END-only program gets less: consume_default_bufsize()).  The
	 * reader sleeps until the ring is a quarter full (consume.c), so what
	 * is left is the slack for its scheduling delay: at 1M printf() records
	 * a second (48 MB/s) 1 MB left 16 ms, and a loaded 2-CPU machine here
	 * dropped records; 4 MB leaves 64 ms.
	 */
	o->bufsize = 4 << 20;
	o->testing = getenv("_DTRACE_TESTING") != NULL;
	o->desc_kind = "script";
	o->cpu = -1;
}

/* Each setter gets the parsed value v and on (set, not "unset"). */
static int set_evaltime(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)on;
	o->evaltime_exec = v == 0; /* "exec" (proc.c) */
	return 0;
}

static int set_quiet(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)v;
	o->quiet = on;
	return 0;
}

static int set_errtags(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)v, (void)on;
	o->errtags = 1;
	return 0;
}

static int set_oformat(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)on;
	o->oformat = v == 1 ? OFMT_JSON : OFMT_TEXT; /* text|json (out_json.c) */
	return 0;
}

static int set_stackfmt(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)on;
	o->stackfmt_folded = v == 1; /* text|folded */
	return 0;
}

static int set_droptags(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)v, (void)on;
	o->droptags = 1;
	return 0;
}

static int set_rawbytes(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)v;
	o->rawbytes = on; /* a consumer option: also on a compiled object */
	return 0;
}

static int set_zdefs(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)v, (void)on;
	o->zdefs = 1;
	return 0;
}

static int set_defaultargs(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)v, (void)on;
	o->defaultargs = 1;
	return 0;
}

static int set_destructive(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)v;
	o->destructive = on;
	return 0;
}

static int set_argref(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)v, (void)on;
	o->argref = 1;
	return 0;
}

static int set_stackindent(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)o, (void)n;
	stk_set_indent(on ? (int)v : -1);
	return 0;
}

/*
 * -x cpu=N: probes fire on CPU N only (dt_cg_tramp_prologue() skips the
 * others; the program's prologue here, with dtc_cpu), BEGIN and END run
 * there, and profile-N and tick-N time that CPU alone (dt_prov_profile.c).
 * Any N dt_opt_cpu() takes is set; whether that CPU is online matters only
 * once tracing starts (opts_check_cpu()): dtrace -e takes any, and the
 * programs' errors come first.
 */
static int set_cpu(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n;
	o->cpu = on ? (int)(v > INT32_MAX ? INT32_MAX : v) : -1;
	return 0;
}

int opts_check_cpu(const struct dtrun_opts *o)
{
	int cpus[1024], k;

	if (o->cpu < 0)
		return 0;
	k = prov_online_cpus(cpus, 1024);
	while (--k >= 0 && cpus[k] != o->cpu)
		;
	if (k >= 0)
		return 0;
	dt_err("failed to set -x cpu: CPU %d is not online\n", o->cpu);
	return -1;
}

static int set_bpflog(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)v;
	o->debug_verifier |= on;
	return 0;
}

/*
 * The rates: 0 is DTrace's own default for switchrate and aggrate (dt_open.c)
 * and dt_opt_rate() takes it for any rate: for statusrate and aggrate it is
 * dtrun's default too (no wait for a status tick, a snapshot at each read),
 * and switchrate=0 keeps dtrun's reading of the buffer as DTrace's default
 * does, when records arrive, with no switch to wait for.
 */
static int set_statusrate(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)on;
	o->statusrate_ns = (uint64_t)v;
	return 0;
}

static int set_switchrate(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)on;
	if (v == 0)
		return 0;
	o->switchrate_ns = (uint64_t)v;
	o->switchrate_set = 1;
	return 0;
}

static int set_aggrate(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)on;
	o->aggrate_ns = (uint64_t)v;
	return 0;
}

/* The aggregation options of the object or the command line (the command
 * line's win); setopt() changes them as the program runs (agg.c). */
static int set_aggsort(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	int pos = on && v > 0 && v <= INT32_MAX ? (int)v : 0;

	if (!strcmp(n, "aggsortkey"))
		o->aggsortkey = on;
	else if (!strcmp(n, "aggsortrev"))
		o->aggsortrev = on;
	else if (!strcmp(n, "aggsortpos"))
		o->aggsortpos = pos;
	else if (!strcmp(n, "aggsortkeypos"))
		o->aggsortkeypos = pos;
	else if (!strcmp(n, "aggpercpu"))
		o->aggpercpu = on;
	return 0;
}

/* the object's maps and self-> space are sized to it at load (dynvar.c) */
/* dt_opt_size() takes 0: the enabling then fails if it has a dynamic
 * variable (dynvar.c), as gmap_create_dvars() finds room for none */
static int set_dynvarsize(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	(void)n, (void)on;
	o->dynvarsize = (uint64_t)v;
	o->dynvarsize_zero = v == 0;
	return 0;
}

static int set_bufsize(struct dtrun_opts *o, const char *n, int64_t v, int on)
{
	uint64_t p = 4096;

	(void)n, (void)on;
	/* 0 is a size: dtrace_go() refuses it as too small for any record
	 * (consume_bufsize_check()) */
	while (p < (uint64_t)v && p < (1ULL << 62))
		p <<= 1; /* a ring buffer is a power-of-two number of pages */
	o->bufsize_round = p;
	/* past DTrace's largest, refused before tracing starts
	 * (consume_bufsize_check()): no ring so large is mapped meanwhile */
	o->bufsize = p > DT_BUFSIZE_MAX ? 4096 : p;
	o->bufsize_req = (uint64_t)v;
	o->bufsize_given = 1;
	return 0;
}

/* The options dtrun acts on; other names dt_opt.c knows are dtc's. */
static const struct {
	const char *name;
	int (*set)(struct dtrun_opts *o, const char *name, int64_t v, int on);
} dtrun_xopts[] = {
	{ "evaltime", set_evaltime },     { "quiet", set_quiet },
	{ "errtags", set_errtags },       { "oformat", set_oformat },
	{ "stackfmt", set_stackfmt },     { "droptags", set_droptags },
	{ "rawbytes", set_rawbytes },     { "zdefs", set_zdefs },
	{ "defaultargs", set_defaultargs }, { "destructive", set_destructive },
	{ "argref", set_argref },         { "stackindent", set_stackindent },
	{ "cpu", set_cpu },               { "bpflog", set_bpflog },
	{ "statusrate", set_statusrate }, { "switchrate", set_switchrate },
	{ "aggrate", set_aggrate },       { "dynvarsize", set_dynvarsize },
	{ "bufsize", set_bufsize },       { "aggsortkey", set_aggsort },
	{ "aggsortrev", set_aggsort },    { "aggsortpos", set_aggsort },
	{ "aggsortkeypos", set_aggsort }, { "aggpercpu", set_aggsort },
};

/*
 * An object's option as dtc took it: "" is a value given empty or none at
 * all (dtc_abi.h; a run-time option's "" is kept as "unset").  Of the two,
 * an option refuses one (-x cppargs= is a string, -x disasm= atoi()'s 0,
 * where no value is EDT_BADOPTVAL) or reads both alike (sizes, times), so
 * it is none when none is valid, else the empty value.
 */
static const char *obj_val(const struct meta_opt *kv)
{
	int64_t v;

	if (*kv->val || dt_opt_set(kv->name, NULL, DT_OPTC_CMDLINE, &v) == DT_OPTE_OK)
		return *kv->val ? kv->val : NULL;
	return kv->val;
}

/* One option, checked by the shared table; 0 or -1 after a message. */
int opts_set(struct dtrun_opts *o, const char *name, const char *val)
{
	int64_t v;
	enum dt_opt_err e = dt_opt_set(name, val, DT_OPTC_CMDLINE, &v);

	if (e == DT_OPTE_BADNAME)
		return 0; /* an older or newer dtc's own option */
	if (e != DT_OPTE_OK) {
		dt_err("failed to set -x %s: %s\n", name, dt_opt_errmsg(e, v));
		return -1;
	}
	for (size_t i = 0; i < sizeof(dtrun_xopts) / sizeof(dtrun_xopts[0]); i++)
		if (strcmp(name, dtrun_xopts[i].name) == 0)
			return dtrun_xopts[i].set(o, name, v, v != DT_OPT_UNSET);
	return 0;
}

/* The rest of an integer macro argument: identifier characters only. */
static int ident_tail(const char *s)
{
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_' && *s != '`')
			return 0;
	return 1;
}

/* Macro arguments a program uses (bit N of uses: $N) must be given, $N as
 * integers; the last one given must be used unless -x argref (dt_cc.c
 * checks the last only). */
static int check_prog_macros(const struct meta *m, const struct dtrun_opts *o, const char *kind,
			     const char *name, const char *spec, unsigned long long uses,
			     int endline)
{
	int i;

	for (i = 1; i <= m->nmacro_max; i++) {
		if (!(uses >> i & 1))
			continue;
		if (m->macros[i] && i > o->nmacro_args) {
			if (o->defaultargs)
				continue; /* 0 or "", as dtrace -x defaultargs */
			dt_err("failed to compile %s %s: %smacro argument %s$%d is not defined\n",
			       kind, name, o->errtags ? "[D_MACRO_UNDEF] " : "",
			       m->macros[i] & DT_MAC_INT ? "" : "$", i);
			return -1;
		}
		if ((m->macros[i] & DT_MAC_LEX) && m->macro_text[i] &&
		    strcmp(m->macro_text[i], o->macro_args[i - 1]) != 0) {
			dt_err("failed to compile %s %s: %s$%d was compiled into this object as "
			       "\"%s\"; give that argument, or compile the script again with "
			       "\"%s\"\n", kind, name,
			       o->errtags ? "[D_MACRO_TYPE] " : "", i, m->macro_text[i],
			       o->macro_args[i - 1]);
			return -1;
		}
		if (m->macros[i] & DT_MAC_INT) {
			const char *a = o->macro_args[i - 1];
			const char *dg = a + (*a == '-' || *a == '+');
			char *end;

			/* dt_lex.l: an optional sign, then strtoull's integer */
			errno = 0;
			(void)strtoull(dg, &end, 0);
			if (errno == ERANGE) {
				dt_err("failed to compile %s %s: %smacro argument $%d constant %s "
				       "results in integer overflow\n", kind, name,
				       o->errtags ? "[D_MACRO_OFLOW] " : "", i, a);
				return -1;
			}
			/* strbadidnum(): a digit, then letters, digits, '_' or
			 * '`' is an integer, whatever its suffix ("123abc" is
			 * 123); after a sign only the integer itself is; any
			 * other character makes the argument a string */
			if (errno || !isdigit((unsigned char)*dg) ||
			    (dg != a ? *end != '\0' : !ident_tail(end))) {
				dt_err("failed to compile %s %s: %smacro argument $%d is not an "
				       "integer: \"%s\"\n", kind, name,
				       o->errtags ? "[D_MACRO_TYPE] " : "", i, a);
				return -1;
			}
		}
	}
	i = o->nmacro_args;
	if (i >= 1 && !o->argref &&
	    (i > m->nmacro_max || i >= DT_MAX_MACROS || !m->macros[i] || !(uses >> i & 1))) {
		if (strcmp(kind, "description") == 0)
			dt_err("invalid probe specifier %s: ", spec);
		else
			dt_err("failed to compile %s %s: ", kind, name);
		if (o->errtags)
			fputs("[D_MACRO_UNUSED] ", stderr);
		if (endline && strcmp(kind, "script") == 0)
			fprintf(stderr, "line %d: ", endline); /* dt_compile()'s yylineno */
		fprintf(stderr, "extraneous argument '%s' ($%d is not referenced)\n",
			o->macro_args[i - 1], i);
		return -1;
	}
	return 0;
}

/*
 * dtrace compiles each program (-s, -n, -P, -m, -f) on its own and checks
 * its macro arguments then: in an object of several, each input's (the
 * "imacros" lines), in command-line order; else the object's as one.
 */
static int check_macros(const struct meta *m, const struct dtrun_opts *o)
{
	if (m->ninputs > 1 && m->imacros) {
		for (int k = 0; k < m->ninputs; k++)
			if (check_prog_macros(m, o, m->inputs[k].script ? "script" : "description",
					      m->inputs[k].name, m->inputs[k].name,
					      m->inputs[k].macros, m->inputs[k].endline))
				return -1;
		return 0;
	}
	return check_prog_macros(m, o, o->desc_kind, o->desc_name,
				 o->nnspecs ? o->nspecs[0] : o->desc_name, ~0ULL, m->endline);
}

/*
 * A -x option given to dtrun with an object it did not compile: one that
 * dtc compiles into the object (DT_OPTF_OBJ: the string size, stack
 * depths, map and record sizes, the preprocessor) cannot change without
 * compiling again, so a value other than the object's is refused; any
 * other is the command line's over the object's, for dtrun's readers of
 * the object's options too (flowindent, noresolve, nspec, specsize ...).
 */
static int obj_xopt(struct dtrun *d, const char *name, const char *val)
{
	const struct dt_opt_def *def = dt_opt_find(name);
	const char *was;
	int64_t a, b;

	if (!def || !(def->flags & DT_OPTF_OBJ))
		return meta_opt_put(&d->meta, name, val);
	was = meta_opt(&d->meta, name);
	if (was && (def->kind == DT_OPTK_STRING || def->kind == DT_OPTK_WORD
			    ? !strcmp(was, val ? val : "")
			    : dt_opt_set(name, *was ? was : NULL, DT_OPTC_CMDLINE, &a) == DT_OPTE_OK &&
				      dt_opt_set(name, val, DT_OPTC_CMDLINE, &b) == DT_OPTE_OK &&
				      a == b))
		return 0;
	if (was)
		dt_err("failed to set -x %s: the object was compiled with %s%s%s; compile the "
		       "script again with dtc -x %s%s%s\n", name, name, *was ? "=" : "", was,
		       name, val ? "=" : "", val ? val : "");
	else
		dt_err("failed to set -x %s: the object was compiled without it; compile the "
		       "script again with dtc -x %s%s%s\n", name, name, val ? "=" : "",
		       val ? val : "");
	return -1;
}

int opts_apply(struct dtrun *d, const struct cmdline *cl)
{
	struct dtrun_opts *o = d->o;
	int i;

	/* the preprocessor's flags act on a script, not on what dtc made of one */
	if (!cl->one_step && cl->cpp_flag) {
		dt_err("%s applies to a D script's preprocessing: the object is already compiled; "
		       "give dtc %s when compiling the script\n", cl->cpp_flag, cl->cpp_flag);
		return -1;
	}
	/*
	 * Compiled here (-s, -n ...): dtrace sets the command line's options
	 * (its second pass) before it compiles the programs, whose pragmas
	 * then set theirs, so "-x quiet=no" loses to "#pragma D option quiet"
	 * and "-b 0" to "#pragma D option bufsize=1m".  The object's options
	 * are dtc's -x, then the pragmas, in that order: they go after the
	 * command line's (-b and -O, which dtc is not given, among them).
	 */
	if (cl->one_step) {
		for (i = 0; i + 1 < cl->xopts.n; i += 2)
			if (opts_set(o, cl->xopts.v[i], cl->xopts.v[i + 1]))
				return -1;
	}
	for (i = 0; i < d->meta.nopts; i++)
		if (opts_set(o, d->meta.opts[i].name, obj_val(&d->meta.opts[i])))
			return -1;
	/* An object's: the command line's over it.  Its destructive option
	 * was its build host's consent, not this host's
	 * (act_destructive_check). */
	if (!cl->one_step) {
		o->destructive = 0;
		for (i = 0; i + 1 < cl->xopts.n; i += 2)
			if (opts_set(o, cl->xopts.v[i], cl->xopts.v[i + 1]) ||
			    obj_xopt(d, cl->xopts.v[i], cl->xopts.v[i + 1]))
				return -1;
	}
	if (!o->bufsize_given)
		o->bufsize = consume_default_bufsize(d); /* 4 MB; less for BEGIN/END only */
	if (metrics_check_opts(o) || flame_check_opts(d)) /* metrics.c, flame.c */
		return -1;
	/* the macro arguments are the compiler's check (dt_cc.c), before
	 * DMODE_EXEC opens the output file (opts_open_output()) */
	return check_macros(&d->meta, o);
}

/* -o FILE: dtrace.c opens it (fopen(g_ofile, "a")) once every program
 * compiled and matched its probes: a program refused leaves none. */
int opts_open_output(const struct cmdline *cl, struct dtrun_opts *o)
{
	if (cl->ofile && o->out == stdout && !(o->out = fopen(cl->ofile, "a"))) {
		o->out = stdout;
		dt_err("failed to open output file '%s': %s\n", cl->ofile, strerror(errno));
		return -1;
	}
	return 0;
}
