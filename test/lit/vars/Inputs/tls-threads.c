/* tls-threads N M: N threads, one after another, each making M getppid()
 * system calls (dynvarsize-self.d). */
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static long m;

static void *run(void *arg)
{
	(void)arg;
	for (long i = 0; i < m; i++)
		syscall(SYS_getppid);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 8;

	m = argc > 2 ? atol(argv[2]) : 1;
	for (int i = 0; i < n; i++) {
		pthread_t t;

		if (pthread_create(&t, NULL, run, NULL) || pthread_join(t, NULL))
			return 1;
	}
	return 0;
}
