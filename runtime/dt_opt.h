/*
 * dt_opt.h: DTrace's options, one table that dtc and dtrun share.
 *
 * Every name of libdtrace's dt_options.c tables is a row: how its value is
 * parsed (one size parser, one time parser), where it acts (compile time in
 * dtc, load time in dtrun, or at run time where setopt() may change it), and
 * what dtc/dtrun do with it.  `-x` on either command line, `#pragma D
 * option` and the setopt() action all go through dt_opt_set(), so they accept
 * and refuse the same values with DTrace's messages (dt_error.c).
 */
#ifndef DT_OPT_H
#define DT_OPT_H

#include <stdint.h>

/* How a value is parsed (the dt_opt_* function of dt_options.c). */
enum dt_opt_kind {
	DT_OPTK_FLAG,     /* no value allowed (dt_opt_cflags, dt_opt_agg, debug, core) */
	DT_OPTK_ANY,      /* any value or none, ignored (droptags, lazyload, linknommap) */
	DT_OPTK_RUNTIME,  /* none, yes/no words, or an integer >= 0 (dt_opt_runtime) */
	DT_OPTK_SIZE,     /* a size: integer >= 0, k m g t suffix (dt_optval_parse) */
	DT_OPTK_SCRATCH,  /* a size, rounded up to 8 plus 8 bytes (dt_opt_scratchsize) */
	DT_OPTK_STRSIZE,  /* a size >= 2 and <= UINT_MAX (dt_opt_strsize) */
	DT_OPTK_CLAMP,    /* a size; out of (0, max] gives the default (pcapsize, printsize) */
	DT_OPTK_LOCKMEM,  /* "unlimited" or a size; not in a D program */
	DT_OPTK_RATE,     /* a time: ns us ms s m h d suffixes or hz (dt_opt_rate) */
	DT_OPTK_WORD,     /* one of words[] */
	DT_OPTK_STRING,   /* any string, required */
	DT_OPTK_INT,      /* atoi() value >= min */
	DT_OPTK_IREGS,    /* 1..DIF_DIR_NREGS; fewer registers: EDT_NOREG */
	DT_OPTK_VERSION,  /* a defined D version (dt_opt_version) */
	DT_OPTK_ATTR,     /* stability attributes name/data/class (dt_opt_amin) */
	DT_OPTK_WFILE,    /* a file, created and opened for writing (ctypes, dtypes) */
};

/* Where an option acts (which dt_options.c table holds it). */
enum dt_opt_when {
	DT_OPTW_COMPILE,  /* _dtrace_ctoptions: the compiler */
	DT_OPTW_LOAD,     /* _dtrace_rtoptions: fixed once tracing starts */
	DT_OPTW_DYNAMIC,  /* _dtrace_drtoptions: setopt() may change it while tracing */
};

#define DT_OPTF_NOPROG 1  /* EDT_BADOPTCTX inside a D program (#pragma, not setopt) */
#define DT_OPTF_CASE 2    /* words compared without case (linktype) */
#define DT_OPTF_OBJ 4     /* compiled into an object: dtrun cannot change it there */

struct dt_opt_def {
	const char *name;
	enum dt_opt_kind kind;
	enum dt_opt_when when;
	int flags;              /* DT_OPTF_* */
	const char *words;      /* DT_OPTK_WORD: "a|b|c"; DT_OPTK_INT: minimum as text */
	int64_t dflt;           /* DT_OPTK_CLAMP: the default; its maximum is max */
	int64_t max;
	const char *use;        /* what dtc/dtrun do with it (docs/options.md) */
};

/* Results of dt_opt_set(); dt_opt_strerror() gives DTrace's message. */
enum dt_opt_err {
	DT_OPTE_OK,
	DT_OPTE_BADNAME,  /* EDT_BADOPTNAME */
	DT_OPTE_BADVAL,   /* EDT_BADOPTVAL */
	DT_OPTE_BADCTX,   /* EDT_BADOPTCTX */
	DT_OPTE_VERSINVAL,
	DT_OPTE_VERSUNDEF,
	DT_OPTE_OVERFLOW, /* EOVERFLOW (strsize > UINT_MAX) */
	DT_OPTE_NOREG,    /* EDT_NOREG */
	DT_OPTE_ACTIVE,   /* EDT_ACTIVE: a load-time option from setopt() */
	DT_OPTE_SYS,      /* a system call's failure: *out is its errno */
};

/* Where dt_opt_set() is called from, as dtrace_setopt() sees it. */
enum dt_opt_ctx {
	DT_OPTC_CMDLINE,  /* -x, -b, -q ...: no D program being compiled */
	DT_OPTC_PROGRAM,  /* #pragma D option: dt_pcb is set */
	DT_OPTC_ACTIVE,   /* setopt() while tracing */
};

#define DT_OPT_UNSET INT64_C(-2) /* DTRACEOPT_UNSET: "no", "off", "" ... */

extern const struct dt_opt_def dt_opt_table[];
extern const int dt_opt_count;

const struct dt_opt_def *dt_opt_find(const char *name);
/*
 * Check (and parse) name=val (val NULL: no value given) as dtrace_setopt()
 * does; *out gets the value (sizes in bytes, times in ns, DT_OPT_UNSET for
 * "no", the word's index for DT_OPTK_WORD, a version as
 * major << 24 | minor << 12 | micro).
 */
enum dt_opt_err dt_opt_set(const char *name, const char *val, enum dt_opt_ctx ctx, int64_t *out);
const char *dt_opt_strerror(enum dt_opt_err e);
const char *dt_opt_errmsg(enum dt_opt_err e, int64_t v);

/* The one size parser (dt_optval_parse): 0 on success. */
int dt_opt_size(const char *s, int64_t *out);
/* The one time parser (dt_opt_rate): nanoseconds; "Nhz" is 1s/N. */
int dt_opt_time(const char *s, int64_t *ns);
/* D versions "M[.m[.u]]" (dt_version_str2num); 0 or a DT_OPTE_VERS* error. */
enum dt_opt_err dt_opt_version(const char *s, int64_t *out);
/* "Stable/Evolving/Common" style attributes: 0 or -1 (dtrace_str2attr);
 * *out = name << 16 | data << 8 | class. */
int dt_opt_attr(const char *s, int64_t *out);

#endif
