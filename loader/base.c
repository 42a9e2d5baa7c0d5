/*
 * base.c: the bottom of dtrun (base.h): messages, the stop flag and signal
 * mask, option values, string vectors, file reading.  It calls no other
 * loader file; every other one may call it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base.h"
#include "dt_opt.h"

volatile int dtrun_stop;
int dt_err_quiet;

void dt_err(const char *fmt, ...)
{
	va_list ap;

	if (dt_err_quiet)
		return;
	/* stdout is fully buffered (consume.c): what came before goes first */
	fflush(stdout);
	fputs("dtrace: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
}

/*
 * Signals that end tracing: SIGINT and SIGTERM as in dtrace, and SIGHUP
 * (the terminal went away) and SIGPIPE (the reader of the output did) the
 * same way: probes detached, END run, output flushed, the -c process
 * killed.  They are blocked from the start and read from a signalfd, so
 * none can kill dtrun between steps (while dtc compiles, while probes
 * attach) and leave anything behind.  Children get the mask dtrun started
 * with (dt_child_sigreset()).
 */
static sigset_t orig_mask;

void dt_child_sigreset(void)
{
	sigprocmask(SIG_SETMASK, &orig_mask, NULL);
}

/* Blocks the stop signals dtrun's parent did not ignore (as dtrace keeps
 * an ignored SIGINT ignored). */
int dt_sig_setup(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
	struct sigaction oact;
	sigset_t mask;

	sigemptyset(&mask);
	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		if (sigaction(sigs[i], NULL, &oact) == 0 && oact.sa_handler != SIG_IGN)
			sigaddset(&mask, sigs[i]);
	sigprocmask(SIG_BLOCK, &mask, &orig_mask);
	return signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
}

int dt_sig_pending(int sigfd)
{
	struct signalfd_siginfo si;
	int sig = 0;

	while (sigfd >= 0 && read(sigfd, &si, sizeof(si)) == sizeof(si))
		if (!sig)
			sig = (int)si.ssi_signo;
	return sig;
}

/* Sizes and times: the one parser dtc uses too (runtime/dt_opt.c). */
int dt_parse_size(const char *s, uint64_t *out)
{
	int64_t v;

	if (dt_opt_size(s, &v))
		return -1;
	*out = (uint64_t)v;
	return 0;
}

int dt_parse_time(const char *s, uint64_t *out_ns)
{
	int64_t v;

	if (dt_opt_time(s, &v) || v <= 0)
		return -1;
	*out_ns = (uint64_t)v;
	return 0;
}

void strv_push(struct strv *s, const char *a)
{
	char **nv = realloc(s->v, sizeof(char *) * (s->n + 2));

	if (!nv) {
		dt_err("out of memory\n");
		exit(1);
	}
	s->v = nv;
	s->v[s->n++] = (char *)a;
	s->v[s->n] = NULL;
}

void strv_free(struct strv *s)
{
	free(s->v);
	s->v = NULL;
	s->n = 0;
}

int dt_read_file(const char *path, size_t max, char **buf, size_t *len, char *msg,
		 size_t msglen)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	struct stat st;
	size_t off = 0;

	*buf = NULL;
	*len = 0;
	if (fd < 0 || fstat(fd, &st) != 0) {
		snprintf(msg, msglen, "%s", strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		snprintf(msg, msglen, "not a regular file (%s)",
			 S_ISDIR(st.st_mode) ? "a directory" : S_ISFIFO(st.st_mode) ? "a FIFO"
			 : S_ISSOCK(st.st_mode) ? "a socket" : "a device");
		close(fd);
		return -1;
	}
	if ((uint64_t)st.st_size > max) {
		snprintf(msg, msglen, "file too large (%lld bytes; at most %zu MB)",
			 (long long)st.st_size, max >> 20);
		close(fd);
		return -1;
	}
	*buf = malloc(st.st_size ? (size_t)st.st_size : 1);
	if (!*buf) {
		snprintf(msg, msglen, "out of memory");
		close(fd);
		return -1;
	}
	while (off < (size_t)st.st_size) {
		ssize_t r = read(fd, *buf + off, (size_t)st.st_size - off);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		off += (size_t)r;
	}
	close(fd);
	*len = off;
	return 0;
}
