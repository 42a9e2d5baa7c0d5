/*
 * dt_pdesc.c: splits a probe description into its fields (dt_pdesc.h), for
 * dtc (which decides the families a description reaches) and dtrun (which
 * matches it against this host's probes and lists them).
 */
#include <string.h>

#include "dt_pdesc.h"

int dt_pdesc_split(const char *desc, char f[DT_PDESC_NFIELDS][DT_PDESC_LEN])
{
	const char *part[DT_PDESC_NFIELDS];
	size_t len[DT_PDESC_NFIELDS];
	const char *s = desc, *c;
	int n = 0;

	memset(f, 0, sizeof(char[DT_PDESC_NFIELDS][DT_PDESC_LEN]));
	for (;;) {
		for (c = s; *c && *c != ':'; c++)
			if (*c == '\\' && c[1])
				c++; /* "\:" does not end the field */
		if (n == DT_PDESC_NFIELDS || (size_t)(c - s) >= DT_PDESC_LEN)
			return -1;
		part[n] = s;
		len[n++] = (size_t)(c - s);
		if (!*c)
			break;
		s = c + 1;
	}
	for (int i = 0; i < n; i++)
		memcpy(f[DT_PDESC_NFIELDS - n + i], part[i], len[i]);
	return n;
}
