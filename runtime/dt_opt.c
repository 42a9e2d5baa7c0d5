/*
 * dt_opt.c: DTrace's option table and its parsers, shared by dtc and dtrun
 * (dt_opt.h).  The rows follow libdtrace's dt_options.c (Oracle's
 * dtrace-utils): same names, same value syntax, same errors.  The `use`
 * column says what dtc/dtrun do with each; docs/options.md is its long form.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "dt_opt.h"

#define C DT_OPTW_COMPILE
#define L DT_OPTW_LOAD
#define D DT_OPTW_DYNAMIC
#define NOPROG DT_OPTF_NOPROG
#define OBJ DT_OPTF_OBJ

/* Sorted by name (dt_opt_find() searches it in order). */
const struct dt_opt_def dt_opt_table[] = {
	{ "aggpercpu", DT_OPTK_FLAG, C, 0, 0, 0, 0, "dtrun: printa() per CPU" },
	{ "aggrate", DT_OPTK_RATE, D, 0, 0, 0, 0, "dtrun: aggregation snapshot rate" },
	{ "aggsize", DT_OPTK_SIZE, L, OBJ, 0, 0, 0, "dtc: aggregation map sizes; dtrun: too small is refused" },
	{ "aggsortkey", DT_OPTK_RUNTIME, D, 0, 0, 0, 0, "dtrun: printa() order" },
	{ "aggsortkeypos", DT_OPTK_RUNTIME, D, 0, 0, 0, 0, "dtrun: printa() order" },
	{ "aggsortpos", DT_OPTK_RUNTIME, D, 0, 0, 0, 0, "dtrun: printa() order" },
	{ "aggsortrev", DT_OPTK_RUNTIME, D, 0, 0, 0, 0, "dtrun: printa() order" },
	{ "amin", DT_OPTK_ATTR, C, OBJ, 0, 0, 0, "dtc: a program whose stability attributes are below it is D_ATTR_MIN" },
	{ "argref", DT_OPTK_FLAG, C, 0, 0, 0, 0, "dtc, dtrun: unreferenced macro arguments allowed" },
	{ "bpflog", DT_OPTK_RUNTIME, L, 0, 0, 0, 0, "dtrun: the verifier log of every program (as -d verifier)" },
	{ "bpflogsize", DT_OPTK_SIZE, L, 0, 0, 0, 0, "accepted; libbpf sizes the verifier log itself" },
	{ "bufpolicy", DT_OPTK_WORD, L, 0, "ring|fill|switch", 0, 0, "accepted; one BPF ring buffer is always read as switch" },
	{ "bufresize", DT_OPTK_WORD, L, 0, "auto|manual", 0, 0, "accepted; a BPF ring buffer is never resized" },
	{ "bufsize", DT_OPTK_SIZE, L, 0, 0, 0, 0, "dtrun: ring buffer size" },
	{ "cleanrate", DT_OPTK_RATE, L, 0, 0, 0, 0, "accepted; BPF hash maps need no cleaning" },
	{ "core", DT_OPTK_FLAG, C, 0, 0, 0, 0, "accepted; a libdtrace debugging aid" },
	{ "cpp", DT_OPTK_FLAG, C, OBJ, 0, 0, 0, "dtc: -C" },
	{ "cppargs", DT_OPTK_STRING, C, NOPROG | OBJ, 0, 0, 0, "dtc: more cpp arguments" },
	{ "cpphdrs", DT_OPTK_FLAG, C, NOPROG | OBJ, 0, 0, 0, "dtc: -H" },
	{ "cpppath", DT_OPTK_STRING, C, NOPROG | OBJ, 0, 0, 0, "dtc: the cpp to run" },
	{ "cpu", DT_OPTK_RUNTIME, L, 0, 0, 0, 0, "dtrun: probes fire on that CPU only; BEGIN/END run there" },
	{ "ctfpath", DT_OPTK_STRING, C, NOPROG, 0, 0, 0, "accepted; dtc reads kernel BTF (--btf), not CTF" },
	{ "ctypes", DT_OPTK_WFILE, C, 0, 0, 0, 0, "accepted; the file is created, no CTF is written to it" },
	{ "debug", DT_OPTK_FLAG, C, 0, 0, 0, 0, "accepted; a libdtrace debugging aid" },
	{ "debugassert", DT_OPTK_WORD, C, 0, "mutexes", 0, 0, "accepted; a libdtrace debugging aid" },
	{ "defaultargs", DT_OPTK_FLAG, C, 0, 0, 0, 0, "dtc, dtrun: unset $N are 0, $$N \"\"" },
	{ "define", DT_OPTK_STRING, C, NOPROG | OBJ, 0, 0, 0, "dtc: cpp -D" },
	{ "destructive", DT_OPTK_RUNTIME, L, 0, 0, 0, 0, "dtrun: destructive actions allowed" },
	{ "disasm", DT_OPTK_INT, C, 0, "0", 0, 0, "accepted; no DIF (dtc -S shows the C)" },
	{ "dofstashpath", DT_OPTK_STRING, C, 0, 0, 0, 0, "accepted; no DOF" },
	{ "droptags", DT_OPTK_ANY, C, 0, 0, 0, 0, "dtrun: drop messages tagged" },
	{ "dtc", DT_OPTK_STRING, C, OBJ, 0, 0, 0, "dtc's own: tls-hash" },
	{ "dtypes", DT_OPTK_WFILE, C, 0, 0, 0, 0, "accepted; the file is created, no CTF is written to it" },
	{ "dynvarsize", DT_OPTK_SIZE, L, 0, 0, 0, 0, "dtc: the dynamic variable space" },
	{ "empty", DT_OPTK_FLAG, C, OBJ, 0, 0, 0, "dtc: an empty program is allowed" },
	{ "errtags", DT_OPTK_FLAG, C, 0, 0, 0, 0, "dtrun: error tags in messages" },
	{ "evaltime", DT_OPTK_WORD, C, 0, "exec|preinit|postinit|main", 0, 0, "dtrun: when -c's probes are enabled" },
	{ "flowindent", DT_OPTK_RUNTIME, D, 0, 0, 0, 0, "dtrun: -F" },
	{ "grabanon", DT_OPTK_RUNTIME, L, 0, 0, 0, 0, "accepted; no anonymous tracing on Linux" },
	{ "incdir", DT_OPTK_STRING, C, NOPROG | OBJ, 0, 0, 0, "dtc: cpp -I" },
	{ "iregs", DT_OPTK_IREGS, C, 0, 0, 0, 0, "accepted; no DIF registers" },
	{ "jstackframes", DT_OPTK_RUNTIME, L, OBJ, 0, 0, 0, "dtc: jstack() depth (jstack() is ustack() on Linux)" },
	{ "jstackstrsize", DT_OPTK_SIZE, L, 0, 0, 0, 0, "accepted; Linux has no ustack helpers to fill jstack()'s strings" },
	{ "kdefs", DT_OPTK_FLAG, C, 0, 0, 0, 0, "accepted; kernel symbols resolve at load" },
	{ "knodefs", DT_OPTK_FLAG, C, 0, 0, 0, 0, "accepted; kernel symbols resolve at load" },
	{ "late", DT_OPTK_WORD, C, 0, "dynamic|static", 0, 0, "accepted; translators are inlined" },
	{ "lazyload", DT_OPTK_ANY, C, 0, 0, 0, 0, "accepted; no DOF" },
	{ "ldpath", DT_OPTK_STRING, C, NOPROG, 0, 0, 0, "accepted; no link step (dtrace -G)" },
	{ "libdir", DT_OPTK_STRING, C, OBJ, 0, 0, 0, "dtc: the D library directory (-L)" },
	{ "linkmode", DT_OPTK_WORD, C, 0, "kernel|dynamic|static", 0, 0, "accepted; no link step (dtrace -G)" },
	{ "linknommap", DT_OPTK_ANY, C, 0, 0, 0, 0, "accepted; no link step (dtrace -G)" },
	{ "linktype", DT_OPTK_WORD, C, DT_OPTF_CASE, "elf|dof", 0, 0, "accepted; no link step (dtrace -G)" },
	{ "lockmem", DT_OPTK_LOCKMEM, L, NOPROG, 0, 0, 0, "accepted; BPF memory is not charged to RLIMIT_MEMLOCK since Linux 5.11" },
	{ "maxframes", DT_OPTK_RUNTIME, L, OBJ, 0, 0, 0, "dtc: stack depth limit" },
	{ "modpath", DT_OPTK_STRING, C, NOPROG, 0, 0, 0, "accepted; kernel modules come from BTF" },
	{ "nolibs", DT_OPTK_FLAG, C, OBJ, 0, 0, 0, "dtc: no D library" },
	{ "noresolve", DT_OPTK_RUNTIME, L, 0, 0, 0, 0, "dtrun: addresses unresolved" },
	{ "nspec", DT_OPTK_RUNTIME, L, 0, 0, 0, 0, "dtc, dtrun: number of speculations" },
	{ "oformat", DT_OPTK_WORD, D, 0, "text|json", 0, 0, "dtrun's own (FreeBSD's name): output as text or NDJSON" },
	{ "pcapsize", DT_OPTK_CLAMP, L, OBJ, 0, 1514, 65535, "dtc: bytes pcap() captures" },
	{ "pgmax", DT_OPTK_INT, C, 0, "0", 0, 0, "accepted; no process cache" },
	{ "preallocate", DT_OPTK_SIZE, C, 0, 0, 0, 0, "accepted; dtc preallocates nothing" },
	{ "printsize", DT_OPTK_CLAMP, D, OBJ, 0, 8192, 65536, "dtc: bytes of a value print() records" },
	{ "procfspath", DT_OPTK_STRING, C, NOPROG, 0, 0, 0, "accepted; dtrun reads /proc" },
	{ "pspec", DT_OPTK_FLAG, C, OBJ, 0, 0, 0, "dtc: probe descriptions as probe specs" },
	{ "quiet", DT_OPTK_RUNTIME, D, 0, 0, 0, 0, "dtrun: -q" },
	{ "quietresize", DT_OPTK_RUNTIME, D, 0, 0, 0, 0, "accepted; buffers are never resized" },
	{ "rawbytes", DT_OPTK_RUNTIME, D, 0, 0, 0, 0, "dtrun: trace() as bytes" },
	{ "scratchsize", DT_OPTK_SCRATCH, L, OBJ, 0, 0, 0, "dtc: alloca() space per clause" },
	{ "specsize", DT_OPTK_SIZE, L, 0, 0, 0, 0, "dtrun: speculation buffer size" },
	{ "stackfmt", DT_OPTK_WORD, D, 0, "text|folded", 0, 0, "dtrun's own: stack() aggregation keys as frames or folded" },
	{ "stackframes", DT_OPTK_RUNTIME, L, OBJ, 0, 0, 0, "dtc: stack() depth" },
	{ "stackindent", DT_OPTK_RUNTIME, D, 0, 0, 0, 0, "dtrun: stack indent" },
	{ "statusrate", DT_OPTK_RATE, L, 0, 0, 0, 0, "dtrun: exit() check rate" },
	{ "stdc", DT_OPTK_WORD, C, NOPROG | OBJ, "a|c|t|s", 0, 0, "dtc: -X, cpp's mode" },
	{ "strip", DT_OPTK_FLAG, C, 0, 0, 0, 0, "accepted; no DOF" },
	{ "strsize", DT_OPTK_STRSIZE, L, OBJ, 0, 0, 0, "dtc: string size" },
	{ "switchrate", DT_OPTK_RATE, D, 0, 0, 0, 0, "dtrun: buffer read rate" },
	{ "syslibdir", DT_OPTK_STRING, C, OBJ, 0, 0, 0, "dtc: the D library directory (-L)" },
	{ "sysslice", DT_OPTK_STRING, C, 0, 0, 0, 0, "accepted; no systemd slice filtering" },
	{ "tree", DT_OPTK_INT, C, 0, "1", 0, 0, "accepted; dtc -d ast prints the tree" },
	{ "tregs", DT_OPTK_INT, C, 0, "1", 0, 0, "accepted; no DIF registers" },
	{ "udefs", DT_OPTK_FLAG, C, 0, 0, 0, 0, "accepted; user symbols resolve at load" },
	{ "undef", DT_OPTK_STRING, C, NOPROG | OBJ, 0, 0, 0, "dtc: cpp -U" },
	{ "unodefs", DT_OPTK_FLAG, C, 0, 0, 0, 0, "accepted; user symbols resolve at load" },
	{ "useruid", DT_OPTK_INT, C, 0, "-2147483648", 0, 0, "accepted; no unprivileged tracing" },
	{ "ustackframes", DT_OPTK_RUNTIME, L, OBJ, 0, 0, 0, "dtc: ustack() depth" },
	{ "verbose", DT_OPTK_FLAG, C, 0, 0, 0, 0, "dtc: the generated C on stderr, then compiled (dtrun -S)" },
	{ "version", DT_OPTK_VERSION, C, 0, 0, 0, 0, "dtc, dtrun: D version checked" },
	{ "zdefs", DT_OPTK_FLAG, C, 0, 0, 0, 0, "dtc, dtrun: a description may match no probe (only -Z lets a whole program)" },
};

