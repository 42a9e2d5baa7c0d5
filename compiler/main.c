/*
 * main.c: the dtc command line and the pipeline driver.
 *
 *   dtc [options] [-s] script.d [-o out.bpf.o]
 *   dtc [options] -n 'probe-desc { ... }' ... -o out.bpf.o
 *
 * Reads the inputs (through cpp with -C), then runs the passes in order and
 * stops after the first one that reported errors:
 *   parse -> sema -> emit C -> clang (in process) -> write the object.
 * Exit status: 0 success, 1 D errors (or a compile failure), 2 usage errors.
 */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <zlib.h>

#include "../runtime/dtc_abi.h"
#include "dtc.h"
#include "prov.h"
#include "sema.h"
#include "usdt_gen.h"

void ast_dump(struct dtc *dx, struct node *n, FILE *out);

static void usage(FILE *f)
{
	fprintf(f,
		"usage: dtc [options] [-s] script.d [-o out.bpf.o]\n"
		"       dtc [options] -n 'probe-desc { actions }' ... -o out.bpf.o\n"
		"       dtc -h -s provider.d [-o provider.h]\n"
		"       dtc -G -s provider.d [-o provider.o] [objects...]\n"
		"\n"
		"  -s FILE        compile the D script FILE (repeatable: a provider definition\n"
		"                 file before the script types its probes' args[])\n"
		"  -n PROGRAM     compile a D program given on the command line (repeatable)\n"
		"  -o FILE        write the BPF object to FILE (default: the script's name, x.d\n"
		"                 gives x.bpf.o; -n programs need -o)\n"
		"  -S             write the generated C instead of an object and stop\n"
		"  -h             write a C header for the providers the -s files define:\n"
		"                 <sys/sdt.h> probe macros, PROVIDER_PROBE_ENABLED() on semaphores\n"
		"  -G             write the object with those semaphores, to link with the\n"
		"                 program (compiled by $CC, else cc; -32 adds -m32)\n"
		"  -q             quiet: set the quiet option\n"
		"  -w             permit destructive actions: set the destructive option\n"
		"  -x OPT[=VAL]   set a D option, as #pragma D option does\n"
		"  -C             run the C preprocessor (cpp) over the script first\n"
		"  -D NAME[=DEF]  define a preprocessor macro (with -C)\n"
		"  -U NAME        undefine a preprocessor macro (with -C)\n"
		"  -I DIR         add a preprocessor include directory (with -C)\n"
		"  -H             list the files cpp includes (with -C)\n"
		"  -X a|c|s|t     cpp's mode (-x stdc): a -std=c99, s traditional, c t cpp's own\n"
		"  -e             check and compile, write no object unless -o is given (dtrace's\n"
		"                 exit after compiling)\n"
		"  -v             print the program's stability attributes (as dtrace -v)\n"
		"                 and the clang command line used\n"
		"  -d PASS        dump a pass result and stop: ast, c\n"
		"  --btf FILE     kernel BTF to type-check against; given several times, the\n"
		"                 script is checked against each, the object built for the first\n"
		"  --instances    a description may name an instance first\n"
		"                 (instance:provider:module:function:name), which dtrun's\n"
		"                 --instance matches\n"
		"  --tracefs DIR  the tracefs whose events/syscalls/*/format type syscall\n"
		"                 probes' args[] (default /sys/kernel/tracing)\n"
		"  --script-name NAME  name used for the script in messages\n"
		"  --from-c FILE  compile FILE, C that -S wrote (perhaps edited), to the\n"
		"                 object -o names (for debugging dtc)\n"
		"  --help         this text\n"
		"  --version      the version of dtc and of the objects it writes\n");
}

/* Larger scripts are refused: /dev/zero as a script must end. */
#define DTC_MAX_SCRIPT (64 << 20)

/* The whole of a script file (or stdin); NULL with errno set. */
/* -x verbose (or dtrun -S) given on the command line, not by a pragma. */
static int verbose_cmdline(struct dtc *dx)
{
	for (struct dopt *o = dx->opts; o; o = o->next)
		if (!strcmp(o->name, "verbose") && o->loc.file < 0)
			return 1;
	return 0;
}

/* "-" is stdin, unless DASH_IS_FILE: dtrace's -s takes every name as a
 * file (compile_file(): fopen()) */
static char *read_file(const char *path, size_t *len, int dash_is_file)
{
	FILE *f = strcmp(path, "-") || dash_is_file ? fopen(path, "r") : stdin;
	char *buf = NULL;
	size_t cap = 0, n = 0, r;
	struct stat st;

	if (!f)
		return NULL;
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		errno = EISDIR;
		return NULL;
	}
	for (;;) {
		if (n > DTC_MAX_SCRIPT) {
			if (f != stdin)
				fclose(f);
			free(buf);
			errno = EFBIG;
			return NULL;
		}
		if (n + 4096 + 1 > cap) {
			cap = cap ? cap * 2 : 8192;
			buf = realloc(buf, cap);
			if (!buf) {
				fprintf(stderr, "dtc: out of memory\n");
				exit(1);
			}
		}
		r = fread(buf + n, 1, cap - n - 1, f);
		n += r;
		if (r == 0)
			break;
	}
	if (f != stdin)
		fclose(f);
	else
		bpf_fit_keep_stdin(buf, n); /* read again should dtc run itself again */
	buf[n] = 0;
	*len = n;
	return buf;
}

