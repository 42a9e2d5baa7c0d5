/*
 * cmdline.c: dtrun's command line, dtrace(1)'s options plus its own, as
 * one table (cmdopts[]): each option's letter or long name, whether it
 * takes a value, and what it does.  Options may follow operands, as
 * dtrace's own multi-pass getopt allows ("-s x.d -q"); "--" ends them.
 * The result is a struct cmdline (cli.h) main.c's pipeline reads.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "dt_opt.h"

/*
 * dtrace.c's usage(), on stderr with status 2 (E_USAGE): with no argument,
 * after an unknown option or one missing its value.  Its words, as dtrun
 * speaks as dtrace in every message; dtrun's own modes and options are
 * --help's.
 */
int cmdline_usage(void)
{
	static const char predact[] = "[[ predicate ] action ]";

	fprintf(stderr,
		"Usage: dtrace [-32|-64] [-CeFGhHlqSvVwZ] [-b bufsz] [-c cmd] [-D name[=def]]\n"
		"\t[-I path] [-L path] [-o output] [-p pid] [-s script] [-U name]\n"
		"\t[-x opt[=val]] [-X a|c|s|t]\n\n"
		"\t[-P provider %s]\n"
		"\t[-m [ provider: ] module %s]\n"
		"\t[-f [[ provider: ] module: ] func %s]\n"
		"\t[-n [[[ provider: ] module: ] func: ] name %s]\n"
		"\t[-i probe-id %s] [ args ... ]\n\n",
		predact, predact, predact, predact, predact);
	fputs("\tpredicate -> '/' D-expression '/'\n"
	      "\t   action -> '{' D-statements '}'\n"
	      "\n"
	      "\t-32 generate 32-bit D programs and ELF files\n"
	      "\t-64 generate 64-bit D programs and ELF files\n\n"
	      "\t-b  set trace buffer size\n"
	      "\t-c  run specified command and exit upon its completion\n"
	      "\t-C  run cpp(1) preprocessor on script files\n"
	      "\t-D  define symbol when invoking preprocessor\n"
	      "\t-e  exit after compiling request but prior to enabling probes\n"
	      "\t-f  enable or list probes matching the specified function name\n"
	      "\t-F  coalesce trace output by function\n"
	      "\t-G  generate an ELF file containing embedded dtrace program\n"
	      "\t-h  generate a header file with definitions for static probes\n"
	      "\t-H  print included files when invoking preprocessor\n"
	      "\t-i  enable or list probes matching the specified probe id\n"
	      "\t-I  add include directory to preprocessor search path\n"
	      "\t-l  list probes matching specified criteria\n"
	      "\t-L  add library directory to library search path\n"
	      "\t-m  enable or list probes matching the specified module name\n"
	      "\t-n  enable or list probes matching the specified probe name\n"
	      "\t-o  set output file\n"
	      "\t-p  grab specified process-ID and cache its symbol tables\n"
	      "\t-P  enable or list probes matching the specified provider name\n"
	      "\t-q  set quiet mode (only output explicitly traced data)\n"
	      "\t-s  enable or list probes according to the specified D script\n"
	      "\t-S  print D compiler intermediate code\n"
	      "\t-U  undefine symbol when invoking preprocessor\n"
	      "\t-v  set verbose mode (report stability attributes, arguments)\n"
	      "\t-V  report DTrace API version\n"
	      "\t-w  permit destructive actions\n"
	      "\t-x  enable or modify compiler and tracing options\n"
	      "\t-X  specify ISO C conformance settings for preprocessor\n"
	      "\t-Z  permit probe descriptions that match zero probes\n",
	      stderr);
	return 2;
}

