/*
 * compile.c: dtrun's one-step mode (-s script, -n descriptions, a script
 * as the first operand): dtc compiles the program into a memory file that
 * dtrun then reads as any object.  dtc's diagnostics pass through on
 * stderr; options that need the target host (descriptions no provider
 * serves, destructive actions, unused macro arguments) are left to dtrun
 * to decide with dtrace's words.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../runtime/dtc_abi.h"
#include "cli.h"
#include "proc.h"
#include "prov.h"

const char *compile_dtc_path(char *buf, size_t len)
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
		if (proc_tie(parent))
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

/*
 * dtc's IDs file (DTC_EXIT_PROBE_IDS) read back: the IDs of the probes
 * the program names by ID, one a line.  NULL if it cannot be read.
 */
static char *read_ids(int fd)
{
	off_t n = lseek(fd, 0, SEEK_END);
	char *t;

	if (n < 0 || n > (1 << 20) || !(t = malloc((size_t)n + 1)))
		return NULL;
	if (pread(fd, t, (size_t)n, 0) != n) {
		free(t);
		return NULL;
	}
	t[n] = '\0';
	return t;
}

/*
 * dtc's pid descriptions file (DTC_EXIT_PID_DESCS) read back, each checked
 * against its process as dtrace would as it sets the clause's context
 * (prov_pid_check()): one --pid-desc-result each, in order.  -1 if the file
 * cannot be read.
 */
static int check_pid_descs(struct dtrun *d, int fd, struct strv *args, struct strv *owned)
{
	char *text = read_ids(fd), *save = NULL, res[600];

	if (!text) {
		dt_err("failed to read the pid descriptions dtc noted\n");
		return -1;
	}
	for (char *l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		char *r;

		prov_pid_check(l, d->o, res, sizeof(res));
		if (!(r = strdup(res)))
			break;
		strv_push(owned, r);
		strv_push(args, "--pid-desc-result");
		strv_push(args, r);
	}
	free(text);
	return 0;
}

