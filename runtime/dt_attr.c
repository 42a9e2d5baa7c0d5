/*
 * dt_attr.c: stability attributes (dt_attr.h): their names, their minimum,
 * and the attributes of each provider as libdtrace's dt_prov_*.c declare
 * them.
 */
#include <stdio.h>
#include <string.h>

#include "dt_attr.h"

#define A DT_ATTR
#define EV DT_STAB_EVOLVING
#define PR DT_STAB_PRIVATE
#define ST DT_STAB_STABLE
#define UN DT_STAB_UNSTABLE

/* Oracle's dt_prov_*.c pattr tables; tcp and udp as ip's; vminfo and sysinfo
 * from the Dynamic Tracing Guide's stability tables */
static const struct dt_pattr pattrs[] = {
	{ "dtrace", { A(ST, ST, DT_CLASS_COMMON), A(PR, PR, DT_CLASS_UNKNOWN),
		      A(PR, PR, DT_CLASS_UNKNOWN), A(ST, ST, DT_CLASS_COMMON),
		      A(ST, ST, DT_CLASS_COMMON) } },
	{ "syscall", { A(EV, EV, DT_CLASS_COMMON), A(PR, PR, DT_CLASS_UNKNOWN),
		       A(PR, PR, DT_CLASS_ISA), A(EV, EV, DT_CLASS_COMMON),
		       A(PR, PR, DT_CLASS_ISA) } },
	{ "profile", { A(EV, EV, DT_CLASS_COMMON), A(UN, UN, DT_CLASS_UNKNOWN),
		       A(PR, PR, DT_CLASS_UNKNOWN), A(EV, EV, DT_CLASS_COMMON),
		       A(EV, EV, DT_CLASS_COMMON) } },
	{ "fbt", { A(EV, EV, DT_CLASS_COMMON), A(PR, PR, DT_CLASS_UNKNOWN),
		   A(PR, PR, DT_CLASS_ISA), A(EV, EV, DT_CLASS_COMMON), A(PR, PR, DT_CLASS_ISA) } },
	{ "rawtp", { A(EV, EV, DT_CLASS_ISA), A(PR, PR, DT_CLASS_UNKNOWN),
		     A(PR, PR, DT_CLASS_UNKNOWN), A(PR, PR, DT_CLASS_ISA), A(PR, PR, DT_CLASS_ISA) } },
	{ "sdt", { A(EV, EV, DT_CLASS_ISA), A(PR, PR, DT_CLASS_UNKNOWN),
		   A(PR, PR, DT_CLASS_UNKNOWN), A(PR, PR, DT_CLASS_ISA), A(PR, PR, DT_CLASS_ISA) } },
#define STABLE_PROV(name, args)                                                               \
	{ name, { A(EV, EV, DT_CLASS_ISA), A(PR, PR, DT_CLASS_UNKNOWN),                       \
		  A(PR, PR, DT_CLASS_UNKNOWN), A(EV, EV, DT_CLASS_ISA), args } }
	STABLE_PROV("proc", A(EV, EV, DT_CLASS_ISA)),
	STABLE_PROV("sched", A(EV, EV, DT_CLASS_ISA)),
	STABLE_PROV("io", A(EV, EV, DT_CLASS_ISA)),
	STABLE_PROV("ip", A(EV, EV, DT_CLASS_ISA)),
	STABLE_PROV("tcp", A(EV, EV, DT_CLASS_ISA)),
	STABLE_PROV("udp", A(EV, EV, DT_CLASS_ISA)),
	STABLE_PROV("lockstat", A(EV, EV, DT_CLASS_ISA)),
	STABLE_PROV("vminfo", A(PR, PR, DT_CLASS_ISA)),
	STABLE_PROV("sysinfo", A(PR, PR, DT_CLASS_ISA)),
	/* dt_prov_uprobe.c: pid<PID> and the USDT providers */
	STABLE_PROV("pid", A(PR, PR, DT_CLASS_UNKNOWN)),
#undef STABLE_PROV
	{ "cpc", { A(EV, EV, DT_CLASS_COMMON), A(UN, UN, DT_CLASS_UNKNOWN),
		   A(PR, PR, DT_CLASS_UNKNOWN), A(EV, EV, DT_CLASS_COMMON),
		   A(EV, EV, DT_CLASS_COMMON) } },
};

const struct dt_pattr dt_pattr_unstable = {
	"", { DT_ATTR_UNSTABLE, DT_ATTR_UNSTABLE, DT_ATTR_UNSTABLE, DT_ATTR_UNSTABLE,
	      DT_ATTR_UNSTABLE }
};

const struct dt_pattr *dt_pattr_find(const char *prov)
{
	size_t i, l;

	if (!prov || !*prov)
		return NULL;
	for (i = 0; i < sizeof(pattrs) / sizeof(pattrs[0]); i++)
		if (!strcmp(pattrs[i].prov, prov))
			return &pattrs[i];
	/* pid1234, or a USDT provider's name and process ID (dt_prov_uprobe.c) */
	l = strlen(prov);
	if (l > 0 && prov[l - 1] >= '0' && prov[l - 1] <= '9')
		return dt_pattr_find("pid");
	return NULL;
}

int dt_attr_min(int a, int b)
{
	int n = DT_ATTR_NAME(a) < DT_ATTR_NAME(b) ? DT_ATTR_NAME(a) : DT_ATTR_NAME(b);
	int d = DT_ATTR_DATA(a) < DT_ATTR_DATA(b) ? DT_ATTR_DATA(a) : DT_ATTR_DATA(b);
	int c = DT_ATTR_CLASS(a) < DT_ATTR_CLASS(b) ? DT_ATTR_CLASS(a) : DT_ATTR_CLASS(b);

	return DT_ATTR(n, d, c);
}

int dt_attr_below(int a, int b)
{
	return DT_ATTR_NAME(a) < DT_ATTR_NAME(b) || DT_ATTR_DATA(a) < DT_ATTR_DATA(b) ||
	       DT_ATTR_CLASS(a) < DT_ATTR_CLASS(b);
}

const char *dt_stab_name(int s)
{
	static const char *const names[] = { "Internal", "Private", "Obsolete", "External",
					     "Unstable", "Evolving", "Stable",  "Standard" };

	return s >= 0 && s <= DT_STAB_STANDARD ? names[s] : "?";
}

const char *dt_class_name(int c)
{
	static const char *const names[] = { "Unknown", "CPU", "Platform", "Group", "ISA",
					     "Common" };

	return c >= 0 && c <= DT_CLASS_COMMON ? names[c] : "?";
}

char *dt_attr_str(int a, char *buf, unsigned len)
{
	snprintf(buf, len, "%s/%s/%s", dt_stab_name(DT_ATTR_NAME(a)),
		 dt_stab_name(DT_ATTR_DATA(a)), dt_class_name(DT_ATTR_CLASS(a)));
	return buf;
}
