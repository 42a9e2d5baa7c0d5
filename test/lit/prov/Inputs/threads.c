/* Two threads, each created, run and joined: proc-lwp.test */
#include <pthread.h>
#include <unistd.h>

static void *run(void *a)
{
	usleep(10000);
	return a;
}

int main(void)
{
	pthread_t t[2];

	for (int i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, run, NULL);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	return 0;
}
