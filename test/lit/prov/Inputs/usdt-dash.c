/* usdt-dash: USDT probes whose C names hold "__" (request__start), as
 * dtrace -h writes a D probe named request-start. */
#include <sys/sdt.h>

int main(int argc, char **argv)
{
	(void)argv;
	DTRACE_PROBE1(app, request__start, argc);
	DTRACE_PROBE1(app, request__done, argc + 1);
	DTRACE_PROBE1(app, plain_name, argc + 2);
	return 0;
}