/* The preprocessor options (-C -D -U -I -H -X, -x cpp*, define, undef,
 * incdir, stdc), in command-line order as dtrace passes them to cpp. */
struct cpp_opts {
	int on;                /* -C, -x cpp */
	const char *path;      /* -x cpppath: the cpp to run (PATH searched) */
	char stdc;             /* -X a|c|s|t: a -std=c99, s -traditional-cpp, c t cpp's own */
	char *args[128];
	int nargs;
};

/* v with s added at its end (a repeated option's values). */
static const char **strv_add(struct dtc *dx, const char **v, int *n, const char *s)
{
	const char **w = arena_alloc(dx, sizeof(*w) * (size_t)(*n + 1));

	if (*n)
		memcpy(w, v, sizeof(*w) * (size_t)*n);
	w[(*n)++] = s;
	return w;
}

static void cpp_add(struct cpp_opts *cp, char *arg)
{
	if (cp->nargs < (int)(sizeof(cp->args) / sizeof(cp->args[0])))
		cp->args[cp->nargs++] = arg;
}

/* An option already checked by sema_set_option(): what it does to cpp. */
static void cpp_option(struct dtc *dx, struct cpp_opts *cp, const char *name, const char *val)
{
	if (!strcmp(name, "cpp")) {
		cp->on = 1;
	} else if (!strcmp(name, "define")) {
		cpp_add(cp, arena_printf(dx, "-D%s", val));
	} else if (!strcmp(name, "undef")) {
		cpp_add(cp, arena_printf(dx, "-U%s", val));
	} else if (!strcmp(name, "incdir")) {
		cpp_add(cp, arena_printf(dx, "-I%s", val));
	} else if (!strcmp(name, "cpphdrs")) {
		cpp_add(cp, "-H"); /* cpp lists each header on stderr, as dtrace -H */
	} else if (!strcmp(name, "cpppath")) {
		cp->path = val;
	} else if (!strcmp(name, "stdc")) {
		cp->stdc = val[0];
	} else if (!strcmp(name, "cppargs")) {
		/* -x cppargs='-H -dM': more cpp arguments, split at white space */
		char *save = NULL, *a = arena_strdup(dx, val);

		for (a = strtok_r(a, " \t\n\r\f\v", &save); a;
		     a = strtok_r(NULL, " \t\n\r\f\v", &save))
			cpp_add(cp, a);
	} else if (!strcmp(name, "libdir") || !strcmp(name, "syslibdir")) {
		dx->dlib_dir = val; /* dtc has one D library directory (-L) */
	}
}

/*
 * Run cpp over text; returns malloc'd output, or NULL and *err (dtrace's
 * message).  The macros DTrace predefines (dt_open.c, dt_cc.c dt_preproc):
 * __linux __unix __SVR4 __SUNW_D=1 __SUNW_D_64 __Linux __amd64, __GNUC__
 * undefined, then the user's -D -U -I in order, __SUNW_D_VERSION the D
 * version (-x version), and -std=c99 for -Xa (the default) or
 * -traditional-cpp for -Xs (-Xc and -Xt: cpp's own mode); cpp's own
 * predefined macros stay (__x86_64__, __LP64__, __STDC_VERSION__ ...), as
 * they do for dtrace.
 */
static char *run_cpp(struct dtc *dx, const char *text, size_t len, const struct cpp_opts *cp,
		     size_t *out_len, const char **err)
{
	int in[2], out[2];
	pid_t pid;
	char *argv[256];
	int argc = 0, i, status;
	char *buf = NULL;
	size_t cap = 0, n = 0;
	ssize_t r;
	const char *base = strrchr(cp->path, '/');

	argv[argc++] = (char *)(base ? base + 1 : cp->path);
	argv[argc++] = "-D__linux";
	argv[argc++] = "-D__unix";
	argv[argc++] = "-D__SVR4";
	argv[argc++] = "-D__SUNW_D=1";
	argv[argc++] = "-U__GNUC__";
	argv[argc++] = "-D__SUNW_D_64";
	argv[argc++] = "-D__Linux";
	argv[argc++] = "-D__amd64";
	/* C library headers a script includes (<endian.h>) must give D only
	 * macros and types: glibc 2.26+ defines static inline functions
	 * (__bswap_16 ...) unless __STRICT_ANSI__ turns its extensions off */
	argv[argc++] = "-D__STRICT_ANSI__";
	for (i = 0; i < cp->nargs && argc < 248; i++)
		argv[argc++] = cp->args[i];
	{
		int64_t v = sema_option_num(dx, "version", (int64_t)2 << 24 | 1); /* 2.0.1 */

		argv[argc++] = arena_printf(dx, "-D__SUNW_D_VERSION=0x%08llx", (long long)v);
	}
	if (cp->stdc == 'a' || cp->stdc == 's')
		argv[argc++] = cp->stdc == 's' ? "-traditional-cpp" : "-std=c99";
	/* the script is /dev/stdin, as dt_preproc() gives it, so cpp's
	 * messages and markers name it so; its #include "x" still finds x in
	 * the current directory, as it did when cpp read "-" (dtrace's cpp
	 * looks in /dev, the includer's directory, and fails) */
	argv[argc++] = "-iquote";
	argv[argc++] = ".";
	argv[argc++] = "/dev/stdin";
	argv[argc] = NULL;
	*err = "Failed to fork preprocessor";
	if (pipe(in) || pipe(out))
		return NULL;
	pid = fork();
	if (pid < 0)
		return NULL;
	if (pid == 0) {
		dup2(in[0], 0);
		dup2(out[1], 1);
		close(in[0]);
		close(in[1]);
		close(out[0]);
		close(out[1]);
		execvp(cp->path, argv);
		_exit(errno == ENOENT ? 127 : 126);
	}
	close(in[0]);
	close(out[1]);
	/* the script is small: write it all, then read */
	if (fork() == 0) {
		close(out[0]);
		while (len) {
			r = write(in[1], text, len);
			if (r <= 0)
				break;
			text += r;
			len -= r;
		}
		_exit(0);
	}
	close(in[1]);
	for (;;) {
		if (n + 4096 + 1 > cap) {
			cap = cap ? cap * 2 : 8192;
			buf = realloc(buf, cap);
		}
		r = read(out[0], buf + n, cap - n - 1);
		if (r <= 0)
			break;
		n += r;
	}
	close(out[0]);
	{
		/* reap the writer and cpp; cpp's own errors (an #if without
		 * #endif) fail the compilation, as in dtrace -C */
		int cpp_status = 0;
		pid_t w;
		while ((w = wait(&status)) > 0)
			if (w == pid)
				cpp_status = status;
		if (!WIFEXITED(cpp_status) || WEXITSTATUS(cpp_status)) {
			int st = WIFEXITED(cpp_status) ? WEXITSTATUS(cpp_status) : -1;

			*err = st == 126 ? "Failed to exec preprocessor"
			       : st == 127 ? "Preprocessor not found"
					   : "Preprocessor failed to process input program";
			free(buf);
			return NULL;
		}
	}
	if (!buf)
		buf = malloc(1);
	buf[n] = 0;
	*out_len = n;
	return buf;
}

