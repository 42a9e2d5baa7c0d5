/*
 * dt_pdesc.c: splits a probe description into its fields (dt_pdesc.h), and
 * matches a field's pattern, for dtc (which decides the families a
 * description reaches) and dtrun (which matches it against this host's
 * probes and lists them).
 */
#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "dt_pdesc.h"

/*
 * dtrace_xstr2desc(): every ':' ends a field, a '\' before it included
 * (DTrace's lexer hands the description over whole; the backslash stays in
 * the field, where gmatch() reads it).
 */
int dt_pdesc_split(const char *desc, char f[DT_PDESC_NFIELDS][DT_PDESC_LEN])
{
	const char *part[DT_PDESC_NFIELDS];
	size_t len[DT_PDESC_NFIELDS];
	const char *s = desc, *c;
	int n = 0;

	memset(f, 0, sizeof(char[DT_PDESC_NFIELDS][DT_PDESC_LEN]));
	for (;;) {
		c = s + strcspn(s, ":");
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

/*
 * DTrace's dt_gmatch(): an empty pattern matches anything, any other is
 * gmatch(3GEN), which Oracle's libport implements as fnmatch(p, s, 0): '*',
 * '?', bracket expressions ('!' or '^' negating, ranges, ']' first taken
 * literally, [:class:]), '\' quoting the next character.
 */
int dt_pdesc_gmatch(const char *s, const char *p)
{
	return !*p || fnmatch(p, s, 0) == 0;
}

int dt_pspec_token(const char *s, size_t *len, unsigned long long *val, int *err, char *bad)
{
	static const char first[] = "-$:_.?*\\[]!", rest[] = "-$:_.`?*\\[]!";
	const char *e = s;

	*len = 0;
	if (isdigit((unsigned char)*s)) {
		char num[64], *p;

		if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && isxdigit((unsigned char)s[2]))
			for (e = s + 2; isxdigit((unsigned char)*e); e++)
				;
		else
			for (; isdigit((unsigned char)*e); e++)
				;
		e += *e == 'u' || *e == 'U';
		e += *e == 'l' || *e == 'L';
		e += *e == 'l' || *e == 'L';
		*len = (size_t)(e - s);
		snprintf(num, sizeof(num), "%.*s", (int)*len, s);
		errno = 0;
		*val = strtoull(num, &p, 0);
		*err = errno == ERANGE ? DT_PSE_OFLOW : *p && !strchr("uUlL", *p) ? DT_PSE_DIGIT : 0;
		*bad = *p;
		return DT_PST_INT;
	}
	if (!*s || !(isalpha((unsigned char)*s) || strchr(first, *s)))
		return DT_PST_NONE;
	for (e = s + 1; *e && (isalnum((unsigned char)*e) || strchr(rest, *e)); e++)
		;
	*len = (size_t)(e - s);
	return DT_PST_PSPEC;
}

/* strisglob(): a field with any of "[?*\" is a pattern */
int dt_pdesc_isglob(const char *s)
{
	return strpbrk(s, "[?*\\") != NULL;
}

int dt_pdesc_xstr(const char *s, size_t n, int nfields, char *out, size_t len)
{
	const char *f[4] = { "", "", "", "" }, *end = s + n, *c;
	int fl[4] = { 0, 0, 0, 0 }, i = nfields - 1;

	if (nfields < 1 || nfields > 4)
		return -1;
	for (;;) {
		for (c = end; c > s && c[-1] != ':'; c--)
			;
		if (i < 0)
			return -1; /* a field past the option's: DTRACE_PROBESPEC_NONE */
		f[i] = c;
		fl[i--] = (int)(end - c);
		/* the loop goes on from before the ':', if there is anything */
		if (c == s || c - 1 == s)
			break;
		end = c - 1;
	}
	return snprintf(out, len, "%.*s:%.*s:%.*s:%.*s", fl[0], f[0], fl[1], f[1], fl[2], f[2], fl[3],
			f[3]) < (int)len ? 0 : -1;
}

const char *const dt_profile_default[DT_PROFILE_NDEFAULT] = {
	"profile-97", "profile-199", "profile-499", "profile-997", "profile-1999",
	"profile-4001", "profile-4999", "tick-1", "tick-10", "tick-100", "tick-500",
	"tick-1000", "tick-5000",
};

/*
 * dt_prov_profile.c get_period(): the period of profile-N / tick-N (name
 * is the whole probe name) in nanoseconds, 0 when the probe does not exist.
 * sscanf("%lu%4s"): a decimal number, then a unit of at most four
 * characters read (the rest of the name is not looked at: "tick-1hours" is
 * an hour, "tick-1days" no probe), matched without regard to case; none
 * is hertz.  Zero, a unit not in the table, or a period under 200 us is no
 * probe.
 */
unsigned long long dt_pdesc_period_ns(const char *name)
{
	static const struct {
		const char *unit;
		unsigned long long mult;
	} units[] = {
		{ "ns", 1ULL }, { "nsec", 1ULL }, { "us", 1000ULL }, { "usec", 1000ULL },
		{ "ms", 1000000ULL }, { "msec", 1000000ULL }, { "s", 1000000000ULL },
		{ "sec", 1000000000ULL }, { "m", 60 * 1000000000ULL }, { "min", 60 * 1000000000ULL },
		{ "h", 3600 * 1000000000ULL }, { "hour", 3600 * 1000000000ULL },
		{ "d", 86400 * 1000000000ULL }, { "day", 86400 * 1000000000ULL },
	};
	const char *p = strchr(name, '-');
	char unit[5] = "hz";
	unsigned long val = 0;
	size_t i;

	if (!p || sscanf(p + 1, "%lu%4s", &val, unit) < 1 || val == 0)
		return 0;
	if (!strcasecmp(unit, "hz")) {
		val = 1000000000UL / val;
	} else {
		for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
			if (!strcasecmp(units[i].unit, unit))
				break;
		if (i == sizeof(units) / sizeof(units[0]))
			return 0;
		val *= units[i].mult;
	}
	return val < 200000 ? 0 : val;
}
