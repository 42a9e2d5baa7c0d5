/* dp-loop: fires sdt:::dt_probe every 50 ms for 60 s (a process already
 * running when dtrun starts; the test kills it once done). */
#include <dt_probe.h>
#include <unistd.h>
int main(void)
{
	for (int i = 0; i < 1200; i++) {
		dt_probe(i, 0, 0, 0, 0, 0xfeed);
		usleep(50000);
	}
	return 0;
}