/* --help: dtrace(1)'s options as dtrun takes them, and dtrun's own. */
static int help(void)
{
	printf("Usage: dtrun [options] OBJECT [args...]   run an object compiled by dtc\n"
	       "       dtrun [options] -s script.d | -n 'probe { actions }' [args...]\n"
	       "                                         compile with dtc, then run\n"
	       "\n"
	       "dtrace(1) options:\n"
	       "  -c cmd        run cmd and trace it ($target: the first -c or -p)\n"
	       "  -p pid        trace process pid; with -c, exit once all have exited\n"
	       "  -o file       append output to file\n"
	       "  -q            quiet: only what the script prints\n"
	       "  -w            allow destructive actions (system, raise, stop, copyout...)\n"
	       "  -x opt[=val]  set a D option (bufsize, strsize, switchrate, oformat=json...)\n"
	       "  -Z            allow descriptions that match no probe\n"
	       "  -e            compile only (with -s/-n)\n"
	       "  -C -D -U -I -H  the C preprocessor, with -s\n"
	       "  -L path       add a D library directory (-x libdir=path)\n"
	       "  -S            the C dtc compiles the program to, on stderr (-x verbose)\n"
	       "  -a, -A        anonymous tracing: ignored, as Oracle Linux's dtrace\n"
	       "  -i id         enable (or -l: list) the probe -l numbers id\n"
	       "  -l [-v]       list probes (-P -m -f -n -i -s select them)\n"
	       "  -O json       -x oformat=json: NDJSON output\n"
	       "\n"
	       "dtrun options:\n"
	       "  --instance NAME       enable the clauses of this instance (default host)\n"
	       "  --info OBJECT         what an object does: source, probes, options,\n"
	       "                        parameters, destructive actions, maps, kernel features\n"
	       "  --drop-caps           drop every capability once the probes are attached\n"
	       "  --dry-run             open, match and load, attach nothing\n"
	       "  --check               load, verify and match every probe, attach nothing:\n"
	       "                        exit 0, or say what would fail\n"
	       "  --merge FILE.json...  merge aggregation snapshots of several hosts\n"
	       "  --metrics ADDR:PORT   serve aggregations as Prometheus/OpenMetrics\n"
	       "  --metrics-textfile DIR  write them for node_exporter's textfile collector\n"
	       "  --folded FILE         stack aggregations as folded stacks\n"
	       "  --flamegraph FILE.svg  stack aggregations as an SVG flame graph\n"
	       "  -d libbpf,verifier    libbpf's and the verifier's logs\n"
	       "  --help, --version\n");
	return 0;
}

struct cmdopt;
/* An option's action: -1 to go on, else the exit status to return now. */
typedef int cmd_fn(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op,
		   char *arg);

struct cmdopt {
	int key;                 /* the letter, or OPT_* of a long option */
	const char *name;        /* long name, or NULL */
	int arg;                 /* takes a value */
	cmd_fn *fn;
	size_t off;              /* the field cl_* / o_* set */
	const char *val;         /* dtc's -x option (-F, -H), a -P/-m/-f pad */
	int pass;                /* PASS_*: when it acts (0: PASS_OPTS) */
};

/*
 * dtrace.c reads its command line in passes, each over all of it: the
 * first takes the mode (-l -V -h -G), -v, -32/-64 and refuses unknown
 * letters; the second sets the options and takes the programs; the third
 * creates or grabs the -c/-p processes.  So "-x bogus -k" is a usage error,
 * "-V -x bogus" prints the version and "-p abc -x bogus" fails on the -x.
 */
enum { PASS_OPTS = 0, PASS_MODE = 1, PASS_PROC = 2 };

enum { OPT_INSTANCE = 256, OPT_DRYRUN, OPT_MERGE, OPT_METRICS, OPT_TEXTFILE, OPT_FOLDED,
       OPT_FLAMEGRAPH, OPT_CHECK, OPT_INFO, OPT_HELP, OPT_VERSION, OPT_DROP_CAPS };

static int cl_flag(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)o, (void)arg;
	*(int *)((char *)cl + op->off) = 1;
	return -1;
}

static int cl_str(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)o;
	*(const char **)((char *)cl + op->off) = arg;
	return -1;
}

static int o_flag(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)cl, (void)arg;
	*(int *)((char *)o + op->off) = 1;
	return -1;
}

static int o_str(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)cl;
	*(const char **)((char *)o + op->off) = arg;
	return -1;
}

/* --instance NAME: this host's instance, and descriptions may name one */
static int opt_instance(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op,
			char *arg)
{
	cl->instances = 1;
	return o_str(cl, o, op, arg);
}

/*
 * An option checked as dtrace(1) checks it (dtrace_setopt(),
 * runtime/dt_opt.c) before anything is compiled or run: "dtrace: failed
 * to set -x NAME: <why>" (-b SIZE, -X MODE alike).
 */
static int check_opt(const char *name, const char *val, const char *flag, const char *shown)
{
	int64_t v;
	enum dt_opt_err e = dt_opt_set(name, val, DT_OPTC_CMDLINE, &v);

	if (e == DT_OPTE_OK)
		return 0;
	dt_err("failed to set %s %s: %s\n", flag, shown, dt_opt_errmsg(e, v));
	return -1;
}

/* -C -D -U -I: the preprocessor's, passed to dtc as given */
static int to_dtc(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	static const char *const flags[] = { ['C'] = "-C", ['D'] = "-D", ['U'] = "-U",
					     ['I'] = "-I" };

	(void)o;
	if (!cl->cpp_flag)
		cl->cpp_flag = flags[op->key]; /* refused on an object (options.c) */
	strv_push(&cl->dtc, flags[op->key]);
	if (arg)
		strv_push(&cl->dtc, arg);
	return -1;
}