const int dt_opt_count = (int)(sizeof(dt_opt_table) / sizeof(dt_opt_table[0]));

const struct dt_opt_def *dt_opt_find(const char *name)
{
	int i;

	for (i = 0; i < dt_opt_count; i++)
		if (!strcmp(dt_opt_table[i].name, name))
			return &dt_opt_table[i];
	return NULL;
}

const char *dt_opt_strerror(enum dt_opt_err e)
{
	switch (e) {
	case DT_OPTE_OK: return "Success";
	case DT_OPTE_BADNAME: return "Invalid option name";
	case DT_OPTE_BADVAL: return "Invalid value for specified option";
	case DT_OPTE_BADCTX: return "Option cannot be used from within a D program";
	case DT_OPTE_VERSINVAL: return "Version is not properly formatted or is too large";
	case DT_OPTE_VERSUNDEF: return "Requested version is not supported by compiler";
	case DT_OPTE_OVERFLOW: return "Value too large for defined data type";
	case DT_OPTE_NOREG: return "Insufficient registers to generate code";
	case DT_OPTE_ACTIVE: return "Operation illegal when tracing is active";
	case DT_OPTE_SYS: return "System call failed";
	}
	return "Unknown error";
}

/* dt_opt_set()'s error e with the value it left: a failed system call's own
 * message (dtrace_errmsg() of an errno is strerror()). */
