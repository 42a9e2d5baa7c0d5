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

int compile_object(const struct cmdline *cl, int *fd, char *path, size_t len)
{
	char dtcpath[PATH_MAX];
	struct strv av = { 0 };
	int i, st;

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
	/* destructive actions: decided by dtrun, with -w or the pragma */
	strv_push(&av, "--destructive-at-load");
	if (!cl->compile_only)
		strv_push(&av, "--unused-args-at-load"); /* checked by dtrun, dtrace's words */
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
	strv_push(&av, "--"); /* dtc checks macro arguments as dtrace does */
	for (i = 0; i < cl->ops.n; i++)
		strv_push(&av, cl->ops.v[i]);
	st = run_dtc(av.v);
	strv_free(&av);
	return st;
}
