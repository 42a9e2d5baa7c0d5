/* naps.c: sleep 1 ms 50 times, so that the thread leaves and gets a CPU at
 * least 50 times (sched:::on-cpu, sched:::off-cpu). */
#include <time.h>

int main(void)
{
	struct timespec ts = { 0, 1000000 };

	for (int i = 0; i < 50; i++)
		nanosleep(&ts, NULL);
	return 0;
}