int compile_object(struct dtrun *d, const struct cmdline *cl, int *fd, char *path, size_t len)
{
	char dtcpath[PATH_MAX], idspath[32], pidspath[32], macvars[96], tpid[16];
	struct strv av = { 0 }, owned = { 0 }, extra = { 0 };
	int i, st, idsfd, pidsfd = -1, ids_done = 0, pids_done = 0;

	/* dtc writes the object to a memory file dtrun holds: nothing in the
	 * file system to leave behind, whatever ends dtrun */
	*fd = memfd_create("dtrun-object", 0);
	if (*fd < 0) {
		dt_err("failed to create a memory file for the object: %s\n", strerror(errno));
		return -1;
	}
	snprintf(path, len, "/dev/fd/%d", *fd);
	strv_push(&av, compile_dtc_path(dtcpath, sizeof(dtcpath)));
	for (i = 0; i < cl->dtc.n; i++)
		strv_push(&av, cl->dtc.v[i]);
	strv_push(&av, "-o");
	strv_push(&av, path);
	/* descriptions no provider serves are reported by dtrun, as dtrace does */
	strv_push(&av, "--pdesc-at-load");
	/* $target where it is known before dtc runs (none: 0; the first -c
	 * or -p's pid, created or grabbed before compiling as dtrace's third
	 * pass does): dtrace creates the pid probes of a clause before it
	 * cooks it, so dtc says a pid0 or absent process in order */
	snprintf(tpid, sizeof(tpid), "%d", d->o->target);
	strv_push(&av, "--target-pid");
	strv_push(&av, tpid);
	/* destructive actions: decided by dtrun, with -w or the pragma */
	strv_push(&av, "--destructive-at-load");
	/* an unreferenced macro argument: dtc's D_MACRO_UNUSED as each program
	 * is parsed (dt_compile(), before D_EMPTY and the clauses' errors);
	 * -Z's stand-in program is none of dtrace's, which checks nothing */
	if (cl->no_program)
		strv_push(&av, "--unused-args-at-load");
	/* an integer argument is the constant it reads as (dt_lex.l): this
	 * object runs with these arguments only */
	strv_push(&av, "--int-args-lexed");
	/* $pid ... $sid are dtrace's own, constants as it compiles (dt_lex.l) */
	snprintf(macvars, sizeof(macvars), "%u,%u,%u,%u,%u,%u,%u,%u", (unsigned)getpid(),
		 (unsigned)getppid(), (unsigned)getuid(), (unsigned)getgid(), (unsigned)geteuid(),
		 (unsigned)getegid(), (unsigned)getpgid(0), (unsigned)getsid(0));
	strv_push(&av, "--macro-vars");
	strv_push(&av, macvars);
	if (cl->script) {
		strv_push(&av, "--script-name");
		strv_push(&av, cl->script);
	}
	/* each -n (-P -m -f) as written, for "invalid probe specifier X" */
	for (i = 0; i < cl->shown.n; i++) {
		strv_push(&av, "--spec-name");
		strv_push(&av, cl->shown.v[i]);
	}
	if (cl->instances)
		strv_push(&av, "--instances"); /* a fifth field names an instance */
	strv_push(&av, "--dtrace-diags"); /* dtrace's words for errors */
	/* probe IDs in the program (3 { }): this host's, which dtc does not
	 * know; it notes them in this file, and is run again with theirs */
	idsfd = memfd_create("dtrun-probe-ids", 0);
	if (idsfd >= 0)
		snprintf(idspath, sizeof(idspath), "/dev/fd/%d", idsfd);
	/* a pid description of a live process before an error dtc found:
	 * dtc notes them in this file, and is run again with what dtrace
	 * says of each as it grabs the process (check_pid_descs()) */
	pidsfd = memfd_create("dtrun-pid-descs", 0);
	if (pidsfd >= 0)
		snprintf(pidspath, sizeof(pidspath), "/dev/fd/%d", pidsfd);
	/* the same command each time, with what the earlier runs asked for
	 * (the --probe-id and --pid-desc-result options) before the operands,
	 * which go last, after "--" */
	for (;;) {
		struct strv run = { 0 };

		for (i = 0; i < av.n; i++)
			strv_push(&run, av.v[i]);
		for (i = 0; i < extra.n; i++)
			strv_push(&run, extra.v[i]);
		if (idsfd >= 0 && !ids_done) {
			strv_push(&run, "--probe-ids-out");
			strv_push(&run, idspath);
		}
		if (pidsfd >= 0 && !pids_done) {
			strv_push(&run, "--pid-descs-out");
			strv_push(&run, pidspath);
		}
		strv_push(&run, "--"); /* dtc checks macro arguments as dtrace does */
		for (i = 0; i < cl->ops.n; i++)
			strv_push(&run, cl->ops.v[i]);
		st = run_dtc(run.v);
		strv_free(&run);
		if (st == DTC_EXIT_PROBE_IDS && idsfd >= 0 && !ids_done) {
			char *ids = read_ids(idsfd);

			ids_done = 1;
			st = 1;
			if (!ids)
				dt_err("failed to read the probe IDs dtc noted\n");
			else if (!list_script_ids(d, ids, &extra, &owned))
				st = 0;
			free(ids);
		} else if (st == DTC_EXIT_PID_DESCS && pidsfd >= 0 && !pids_done) {
			pids_done = 1;
			st = check_pid_descs(d, pidsfd, &extra, &owned) ? 1 : 0;
		} else {
			break;
		}
		if (st || ftruncate(*fd, 0) != 0) {
			st = 1;
			break;
		}
	}
	if (idsfd >= 0)
		close(idsfd);
	if (pidsfd >= 0)
		close(pidsfd);
	for (i = 0; i < owned.n; i++)
		free(owned.v[i]);
	strv_free(&owned);
	strv_free(&extra);
	strv_free(&av);
	return st;
}