/* -F, -H, -S: -x flowindent, -x cpphdrs, -x verbose, for dtc and for an object */
static int to_dtc_x(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)o, (void)arg;
	strv_push(&cl->dtc, "-x");
	strv_push(&cl->dtc, op->val);
	strv_push(&cl->xopts, op->val);
	strv_push(&cl->xopts, NULL);
	return -1;
}

static int opt_b(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)o, (void)op;
	if (check_opt("bufsize", arg, "-b", arg))
		return 1;
	strv_push(&cl->xopts, "bufsize");
	strv_push(&cl->xopts, arg);
	return -1;
}

static int opt_d(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)cl, (void)op;
	if (strstr(arg, "libbpf"))
		o->debug_libbpf = 1;
	if (strstr(arg, "verifier"))
		o->debug_verifier = 1;
	return -1;
}

static int opt_n(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)o, (void)op;
	cl->one_step = 1;
	strv_push(&cl->dtc, "-n");
	strv_push(&cl->dtc, arg);
	strv_push(&cl->specs, arg);
	strv_push(&cl->shown, arg);
	return -1;
}

/* -O json: -x oformat=json */
static int opt_O(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)o, (void)op;
	strv_push(&cl->xopts, "oformat");
	strv_push(&cl->xopts, arg);
	return -1;
}

/* dtrace takes any number of -c and -p processes, each in its turn ($target
 * the first of them: dtrace_proc_create(), dtrace_proc_grab_pid()). */
static int cl_proc_add(struct cmdline *cl, const char *cmd, pid_t pid)
{
	struct cl_proc *v = realloc(cl->procs, sizeof(*v) * (cl->nprocs + 1));

	if (!v) {
		dt_err("out of memory\n");
		return 1;
	}
	cl->procs = v;
	v[cl->nprocs++] = (struct cl_proc){ .cmd = cmd, .pid = pid };
	return -1;
}

static int opt_c(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)o, (void)op;
	return cl_proc_add(cl, arg, 0);
}

static int opt_p(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	char *end;
	long v;

	(void)o, (void)op;
	errno = 0;
	v = strtol(arg, &end, 10);
	if (errno || end == arg || *end || v != (pid_t)v) { /* dtrace.c's third pass */
		dt_err("invalid pid: %s\n", arg);
		return 1;
	}
	return cl_proc_add(cl, NULL, (pid_t)v);
}

static int opt_q(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)op, (void)arg;
	o->quiet = 1;
	strv_push(&cl->dtc, "-q");
	return -1;
}

static int is_elf(const char *path);

static int opt_s(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)o, (void)op;
	if (is_elf(arg)) { /* dtc's output: it runs as the first operand */
		dt_err("failed to compile script %s: it is a compiled object, not a D script "
		       "(run it as: dtrun %s)\n", arg, arg);
		return 1;
	}
	cl->one_step = 1;
	cl->script = arg;
	strv_push(&cl->dtc, "-s");
	strv_push(&cl->dtc, arg);
	return -1;
}

static int opt_w(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)o, (void)op, (void)arg;
	strv_push(&cl->dtc, "-x");
	strv_push(&cl->dtc, "destructive");
	strv_push(&cl->xopts, "destructive");
	strv_push(&cl->xopts, NULL);
	return -1;
}

static int opt_X(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)o, (void)op;
	if (check_opt("stdc", arg, "-X", arg))
		return 1;
	strv_push(&cl->dtc, "-X");
	strv_push(&cl->dtc, arg);
	strv_push(&cl->xopts, "stdc");
	strv_push(&cl->xopts, arg);
	return -1;
}

static int opt_x(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	char *eq = strchr(arg, '='), *name = arg;

	(void)o, (void)op;
	if (eq) {
		if (!(name = strndup(arg, (size_t)(eq - arg))))
			return 1;
		strv_push(&cl->owned, name);
	}
	if (check_opt(name, eq ? eq + 1 : NULL, "-x", name))
		return 1;
	/* dt_reduce(): a version may only lower the one set before it */
	if (!strcmp(name, "version")) {
		int64_t v = 0;

		dt_opt_version(eq + 1, &v);
		if (cl->version && v > cl->version) {
			dt_err("failed to set -x version: Requested version conflicts with "
			       "earlier setting\n");
			return 1;
		}
		cl->version = v;
	}
	strv_push(&cl->dtc, "-x");
	strv_push(&cl->dtc, arg);
	strv_push(&cl->xopts, name);
	strv_push(&cl->xopts, eq ? eq + 1 : NULL);
	return -1;
}