static int write_out(const char *path, const char *data, size_t len)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "w") : stdout;
	if (!f || fwrite(data, 1, len, f) != len || (f != stdout && fclose(f))) {
		fprintf(stderr, "dtc: cannot write %s: %s\n", path, strerror(errno));
		return -1;
	}
	return 0;
}

/* -h's header: in dtrace's words under --dtrace-diags (dtrace.c main()) */
static int write_header(struct dtc *dx, const char *path, const char *data, size_t len)
{
	FILE *f;

	if (!dx->dtrace_diags || !strcmp(path, "-"))
		return write_out(path, data, len);
	if (!(f = fopen(path, "w"))) {
		fprintf(stderr, "dtrace: failed to open header file '%s': %s\n", path,
			strerror(errno));
		return -1;
	}
	if (fwrite(data, 1, len, f) != len || fclose(f)) {
		fprintf(stderr, "dtrace: failed to create header file %s: %s\n", path,
			strerror(errno));
		return -1;
	}
	return 0;
}

/*
 * The "sum" line of the metadata (dtc_abi.h): the CRC-32 of the object as
 * written, with the line's 8 digits as '0's, filled in last.
 */
static void obj_checksum(char *obj, size_t len)
{
	static const char line[] = "\n" DTC_META_SUM_LINE "end\n";
	char *p = memmem(obj, len, line, sizeof(line) - 1), hex[9];

	if (!p)
		return;
	p += 5; /* the digits */
	snprintf(hex, sizeof(hex), "%08lx",
		 crc32(0, (const unsigned char *)obj, (unsigned)len) & 0xffffffffUL);
	memcpy(p, hex, 8);
}

static char *default_output(const char *script, const char *suffix)
{
	const char *base = strrchr(script, '/');
	size_t n;
	char *o;

	base = base ? base + 1 : script;
	n = strlen(base);
	if (n > 2 && !strcmp(base + n - 2, ".d"))
		n -= 2;
	o = malloc(n + strlen(suffix) + 1);
	memcpy(o, base, n);
	strcpy(o + n, suffix);
	return o;
}

/*
 * --from-c FILE: compile C that dtc -S wrote, perhaps edited, into an object,
 * as dtc compiles its own (for debugging dtc: what the verifier makes of a
 * change to the generated code; test/lit/dtrun/verifier-line.test).
 */
/*
 * clang's diagnostics after an internal error: the first 40 lines, then how
 * many were left out (clang repeats a stack-limit error once per use).
 */
static void print_clang_errs(const char *errs)
{
	const char *p = errs ? errs : "(no diagnostics)\n";
	int lines = 0, more = 0;

	for (const char *q = p; *q; q++) {
		if (*q != '\n')
			continue;
		if (++lines == 40)
			fwrite(p, 1, (size_t)(q + 1 - p), stderr);
		else if (lines > 40)
			more++;
	}
	if (lines < 40)
		fputs(p, stderr);
	else if (more)
		fprintf(stderr, "(%d more lines of clang's diagnostics left out)\n", more);
}

