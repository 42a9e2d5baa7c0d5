/*
 * proc.h: the processes dtrun starts or grabs (proc.c): the -c command, a
 * -p process, and the tie that makes every child die with dtrun.
 */
#ifndef DTRUN_PROC_H
#define DTRUN_PROC_H

#include <sys/types.h>

struct tproc;

/* -c: the child waits on a pipe until probes are enabled, then execs. */
struct child {
	pid_t pid;               /* -c child or -p process, 0 if none (or gone) */
	int go_fd;               /* write end: one byte releases the child */
	int err_fd;              /* read end, CLOEXEC in the child: exec's errno, or EOF */
	int pidfd;               /* readable once the process exits, -1 if none */
	int created;             /* a -c child (not -p): killed at the end */
	int traced;              /* stops after its exec until child_resume() */
	int released;            /* child_release() done: it has exec'd */
	char *copy;              /* the command line, split in place into argv */
	char **argv;
};

#define CHILD_INIT { .pid = 0, .go_fd = -1, .err_fd = -1, .pidfd = -1 }

/*
 * The -c and -p processes in command-line order, as dtrace's g_psv[]: each
 * created or grabbed in turn, all continued once probes are on, and tracing
 * ends once every one of them is gone (g_pslive).
 */
struct procset {
	struct child *v;
	struct tproc *t;         /* their pids and commands, for dtrun_opts.procs */
	int n;                   /* started or grabbed so far */
	int live;                /* still there (dtrace's g_pslive) */
};

/* Room for n processes; 0 or -1 (out of memory). */
int procset_init(struct procset *ps, int n);
/* Kills the -c children still there, frees what procset_init() made. */
void procset_free(struct procset *ps);

/* In a child after fork(): it dies with dtrun, even by SIGKILL (as dtrace's
 * grabbed and created processes are released when it exits).  -1 if dtrun
 * (parent) is already gone. */
int proc_tie(pid_t parent);
/* -c CMD: forks the child, which waits for child_release(); 0 or -1. */
int child_create(struct child *c, const char *cmd);
/*
 * dtrace creates -c's process (Pcreate(): exec, stopped) and grabs -p's
 * before it compiles anything, so a command that cannot run or a pid that
 * does not exist is the first error.  dtrun execs later, when the probes are
 * on: these check first what execvp() and the grab would find, with
 * dtrace's message; -1 after it.
 */
int child_precheck_cmd(const char *cmd);
int child_precheck_pid(pid_t pid);
/* -p PID: a pidfd for it, so its exit ends tracing; 0 or -1 (errno set). */
int child_grab(struct child *c, pid_t pid);
/* Its pidfd was readable: the process is gone (a -c child reaped), and its
 * pidfd closed. */
void child_gone(struct child *c);
/* Lets the -c child exec (and, traced, run on to its entry point); 0 or -1
 * after a message. */
int child_release(struct child *c);
/* Lets a traced child go on past its exec, now that probes are on. */
int child_resume(struct child *c);
/* The -c child has exited (its pidfd was readable): reaped. */
void child_reap(struct child *c);
/* Kills a -c child still there and frees what child_create() made. */
void child_kill(struct child *c);

#endif