/* -L path: dtrace's dtrace_setopt("libdir", path), a D library directory */
static int opt_L(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	char *x;

	if (asprintf(&x, "libdir=%s", arg) < 0)
		return 1;
	strv_push(&cl->owned, x);
	return opt_x(cl, o, op, x);
}

/*
 * -a, -A: anonymous tracing, enablings kept in the kernel across a boot and
 * claimed later, which Linux has no place for.  Oracle Linux's dtrace(8)
 * takes both letters and does nothing with them (no case of its option
 * passes handles them), so dtrun takes and ignores them too.
 */
static int opt_ignored(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op,
		       char *arg)
{
	(void)cl, (void)o, (void)op, (void)arg;
	return -1;
}

/*
 * dtrace_setoptenv("DTRACE_OPT_"): an environment variable DTRACE_OPT_NAME
 * (the option's name in capitals) sets option NAME to its value before the
 * command line is read, so -x overrides it; a value the option refuses is
 * ignored, as dtrace ignores what its setters return there.
 */
static void env_opts(struct cmdline *cl, struct dtrun_opts *o)
{
	for (int i = 0; i < dt_opt_count; i++) {
		const char *name = dt_opt_table[i].name, *val;
		char var[80], *arg;
		int64_t v;
		size_t k;

		snprintf(var, sizeof(var), "DTRACE_OPT_%s", name);
		for (k = 11; k < sizeof(var) && var[k]; k++)
			var[k] = (char)toupper((unsigned char)var[k]);
		if (!(val = getenv(var)) || dt_opt_set(name, val, DT_OPTC_CMDLINE, &v) != DT_OPTE_OK)
			continue;
		if (asprintf(&arg, "%s=%s", name, val) < 0)
			continue;
		strv_push(&cl->owned, arg);
		opt_x(cl, o, NULL, arg);
	}
}

static int opt_l(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)o, (void)op, (void)arg;
	cl->list = 1;
	cl->modes++;
	return -1;
}

static int opt_V(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)o, (void)op, (void)arg;
	cl->version_mode = 1; /* printed once the whole line is read */
	cl->modes++;
	return -1;
}

/*
 * -Z: a description may match no probe (the zdefs option), and so may the
 * whole program: dtrace.c tests its own -Z (g_cflags), not the option, for
 * "no probes matched", so -x zdefs and "#pragma D option zdefs" allow the
 * first only.
 */
static int opt_Z(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)op, (void)arg;
	o->zdefs = 1;
	o->zflag = 1;
	/* dtc too: args[ ] of a clause with no probe is D_ARGS_MULTI there
	 * (dt_idcook_args()), not dt_setcontext()'s D_PDESC_ZERO */
	strv_push(&cl->dtc, "-x");
	strv_push(&cl->dtc, "zdefs");
	return -1;
}

int cmdline_pspec_next(FILE *f, const char *p, const char **tp, size_t *n,
		       unsigned long long *id, int *err, char *bad)
{
	const char *t;
	int k;

	for (t = p; isspace((unsigned char)*t); t++)
		;
	k = dt_pspec_token(t, n, id, err, bad);
	if (k != DT_PST_NONE)
		fprintf(f, "%.*s", (int)(t - p), p); /* the blanks between clauses */
	*tp = t;
	return k;
}

/*
 * dt_node_pdesc_by_id()'s refusals, and the lexer's before them, of an ID
 * token given where -P, -m or -f (what: "providers" ...) take parts: the
 * message after "invalid probe specifier SPEC: ".  NULL for an ID -n and
 * -i may take.
 */
const char *cmdline_id_error(const char *tok, size_t n, unsigned long long id, int err, char bad,
			     const char *what, char *buf, size_t len)
{
	if (err == DT_PSE_OFLOW)
		snprintf(buf, len, "constant %.*s results in integer overflow", (int)n, tok);
	else if (err == DT_PSE_DIGIT)
		snprintf(buf, len, "constant %.*s contains invalid digit %c", (int)n, tok, bad);
	else if (id > UINT_MAX)
		snprintf(buf, len, "identifier %llu exceeds maximum probe id", id);
	else if (what)
		snprintf(buf, len, "probe identifier %llu not permitted when specifying %s", id,
			 what);
	else
		return NULL;
	return buf;
}

/*
 * A -P/-m/-f description dtrun could not read: dtrace says so at that
 * program's turn (dtrace.c's fourth pass), after -p/-c (the third) and
 * the programs before it, so dtc says it there (--spec-error).
 */