static int compile_from_c(const char *path, const char *out, int verbose)
{
	const char *rt = dtc_runtime_dir();
	char *text, *obj = NULL, *errs = NULL;
	size_t len, obj_len = 0;
	int rc = 1;

	if (!(text = read_file(path, &len, 0))) {
		fprintf(stderr, "dtc: failed to open %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (!rt) {
		fprintf(stderr, "dtc: cannot find the runtime headers (dtc.bpf.h); set "
				"DTC_RUNTIME_DIR\n");
	} else if (clang_compile(text, len, rt, DTC_C_NAME, verbose, &obj, &obj_len, &errs)) {
		fprintf(stderr, "dtc: %s did not compile:\n", path);
		print_clang_errs(errs);
	} else {
		obj_checksum(obj, obj_len);
		rc = write_out(out, obj, obj_len) ? 1 : 0;
	}
	free(errs);
	free(obj);
	free(text);
	return rc;
}

/*
 * dtc --btf A --btf B ...: the script is type-checked against each kernel
 * (issue 16), so that an operator knows before deploying which kernels lack
 * a member or a type it uses: a CO-RE relocation that would fail at load
 * there.  Each check parses and checks the script in a child process, with
 * its own copy of the compiler's state (sema annotates the tree it checks),
 * and reports its errors under the kernel's name; the object is compiled
 * against the first.  After a failure against the first kernel the others
 * are not checked (the errors would be the script's own, repeated).
 * Returns the number of kernels the script does not check against.
 */
static int check_kernels(struct dtc *dx, const char *const *btfs, int nbtf)
{
	int bad = 0;

	for (int k = 0; k < nbtf; k++) {
		pid_t pid;
		int st;

		fflush(stdout);
		fflush(stderr);
		pid = fork();
		if (pid < 0) {
			fprintf(stderr, "dtc: cannot check against %s: fork: %s\n", btfs[k],
				strerror(errno));
			return bad + 1;
		}
		if (pid == 0) {
			char *text = NULL;
			size_t len = 0;
			FILE *f = open_memstream(&text, &len);

			if (!f)
				_exit(2);
			dx->diag_out = f;
			kbtf_switch(dx, btfs[k]);
			sema_parse_all(dx);
			if (!dx->nerrors)
				sema_check(dx);
			fclose(f);
			if (dx->nerrors) {
				fprintf(stderr, "dtc: against kernel BTF %s: %d error%s (the object "
						"would not load on that kernel):\n", btfs[k],
					dx->nerrors, dx->nerrors == 1 ? "" : "s");
				fwrite(text, 1, len, stderr);
			}
			_exit(dx->nerrors ? 1 : 0);
		}
		while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
		if (!WIFEXITED(st) || WEXITSTATUS(st)) {
			if (!WIFEXITED(st))
				fprintf(stderr, "dtc: checking against kernel BTF %s failed\n",
					btfs[k]);
			bad++;
			if (k == 0)
				break;
		}
	}
	return bad;
}

enum { OPT_BTF = 256, OPT_SCRIPT_NAME, OPT_PDESC_AT_LOAD, OPT_UNUSED_AT_LOAD,
       OPT_DTRACE_DIAGS, OPT_DESTRUCTIVE_AT_LOAD, OPT_VERSION, OPT_HELP, OPT_FROM_C,
       OPT_SPEC_NAME, OPT_TRACEFS, OPT_INSTANCES, OPT_PROBE_IDS_OUT, OPT_PROBE_ID,
       OPT_INT_ARGS_LEXED, OPT_SPEC_ERROR, OPT_MACRO_VARS, OPT_TARGET_PID, OPT_PID_DESCS_OUT,
       OPT_PID_DESC_RESULT };

int main(int argc, char **argv)
{
	static const struct option lopts[] = {
		{ "btf", required_argument, 0, OPT_BTF },
		{ "tracefs", required_argument, 0, OPT_TRACEFS },
		{ "instances", no_argument, 0, OPT_INSTANCES },
		{ "script-name", required_argument, 0, OPT_SCRIPT_NAME },
		{ "spec-name", required_argument, 0, OPT_SPEC_NAME },
		{ "from-c", required_argument, 0, OPT_FROM_C },
		{ "pdesc-at-load", no_argument, 0, OPT_PDESC_AT_LOAD },
		{ "target-pid", required_argument, 0, OPT_TARGET_PID },
		{ "probe-ids-out", required_argument, 0, OPT_PROBE_IDS_OUT },
		{ "probe-id", required_argument, 0, OPT_PROBE_ID },
		{ "pid-descs-out", required_argument, 0, OPT_PID_DESCS_OUT },
		{ "pid-desc-result", required_argument, 0, OPT_PID_DESC_RESULT },
		{ "unused-args-at-load", no_argument, 0, OPT_UNUSED_AT_LOAD },
		{ "int-args-lexed", no_argument, 0, OPT_INT_ARGS_LEXED },
		{ "spec-error", required_argument, 0, OPT_SPEC_ERROR },
		{ "macro-vars", required_argument, 0, OPT_MACRO_VARS },
		{ "dtrace-diags", no_argument, 0, OPT_DTRACE_DIAGS },
		{ "destructive-at-load", no_argument, 0, OPT_DESTRUCTIVE_AT_LOAD },
		{ "help", no_argument, 0, OPT_HELP },
		{ "version", no_argument, 0, OPT_VERSION },
		{ 0, 0, 0, 0 },
	};
	struct dtc *dx = dtc_new();
	const char *script = NULL, *out = NULL, *dump = NULL, *from_c = NULL;
	char *late_err = NULL; /* a -s after other programs that cannot be opened */
	const char *progs[64], *scripts[16], *spec_errs[16];
	char order[97]; /* 's' (a script), 'n' (a -n program), 'e' (dtrun's -P/-m/-f
			   that it could not read), in command-line order */
	int norder = 0, nprogs = 0, nspec_errs = 0, nscripts = 0, emit_only = 0, compile_only = 0, verbose = 0, c, i, rc = 1;
	int gen = 0, m32 = 0; /* gen: 'h' or 'G' (usdt_gen.c) */
	const char *btfs[16]; /* --btf, in order */
	int nbtf = 0;
	struct cpp_opts cp = { .path = "cpp", .stdc = 'a' };
	struct loc cmdline = { -1, 0, 0 };

	prov_install(dx); /* the providers (prov.c) */
	/* dtrace's data model options, which build systems pass to dtrace -G:
	 * -64 is dtc's only model for scripts, -32 makes -G's object 32-bit */
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (!strcmp(argv[i], "--dtrace-diags"))
			dx->dtrace_diags = 1; /* before -x: its errors in dtrace's words too */
		if (!strcmp(argv[i], "-32") || !strcmp(argv[i], "-64")) {
			m32 = argv[i][1] == '3';
			memmove(&argv[i], &argv[i + 1], sizeof(*argv) * (argc - i));
			argc--, i--;
		}
	}
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":s:n:i:o:SqwHx:X:CD:U:I:evd:hGL:", lopts, NULL)) != -1) {
		switch (c) {
		case 's':
			if (nscripts == 16) {
				fprintf(stderr, "dtc: too many -s options\n");
				goto usage_fail;
			}
			script = scripts[nscripts++] = optarg;
			order[norder++] = 's';
			break;
		case 'h':
		case 'G':
			if (gen && gen != c) {
				fprintf(stderr, "dtc: -h and -G cannot be used together\n");
				goto usage_fail;
			}
			gen = c;
			break;
		case 'i':
			/* dtrace -i: a probe ID is the tracing host's numbering */
			fprintf(stderr, "dtc: -i %s: probe IDs are those of the host that traces; "
					"name the probe (dtrun -l -i %s there shows it), or run "
					"dtrun -i %s there\n", optarg, optarg, optarg);
			goto usage_fail;
		case 'n':
			if (nprogs == 64) {
				fprintf(stderr, "dtc: too many -n options\n");
				goto usage_fail;
			}
			progs[nprogs++] = optarg;
			order[norder++] = 'n';
			break;
		case 'o':
			out = optarg;
			break;
		case 'S':
			emit_only = 1;
			break;
		case 'q':
		case 'w':
		case 'H':
		case 'X':
		case 'x': {
			/* as dtrace: -q sets quiet, -w destructive, -H cpphdrs, -X
			 * stdc; each -x NAME[=VALUE] as dtrace_setopt() (dt_opt.c) */
			const char *eq = c == 'x' ? strchr(optarg, '=') : NULL;
			const char *name = c == 'q' ? "quiet" : c == 'w' ? "destructive"
				: c == 'H' ? "cpphdrs" : c == 'X' ? "stdc"
				: eq ? arena_strndup(dx, optarg, eq - optarg) : optarg;
			const char *val = c == 'X' ? optarg : eq ? eq + 1 : NULL;

			if (sema_set_option(dx, name, val, cmdline))
				goto usage_fail;
			cpp_option(dx, &cp, name, val);
			break;
		}
		case 'C':
			cpp_option(dx, &cp, "cpp", NULL);
			break;
		case 'D':
			cpp_option(dx, &cp, "define", optarg);
			break;
		case 'U':
			cpp_option(dx, &cp, "undef", optarg);
			break;
		case 'I':
			cpp_option(dx, &cp, "incdir", optarg);
			break;
		case 'e':
			compile_only = 1;
			break;
		case 'v':
			verbose = 1;
			break;
		case 'd':
			dump = optarg;
			break;
		case 'L':
			dx->dlib_dir = optarg;
			break;
		case OPT_BTF:
			if (nbtf == (int)(sizeof(btfs) / sizeof(btfs[0]))) {
				fprintf(stderr, "dtc: at most %d --btf files\n", nbtf);
				goto usage_fail;
			}
			btfs[nbtf++] = optarg;
			dx->btf_path = btfs[0];
			break;
		case OPT_INSTANCES:
			dx->instances = 1;
			break;
		case OPT_TRACEFS:
			dx->tracefs = optarg;
			break;
		case OPT_SCRIPT_NAME:
			dx->script_name = optarg;
			break;
		case OPT_SPEC_NAME:
			dx->spec_names = strv_add(dx, dx->spec_names, &dx->nspec_names, optarg);
			break;
		case OPT_FROM_C:
			from_c = optarg;
			break;
		case OPT_PDESC_AT_LOAD:
			dx->pdesc_at_load = 1;
			break;
		case OPT_TARGET_PID:
			dx->target_pid = atoi(optarg);
			break;
		case OPT_PROBE_IDS_OUT:
			dx->probe_ids_out = optarg;
			break;
		case OPT_PID_DESCS_OUT:
			dx->pid_descs_out = optarg;
			break;
		case OPT_PID_DESC_RESULT:
			dx->pid_results = strv_add(dx, dx->pid_results, &dx->npid_results, optarg);
			break;
		case OPT_PROBE_ID: {
			/* N=prov:mod:func:name, or N= for an ID no probe has */
			char *eq = strchr(optarg, '=');
			unsigned long long *ids = arena_alloc(dx, sizeof(*ids) * (size_t)(dx->nprobe_ids + 1));
			const char **ds = arena_alloc(dx, sizeof(*ds) * (size_t)(dx->nprobe_ids + 1));

			if (!eq) {
				fprintf(stderr, "dtc: --probe-id %s: expected ID=DESCRIPTION\n", optarg);
				goto usage_fail;
			}
			if (dx->nprobe_ids) {
				memcpy(ids, dx->probe_ids, sizeof(*ids) * (size_t)dx->nprobe_ids);
				memcpy(ds, dx->probe_id_descs, sizeof(*ds) * (size_t)dx->nprobe_ids);
			}
			ids[dx->nprobe_ids] = strtoull(optarg, NULL, 10);
			ds[dx->nprobe_ids++] = eq + 1;
			dx->probe_ids = ids;
			dx->probe_id_descs = ds;
			break;
		}
		case OPT_UNUSED_AT_LOAD:
			dx->unused_at_load = 1;
			break;
		case OPT_INT_ARGS_LEXED:
			dx->int_args_lexed = 1;
			break;
		case OPT_MACRO_VARS: /* dtrun's $pid ... $sid, one step */
			dx->macvars_known = sscanf(optarg, "%u,%u,%u,%u,%u,%u,%u,%u", &dx->macvars[0],
						   &dx->macvars[1], &dx->macvars[2], &dx->macvars[3],
						   &dx->macvars[4], &dx->macvars[5], &dx->macvars[6],
						   &dx->macvars[7]) == 8;
			break;
		case OPT_SPEC_ERROR:
			/* dtrun's -P/-m/-f whose description it could not read:
			 * dtrace says so at that program's turn */
			if (nspec_errs == 16)
				goto usage_fail;
			spec_errs[nspec_errs++] = optarg;
			order[norder++] = 'e';
			break;
		case OPT_DTRACE_DIAGS:
			dx->dtrace_diags = 1;
			break;
		case OPT_DESTRUCTIVE_AT_LOAD:
			dx->destructive_at_load = 1;
			break;
		case OPT_HELP:
			usage(stdout);
			dtc_free(dx);
			return 0;
		case OPT_VERSION:
			printf("dtc %s (object metadata versions up to %d, clang/LLVM 19)\n", DTC_VERSION,
			       DTC_META_VERSION);
			dtc_free(dx);
			return 0;
		case ':':
			fprintf(stderr, "dtc: option requires an argument -- '%c'\n", optopt);
			usage(stderr);
			goto usage_fail;
		default:
			fprintf(stderr, "dtc: unknown option '%s'\n", argv[optind - 1]);
			usage(stderr);
			goto usage_fail;
		}
	}
	if (!script && !nprogs && optind < argc && !gen) {
		script = scripts[nscripts++] = argv[optind++];
		order[norder++] = 's';
	}
	/* dtrun's dtrace -h takes -n programs too (compiled, no provider) */
	if (gen && (!nscripts || nprogs) && !(gen == 'h' && dx->dtrace_diags && nscripts + nprogs)) {
		fprintf(stderr, "dtc: -%c needs the provider definitions as -s FILE (and no -n)\n",
			gen);
		goto usage_fail;
	}
	/*
	 * Operands after the script are macro arguments ($1 ...).  They are
	 * bound when dtrun loads the object; given here (dtrun's one-step mode
	 * does), dtc also checks them as dtrace does: a $N referenced but not
	 * given, or an argument never referenced, is an error.
	 */
	if (!gen && (optind < argc || (optind > 1 && !strcmp(argv[optind - 1], "--")))) {
		if (argc - optind > DT_MAX_MACROS - 1) {
			fprintf(stderr, "dtc: too many macro arguments (at most %d)\n",
				DT_MAX_MACROS - 1);
			goto usage_fail;
		}
		dx->macro_bound = 1;
		for (i = 1; optind < argc; i++)
			dx->macro_argv[i] = argv[optind++];
		dx->macro_bound = i;
	}
	if (from_c) {
		if (!out || nscripts || nprogs) {
			fprintf(stderr, "dtc: --from-c FILE compiles C alone: give -o FILE and "
					"no script\n");
			goto usage_fail;
		}
		rc = compile_from_c(from_c, out, verbose);
		goto done;
	}
	if (!script && !nprogs && !nspec_errs) {
		fprintf(stderr, "dtc: no script: give a script file or -n 'probe { actions }'\n");
		usage(stderr);
		goto usage_fail;
	}
	/*
	 * The object is named after the script (x.d gives x.bpf.o); programs
	 * given with -n or read from stdin have no name to take, so they need
	 * -o, unless -e (dtrace's "exit after compiling") asks for no object.
	 */
	if ((!script || !strcmp(script, "-")) && !out && !compile_only && !emit_only && !dump &&
	    !(gen == 'h' && dx->dtrace_diags)) { /* dtrace -h: its own words, below */
		fprintf(stderr, "dtc: a program from -n or stdin has no script name to name the "
				"object after: give -o FILE (or -e to compile without writing)\n");
		goto usage_fail;
	}
	if (dump && strcmp(dump, "ast") && strcmp(dump, "c")) {
		fprintf(stderr, "dtc: unknown -d pass '%s' (known: ast, c)\n", dump);
		goto usage_fail;
	}

	/* --btf names the kernel to check against: a file that does not load
	 * is an error even when the script names no kernel type */
	for (i = nbtf - 1; i >= 0; i--) {
		kbtf_switch(dx, btfs[i]);
		if (!kbtf(dx))
			goto done;
	}

	/*
	 * inputs: the D library first (dlib.c), then the scripts and -n
	 * programs in command-line order, as dtrace compiles and enables
	 * them: the clauses of one probe run in that order.
	 */
	dlib_load(dx);
	for (int k = 0, si = 0, pi = 0; k < norder; k++) {
		size_t len;
		const char *cpp_err = NULL;
		char *text;

		if (order[k] == 'e') { /* the earlier programs' errors first */
			if (k == 0 || asprintf(&late_err, "dtrace: %s\n", spec_errs[0]) < 0) {
				fprintf(stderr, "dtrace: %s\n", spec_errs[0]);
				dtc_free(dx);
				return 1;
			}
			break;
		}
		if (order[k] == 'n') {
			dtc_add_file(dx, "<command-line>", progs[pi], strlen(progs[pi]));
			pi++;
			continue;
		}
		script = scripts[si++];
		text = read_file(script, &len, dx->dtrace_diags);
		if (!text && errno == EISDIR && dx->dtrace_diags && cp.on) {
			/* dt_preproc(): cpp reads nothing from a directory */
			text = strdup("");
			len = 0;
		}
		if (!text) {
			/* dtrace's fatal(): "dtrace: failed to open NAME: why" */
			const char *who = dx->dtrace_diags ? "dtrace" : "dtc";

			if (errno == EFBIG)
				fprintf(stderr, "%s: failed to open %s: larger than %d MB, not a D "
						"script\n", who, script, DTC_MAX_SCRIPT >> 20);
			else if (errno == EISDIR && dx->dtrace_diags)
				/* fopen() takes a directory, the lexer's read then
				 * fails: EDT_FIO's words (dt_errtab[]) */
				fprintf(stderr, "dtrace: failed to compile script %s: Error occurred "
						"while reading from input stream\n", script);
			else if (dx->dtrace_diags && k > 0) {
				/* dtrace compiles each program in its turn: the
				 * ones before are compiled first, their errors
				 * first (below, after sema_check()) */
				if (asprintf(&late_err, "dtrace: failed to open %s: %s\n", script,
					     strerror(errno)) < 0)
					late_err = NULL;
				if (late_err)
					break;
			} else
				fprintf(stderr, "%s: failed to open %s: %s\n", who, script,
					strerror(errno));
			if (dx->dtrace_diags) { /* dtrace's fatal(): status 1 */
				dtc_free(dx);
				return 1;
			}
			goto usage_fail;
		}
		if (len >= 4 && !memcmp(text, "\177ELF", 4)) {
			/* dtc's own output (or another binary) given as the script */
			fprintf(stderr, "%s: failed to compile script %s: it is an ELF file (a compiled "
				"object?), not a D script\n", dx->dtrace_diags ? "dtrace" : "dtc", script);
			free(text);
			dtc_free(dx);
			return 1;
		}
		if (cp.on) {
			size_t plen;
			char *p;

			/* "#!" interpreter line: not cpp's, blanked (line numbers kept) */
			if (len >= 2 && text[0] == '#' && text[1] == '!')
				for (size_t k = 0; k < len && text[k] != '\n'; k++)
					text[k] = ' ';
			p = run_cpp(dx, text, len, &cp, &plen, &cpp_err);
			free(text);
			if (!p) {
				/* dt_preproc(): EDT_CPPEXEC, EDT_CPPENT, EDT_CPPERR */
				fprintf(stderr, "%s: failed to compile script %s: %s\n",
					dx->dtrace_diags ? "dtrace" : "dtc", script, cpp_err);
				dtc_free(dx);
				return 1;
			}
			/* cpp's line markers stay: the lexer numbers the lines
			 * after each as it says (pragma.c, dt_pragma_line()) */
			text = p;
			len = plen;
		}
		dtc_add_file(dx, script, text, len);
		free(text);
	}
	if (!dx->script_name && script)
		dx->script_name = script; /* the last: provider files come first */
	if (!dx->script_name)
		dx->script_name = progs[0];

	/* several --btf: each kernel first, then the compile against the first */
	if (nbtf > 1 && check_kernels(dx, btfs, nbtf))
		goto done;

	/* passes */
	sema_parse_all(dx);
	if (dx->ids_pending) {
		/* dtrun resolves the script's probe IDs and runs dtc again */
		fclose(dx->ids_pending);
		dx->ids_pending = NULL;
		rc = DTC_EXIT_PROBE_IDS;
		goto done;
	}
	if (dx->nerrors)
		goto done;
	if (dump && !strcmp(dump, "ast")) {
		ast_dump(dx, dx->program, stdout);
		rc = 0;
		goto done;
	}
	/* a later program's error comes after an earlier one's description
	 * matched nothing (D_PDESC_ZERO as it compiles): dtc says that too */
	if (late_err)
		dx->pdesc_at_load = 0;
	if (sema_check(dx) || dx->nerrors)
		goto done;
	if (late_err) { /* a -s dtrace could not open: fatal(), status 1 */
		fputs(late_err, stderr);
		free(late_err);
		dtc_free(dx);
		return 1;
	}
	/* -v: dtrace -v's stability report, unless stdout takes the output */
	if (verbose && !gen && !dump && !(emit_only && !out) && !(out && !strcmp(out, "-"))) {
		/* each program in command-line order; a -n named as dtrace
		 * names it: its description, less the clause */
		for (i = 0; i < dx->nfiles; i++) {
			const char *fn = dx->files[i].name, *t = dx->files[i].text;

			if (dtc_is_dlib_file(dx, i))
				continue;
			if (strcmp(fn, "<command-line>"))
				sema_attr_report(dx, stdout, "script", fn, i);
			else
				sema_attr_report(dx, stdout, "description",
						 arena_strndup(dx, t, strcspn(t, "{/;")), i);
		}
		fflush(stdout);
	}
	if (gen && gen == 'h' && dx->dtrace_diags && !out) {
		/* dtrace.c's DMODE_HEADER, once the programs compiled: the
		 * header is named after the one script X.d, else needs -o */
		const char *dot = nscripts == 1 && !nprogs ? strrchr(scripts[0], '.') : NULL;

		if (nscripts + nprogs > 1 || !dot || strcmp(dot, ".d")) {
			fprintf(stderr, "dtrace: -h requires an output file if %s scripts are "
					"specified\n", nscripts + nprogs > 1 ? "multiple" : "no");
			rc = 2;
			goto done;
		}
	}
	if (gen) {
		/* dtrace -h / -G: named after the first script, in this directory */
		char *o = out ? NULL : default_output(scripts[0], gen == 'h' ? ".h" : ".o");
		struct strbuf hb = { 0 };

		if (gen == 'h')
			rc = usdt_gen_header(dx, out ? out : o, &hb) ||
					     write_header(dx, out ? out : o, hb.s ? hb.s : "", hb.len)
				     ? 1 : 0;
		else
			rc = usdt_gen_object(dx, out ? out : o, m32, argv + optind, argc - optind,
					     scripts[0]) ? 1 : 0;
		sb_free(&hb);
		free(o);
		goto done;
	}
	dx->split_nodes = bpf_fit_split_nodes(); /* compiled again: bpf_fit.c */
	if (emit_c(dx) || dx->nerrors)
		goto done;
	/*
	 * dtrace -S (-x verbose, DTRACE_C_DIFV) lists each clause's code on
	 * stderr as it is compiled; dtc's code before BPF is the C: written
	 * to stderr whole, and the compilation goes on.  Only the command
	 * line's: a "#pragma D option verbose" sets the compile's pcb_cflags,
	 * which DT_DISASM_CLAUSE() does not read (dt_cc.c takes dt_cflags).
	 */
	if (!emit_only && !dump && verbose_cmdline(dx))
		fwrite(dx->c_out.s, 1, dx->c_out.len, stderr);
	if (emit_only || (dump && !strcmp(dump, "c"))) {
		rc = write_out(dump ? "-" : out ? out : "-", dx->c_out.s, dx->c_out.len) ? 1 : 0;
		goto done;
	}
	{
		char *obj = NULL, *errs = NULL;
		size_t obj_len = 0;
		const char *rt = dtc_runtime_dir();
		char *o = out || compile_only ? NULL : default_output(script, ".bpf.o");
		long reach, insns;

		if (!rt) {
			fprintf(stderr, "dtc: cannot find the runtime headers (dtc.bpf.h); set "
					"DTC_RUNTIME_DIR\n");
			goto done;
		}
		if (clang_compile(dx->c_out.s, dx->c_out.len, rt, DTC_C_NAME, verbose, &obj,
				  &obj_len, &errs)) {
			fprintf(stderr,
				"dtc: internal error: the generated C did not compile; this is a dtc "
				"bug, please report it with the script:\n");
			print_clang_errs(errs);
			free(errs);
			free(o);
			goto done;
		}
		free(errs);
		if ((reach = bpf_fit_reach(obj, obj_len, &insns)) > BPF_FIT_REACH) {
			/* a jump past the verifier's patches: compile again,
			 * split (does not return when it can) */
			if (verbose)
				fprintf(stderr, "dtc: a jump would cross about %ld instructions "
						"once the verifier has patched the program: compiling "
						"again (stage %d)\n", reach, bpf_fit_stage() + 1);
			bpf_fit_retry();
			fprintf(stderr, "dtc: error: a clause is too large for BPF: one of its "
					"jumps (in %ld instructions) would cross about %ld once the "
					"kernel's verifier has patched it, past the 32767 a jump "
					"reaches; split its largest statement\n", insns, reach);
			free(obj);
			free(o);
			goto done;
		}
		obj_checksum(obj, obj_len);
		rc = out || o ? (write_out(out ? out : o, obj, obj_len) ? 1 : 0) : 0;
		free(obj);
		free(o);
	}
done:
	if (dx->pids_pending) {
		/* an error after a live process's pid description: dtrun
		 * checks the descriptions, then runs dtc again */
		fclose(dx->pids_pending);
		dx->pids_pending = NULL;
		if (rc != 0 && rc != DTC_EXIT_PROBE_IDS)
			rc = DTC_EXIT_PID_DESCS;
	}
	free(late_err); /* an earlier program's error came first */
	dtc_free(dx);
	return rc;
usage_fail:
	free(late_err);
	dtc_free(dx);
	return 2;
}
