/* app-prov: fires the probes of app-prov.d through the dtc -h header, and
 * says whether a tracer enabled request-start (APP_REQUEST_START_ENABLED()). */
#include <stdio.h>

#include "app.h"

struct reqinfo {
	int code;
	long size;
};

int main(int argc, char **argv)
{
	struct reqinfo ri = { 404, 1234567 };

	(void)argv;
	printf("enabled %d\n", APP_REQUEST_START_ENABLED() ? 1 : 0);
	fflush(stdout);
	APP_REQUEST_START("GET /index.html", 200 + argc);
	APP_REQUEST_DONE("/index.html", -5);
	APP_REQUEST_INFO(&ri);
	APP_TICK();
	return 0;
}