static int spec_error(struct cmdline *cl, const char *arg, const char *msg)
{
	char *m;

	if (asprintf(&m, "invalid probe specifier %s: %s", arg, msg) < 0)
		return 1;
	strv_push(&cl->owned, m);
	if (!cl->spec_err)
		cl->spec_err = m; /* -l's own listing says it (list.c) */
	cl->one_step = 1;
	strv_push(&cl->dtc, "--spec-error");
	strv_push(&cl->dtc, m);
	return -1;
}

static int opt_pmfM(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op,
		    char *arg)
{
	static const char *const what[] = { ['P'] = "providers", ['m'] = "modules",
					    ['f'] = "functions" };
	int c = op->key, nf = c == 'P' ? 1 : c == 'm' ? 2 : 3;
	const char *p = arg, *t;
	char *spec = NULL, one[4 * DT_PDESC_LEN + 4];
	size_t slen = 0;
	int ntok = 0;
	FILE *f;

	(void)o;
	if (c == 'M') {
		size_t n = strcspn(arg, " \t/{");

		if (asprintf(&spec, "%.*s::::%s", (int)n, arg, arg + n) < 0)
			return 1;
		cl->instances = 1;
		goto add;
	}
	if (!(f = open_memstream(&spec, &slen)))
		return 1;
	/*
	 * The descriptions up to the predicate or actions: a ',' continues a
	 * clause's list, a description after a blank begins another clause
	 * (dt_grammar.y's probe_definition without a body, as "-f read
	 * write"), whose own fields are placed the same way.
	 */
	for (;;) {
		unsigned long long id;
		char bad, msg[160];
		int err, k;
		size_t n;

		k = cmdline_pspec_next(f, p, &t, &n, &id, &err, &bad);
		if (k == DT_PST_NONE)
			break;
		if (k == DT_PST_INT || dt_pdesc_xstr(t, n, nf, one, sizeof(one))) {
			if (k == DT_PST_INT)
				cmdline_id_error(t, n, id, err, bad, what[c], msg, sizeof(msg));
			else
				snprintf(msg, sizeof(msg), "invalid probe description \"%.*s\": "
					 "Overspecified probe description", (int)n, t);
			fclose(f);
			free(spec);
			return spec_error(cl, arg, msg);
		}
		fputs(one, f);
		ntok++;
		for (p = t + n; isspace((unsigned char)*p); p++)
			;
		if (*p != ',') {
			p = t + n;
			continue;
		}
		fputc(',', f);
		p++;
	}
	if (!ntok) { /* no description: dtc says why */
		fclose(f);
		free(spec);
		if (!(spec = strdup(arg)))
			return 1;
	} else {
		fputs(p, f);
		fclose(f);
	}
add:
	strv_push(&cl->owned, spec);
	cl->one_step = 1;
	strv_push(&cl->dtc, "-n");
	strv_push(&cl->dtc, spec);
	strv_push(&cl->specs, spec);
	strv_push(&cl->shown, arg);
	return -1;
}

/* -64: the only data model BPF has; -32 refused.  Another digit after
 * -3 or -6 is dtrace.c's "illegal option -- 3X", then its usage. */
static int opt_64(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)cl, (void)o;
	if (strcmp(arg, op->key == '6' ? "4" : "2") != 0) {
		dt_err("illegal option -- %c%s\n", op->key, arg);
		return cmdline_usage();
	}
	if (op->key == '6')
		return -1;
	dt_err("option -32 is not supported by dtrun: BPF programs use the 64-bit data model\n");
	return 2;
}

/* dtrace(1) options with no meaning for a BPF tracer */
static int opt_unsupported(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op,
			   char *arg)
{
	(void)cl, (void)o, (void)arg;
	dt_err("option -%c is not supported by dtrun\n", op->key);
	return 2;
}

static int opt_help(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op, char *arg)
{
	(void)cl, (void)o, (void)op, (void)arg;
	return help();
}

static int opt_version(struct cmdline *cl, struct dtrun_opts *o, const struct cmdopt *op,
		       char *arg)
{
	(void)cl, (void)o, (void)op, (void)arg;
	printf("dtrun %s (object metadata versions up to %d)\n", DTC_VERSION, DTC_META_VERSION);
	return 0;
}

#define CL(f) offsetof(struct cmdline, f)
#define O(f) offsetof(struct dtrun_opts, f)

