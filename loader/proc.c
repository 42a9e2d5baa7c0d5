/*
 * proc.c: the processes dtrun starts or grabs.  -c CMD forks a child that
 * waits on a pipe until the probes are on (so pid$target resolves before it
 * runs, and it is not traced before dtrace would trace it), then execs; -p
 * PID is watched through a pidfd.  Every child dtrun forks (this one, dtc,
 * system()) is tied to it with PR_SET_PDEATHSIG.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base.h"
#include "dtrun.h"
#include "proc.h"
#include "sym.h"

int proc_tie(pid_t parent)
{
	dt_child_sigreset();
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
		return -1;
	return 0;
}

/*
 * execvp()'s search: a name with a '/' as it is, else each $PATH entry.  The
 * name is the command's first word, or all of it where it has none (an
 * empty or blank -c: dtrace.c's make_argv()), which no search finds.
 */
int child_precheck_cmd(const char *cmd)
{
	const char *path = getenv("PATH"), *p, *e;
	char name[4096], full[8192];
	size_t n = strcspn(cmd + strspn(cmd, " \t\n\v\f\r"), " \t\n\v\f\r");
	int err = ENOENT;
	struct stat st;

	if (n == 0)
		n = strlen(cmd);
	else
		cmd += strspn(cmd, " \t\n\v\f\r");
	if (n >= sizeof(name))
		return 0; /* child_create() says why */
	memcpy(name, cmd, n);
	name[n] = '\0';
	if (strchr(name, '/')) {
		if (stat(name, &st) != 0)
			err = errno;
		else if (S_ISDIR(st.st_mode) || access(name, X_OK) != 0)
			err = EACCES;
		else
			return 0;
	} else if (n > 0) {
		for (p = path && *path ? path : "/bin:/usr/bin"; p; p = *e ? e + 1 : NULL) {
			e = p + strcspn(p, ":");
			snprintf(full, sizeof(full), "%.*s%s%s", (int)(e - p), p, e > p ? "/" : "",
				 name);
			if (stat(full, &st) == 0 && !S_ISDIR(st.st_mode)) {
				if (access(full, X_OK) == 0)
					return 0;
				err = EACCES; /* execvp() goes on, and reports EACCES */
			}
		}
	}
	dt_err("failed to execute %s: %s\n", name, strerror(err));
	return -1;
}

/*
 * dtrace_proc_grab_pid(): a pid with no /proc entry, or one Pgrab() cannot
 * ptrace (a zombie, a kernel thread: neither has /proc/PID/exe, nor dtrace
 * itself) fails, and dt_proc_create_thread() replaces dt_proc_control()'s
 * "failed to grab pid" message by ESRCH: dtrace says only "No such
 * process".  (A pid dtrun may not signal is still grabbed: dtrun does not
 * ptrace it.)
 */
int child_precheck_pid(pid_t pid)
{
	char path[64], exe[16];

	snprintf(path, sizeof(path), "/proc/%d/exe", (int)pid);
	if (pid > 0 && pid != getpid() && (kill(pid, 0) == 0 || errno == EPERM) &&
	    (readlink(path, exe, sizeof(exe)) >= 0 || errno != ENOENT))
		return 0;
	dt_err("%s\n", strerror(ESRCH));
	return -1;
}

int child_create(struct child *c, const char *cmd)
{
	int go[2], er[2];
	char *p, *save = NULL;
	struct strv av = { 0 };
	pid_t parent;

	if (!(c->copy = strdup(cmd)))
		return -1;
	for (p = strtok_r(c->copy, " \t\n\v\f\r", &save); p;
	     p = strtok_r(NULL, " \t\n\v\f\r", &save))
		strv_push(&av, p);
	if (av.n == 0) /* make_argv(): the whole string, which execvp() refuses */
		strv_push(&av, c->copy);
	c->argv = av.v;
	if (pipe2(go, O_CLOEXEC))
		return -1;
	if (pipe2(er, O_CLOEXEC)) {
		close(go[0]);
		close(go[1]);
		return -1;
	}
	parent = getpid();
	c->pid = fork();
	if (c->pid < 0) {
		c->pid = 0;
		close(go[0]), close(go[1]), close(er[0]), close(er[1]);
		return -1;
	}
	if (c->pid == 0) {
		char b;
		int e;

		close(go[1]);
		close(er[0]);
		if (proc_tie(parent) || read(go[0], &b, 1) != 1)
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

/* PIDFD_THREAD (Linux 6.9): a thread's own pidfd, for -p of a thread ID */
#define DT_PIDFD_THREAD O_EXCL

int child_grab(struct child *c, pid_t pid)
{
	c->pid = pid;
	c->pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
	if (c->pidfd < 0 && errno != ESRCH) /* EINVAL or ENOENT: not a leader */
		c->pidfd = (int)syscall(SYS_pidfd_open, pid, DT_PIDFD_THREAD);
	return c->pidfd < 0 ? -1 : 0;
}

void child_gone(struct child *c)
{
	child_reap(c);
	if (c->pidfd >= 0)
		close(c->pidfd);
	c->pidfd = -1;
}

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

int child_release(struct child *c)
{
	int e = 0;
	ssize_t r;

	if (!c->created || c->released)
		return 0;
	c->released = 1;
	if (write(c->go_fd, "g", 1) != 1)
		return -1;
	close(c->go_fd);
	c->go_fd = -1;
	r = read(c->err_fd, &e, sizeof(e)); /* EOF once exec succeeded */
	close(c->err_fd);
	c->err_fd = -1;
	if (r == sizeof(e)) {
		dt_err("failed to execute %s: %s\n", c->argv[0], strerror(e));
		return -1;
	}
	if (c->traced) { /* the SIGTRAP stop after its exec */
		int st;

		if (child_wait_stop(c, &st) < 0 || child_run_to_entry(c) < 0)
			return -1;
	}
	return 0;
}

int child_resume(struct child *c)
{
	if (!c->created || !c->traced)
		return 0;
	sym_user_snapshot(c->pid); /* stopped: its libraries mapped, and alive */
	return ptrace(PTRACE_DETACH, c->pid, NULL, NULL) == 0 ? 0 : -1;
}

void child_reap(struct child *c)
{
	if (c->created && c->pid > 0) {
		waitpid(c->pid, NULL, 0);
		c->pid = 0;
	}
}

void child_kill(struct child *c)
{
	if (c->created && c->pid > 0) {
		kill(c->pid, SIGKILL);
		waitpid(c->pid, NULL, 0);
		c->pid = 0;
	}
	if (c->go_fd >= 0)
		close(c->go_fd);
	if (c->err_fd >= 0)
		close(c->err_fd);
	if (c->pidfd >= 0)
		close(c->pidfd);
	c->go_fd = c->err_fd = c->pidfd = -1;
	free(c->argv);
	free(c->copy);
	c->argv = NULL;
	c->copy = NULL;
}

int procset_init(struct procset *ps, int n)
{
	ps->v = calloc(n ? n : 1, sizeof(*ps->v));
	ps->t = calloc(n ? n : 1, sizeof(*ps->t));
	ps->n = ps->live = 0;
	if (!ps->v || !ps->t)
		return -1;
	for (int i = 0; i < n; i++)
		ps->v[i] = (struct child)CHILD_INIT;
	return 0;
}

void procset_free(struct procset *ps)
{
	for (int i = 0; i < ps->n; i++)
		child_kill(&ps->v[i]);
	free(ps->v);
	free(ps->t);
	ps->v = NULL;
	ps->t = NULL;
	ps->n = ps->live = 0;
}
