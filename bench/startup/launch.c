/*
 * launch.c: runs a command for bench/startup.sh and writes to argv[1] the
 * CLOCK_MONOTONIC time before fork (ns), after it was reaped (ns), its exit
 * status and its peak RSS (wait4's ru_maxrss, KB).  Forked from this small
 * static process, not from python: a child's ru_maxrss counts the memory of
 * the process it was forked from until its exec (python's 14 MB).
 */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv)
{
	struct rusage ru;
	long long t0, t1;
	int status = 0;
	pid_t pid;
	FILE *o;

	if (argc < 3)
		return 2;
	t0 = now();
	pid = fork();
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		_exit(127);
	}
	if (pid < 0 || wait4(pid, &status, 0, &ru) != pid)
		return 1;
	t1 = now();
	if (!(o = fopen(argv[1], "w")))
		return 1;
	fprintf(o, "%lld %lld %d %ld\n", t0, t1, status, ru.ru_maxrss);
	return fclose(o) != 0;
}