static const struct cmdopt cmdopts[] = {
	{ 'b', NULL, 1, opt_b, 0, NULL, PASS_OPTS },
	{ 'c', NULL, 1, opt_c, 0, NULL, PASS_PROC },
	{ 'C', NULL, 0, to_dtc, 0, NULL, PASS_OPTS },
	{ 'D', NULL, 1, to_dtc, 0, NULL, PASS_OPTS },
	{ 'U', NULL, 1, to_dtc, 0, NULL, PASS_OPTS },
	{ 'I', NULL, 1, to_dtc, 0, NULL, PASS_OPTS },
	{ 'd', NULL, 1, opt_d, 0, NULL, PASS_OPTS },
	{ 'e', NULL, 0, cl_flag, CL(compile_only), NULL, PASS_OPTS },
	{ 'F', NULL, 0, to_dtc_x, 0, "flowindent", PASS_OPTS },
	{ 'H', NULL, 0, to_dtc_x, 0, "cpphdrs", PASS_OPTS },
	{ 'l', NULL, 0, opt_l, 0, NULL, PASS_MODE },
	{ 'n', NULL, 1, opt_n, 0, NULL, PASS_OPTS },
	{ 'i', NULL, 1, opt_n, 0, NULL, PASS_OPTS }, /* a probe ID: list_resolve_ids() */
	{ 'o', NULL, 1, cl_str, CL(ofile), NULL, PASS_OPTS },
	{ 'O', NULL, 1, opt_O, 0, NULL, PASS_OPTS },
	{ 'p', NULL, 1, opt_p, 0, NULL, PASS_PROC },
	{ 'q', NULL, 0, opt_q, 0, NULL, PASS_OPTS },
	{ 's', NULL, 1, opt_s, 0, NULL, PASS_OPTS },
	{ 'w', NULL, 0, opt_w, 0, NULL, PASS_OPTS },
	{ 'X', NULL, 1, opt_X, 0, NULL, PASS_OPTS },
	{ 'x', NULL, 1, opt_x, 0, NULL, PASS_OPTS },
	{ 'Z', NULL, 0, opt_Z, 0, NULL, PASS_OPTS },
	{ 'V', NULL, 0, opt_V, 0, NULL, PASS_MODE },
	{ 'v', NULL, 0, cl_flag, CL(list_verbose), NULL, PASS_MODE },
	{ 'P', NULL, 1, opt_pmfM, 0, ":::", PASS_OPTS },
	{ 'm', NULL, 1, opt_pmfM, 0, "::", PASS_OPTS },
	{ 'f', NULL, 1, opt_pmfM, 0, ":", PASS_OPTS },
	{ 'M', NULL, 1, opt_pmfM, 0, "::::", PASS_OPTS },
	{ '6', NULL, 1, opt_64, 0, NULL, PASS_MODE },
	{ '3', NULL, 1, opt_64, 0, NULL, PASS_MODE },
	/* -h, -G alone are dtc's (gen.c); in a group (-qh) they are refused */
	{ 'h', NULL, 0, opt_unsupported, 0, NULL, PASS_MODE },
	{ 'L', NULL, 1, opt_L, 0, NULL, PASS_OPTS },
	{ 'S', NULL, 0, to_dtc_x, 0, "verbose", PASS_OPTS }, /* the C dtc compiles, on stderr */
	{ 'a', NULL, 0, opt_ignored, 0, NULL, PASS_OPTS },
	{ 'A', NULL, 0, opt_ignored, 0, NULL, PASS_OPTS },
	{ 'B', NULL, 0, cl_flag, CL(buffered), NULL, PASS_OPTS }, /* refused once all is read */
	{ 'G', NULL, 0, opt_unsupported, 0, NULL, PASS_MODE },
	{ OPT_INSTANCE, "instance", 1, opt_instance, O(instance), NULL, PASS_OPTS },
	{ OPT_DRYRUN, "dry-run", 0, cl_flag, CL(dry_run), NULL, PASS_OPTS },
	{ OPT_MERGE, "merge", 0, cl_flag, CL(merge), NULL, PASS_OPTS },
	{ OPT_METRICS, "metrics", 1, o_str, O(metrics), NULL, PASS_OPTS },
	{ OPT_TEXTFILE, "metrics-textfile", 1, o_str, O(textfile), NULL, PASS_OPTS },
	{ OPT_FOLDED, "folded", 1, o_str, O(folded), NULL, PASS_OPTS },
	{ OPT_FLAMEGRAPH, "flamegraph", 1, o_str, O(flamegraph), NULL, PASS_OPTS },
	{ OPT_CHECK, "check", 0, cl_flag, CL(check), NULL, PASS_OPTS },
	{ OPT_INFO, "info", 0, cl_flag, CL(info), NULL, PASS_OPTS },
	{ OPT_DROP_CAPS, "drop-caps", 0, o_flag, O(drop_caps), NULL, PASS_OPTS },
	{ OPT_HELP, "help", 0, opt_help, 0, NULL, PASS_MODE },
	{ OPT_VERSION, "version", 0, opt_version, 0, NULL, PASS_MODE },
};
#define NCMDOPTS (sizeof(cmdopts) / sizeof(cmdopts[0]))