const char *dt_opt_errmsg(enum dt_opt_err e, int64_t v)
{
	return e == DT_OPTE_SYS ? strerror((int)v) : dt_opt_strerror(e);
}

/*
 * Whether strtoll() reads s as negative: dt_optval_parse(), dt_opt_runtime()
 * and dt_opt_rate() refuse such a value ("negtest"), and take all else
 * strtoull() reads (leading blanks, a '+', "-0").
 */
static int negative(const char *s)
{
	int e = errno, neg = strtoll(s, NULL, 0) < 0;

	errno = e;
	return neg;
}

/*
 * dt_optval_parse(): strtoull's syntax (decimal, 0 octal, 0x hex, leading
 * blanks, a sign that is not negative), then one optional k/m/g/t (KiB ...)
 * suffix as the last character; another suffix or trailing text is an
 * error.  As there, the number may be empty: "" and "k" are 0.  DTrace's
 * values are uint64_t (dtrace_optval_t): any value strtoull() reads is
 * taken and the suffix's product wraps; one past INT64_MAX is kept as
 * INT64_MAX here, as large as any size can be.
 */
int dt_opt_size(const char *s, int64_t *out)
{
	unsigned long long v;
	int shift = 0;
	char *end;

	if (!s || negative(s))
		return -1;
	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno)
		return -1;
	switch (*end) {
	case 't': case 'T': shift = 40; break;
	case 'g': case 'G': shift = 30; break;
	case 'm': case 'M': shift = 20; break;
	case 'k': case 'K': shift = 10; break;
	case '\0': break;
	default: return -1;
	}
	if (shift && end[1])
		return -1;
	v <<= shift; /* dt_optval_parse(): strtoull() * mul, in 64 bits */
	*out = v > (unsigned long long)INT64_MAX ? INT64_MAX : (int64_t)v;
	return 0;
}

