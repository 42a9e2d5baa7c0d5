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

int compile_object(struct dtrun *d, const struct cmdline *cl, int *fd, char *path, size_t len)
{
	char dtcpath[PATH_MAX], idspath[32], macvars[96], tpid[16];
	struct strv av = { 0 }, owned = { 0 };
	int i, st, idsfd;

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
	/* $target where it is known before dtc runs (none: 0; -p's pid; a -c
	 * command's is made later): dtrace creates the pid probes of a clause
	 * before it cooks it, so dtc says a pid0 or absent process in order */
	if (!cl->nprocs || !cl->procs[0].cmd) {
		snprintf(tpid, sizeof(tpid), "%d", cl->nprocs ? (int)cl->procs[0].pid : 0);
		strv_push(&av, "--target-pid");
		strv_push(&av, tpid);
	}
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
	if (idsfd >= 0) {
		snprintf(idspath, sizeof(idspath), "/dev/fd/%d", idsfd);
		strv_push(&av, "--probe-ids-out");
		strv_push(&av, idspath);
	}
	/* the operands go last, after "--": the --probe-id options go
	 * before (av.n - nops) */
	strv_push(&av, "--"); /* dtc checks macro arguments as dtrace does */
	for (i = 0; i < cl->ops.n; i++)
		strv_push(&av, cl->ops.v[i]);
	st = run_dtc(av.v);
	if (st == DTC_EXIT_PROBE_IDS && idsfd >= 0) {
		char *ids = read_ids(idsfd);
		struct strv re = { 0 };

		st = 1;
		if (!ids)
			dt_err("failed to read the probe IDs dtc noted\n");
		else if (!list_script_ids(d, ids, &re, &owned)) {
			struct strv av2 = { 0 };
			int dash = av.n - cl->ops.n - 1;

			/* the same command, less --probe-ids-out, plus the IDs */
			for (i = 0; i < dash - 2; i++)
				strv_push(&av2, av.v[i]);
			for (i = 0; i < re.n; i++)
				strv_push(&av2, re.v[i]);
			for (i = dash; i < av.n; i++)
				strv_push(&av2, av.v[i]);
			if (ftruncate(*fd, 0) == 0)
				st = run_dtc(av2.v);
			strv_free(&av2);
		}
		strv_free(&re);
		free(ids);
	}
	if (idsfd >= 0)
		close(idsfd);
	for (i = 0; i < owned.n; i++)
		free(owned.v[i]);
	strv_free(&owned);
	strv_free(&av);
	return st;
}