/*
 * An interpreter file "#!/usr/bin/dtrun -x bufsize=1m -qs" run as a
 * program: the kernel passes all that follows the interpreter's path as
 * one argument.  When that argument holds blanks and the file after it
 * starts with "#!", its words are the options, as they would be on a
 * command line (dtrace(1)'s interpreter files).  Returns argv, or a new
 * vector in cl->shebang.
 */
static char **shebang_args(struct cmdline *cl, int *argc, char **argv)
{
	char *words, *w, *save = NULL, hdr[2];
	FILE *f;
	int ok;

	if (*argc < 3 || argv[1][0] != '-' || !strpbrk(argv[1], " \t") ||
	    !(f = fopen(argv[2], "r")))
		return argv;
	ok = fread(hdr, 1, 2, f) == 2 && hdr[0] == '#' && hdr[1] == '!';
	fclose(f);
	if (!ok || !(words = strdup(argv[1])))
		return argv;
	strv_push(&cl->owned, words);
	strv_push(&cl->shebang, argv[0]);
	for (w = strtok_r(words, " \t", &save); w; w = strtok_r(NULL, " \t", &save))
		strv_push(&cl->shebang, w);
	for (int i = 2; i < *argc; i++)
		strv_push(&cl->shebang, argv[i]);
	*argc = cl->shebang.n;
	return cl->shebang.v;
}

/* One of dtrace's passes (PASS_*): getopt stops at an operand, which the
 * first pass keeps, then resumes.  -1 when done, else the exit status to
 * return now. */
static int parse_args(struct cmdline *cl, struct dtrun_opts *o, int argc, char **argv,
		      const char *shorts, const struct option *longopts, int pass)
{
	size_t i;
	int c, rc;

	opterr = pass == PASS_MODE; /* getopt's own messages once */
	for (optind = 0; optind < argc; optind++) { /* 0: getopt starts again */
		while ((c = getopt_long(argc, argv, shorts, longopts, NULL)) != -1) {
			for (i = 0; i < NCMDOPTS && cmdopts[i].key != c; i++)
				;
			if (i == NCMDOPTS)
				return cmdline_usage();
			if (cmdopts[i].pass != pass)
				continue;
			if ((rc = cmdopts[i].fn(cl, o, &cmdopts[i], cmdopts[i].arg ? optarg : NULL)) >= 0)
				return rc;
		}
		/* "--": all that follows is an operand, whatever it looks like */
		if (optind > 1 && optind <= argc && strcmp(argv[optind - 1], "--") == 0) {
			for (; pass == PASS_MODE && optind < argc; optind++)
				strv_push(&cl->ops, argv[optind]);
			break;
		}
		if (optind < argc && pass == PASS_MODE)
			strv_push(&cl->ops, argv[optind]);
	}
	return -1;
}