/* dt_opt_rate(): a number and a unit (case ignored), or hertz. */
int dt_opt_time(const char *s, int64_t *ns)
{
	static const struct {
		const char *name;
		int64_t mul; /* 0: hertz */
	} units[] = {
		{ "", 1 }, { "ns", 1 }, { "nsec", 1 }, { "us", 1000 }, { "usec", 1000 },
		{ "ms", 1000000 }, { "msec", 1000000 }, { "s", 1000000000 },
		{ "sec", 1000000000 }, { "m", 60000000000LL }, { "min", 60000000000LL },
		{ "h", 3600000000000LL }, { "hour", 3600000000000LL },
		{ "d", 86400000000000LL }, { "day", 86400000000000LL }, { "hz", 0 },
	};
	unsigned long long v;
	char *end;
	size_t i;

	/* dt_opt_rate(): the number may be empty ("", "ms" are 0); strtoull()'s
	 * ERANGE is not checked (2^64 and past are ULLONG_MAX), and the unit's
	 * product wraps in 64 bits: a time past INT64_MAX is kept as INT64_MAX
	 * here, 292 years, as long as any rate can be */
	if (!s || negative(s))
		return -1;
	v = strtoull(s, &end, 0);
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (!strcasecmp(units[i].name, end))
			break;
	if (i == sizeof(units) / sizeof(units[0]))
		return -1;
	if (!units[i].mul)
		v = v ? 1000000000ULL / v : 0;
	else
		v *= (unsigned long long)units[i].mul;
	*ns = v > (unsigned long long)INT64_MAX ? INT64_MAX : (int64_t)v;
	return 0;
}

