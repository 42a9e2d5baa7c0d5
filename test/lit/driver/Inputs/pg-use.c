/* pg-use.c: calls the probe macros of the pg-probes.d header. */
#include "probes.h"

int main(void)
{
	if (POSTGRESQL_QUERY_START_ENABLED())
		POSTGRESQL_QUERY_START("select 1");
	POSTGRESQL_TRANSACTION_START(7u);
	POSTGRESQL_LWLOCK_ACQUIRE("WALWrite", 0);
	POSTGRESQL_BUFFER_READ_START(0, 1u, 2u, 3u, 4u, 5, 1);
	POSTGRESQL_DEADLOCK_FOUND();
	return 0;
}
