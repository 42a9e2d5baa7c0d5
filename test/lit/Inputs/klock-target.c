/*
 * klock-target.c: puts a pipe's fown_struct rwlock (f_owner->lock) in each
 * state for runtime/klock-rwlock.d.  F_SETOWN write-locks it while it
 * drops the old owner's struct pid, which is freed there (kmem_cache_free)
 * when that owner has exited and been reaped; the SIGIO a write to the
 * O_ASYNC pipe sends is generated with it read-locked (send_sigio()).
 */
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_io(int sig)
{
	(void)sig;
}

int main(int argc, char **argv)
{
	int p[2], q[2];
	pid_t c;
	char b;

	if (argc < 2) {
		execl("/proc/self/exe", argv[0], "again", (char *)NULL);
		return 1;
	}
	signal(SIGIO, on_io);
	if (pipe(p) || pipe(q))
		return 1;
	c = fork();
	if (c < 0)
		return 1;
	if (c == 0) {
		close(q[1]);
		(void)!read(q[0], &b, 1);
		_exit(0);
	}
	fcntl(p[0], F_SETOWN, c); /* the child's struct pid: f_owner's reference */
	close(q[1]);
	waitpid(c, NULL, 0);
	sleep(1); /* the RCU-delayed put of the child's own reference */
	fcntl(p[0], F_SETOWN, getpid());
	fcntl(p[0], F_SETFL, O_ASYNC | O_NONBLOCK);
	return write(p[1], "x", 1) != 1;
}