/* The D versions DTrace defines (dt_open.c _dtrace_versions: not 2.0.1,
 * which dt_version.h names but dt_version_defined() refuses). */
static const int dt_versions[][3] = {
	{ 1, 0, 0 }, { 1, 1, 0 }, { 1, 2, 0 }, { 1, 2, 1 }, { 1, 2, 2 }, { 1, 3, 0 },
	{ 1, 4, 0 }, { 1, 4, 1 }, { 1, 5, 0 }, { 1, 6, 0 }, { 1, 6, 1 }, { 1, 6, 2 },
	{ 1, 6, 3 }, { 1, 6, 4 }, { 2, 0, 0 },
};

/*
 * dt_version_str2num(): digits and at most two dots; 255.4095.4095 at most.
 * Its parts are ints that wrap as they are read (2^32 is 0), only a part
 * above its maximum is refused, and DT_VERSION_NUMBER() masks each part:
 * one that wrapped below 0 keeps its low bits (1.2147483648 is 1.0).
 */
enum dt_opt_err dt_opt_version(const char *s, int64_t *out)
{
	uint32_t u[3] = { 0, 0, 0 };
	int32_t n[3];
	int i = 0;
	size_t k;

	for (; *s; s++) {
		if (isdigit((unsigned char)*s))
			u[i] = u[i] * 10 + (uint32_t)(*s - '0');
		else if (*s != '.' || i++ >= 2)
			return DT_OPTE_VERSINVAL;
	}
	for (i = 0; i < 3; i++)
		n[i] = (int32_t)u[i];
	if (n[0] > 0xff || n[1] > 0xfff || n[2] > 0xfff)
		return DT_OPTE_VERSINVAL;
	n[0] &= 0xff;
	n[1] &= 0xfff;
	n[2] &= 0xfff;
	*out = (int64_t)n[0] << 24 | n[1] << 12 | n[2];
	for (k = 0; k < sizeof(dt_versions) / sizeof(dt_versions[0]); k++)
		if (dt_versions[k][0] == n[0] && dt_versions[k][1] == n[1] &&
		    dt_versions[k][2] == n[2])
			return DT_OPTE_OK;
	return DT_OPTE_VERSUNDEF;
}

