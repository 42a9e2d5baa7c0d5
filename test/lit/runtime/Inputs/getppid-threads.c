/* getppid-threads T N: T threads at once, each making N getppid() system
 * calls as fast as it can (load.test). */
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static long n;

static void *run(void *arg)
{
	(void)arg;
	for (long i = 0; i < n; i++)
		syscall(SYS_getppid);
	return NULL;
}

int main(int argc, char **argv)
{
	int t = argc > 1 ? atoi(argv[1]) : 2;
	pthread_t th[64];

	n = argc > 2 ? atol(argv[2]) : 1000000;
	if (t < 1 || t > 64)
		return 2;
	for (int i = 0; i < t; i++)
		if (pthread_create(&th[i], NULL, run, NULL))
			return 1;
	for (int i = 0; i < t; i++)
		pthread_join(th[i], NULL);
	return 0;
}
