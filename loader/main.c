/*
 * main.c: dtrun's command line and main loop.
 *
 * Two modes, one dtrace(1)-compatible command line:
 *   dtrun OBJ [args...]             run a dtc-compiled object
 *   dtrun [-s FILE | -n DESC] ...   one step: run dtc, then run its object
 * Options may follow operands, as dtrace's own multi-pass getopt allows
 * ("-s x.d -q").  Then: read the object and its metadata, match probes,
 * load, run BEGIN, attach, consume the ring buffer on a timer until exit(),
 * a signal or the -c/-p process ends, then detach, drain, run END, and exit
 * with exit()'s status.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <bpf/libbpf.h>

#include "dtrun.h"
#include "stack.h"
#include "sym.h"
#include "agg.h"
#include "out.h"
#include "metrics.h"
#include "flame.h"
#include "dt_opt.h"

/* A child that dies with dtrun, even by SIGKILL (as dtrace's grabbed and
 * created processes are released when it exits).  -1 if dtrun is gone. */
static int child_tie(pid_t parent)
{
	dt_child_sigreset();
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
		return -1;
	return 0;
}

/* -v: with -l, each probe's argument types (dtrace -lv) */
static int list_verbose;

static int usage(void)
{
	fprintf(stderr,
		"Usage: dtrun OBJECT [args...]\n"
		"       dtrun [-CeqwZ] [-c cmd] [-p pid] [-D name[=def]] [-I path] [-U name]\n"
		"             [-o output] [-x opt[=val]] [-d libbpf,verifier] [--instance NAME]\n"
		"             [-s script] [-n probe-spec] [-l] [-O json] [--check] [--metrics ADDR:PORT]\n"
		"             [--metrics-textfile DIR] [--folded FILE] [--flamegraph FILE.svg]\n"
		"             [args...]\n"
		"       dtrun --merge [-x oformat=json] FILE.json...\n"
		"       dtrun --info OBJECT | --help | --version\n");
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
	       "  -c cmd        run cmd and trace it ($target); exit when it exits\n"
	       "  -p pid        trace process pid ($target)\n"
	       "  -o file       append output to file\n"
	       "  -q            quiet: only what the script prints\n"
	       "  -w            allow destructive actions (system, raise, stop, copyout...)\n"
	       "  -x opt[=val]  set a D option (bufsize, strsize, switchrate, oformat=json...)\n"
	       "  -Z            allow descriptions that match no probe\n"
	       "  -e            compile only (with -s/-n)\n"
	       "  -C -D -U -I -H  the C preprocessor, with -s\n"
	       "  -l [-v]       list probes (-P -m -f -n -s select them)\n"
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

/*
 * -x evaltime: when a -c command's probes are enabled.  "exec": before it
 * execs (its exec-success is seen); otherwise (dtrace's default, postinit,
 * and preinit, main) once it has exec'd: it stops there, under ptrace,
 * until the probes are on.
 */
static int evaltime_exec;

/* Sleeps until the next multiple of rate_ns after *t0, or a signal. */
static void wait_status_tick(const struct timespec *t0, uint64_t rate_ns, int sigfd)
{
	struct timespec now;
	uint64_t el, left;
	struct pollfd pf = { .fd = sigfd, .events = POLLIN };

	clock_gettime(CLOCK_MONOTONIC, &now);
	el = (uint64_t)(now.tv_sec - t0->tv_sec) * 1000000000ULL + (uint64_t)now.tv_nsec -
	     (uint64_t)t0->tv_nsec;
	left = rate_ns - el % rate_ns;
	while (left > 0) {
		int ms = left > 1000000000ULL ? 1000 : (int)((left + 999999) / 1000000);

		if (poll(&pf, 1, ms) > 0)
			return; /* interrupted: stop waiting */
		left = left > (uint64_t)ms * 1000000 ? left - (uint64_t)ms * 1000000 : 0;
	}
}

/*
 * The options dtrun acts on, from the object's metadata (set by the script
 * or dtc's -x) and then dtrun's own -x, each parsed by the shared table
 * (runtime/dt_opt.c); names dtrun has nothing to do with are dtc's.
 */
static int apply_opt(struct dtrun_opts *o, const char *name, const char *val)
{
	int64_t v;
	enum dt_opt_err e = dt_opt_set(name, val, DT_OPTC_CMDLINE, &v);
	int on = e == DT_OPTE_OK && v != DT_OPT_UNSET;

	if (e == DT_OPTE_BADNAME)
		return 0; /* an older or newer dtc's own option */
	if (e != DT_OPTE_OK) {
		dt_err("failed to set -x %s: %s\n", name, dt_opt_strerror(e));
		return -1;
	}
	if (strcmp(name, "evaltime") == 0) {
		evaltime_exec = v == 0; /* "exec" */
	} else if (strcmp(name, "quiet") == 0) {
		o->quiet = on;
	} else if (strcmp(name, "errtags") == 0) {
		o->errtags = 1;
	} else if (strcmp(name, "oformat") == 0) {
		o->oformat = v == 1 ? OFMT_JSON : OFMT_TEXT; /* text|json (out_json.c) */
	} else if (strcmp(name, "stackfmt") == 0) {
		o->stackfmt_folded = v == 1; /* text|folded */
	} else if (strcmp(name, "droptags") == 0) {
		o->droptags = 1;
	} else if (strcmp(name, "rawbytes") == 0) {
		o->rawbytes = on; /* a consumer option: also on a compiled object */
	} else if (strcmp(name, "zdefs") == 0) {
		o->zdefs = 1;
	} else if (strcmp(name, "defaultargs") == 0) {
		o->defaultargs = 1;
	} else if (strcmp(name, "destructive") == 0) {
		o->destructive = on;
	} else if (strcmp(name, "argref") == 0) {
		o->argref = 1;
	} else if (strcmp(name, "stackindent") == 0) {
		stk_set_indent(on ? (int)v : -1);
	} else if (strcmp(name, "cpu") == 0 && on) {
		/* dt_cg.c skips probes on other CPUs; dtc does not yet: refused
		 * rather than tracing every CPU */
		dt_err("failed to set -x cpu: tracing one CPU only is not implemented by dtrun\n");
		return -1;
	} else if (strcmp(name, "bpflog") == 0) {
		o->debug_verifier |= on;
	} else if (strcmp(name, "statusrate") == 0 || strcmp(name, "switchrate") == 0 ||
		   strcmp(name, "aggrate") == 0) {
		/* 0 would mean "as fast as possible": dtrun polls on a timer */
		if (v <= 0) {
			dt_err("failed to set -x %s: %s\n", name,
			       dt_opt_strerror(DT_OPTE_BADVAL));
			return -1;
		}
		if (name[0] == 's' && name[1] == 't')
			o->statusrate_ns = (uint64_t)v;
		else if (name[0] == 's')
			o->switchrate_ns = (uint64_t)v, o->switchrate_set = 1;
		else
			o->aggrate_ns = (uint64_t)v;
	} else if (strcmp(name, "dynvarsize") == 0) {
		/* the object's maps and self-> space are sized to it at load */
		if (v <= 0) {
			dt_err("failed to set -x dynvarsize: %s\n", dt_opt_strerror(DT_OPTE_BADVAL));
			return -1;
		}
		o->dynvarsize = (uint64_t)v;
	} else if (strcmp(name, "bufsize") == 0) {
		uint64_t p = 4096;

		if (v <= 0) {
			dt_err("failed to set -x bufsize: %s\n", dt_opt_strerror(DT_OPTE_BADVAL));
			return -1;
		}
		while (p < (uint64_t)v && p < (1ULL << 31))
			p <<= 1; /* a ring buffer is a power-of-two number of pages */
		o->bufsize = p;
		o->bufsize_req = (uint64_t)v;
	}
	return 0;
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

/* dtc: $DTC if set, else next to our own executable, else on $PATH. */
static const char *find_dtc(char *buf, size_t len)
{
	const char *env = getenv("DTC");
	ssize_t n;
	char *slash;

	if (env && *env)
		return env;
	n = readlink("/proc/self/exe", buf, len - 5);
	if (n > 0) {
		buf[n] = '\0';
		if ((slash = strrchr(buf, '/')) != NULL) {
			strcpy(slash + 1, "dtc");
			if (access(buf, X_OK) == 0)
				return buf;
		}
	}
	return "dtc";
}

/* Runs dtc; its diagnostics pass through on stderr.  Returns its exit status. */
static int run_dtc(char **argv)
{
	pid_t parent = getpid(), pid = fork();
	int st;

	if (pid < 0) {
		dt_err("failed to run dtc: %s\n", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		if (child_tie(parent))
			_exit(127);
		execvp(argv[0], argv);
		dt_err("failed to run the compiler %s: %s (set $DTC or install dtc next "
		       "to dtrun)\n", argv[0], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	dt_err("the compiler dtc died of signal %d\n", WTERMSIG(st));
	return -1;
}

/* -c: the child waits on a pipe until probes are enabled, then execs. */
struct child {
	pid_t pid;
	int go_fd;   /* write end: one byte releases the child */
	int err_fd;  /* read end, CLOEXEC in the child: exec's errno, or EOF */
	int pidfd;
	int created;
	int traced;  /* stops after its exec until child_resume() */
	char *cmd;
};

static int child_create(struct child *c, const char *cmd)
{
	int go[2], er[2];
	char *copy = strdup(cmd), *p, *save = NULL;
	struct strv av = { 0 };
	pid_t parent;

	if (!copy || pipe2(go, O_CLOEXEC) || pipe2(er, O_CLOEXEC))
		return -1;
	for (p = strtok_r(copy, " \t\n\v\f\r", &save); p; p = strtok_r(NULL, " \t\n\v\f\r", &save))
		strv_push(&av, p);
	if (av.n == 0) {
		dt_err("failed to execute %s: no command\n", cmd);
		return -1;
	}
	c->cmd = av.v[0];
	parent = getpid();
	c->pid = fork();
	if (c->pid < 0)
		return -1;
	if (c->pid == 0) {
		char b;
		int e;

		close(go[1]);
		close(er[0]);
		if (child_tie(parent) || read(go[0], &b, 1) != 1)
			_exit(1);
		if (c->traced && ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
			_exit(127);
		execvp(av.v[0], av.v);
		e = errno;
		if (write(er[1], &e, sizeof(e)) < 0)
			_exit(127);
		_exit(127);
	}
	close(go[0]);
	close(er[1]);
	c->go_fd = go[1];
	c->err_fd = er[0];
	c->created = 1;
	c->pidfd = (int)syscall(SYS_pidfd_open, c->pid, 0);
	return 0;
}

static int child_run_to_entry(struct child *c);

/* Waits for the traced child to stop; -1 when it is gone (or waitpid fails). */
static int child_wait_stop(struct child *c, int *st)
{
	while (waitpid(c->pid, st, 0) < 0)
		if (errno != EINTR)
			return -1;
	if (!WIFSTOPPED(*st)) {
		c->pid = 0;
		return -1;
	}
	return 0;
}

static int child_release(struct child *c)
{
	int e = 0;
	ssize_t r;

	if (!c->created)
		return 0;
	if (write(c->go_fd, "g", 1) != 1)
		return -1;
	close(c->go_fd);
	c->go_fd = -1;
	r = read(c->err_fd, &e, sizeof(e)); /* EOF once exec succeeded */
	close(c->err_fd);
	c->err_fd = -1;
	if (r == sizeof(e)) {
		dt_err("failed to execute %s: %s\n", c->cmd, strerror(e));
		return -1;
	}
	if (c->traced) { /* the SIGTRAP stop after its exec */
		int st;

		if (child_wait_stop(c, &st) < 0)
			return -1;
		if (!evaltime_exec && child_run_to_entry(c) < 0)
			return -1;
	}
	return 0;
}

/* The program's entry point (AT_ENTRY) from /proc/PID/auxv; 0 if unknown. */
static uint64_t child_entry(pid_t pid)
{
	char path[64];
	uint64_t av[2], entry = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/auxv", (int)pid);
	if (!(f = fopen(path, "r")))
		return 0;
	while (fread(av, sizeof(av), 1, f) == 1 && av[0] != 0)
		if (av[0] == 9) /* AT_ENTRY */
			entry = av[1];
	fclose(f);
	return entry;
}

/*
 * evaltime preinit, postinit, main (dtrace's default is postinit): the
 * traced child, stopped after its exec, runs on to its entry point with a
 * breakpoint there, so that what the dynamic linker does (opening
 * ld.so.cache and the libraries) is not traced, as dtrace's -c does not
 * show it (builtinvar/tst.errno3).  x86-64; elsewhere the child stays at its
 * exec.  Returns -1 when the child is gone.
 */
static int child_run_to_entry(struct child *c)
{
#if defined(__x86_64__)
	uint64_t entry = child_entry(c->pid);
	struct user_regs_struct regs;
	long orig;
	int st, sig = 0;

	if (!entry)
		return 0;
	errno = 0;
	orig = ptrace(PTRACE_PEEKTEXT, c->pid, (void *)entry, NULL);
	if (errno ||
	    ptrace(PTRACE_POKETEXT, c->pid, (void *)entry, (void *)((orig & ~0xffL) | 0xcc)))
		return 0;
	for (;;) {
		if (ptrace(PTRACE_CONT, c->pid, NULL, (void *)(long)sig))
			return -1;
		if (child_wait_stop(c, &st) < 0)
			return -1;
		if (WSTOPSIG(st) == SIGTRAP)
			break;
		sig = WSTOPSIG(st); /* not ours: deliver it */
	}
	if (ptrace(PTRACE_POKETEXT, c->pid, (void *)entry, (void *)orig) ||
	    ptrace(PTRACE_GETREGS, c->pid, NULL, &regs))
		return -1;
	if (regs.rip == entry + 1) {
		regs.rip = entry;
		if (ptrace(PTRACE_SETREGS, c->pid, NULL, &regs))
			return -1;
	}
#else
	(void)c;
#endif
	return 0;
}

/* Lets a traced child go on past its exec, now that probes are on. */
static int child_resume(struct child *c)
{
	if (!c->created || !c->traced)
		return 0;
	sym_user_snapshot(c->pid); /* stopped: its libraries mapped, and alive */
	return ptrace(PTRACE_DETACH, c->pid, NULL, NULL) == 0 ? 0 : -1;
}

static void child_kill(struct child *c)
{
	if (!c->created || c->pid <= 0)
		return;
	kill(c->pid, SIGKILL);
	waitpid(c->pid, NULL, 0);
	c->pid = 0;
}

static const char *crop_spec(const char *spec, char *buf, size_t len)
{
	size_t n = strcspn(spec, "{/;");

	snprintf(buf, len, "%.*s", (int)n, spec);
	return buf;
}

/*
 * -l -n 'a,b': the probe descriptions of each -n, split at the commas
 * that separate them (not those of a [...] glob), blanks around each
 * trimmed, as the clause's description list they would be.
 */
static void split_descs(const struct strv *specs, struct strv *out)
{
	char buf[512];

	for (int i = 0; i < specs->n; i++) {
		const char *d = crop_spec(specs->v[i], buf, sizeof(buf));

		for (;;) {
			const char *e = d;
			int br = 0;

			while (*d == ' ' || *d == '\t' || *d == '\n')
				e = ++d;
			for (; *e && (br || *e != ','); e++) {
				if (*e == '\\' && e[1])
					e++;
				else if (*e == '[')
					br = 1;
				else if (*e == ']')
					br = 0;
			}
			{
				const char *t = e;

				while (t > d && (t[-1] == ' ' || t[-1] == '\t' || t[-1] == '\n'))
					t--;
				strv_push(out, strndup(d, (size_t)(t - d)));
			}
			if (*e != ',')
				break;
			d = e + 1;
		}
	}
}

/*
 * -l -n: whether a description names probes that exist only once a program
 * asks for them (pid and USDT probes of a process, profile-N/tick-N, fbt):
 * those are listed by compiling the descriptions, as -l -s lists a script's.
 */
static int list_has_default(const char *desc)
{
	struct probes ps;
	struct meta m = { 0 };
	char f[5][128];
	int hit = 0;

	probes_split(desc, f);
	if (probes_build(&ps, &m, 0))
		return 0;
	for (int k = 0; k < ps.n; k++)
		hit |= !strcmp(ps.v[k].prov, "profile") && !strcmp(ps.v[k].name, f[4]);
	probes_free(&ps);
	return hit;
}

static int list_on_demand(const struct strv *specs)
{
	for (int i = 0; i < specs->n; i++) {
		char f[5][128];
		int nf = probes_split(specs->v[i], f);
		size_t n = strlen(f[1]);

		if (nf > 5)
			continue;
		if ((!strcmp(f[1], "profile") || (!f[1][0] && (!strncmp(f[4], "tick-", 5) ||
							     !strncmp(f[4], "profile-", 8)))) &&
		    f[4][0] && !strpbrk(f[4], "*?[\\")) {
			/* a rate the default probes lack: made on demand */
			char buf[140];

			snprintf(buf, sizeof(buf), "profile:::%s", f[4]);
			if (!list_has_default(buf))
				return 1;
			continue;
		}
		if (!strncmp(f[1], "pid", 3) || strchr(f[1], '$') ||
		    (n && isdigit((unsigned char)f[1][n - 1])))
			return 1;
	}
	return 0;
}

/*
 * An option on dtrun's command line, checked as dtrace(1) checks it
 * (dtrace_setopt(), runtime/dt_opt.c) before anything is compiled or run:
 * "dtrace: failed to set -x NAME: <why>" (-b SIZE, -X MODE alike).
 */
static int cmdline_opt(const char *name, const char *val, const char *flag, const char *shown)
{
	int64_t v;
	enum dt_opt_err e = dt_opt_set(name, val, DT_OPTC_CMDLINE, &v);

	if (e == DT_OPTE_OK)
		return 0;
	dt_err("failed to set %s %s: %s\n", flag, shown, dt_opt_strerror(e));
	return -1;
}

enum { OPT_INSTANCE = 256, OPT_DRYRUN, OPT_MERGE, OPT_METRICS, OPT_TEXTFILE, OPT_FOLDED,
       OPT_FLAMEGRAPH, OPT_CHECK, OPT_INFO, OPT_HELP, OPT_VERSION, OPT_DROP_CAPS };

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "instance", required_argument, NULL, OPT_INSTANCE },
		{ "dry-run", no_argument, NULL, OPT_DRYRUN },
		{ "merge", no_argument, NULL, OPT_MERGE },
		{ "metrics", required_argument, NULL, OPT_METRICS },
		{ "metrics-textfile", required_argument, NULL, OPT_TEXTFILE },
		{ "folded", required_argument, NULL, OPT_FOLDED },
		{ "flamegraph", required_argument, NULL, OPT_FLAMEGRAPH },
		{ "check", no_argument, NULL, OPT_CHECK },
		{ "info", no_argument, NULL, OPT_INFO },
		{ "drop-caps", no_argument, NULL, OPT_DROP_CAPS },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	struct dtrun_opts o = { 0 };
	struct dtrun d = { 0 };
	/* The command line, parsed: static, so they live (and stay reachable)
	 * for the whole run whichever way main() returns. */
	static struct strv ops, dtc, xopts, specs;
	static struct strv shown; /* specs as the user wrote them, for messages */
	struct child ch = { .pid = 0, .go_fd = -1, .err_fd = -1, .pidfd = -1 };
	char dtcpath[PATH_MAX], tmpobj[PATH_MAX] = "", msg[512], namebuf[512];
	int objfd = -1, early_sig = 0; /* one step: the object dtc writes; a signal
					  that came before tracing started */
	const char *objpath = NULL, *ofile = NULL, *cmd = NULL, *script = NULL;
	char *img = NULL;
	size_t imglen = 0;
	int c, i, one_step = 0, compile_only = 0, list = 0, dry_run = 0, grab = 0, rc = 1, info = 0;
	int sigfd, interrupted = 0, begin_attached = 0, merge = 0, check = 0;
	struct timespec t0;

	o.out = stdout;
	o.instance = "host";
	o.switchrate_ns = 50000000; /* 50 ms: responsive, still batched */
	/*
	 * 4 MB unless -b/bufsize says otherwise, DTrace's default bufsize (a
	 * BEGIN/END-only program gets less: consume_default_bufsize()).  The
	 * reader sleeps until the ring is a quarter full (consume.c), so what
	 * is left is the slack for its scheduling delay: at 1M printf() records
	 * a second (48 MB/s) 1 MB left 16 ms, and a loaded 2-CPU machine here
	 * dropped records; 4 MB leaves 64 ms.
	 */
	o.bufsize = 4 << 20;
	o.testing = getenv("_DTRACE_TESTING") != NULL;
	o.desc_kind = "script";
	d.o = &o;
	d.status = 0;
	d.stat_fd = -1;

	if (argc < 2)
		return usage();
	if ((rc = dtrun_gen_exec(argc, argv, find_dtc(dtcpath, sizeof(dtcpath)))) != 0)
		return rc; /* dtrace -h / -G: dtc's (gen.c) */
	rc = 1;
	sigfd = dt_sig_setup();

	/* dtrace's loop: getopt stops at an operand, which we keep, then resumes. */
	for (optind = 1; optind < argc; optind++) {
		while ((c = getopt_long(argc, argv,
					"+3:6:aAb:Bc:CD:d:ef:FGhHi:I:lL:m:M:n:o:O:p:P:qs:SU:vVwx:X:Z",
					longopts, NULL)) != -1) {
			switch (c) {
			case 'b':
				if (cmdline_opt("bufsize", optarg, "-b", optarg))
					return 1;
				strv_push(&xopts, "bufsize");
				strv_push(&xopts, optarg);
				break;
			case 'c': cmd = optarg; break;
			case 'C': strv_push(&dtc, "-C"); break;
			case 'D': strv_push(&dtc, "-D"); strv_push(&dtc, optarg); break;
			case 'U': strv_push(&dtc, "-U"); strv_push(&dtc, optarg); break;
			case 'I': strv_push(&dtc, "-I"); strv_push(&dtc, optarg); break;
			case 'd':
				if (strstr(optarg, "libbpf"))
					o.debug_libbpf = 1;
				if (strstr(optarg, "verifier"))
					o.debug_verifier = 1;
				break;
			case 'e': compile_only = 1; break;
			case 'F': strv_push(&dtc, "-x"); strv_push(&dtc, "flowindent"); break;
			case 'H': strv_push(&dtc, "-x"); strv_push(&dtc, "cpphdrs"); break;
			case 'l': list = 1; break;
			case 'n':
				one_step = 1;
				strv_push(&dtc, "-n");
				strv_push(&dtc, optarg);
				strv_push(&specs, optarg);
				strv_push(&shown, optarg);
				break;
			case 'o': ofile = optarg; break;
			case 'O': /* -O json: -x oformat=json */
				strv_push(&xopts, "oformat");
				strv_push(&xopts, optarg);
				break;
			case 'p': grab = 1; ch.pid = (pid_t)atoi(optarg); break;
			case 'q': o.quiet = 1; strv_push(&dtc, "-q"); break;
			case 's':
				one_step = 1;
				script = optarg;
				strv_push(&dtc, "-s");
				strv_push(&dtc, optarg);
				break;
			case 'w':
				strv_push(&dtc, "-x");
				strv_push(&dtc, "destructive");
				strv_push(&xopts, "destructive");
				strv_push(&xopts, NULL);
				break;
			case 'X':
				if (cmdline_opt("stdc", optarg, "-X", optarg))
					return 1;
				strv_push(&dtc, "-X");
				strv_push(&dtc, optarg);
				break;
			case 'x': {
				char *eq = strchr(optarg, '=');
				char *name = eq ? strndup(optarg, eq - optarg) : optarg;

				if (cmdline_opt(name, eq ? eq + 1 : NULL, "-x", name))
					return 1;
				strv_push(&dtc, "-x");
				strv_push(&dtc, optarg);
				strv_push(&xopts, name);
				strv_push(&xopts, eq ? eq + 1 : NULL);
				break;
			}
			case 'Z': o.zdefs = 1; break;
			case 'V': printf("dtrace: Sun D 2.0\n"); return 0;
			case 'v': list_verbose = 1; break;
			case 'P': case 'm': case 'f': case 'M': {
				/* -P prov, -m [prov:]mod, -f [[prov:]mod:]func: the probe
				 * part completed to a description; -M NAME: every probe
				 * of instance NAME.  Any clause text follows as with -n. */
				const char *pad = c == 'P' ? ":::" : c == 'm' ? "::" : c == 'f' ? ":" : "::::";
				size_t n = strcspn(optarg, " \t/{"), k;
				int colons = 0, maxc = c == 'P' || c == 'M' ? 0 : c == 'm' ? 1 : 2;
				char *spec;

				for (k = 0; k < n; k++)
					colons += optarg[k] == ':';
				/* fields are taken from the right; those left over must
				 * be empty ("-f ::read:" is ":read::"), as dtrace does */
				for (k = 0; colons > maxc && k < (size_t)(colons - maxc); k++)
					if (optarg[k] != ':') {
						dt_err("invalid probe specifier %s: invalid probe "
						       "description \"%.*s\": Overspecified probe "
						       "description\n", optarg, (int)n, optarg);
						return 1;
					}

				if (asprintf(&spec, "%.*s%s%s", (int)(n - k), optarg + k, pad,
					     optarg + n) < 0)
					return 1;
				one_step = 1;
				strv_push(&dtc, "-n");
				strv_push(&dtc, spec);
				strv_push(&specs, spec);
				strv_push(&shown, optarg);
				break;
			}
			case '6': /* -64: the only data model BPF has */
				if (strcmp(optarg, "4") != 0)
					return usage();
				break;
			case '3':
				if (strcmp(optarg, "2") != 0)
					return usage();
				dt_err("option -32 is not supported by dtrun: BPF programs "
				       "use the 64-bit data model\n");
				return 2;
			case 'i': case 'L': case 'S': case 'a': case 'A': case 'B':
			case 'h': case 'G': /* in a group (-qh): not dtc's -h/-G (gen.c) */
				dt_err("option -%c is not supported by dtrun\n", c);
				return 2;
			case OPT_INSTANCE: o.instance = optarg; break;
			case OPT_DRYRUN: dry_run = 1; break;
			case OPT_MERGE: merge = 1; break;
			case OPT_METRICS: o.metrics = optarg; break;
			case OPT_TEXTFILE: o.textfile = optarg; break;
			case OPT_FOLDED: o.folded = optarg; break;
			case OPT_FLAMEGRAPH: o.flamegraph = optarg; break;
			case OPT_CHECK: check = 1; break;
			case OPT_INFO: info = 1; break;
			case OPT_DROP_CAPS: o.drop_caps = 1; break;
			case OPT_HELP: return help();
			case OPT_VERSION:
				printf("dtrun %s (object metadata version %d)\n", DTC_VERSION,
				       DTC_META_VERSION);
				return 0;
			default: return usage();
			}
		}
		/* "--": all that follows is an operand, whatever it looks like */
		if (optind > 1 && optind <= argc && strcmp(argv[optind - 1], "--") == 0) {
			for (; optind < argc; optind++)
				strv_push(&ops, argv[optind]);
			break;
		}
		if (optind < argc)
			strv_push(&ops, argv[optind]);
	}

	if (merge) { /* --merge FILE...: snapshots of several hosts (merge.c) */
		for (i = 0; i + 1 < xopts.n; i += 2)
			if (!strcmp(xopts.v[i], "oformat") && apply_opt(&o, xopts.v[i], xopts.v[i + 1]))
				return 2;
		if (ofile && !(o.out = fopen(ofile, "a"))) {
			dt_err("failed to open output file '%s': %s\n", ofile, strerror(errno));
			return 1;
		}
		rc = merge_run(ops.v, ops.n, &o);
		if (o.out != stdout)
			fclose(o.out);
		return rc;
	}

	if (list && !one_step && ops.n == 0) {
		struct meta m = { 0 };

		if (cmd && child_create(&ch, cmd) != 0) {
			dt_err("failed to create process for %s: %s\n", cmd, strerror(errno));
			return 1;
		}
		if (grab && kill(ch.pid, 0) != 0) {
			dt_err("failed to grab pid %d: %s\n", (int)ch.pid, strerror(errno));
			return 1;
		}
		o.target = cmd || grab ? ch.pid : 0;
		o.target_cmd = cmd;
		if (probes_build(&d.probes, &m, 1) || prov_probes_add(&d.probes, &m, &o, 1) ||
		    (o.target && prov_usdt_all(&d.probes, &o))) {
			child_kill(&ch);
			return 1;
		}
		child_kill(&ch);
		d.probes.verbose = list_verbose;
		probes_list(&d.probes, stdout, NULL, 0);
		return 0;
	}

	if (!one_step) {
		if (ops.n == 0 && compile_only)
			return 0; /* dtrace -e with no program: nothing to compile */
		if (ops.n == 0)
			return usage();
		if (access(ops.v[0], R_OK) != 0) {
			dt_err("failed to open %s: %s\n", ops.v[0], strerror(errno));
			return 1;
		}
		{
			/* an object or a script; a FIFO or device would be read
			 * without end (-s reads a script from one) */
			struct stat st;

			if (stat(ops.v[0], &st) == 0 && !S_ISREG(st.st_mode)) {
				dt_err("failed to open %s: %s\n", ops.v[0],
				       S_ISDIR(st.st_mode) ? "Is a directory"
							   : "not a regular file (use -s to read "
							     "a script from it)");
				return 1;
			}
		}
		if (is_elf(ops.v[0])) {
			objpath = ops.v[0];
		} else {
			/* A script as the first operand: dtrun x.d == dtrace -s x.d */
			one_step = 1;
			script = ops.v[0];
			strv_push(&dtc, "-s");
			strv_push(&dtc, ops.v[0]);
		}
		for (i = 1; i < ops.n; i++)
			ops.v[i - 1] = ops.v[i];
		ops.n--;
	}
	o.macro_args = ops.v;
	o.nmacro_args = ops.n;

	/* -l -n with probes made on demand (pid, USDT, profile, fbt) or a process
	 * (-c, -p): compiled and matched as the program would be, as -l -s */
	if (one_step && list && !script && !cmd && !grab) {
		static struct strv descs;
		struct meta m = { 0 };

		split_descs(&specs, &descs);
		o.list_descs = descs.v;
		o.nlist_descs = descs.n;
		if (!list_on_demand(&descs)) {
			if (probes_build(&d.probes, &m, 1) || prov_probes_add(&d.probes, &m, &o, 1))
				return 1;
			d.probes.verbose = list_verbose;
			probes_list_instance(&d.probes, stdout, descs.v, descs.n, o.instance);
			return 0;
		}
	}

	if (one_step) {
		struct strv av = { 0 };
		int st;

		/* dtc writes the object to a memory file dtrun holds: nothing
		 * in the file system to leave behind, whatever ends dtrun */
		objfd = memfd_create("dtrun-object", 0);
		if (objfd < 0) {
			dt_err("failed to create a memory file for the object: %s\n",
			       strerror(errno));
			return 1;
		}
		snprintf(tmpobj, sizeof(tmpobj), "/dev/fd/%d", objfd);
		strv_push(&av, find_dtc(dtcpath, sizeof(dtcpath)));
		for (i = 0; i < dtc.n; i++)
			strv_push(&av, dtc.v[i]);
		strv_push(&av, "-o");
		strv_push(&av, tmpobj);
		/* descriptions no provider serves are reported below, as dtrace does */
		strv_push(&av, "--pdesc-at-load");
		/* destructive actions: decided below, with -w or the pragma */
		strv_push(&av, "--destructive-at-load");
		if (!compile_only)
			strv_push(&av, "--unused-args-at-load"); /* checked below, dtrace's words */
		if (script) {
			strv_push(&av, "--script-name");
			strv_push(&av, script);
			strv_push(&av, "--dtrace-diags"); /* dtrace's words for errors */
		}
		strv_push(&av, "--"); /* dtc checks macro arguments as dtrace does */
		{
			for (i = 0; i < ops.n; i++)
				strv_push(&av, ops.v[i]);
		}
		st = run_dtc(av.v);
		free(av.v);
		if ((early_sig = dt_sig_pending(sigfd)) != 0)
			goto out; /* before tracing: no BEGIN, no END */
		if (st != 0) {
			close(objfd);
			return 1;
		}
		if (compile_only) {
			close(objfd);
			return 0;
		}
		objpath = tmpobj;
		if (script) {
			o.desc_name = script;
		} else {
			o.desc_kind = "description";
			o.nspecs = shown.v;
			o.nnspecs = shown.n;
		}
		o.macro0 = script;
	}

	if (dt_read_file(objpath, DT_OBJ_MAX_SIZE, &img, &imglen, msg, sizeof(msg)) != 0) {
		dt_err("failed to open %s: %s\n", objpath, msg);
		goto out;
	}
	if (objfd >= 0) {
		close(objfd); /* not inherited by the -c process */
		objfd = -1;
		objpath = "the compiled object";
	}
	if (obj_check(img, imglen, msg, sizeof(msg)) != 0 ||
	    meta_read(img, imglen, &d.meta, msg, sizeof(msg)) != 0) {
		dt_err("failed to load %s: %s\n", objpath, msg);
		goto out;
	}
	if (obj_modified(img, imglen, &d.meta))
		dt_err("warning: %s changed after dtc wrote it (its checksum does not match)\n",
		       objpath);
	if (info) { /* --info: what the object does, nothing loaded (info.c) */
		rc = info_print(stdout, &d.meta, img, imglen, objpath) ? 1 : 0;
		meta_free(&d.meta); /* leak-checked in the sanitizer build's lit run */
		goto out;
	}
	if (!o.desc_name)
		o.desc_name = d.meta.script ? d.meta.script : tmpobj[0] ? "" : objpath;
	if (!o.macro0)
		o.macro0 = o.desc_name;

	/* The script's options, then the command line's (which win).  The
	 * object's destructive option was its build host's consent, not this
	 * host's (stk_destructive_check).  "": set without a value (dtc_abi.h). */
	for (i = 0; i < d.meta.nopts; i++)
		if (apply_opt(&o, d.meta.opts[i].name,
			      *d.meta.opts[i].val ? d.meta.opts[i].val : NULL))
			goto out;
	o.destructive = 0;
	for (i = 0; i + 1 < xopts.n; i += 2)
		if (apply_opt(&o, xopts.v[i], xopts.v[i + 1]))
			goto out;
	if (!o.bufsize_req)
		o.bufsize = consume_default_bufsize(&d); /* 4 MB; less for BEGIN/END only */
	if (metrics_check_opts(&o) || flame_check_opts(&d)) /* metrics.c, flame.c */
		goto out;
	if (ofile && !(o.out = fopen(ofile, "a"))) {
		dt_err("failed to open output file '%s': %s\n", ofile, strerror(errno));
		goto out;
	}

	/* Macro arguments the object uses must be given. */
	for (i = 1; i <= d.meta.nmacro_max; i++) {
		if (d.meta.macros[i] && i > o.nmacro_args) {
			if (o.defaultargs)
				continue; /* 0 or "", as dtrace -x defaultargs */
			dt_err("failed to compile %s %s: %smacro argument %s$%d is not defined\n",
			       o.desc_kind, o.desc_name, o.errtags ? "[D_MACRO_UNDEF] " : "",
			       d.meta.macros[i] & DT_MAC_INT ? "" : "$", i);
			goto out;
		}
		if ((d.meta.macros[i] & DT_MAC_LEX) && d.meta.macro_text[i] &&
		    strcmp(d.meta.macro_text[i], o.macro_args[i - 1]) != 0) {
			dt_err("failed to compile %s %s: %s$%d was compiled into this object as "
			       "\"%s\"; give that argument, or compile the script again with "
			       "\"%s\"\n", o.desc_kind, o.desc_name,
			       o.errtags ? "[D_MACRO_TYPE] " : "", i, d.meta.macro_text[i],
			       o.macro_args[i - 1]);
			goto out;
		}
		if (d.meta.macros[i] & DT_MAC_INT) {
			const char *a = o.macro_args[i - 1];
			const char *dg = a + (*a == '-' || *a == '+');
			char *end;

			/* dt_lex.l: an optional sign, then strtoull's integer */
			errno = 0;
			(void)strtoull(dg, &end, 0);
			if (errno == ERANGE) {
				dt_err("failed to compile %s %s: %smacro argument $%d constant %s "
				       "results in integer overflow\n", o.desc_kind, o.desc_name,
				       o.errtags ? "[D_MACRO_OFLOW] " : "", i, a);
				goto out;
			}
			if (errno || !isdigit((unsigned char)*dg) || strspn(end, "uUlL") != strlen(end)) {
				dt_err("failed to compile %s %s: %smacro argument $%d is not an "
				       "integer: \"%s\"\n", o.desc_kind, o.desc_name,
				       o.errtags ? "[D_MACRO_TYPE] " : "", i, a);
				goto out;
			}
		}
	}

	/*
	 * The last macro argument given must be referenced, unless -x argref
	 * (dtrace's D_MACRO_UNUSED; dt_cc.c checks the last one only).
	 */
	for (i = o.nmacro_args; i >= 1 && i == o.nmacro_args && !o.argref; i--) {
		if (i > d.meta.nmacro_max || i >= DT_MAX_MACROS || !d.meta.macros[i]) {
			if (strcmp(o.desc_kind, "description") == 0)
				dt_err("invalid probe specifier %s: ", o.nnspecs ? o.nspecs[0]
										 : o.desc_name);
			else
				dt_err("failed to compile %s %s: ", o.desc_kind, o.desc_name);
			fprintf(stderr, "%sextraneous argument '%s' ($%d is not referenced)\n",
				o.errtags ? "[D_MACRO_UNUSED] " : "", o.macro_args[i - 1], i);
			goto out;
		}
	}

	/* $target: the -c child (created before probe matching, so pid$target resolves; released once probes are on) or -p. */
	if (cmd) {
		ch.traced = !evaltime_exec;
		if (child_create(&ch, cmd) != 0) {
			dt_err("failed to create process for %s: %s\n", cmd, strerror(errno));
			goto out;
		}
		o.target = ch.pid;
	} else if (grab) {
		ch.pidfd = (int)syscall(SYS_pidfd_open, ch.pid, 0);
		if (ch.pidfd < 0) {
			dt_err("failed to grab pid %d: %s\n", (int)ch.pid, strerror(errno));
			goto out;
		}
		o.target = ch.pid;
	}

	o.target_cmd = cmd;
	for (i = 0, c = 0; i < d.meta.nprogs; i++)
		c |= dt_family(d.meta.progs[i].fam)->syscall;
	/* -l: the whole table, so IDs are those a plain -l lists */
	if (probes_build(&d.probes, &d.meta, c || list)) {
		dt_err("out of memory\n");
		goto out;
	}
	if (prov_probes_add(&d.probes, &d.meta, &o, list))
		goto out; /* prov.c said why */
	/* -l implies -Z, as dtrace's: the listing says what matches nothing */
	if (probes_match(&d.probes, &d.meta, o.instance, o.zdefs || list, &d.en) != 0) {
		char line[32] = "";

		if (!d.en.on) {
			dt_err("out of memory\n");
			goto out;
		}
		if (d.en.unmatched_line)
			snprintf(line, sizeof(line), "line %d: ", d.en.unmatched_line);
		if (strcmp(o.desc_kind, "description") == 0)
			dt_err("invalid probe specifier %s: %s%sprobe description %s does not "
			       "match any probes\n", o.nnspecs ? o.nspecs[0] : o.desc_name,
			       o.errtags ? "[D_PDESC_ZERO] " : "", line, d.en.unmatched);
		else
			dt_err("failed to compile script %s: %s%sprobe description %s does not "
			       "match any probes\n", o.desc_name,
			       o.errtags ? "[D_PDESC_ZERO] " : "", line, d.en.unmatched);
		prov_why_none(&d.probes, d.en.unmatched);
		goto out;
	}
	if (d.en.total == 0 && !o.zdefs && !list) {
		/* an empty program (-x empty): dtrace reports it matched nothing */
		if (one_step && !o.quiet && !o.nnspecs)
			dt_err("%s '%s' matched 0 probes\n", o.desc_kind, o.desc_name);
		/* nothing matched because the clauses are other instances' */
		if (d.en.other_inst[0])
			dt_err("probe description %s is another instance's: this host is "
			       "instance %s (--instance NAME sets it)\n", d.en.other_inst,
			       o.instance);
		dt_err("no probes %s\n", d.meta.nclauses || one_step ? "matched" : "specified");
		goto out;
	}
	if (list) { /* -l -s script: the probes it would enable */
		d.probes.verbose = list_verbose;
		probes_list_enabled(&d.probes, &d.meta, o.instance, stdout);
		rc = 0;
		goto out;
	}

	if (!dry_run)
		stk_write_user_check(&d.meta); /* copyout(): stack.c */
	if (!dry_run && (run_open(&d, img, imglen, objpath) || run_load(&d) || consume_init(&d)))
		goto out;
	if (!o.quiet) {
		if (o.nnspecs > 1 && o.nnspecs == d.meta.nclauses) {
			for (i = 0; i < o.nnspecs; i++)
				dt_err("description '%s' matched %d probe%s\n",
				       crop_spec(o.nspecs[i], namebuf, sizeof(namebuf)),
				       d.en.clause_matches[i], d.en.clause_matches[i] == 1 ? "" : "s");
		} else {
			const char *nm = o.nnspecs ? crop_spec(o.nspecs[0], namebuf,
							       sizeof(namebuf))
						   : o.desc_name;

			dt_err("%s '%s' matched %d probe%s\n", o.desc_kind, nm, d.en.total,
			       d.en.total == 1 ? "" : "s");
		}
	}
	if (dry_run) {
		rc = 0;
		goto out;
	}
	/* system(), raise(): stack.c; a compiled object's own destructive
	 * option is not this host's consent */
	if (stk_destructive_check(&d.meta, o.destructive, one_step, o.quiet))
		goto out;
	if (consume_bufsize_check(&d)) /* a record larger than bufsize: consume.c */
		goto out;

	if (dynvar_check(&d)) /* dynvar.c: dynvarsize */
		goto out;
	if (agg_init(&d)) /* agg.c: maps, aggsize */
		goto out;
	if (check) {
		/* --check: opened, matched on this host, loaded (verified) and
		 * every load-time check passed; BEGIN not run, nothing attached */
		struct bpf_program *prog;
		int nprog = 0;

		bpf_object__for_each_program(prog, d.obj)
			nprog += bpf_program__fd(prog) >= 0;
		printf("%s: ready on this host (instance %s): %d probe%s matched, %d BPF "
		       "program%s loaded and verified, nothing attached\n", tmpobj[0]
		       ? o.desc_name : objpath, o.instance, d.en.total, d.en.total == 1 ? "" : "s",
		       nprog, nprog == 1 ? "" : "s");
		rc = 0;
		goto out;
	}
	if (metrics_start(&d)) /* --metrics: serving from now on (metrics.c) */
		goto out;
	/* Signals arrive through a descriptor the loop polls with the buffer;
	 * one that came before BEGIN ends dtrun before tracing starts. */
	if ((early_sig = dt_sig_pending(sigfd)) != 0)
		goto out;
	/* BEGIN fires first, before any other probe is attached, unless what
	 * BEGIN makes dtrun do must be traced (run.c: run_begin_spawns()) */
	begin_attached = run_begin_spawns(&d.meta);
	if (begin_attached ? (ch.traced ? child_release(&ch) : 0) || run_begin_attached(&d)
			   : run_family(&d, DT_FAM_BEGIN)) {
		run_detach(&d);
		goto out;
	}
	/*
	 * DTrace reads the buffers once per switchrate (earlier only when one
	 * fills): with -x switchrate, BEGIN's records (an exit() too) wait for
	 * the first switch (options/tst.switchrate.sh).  By default dtrun reads
	 * them at once, so BEGIN { exit(0); } does not wait a switch.
	 */
	if (!o.switchrate_set)
		consume_drain(&d);
	if (!dtrun_stop && begin_attached) {
		if (ch.traced ? child_resume(&ch) : child_release(&ch)) {
			run_detach(&d);
			goto out;
		}
	} else if (!dtrun_stop) {
		if (ch.traced ? child_release(&ch) || run_attach(&d) || child_resume(&ch)
			      : run_attach(&d) || child_release(&ch)) {
			run_detach(&d);
			goto out;
		}
	}
	if (o.drop_caps && !dtrun_stop && caps_drop_all()) { /* attached: caps.c */
		run_detach(&d);
		goto out;
	}

	/* -p, or a -c child not stopped at its entry: its mappings, while it lives */
	if (o.target > 0 && !ch.traced)
		sym_user_snapshot(o.target);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (!dtrun_stop) {
		struct pollfd pf[4];
		int np = 0, tmo = (int)(o.switchrate_ns / 1000000), pid_i = -1;

		pf[np].fd = sigfd;
		pf[np++].events = POLLIN;
		pf[np].fd = consume_poll_fd(&d);
		pf[np++].events = POLLIN;
		if (ch.pidfd >= 0) {
			pid_i = np;
			pf[np].fd = ch.pidfd;
			pf[np++].events = POLLIN;
		}
		if (metrics_poll_fd(&d) >= 0) { /* a scrape waits (metrics.c) */
			pf[np].fd = metrics_poll_fd(&d);
			pf[np++].events = POLLIN;
		}
		if (poll(pf, np, tmo < 1 ? 1 : tmo) < 0 && errno != EINTR)
			break;
		consume_drain(&d);
		consume_drops(&d);
		metrics_tick(&d, 0);
		if (pf[0].revents & POLLIN) {
			struct signalfd_siginfo si;

			while (read(sigfd, &si, sizeof(si)) == sizeof(si))
				interrupted = 1;
			if (interrupted)
				break;
		}
		if (pid_i >= 0 && (pf[pid_i].revents & POLLIN)) {
			if (ch.created) {
				waitpid(ch.pid, NULL, 0);
				ch.pid = 0;
			}
			fflush(o.out);
			if (!o.quiet)
				dt_err("pid %d has exited\n", (int)o.target);
			break;
		}
	}

	/*
	 * exit() sets the activity to draining; dtrace notices it at its next
	 * status check, every statusrate since tracing started, then runs END.
	 */
	if (d.exited && !interrupted && o.statusrate_ns)
		wait_status_tick(&t0, o.statusrate_ns, sigfd);
	/* dtrace prints a newline on interrupt, except in testing mode. */
	if (interrupted && !o.testing && o.oformat == OFMT_TEXT)
		fputc('\n', o.out);
	run_detach(&d);
	agg_stopped(&d); /* -x aggrate: snapshots from now on are fresh */
	consume_drain(&d);
	run_family(&d, DT_FAM_END);
	consume_drain(&d);
	consume_drops(&d);
	if (o.oformat == OFMT_TEXT)
		fputc('\n', o.out);
	agg_print_all(&d); /* after END and dtrace's newline (agg.c) */
	rc = d.status;
	if ((o.folded && flame_write_folded(&d, o.folded)) ||
	    (o.flamegraph && flame_write_svg(&d, o.flamegraph)))
		rc = 1; /* flame.c said why */
	out_json_exit(&d, rc); /* -x oformat=json: the exit object */
	fflush(o.out);
	metrics_tick(&d, 1); /* the textfile with END's values */
out:
	if (objfd >= 0)
		close(objfd);
	child_kill(&ch);
	if (d.obj)
		run_close(&d);
	metrics_stop(&d);
	agg_free(&d);
	consume_free(&d);
	out_json_free(&d);
	if (o.out && o.out != stdout)
		fclose(o.out);
	free(img);
	if (early_sig) {
		/* ended by the signal, as it would have been: after the cleanup */
		fflush(NULL);
		signal(early_sig, SIG_DFL);
		dt_child_sigreset();
		raise(early_sig);
		sigset_t one;
		sigemptyset(&one);
		sigaddset(&one, early_sig);
		sigprocmask(SIG_UNBLOCK, &one, NULL);
	}
	return rc;
}