/* dtrace_str2attr(): up to three '/'-separated names, case ignored;
 * missing parts stay at their maximum (Standard/Standard/Common). */
int dt_opt_attr(const char *s, int64_t *out)
{
	static const char *const stab[] = { "Internal", "Private", "Obsolete", "External",
					    "Unstable", "Evolving", "Stable", "Standard" };
	static const char *const cls[] = { "Unknown", "CPU", "Platform", "Group", "ISA",
					   "Common" };
	int v[3] = { 7, 7, 5 }, part = 0;

	if (!s)
		return -1;
	while (*s) {
		size_t l = strcspn(s, "/"), i, n = part == 2 ? 6 : 8;
		const char *const *t = part == 2 ? cls : stab;

		if (part > 2)
			return -1;
		for (i = 0; i < n; i++)
			if (strlen(t[i]) == l && !strncasecmp(t[i], s, l))
				break;
		if (i == n)
			return -1;
		v[part++] = (int)i;
		s += l;
		if (*s == '/')
			s++;
	}
	*out = (int64_t)v[0] << 16 | v[1] << 8 | v[2];
	return 0;
}

/* dt_opt_runtime(): none (0), "" (unset), yes/no word pairs, or >= 0. */
static int parse_runtime(const char *val, int64_t *out)
{
	static const char *const words[][2] = {
		{ "yes", "no" }, { "enable", "disable" }, { "enabled", "disabled" },
		{ "true", "false" }, { "on", "off" }, { "set", "unset" },
	};
	unsigned long long v;
	char *end;
	size_t i;

	*out = 0;
	if (!val)
		return 0;
	if (!*val) {
		*out = DT_OPT_UNSET;
		return 0;
	}
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		if (!strcasecmp(words[i][0], val)) {
			*out = 1;
			return 0;
		}
		if (!strcasecmp(words[i][1], val)) {
			*out = DT_OPT_UNSET;
			return 0;
		}
	}
	if (negative(val))
		return -1;
	errno = 0;
	v = strtoull(val, &end, 0);
	if (*end || errno)
		return -1;
	/* dt_opt_runtime(): a uint64_t, "val < 0" never holds */
	*out = v > (unsigned long long)INT64_MAX ? INT64_MAX : (int64_t)v;
	return 0;
}

/* A word of "a|b|c": its index, or -1. */
static int word_index(const char *words, const char *val, int nocase)
{
	int i = 0;

	while (*words) {
		size_t l = strcspn(words, "|");

		if (strlen(val) == l && !(nocase ? strncasecmp : strncmp)(words, val, l))
			return i;
		words += l + (words[l] == '|');
		i++;
	}
	return -1;
}

enum dt_opt_err dt_opt_set(const char *name, const char *val, enum dt_opt_ctx ctx, int64_t *out)
{
	const struct dt_opt_def *d = dt_opt_find(name);
	int64_t v = 0;
	int noprog;