int cmdline_parse(int argc, char **argv, struct cmdline *cl, struct dtrun_opts *o)
{
	char *argv0;
	struct option longopts[NCMDOPTS + 1];
	char shorts[2 * NCMDOPTS + 2];
	size_t i, nl = 0, ns = 0;
	int rc;

	shorts[ns++] = '+'; /* stop at an operand: kept below, then resumed */
	for (i = 0; i < NCMDOPTS; i++) {
		if (cmdopts[i].name) {
			longopts[nl++] = (struct option){ cmdopts[i].name,
							  cmdopts[i].arg ? required_argument
									 : no_argument,
							  NULL, cmdopts[i].key };
			continue;
		}
		shorts[ns++] = (char)cmdopts[i].key;
		if (cmdopts[i].arg)
			shorts[ns++] = ':';
	}
	shorts[ns] = '\0';
	longopts[nl] = (struct option){ NULL, 0, NULL, 0 };

	argv = shebang_args(cl, &argc, argv);
	/* getopt's own errors name the program as dtrace's do: dtrace(8)
	 * rewrites argv[0] to its name ("dtrace: invalid option -- '9'") */
	argv0 = argv[0];
	argv[0] = (char *)"dtrace";
	rc = parse_args(cl, o, argc, argv, shorts, longopts, PASS_MODE);
	/* dtrace.c: one mode of -G -h -l -V; -V prints DT_VERS_STRING;
	 * -V -v adds the release (GNUmakefile's VERSION, the D language's
	 * 2.0.1) and the two version-control IDs, which for dtrun are its
	 * own version */
	if (rc < 0 && cl->modes > 1) {
		dt_err("only one of the [-GhlV] options can be specified at a time\n");
		rc = 2;
	} else if (rc < 0 && cl->version_mode) {
		printf("dtrace: Oracle D 2.0\n");
		if (cl->list_verbose)
			printf("This is DTrace 2.0.1\n"
			       "dtrace(1) version-control ID: dtrun %s\n"
			       "libdtrace version-control ID: dtrun %s\n",
			       DTC_VERSION, DTC_VERSION);
		rc = 0;
	}
	/* dtrace_setoptenv(), then the command line's options over it */
	if (rc < 0) {
		env_opts(cl, o);
		rc = parse_args(cl, o, argc, argv, shorts, longopts, PASS_OPTS);
	}
	/* dtrace -B (the buffered handler's dump of each record) is checked
	 * against -l and -o once the options are read, as dtrace.c does */
	if (rc < 0 && cl->buffered) {
		if (cl->list)
			dt_err("-B not valid in combination with [-Gl] options\n");
		else if (cl->ofile)
			dt_err("-B not valid in combination with -o option\n");
		else
			dt_err("option -B is not supported by dtrun: it prints libdtrace's "
			       "buffered-output records, which dtrun does not make\n");
		rc = 2;
	}
	if (rc < 0)
		rc = parse_args(cl, o, argc, argv, shorts, longopts, PASS_PROC);
	argv[0] = argv0;
	return rc;
}

/* A regular file that starts as ELF does (O_NONBLOCK: a FIFO must not block). */
static int is_elf(const char *path)
{
	unsigned char m[4];
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK), ok = 0;
	struct stat st;

	if (fd < 0)
		return 0;
	ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && read(fd, m, 4) == 4 &&
	     m[0] == 0x7f && m[1] == 'E' && m[2] == 'L' && m[3] == 'F';
	close(fd);
	return ok;
}

/* dtrun OBJECT and dtrun x.d take a readable regular file */
int operand_is_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, R_OK) == 0;
}

/* dtrace.c's DMODE_EXEC with no program: -o's file is opened ("a") before
 * dfatal("no probes specified") */
static int no_probes(const struct cmdline *cl)
{
	FILE *f;

	if (cl->ofile) {
		if (!(f = fopen(cl->ofile, "a"))) {
			dt_err("failed to open output file '%s': %s\n", cl->ofile, strerror(errno));
			return 1;
		}
		fclose(f);
	}
	dt_err("no probes specified\n");
	return 1;
}

int cmdline_operand(struct cmdline *cl, const char **objpath)
{
	const char *first;

	/* dtrace -e with no program compiles nothing; options with none
	 * ("dtrace -q") have no probes to enable: dtrace's dfatal() */
	if (cl->ops.n == 0) {
		if (cl->compile_only)
			return 0;
		return no_probes(cl);
	}
	first = cl->ops.v[0];
	/* dtrace.c keeps every operand as a macro argument (g_argv[]): one
	 * that is no regular file dtrun can read is one of those, so there
	 * is no program, as above (a FIFO or device is never read) */
	if (!operand_is_file(first)) {
		if (cl->compile_only)
			return 0;
		return no_probes(cl);
	}
	if (is_elf(first)) {
		*objpath = first;
	} else {
		/* A script as the first operand: dtrun x.d == dtrace -s x.d */
		cl->one_step = 1;
		cl->script = first;
		strv_push(&cl->dtc, "-s");
		strv_push(&cl->dtc, first);
	}
	for (int i = 1; i < cl->ops.n; i++)
		cl->ops.v[i - 1] = cl->ops.v[i];
	cl->ops.v[--cl->ops.n] = NULL;
	return -1;
}

const char *cmdline_crop_spec(const char *spec, char *buf, size_t len)
{
	size_t n = strcspn(spec, "{/;");

	snprintf(buf, len, "%.*s", (int)n, spec);
	return buf;
}

void cmdline_free(struct cmdline *cl)
{
	for (int i = 0; i < cl->owned.n; i++)
		free(cl->owned.v[i]);
	strv_free(&cl->owned);
	for (int i = 0; i < cl->list_descs.n; i++)
		free(cl->list_descs.v[i]);
	strv_free(&cl->list_descs);
	strv_free(&cl->shebang);
	strv_free(&cl->ops);
	strv_free(&cl->dtc);
	strv_free(&cl->xopts);
	strv_free(&cl->specs);
	strv_free(&cl->shown);
	free(cl->procs);
}
