/*
 * dt_attr.h: DTrace's stability attributes (the Dynamic Tracing Guide's
 * "Stability" chapter; libdtrace dt_subr.c, dt_open.c and each provider's
 * dtrace_pattr_t), shared by dtc, which computes a program's attributes,
 * and dtrun, which reports them (-v) and lists probes' (-l -v).
 *
 * An attribute is a name stability, a data stability and a dependency
 * class, packed in an int as name << 16 | data << 8 | class (the value
 * dt_opt_attr() parses -x amin into).  Expressions take the minimum of
 * their parts' attributes, component by component (dt_attr_min()).
 */
#ifndef DT_ATTR_H
#define DT_ATTR_H

enum { DT_STAB_INTERNAL, DT_STAB_PRIVATE, DT_STAB_OBSOLETE, DT_STAB_EXTERNAL,
       DT_STAB_UNSTABLE, DT_STAB_EVOLVING, DT_STAB_STABLE, DT_STAB_STANDARD };
enum { DT_CLASS_UNKNOWN, DT_CLASS_CPU, DT_CLASS_PLATFORM, DT_CLASS_GROUP, DT_CLASS_ISA,
       DT_CLASS_COMMON };

#define DT_ATTR(n, d, c) ((n) << 16 | (d) << 8 | (c))
#define DT_ATTR_NAME(a) (((a) >> 16) & 0xff)
#define DT_ATTR_DATA(a) (((a) >> 8) & 0xff)
#define DT_ATTR_CLASS(a) ((a) & 0xff)

/* dt_open.c's: _dtrace_maxattr, _dtrace_defattr (Stable/Stable/Common),
 * _dtrace_symattr and _dtrace_typattr (kernel symbols and types), and
 * dt_version.h's DT_ATTR_EVOLCMN */
#define DT_ATTR_MAX DT_ATTR(DT_STAB_STANDARD, DT_STAB_STANDARD, DT_CLASS_COMMON)
#define DT_ATTR_DEF DT_ATTR(DT_STAB_STABLE, DT_STAB_STABLE, DT_CLASS_COMMON)
#define DT_ATTR_SYM DT_ATTR(DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN)
#define DT_ATTR_TYP DT_ATTR(DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN)
#define DT_ATTR_EVOLCMN DT_ATTR(DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_COMMON)
/* _dtrace_prvdesc: a description whose provider is empty or a glob */
#define DT_ATTR_UNSTABLE DT_ATTR(DT_STAB_UNSTABLE, DT_STAB_UNSTABLE, DT_CLASS_COMMON)

/* A provider's attributes (dtrace_pattr_t): provider, module, function,
 * name, arguments. */
enum { DT_PA_PROV, DT_PA_MOD, DT_PA_FUNC, DT_PA_NAME, DT_PA_ARGS, DT_PA_N };
struct dt_pattr {
	const char *prov;
	int a[DT_PA_N];
};

/* Provider prov's attributes (a pid or USDT provider by its name less the
 * process ID, else by name); NULL for a provider libdtrace does not define. */
const struct dt_pattr *dt_pattr_find(const char *prov);
extern const struct dt_pattr dt_pattr_unstable; /* _dtrace_prvdesc */

int dt_attr_min(int a, int b);
/* dt_attr_cmp() < 0: some component of a is below b's */
int dt_attr_below(int a, int b);
const char *dt_stab_name(int s);  /* "Evolving" */
const char *dt_class_name(int c); /* "Common" */
/* "Name/Data/Class" (dtrace_attr2str()), in buf of at least 40 bytes */
char *dt_attr_str(int a, char *buf, unsigned len);

#endif