	*out = 0;
	if (!d)
		return DT_OPTE_BADNAME;
	/* dtrace_setopt(): only dynamic run-time options once tracing runs */
	if (ctx == DT_OPTC_ACTIVE && d->when == DT_OPTW_LOAD)
		return DT_OPTE_ACTIVE;
	noprog = (d->flags & DT_OPTF_NOPROG) && ctx == DT_OPTC_PROGRAM;
	switch (d->kind) {
	case DT_OPTK_FLAG:
		if (val)
			return DT_OPTE_BADVAL;
		break;
	case DT_OPTK_ANY:
		break;
	case DT_OPTK_RUNTIME:
		if (parse_runtime(val, &v))
			return DT_OPTE_BADVAL;
		break;
	case DT_OPTK_SIZE:
		if (val && dt_opt_size(val, &v))
			return DT_OPTE_BADVAL;
		if (!val && !strcmp(d->name, "preallocate"))
			return DT_OPTE_BADVAL;
		break;
	case DT_OPTK_SCRATCH:
		if (val && dt_opt_size(val, &v))
			return DT_OPTE_BADVAL;
		if (v > 0) /* P2ROUNDUP(val + sizeof(uint64_t), sizeof(uint64_t)) */
			v = (v + 8 + 7) & ~(int64_t)7;
		break;
	case DT_OPTK_STRSIZE:
		if (val && dt_opt_size(val, &v))
			return DT_OPTE_BADVAL;
		if (v < 2) /* sizeof(DT_NULL_STRING) */
			return DT_OPTE_BADVAL;
		if (v > (int64_t)0xffffffffU)
			return DT_OPTE_OVERFLOW;
		break;
	case DT_OPTK_CLAMP:
		v = d->dflt;
		if (val) {
			if (dt_opt_size(val, &v))
				return DT_OPTE_BADVAL;
			if (v <= 0 || v > d->max)
				v = d->dflt;
		}
		v = (v + 7) & ~(int64_t)7;
		break;
	case DT_OPTK_LOCKMEM:
		if (noprog)
			return DT_OPTE_BADCTX;
		if (!val)
			return DT_OPTE_BADVAL;
		/* dt_opt_lockmem() ignores dt_opt_size()'s failure */
		if (!strcmp(val, "unlimited"))
			v = INT64_MAX;
		else if (dt_opt_size(val, &v))
			v = 0;
		break;
	case DT_OPTK_RATE:
		if (val && dt_opt_time(val, &v))
			return DT_OPTE_BADVAL;
		break;
	case DT_OPTK_WORD:
		if (!val)
			return DT_OPTE_BADVAL;
		/* dt_opt_stdc(): the context before the word */
		if (noprog)
			return DT_OPTE_BADCTX;
		if ((v = word_index(d->words, val, d->flags & DT_OPTF_CASE)) < 0)
			return DT_OPTE_BADVAL;
		break;
	case DT_OPTK_STRING:
		if (!val)
			return DT_OPTE_BADVAL;
		break;
	case DT_OPTK_WFILE: {
		/* dt_opt_ctypes(), dt_opt_dtypes(): open(O_CREAT | O_WRONLY,
		 * 0666), whose failure is the option's error */
		int fd;

		if (!val)
			return DT_OPTE_BADVAL;
		if ((fd = open(val, O_CREAT | O_WRONLY | O_CLOEXEC, 0666)) < 0) {
			*out = errno;
			return DT_OPTE_SYS;
		}
		close(fd);
		break;
	}
	case DT_OPTK_INT:
		/* atoi(), as dt_options.c: "3x" is 3, "x" is 0 */
		if (!val || (v = atoi(val)) < atoi(d->words))
			return DT_OPTE_BADVAL;
		break;
	case DT_OPTK_IREGS:
		if (!val || (v = atoi(val)) <= 0 || v > 8)
			return DT_OPTE_BADVAL;
		if (v < 8) /* DIF_DIR_NREGS */
			return DT_OPTE_NOREG;
		break;
	case DT_OPTK_VERSION: {
		enum dt_opt_err e;

		if (!val)
			return DT_OPTE_BADVAL;
		if ((e = dt_opt_version(val, &v)) != DT_OPTE_OK)
			return e;
		break;
	}
	case DT_OPTK_ATTR:
		if (!val || dt_opt_attr(val, &v))
			return DT_OPTE_BADVAL;
		break;
	}
	/* a missing or extra value is checked first (dt_opt_cpp_*: EDT_BADOPTVAL,
	 * then CTX) */
	if (noprog)
		return DT_OPTE_BADCTX;
	*out = v;
	return DT_OPTE_OK;
}
