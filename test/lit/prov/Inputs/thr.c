/* thr: forks a child that exits, then starts a thread that calls
 * sched_yield() once; main joins it. */
#include <pthread.h>
#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>
static void *run(void *arg)
{
	sched_yield();
	return arg;
}
int main(void)
{
	pthread_t t;
	pid_t c = fork();

	if (c == 0)
		_exit(0);
	waitpid(c, NULL, 0);
	pthread_create(&t, NULL, run, NULL);
	pthread_join(t, NULL);
	return 0;
}
