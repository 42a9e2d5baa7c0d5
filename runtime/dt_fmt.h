/*
 * dt_fmt.h: D printf() format strings, parsed and type-checked as DTrace does.
 *
 * Shared by the compiler (dtc checks printf/printa/sprintf-like calls against
 * their arguments and reports DTrace's errors) and by dtrun (loader/format.c
 * walks the same conversions to print a record).  Plain C11, libc only, no
 * allocation: the parser is an iterator over the format string.
 *
 * The rules are Oracle DTrace's (libdtrace/dt_printf.c, dt_printf_create()
 * and dt_printf_validate()):
 *   %[flags][width][.prec][length]conv
 *   flags   - + # 0 ' space, '?' (width 16, the LP64 address width) and '@'
 *           (printa: the aggregation value).  Flags may appear anywhere
 *           before the conversion name, even after digits; a '0' is the
 *           zero-pad flag only before any width digit.
 *   width   digits or '*' (an int argument, consumed before the value)
 *   prec    '.' then digits or '*' (consumed after a '*' width).  A width
 *           or precision of 0 is the same as none (DTrace: "%0.0s" prints
 *           the whole string).
 *   length  h l L w, at most 6, glued to the conversion character to form
 *           the conversion name ("lld", "hx"); the name must be in DTrace's
 *           table (dt_fmt_conv_table[]), so %hhd, %zd, %jd are "undefined".
 *   %n$ positional arguments are refused, %% takes no flags.
 *
 * Compiler use (one call does everything DTrace does at compile time):
 *
 *	struct dt_fmt_arg args[N];     // one per argument after the format
 *	struct dt_fmt_err err;
 *	if (dt_fmt_check("printf", fmt, args, N, 1, DT_FMT_V_EXACTLEN, &err) < 0)
 *		diag_error(dx, loc_of(err.arg), err.tag, "%s", err.msg);
 *
 * err.arg says where to point: -1 for the format string itself (syntax
 * errors, empty format), N for "too few arguments" (point at the closing
 * parenthesis / whole call), else the index into args[] of the culprit.
 * err.msg is DTrace's message text without "[TAG] line N: " and without the
 * trailing newline, e.g. for printf("%d", ""):
 *	printf( ) argument #2 is incompatible with conversion #1 prototype:
 *	\tconversion: %d
 *	\t prototype: char, short, int, long, or long long
 *	\t  argument: string
 *
 * Messages the compiler emits itself (generic prototype checks done before
 * dt_fmt_check()) are also here, as format strings, so the wording lives in
 * one place: DT_FMT_MSG_PROTO_LEN, DT_FMT_MSG_PROTO_ARG.
 *
 * Loader use: dt_fmt_next() in a loop; for each conversion, print the literal
 * text before it (lit_off/lit_len), then consume the arguments it takes
 * ('*' width, '.*' precision, then the value; none for %% or '@') and
 * format them by info->print.
 */
#ifndef DT_FMT_H
#define DT_FMT_H

#include <stddef.h>

/* Conversion flags (struct dt_fmt_conv.flags), DTrace's DT_PFCONV_*. */
#define DT_FMT_F_ALT 0x001      /* '#' */
#define DT_FMT_F_ZPAD 0x002     /* '0' (cleared by a later '-') */
#define DT_FMT_F_LEFT 0x004     /* '-' (clears '0') */
#define DT_FMT_F_SPOS 0x008     /* '+' */
#define DT_FMT_F_SPACE 0x010    /* ' ' */
#define DT_FMT_F_GROUP 0x020    /* '\'' thousands grouping */
#define DT_FMT_F_DYNWIDTH 0x040 /* '*' width: consumes an int argument */
#define DT_FMT_F_DYNPREC 0x080  /* '.*' precision: consumes an int argument */
#define DT_FMT_F_AGG 0x100      /* '@': printa's aggregation value */

/* What argument a conversion accepts: DTrace's pfcheck_* functions. */
enum dt_fmt_check {
	DT_FC_NONE,      /* %%: takes no value */
	DT_FC_KADDR,     /* %a: pointer, integer or kernel symbol address */
	DT_FC_UADDR,     /* %A: user symbol address; pointer/integer with $target */
	DT_FC_CSI,       /* %c %C: integer of at most 4 bytes */
	DT_FC_DINT,      /* %d %i: any integer; unsigned ones print as %u */
	DT_FC_XINT,      /* %o %u %x %X: any integer */
	DT_FC_FP,        /* %e %E %f %g %G: float, double, long double */
	DT_FC_ADDR,      /* %p: pointer or integer */
	DT_FC_STR,       /* %s %S: string or char array */
	DT_FC_WSTR,      /* %ls %ws: array of 32-bit integers */
	DT_FC_STACK,     /* %k: stack()/ustack() */
	DT_FC_TIME,      /* %Y %T: 8-byte integer */
	DT_FC_XSHORT,    /* %hx %hX: short, signed short, unsigned short */
	DT_FC_XLONG,     /* %lx %lX: long, signed long, unsigned long */
	DT_FC_XLONGLONG, /* %llx %llX: [unsigned] long long or [u]int64_t */
	DT_FC_TYPE,      /* exactly the integer/float type named by proto: same
			    kind, size and signedness ("short", "unsigned long") */
};

/* How dtrun prints the value: DTrace's pfprint_* functions. */
enum dt_fmt_print {
	DT_FP_PCT,    /* %% */
	DT_FP_SINT,   /* signed integer, C conversion ofmt */
	DT_FP_UINT,   /* unsigned integer, C conversion ofmt */
	DT_FP_DINT,   /* signed or unsigned by the argument's type */
	DT_FP_FP,     /* floating point */
	DT_FP_ADDR,   /* kernel symbol (%a), as %s */
	DT_FP_UADDR,  /* user symbol (%A), as %s */
	DT_FP_STACK,  /* %k */
	DT_FP_TIME,   /* %Y: "2003 Sep  3 10:23:41", local time, as %s */
	DT_FP_TIME822, /* %T: RFC 822 date, as %s */
	DT_FP_CSTR,   /* %s */
	DT_FP_WSTR,   /* %ls %ws */
	DT_FP_ESTR,   /* %S: string with C escapes */
	DT_FP_ECHR,   /* %C: character with C escapes */
};

/* One entry of DTrace's conversion dictionary. */
struct dt_fmt_convinfo {
	const char *name;  /* as written after flags/width: "d", "lld", "hx", "%" */
	const char *ofmt;  /* C conversion it prints with: "d", "x", "s", "lc" */
	const char *proto; /* "prototype:" text in D_PRINTF_ARG_TYPE */
	enum dt_fmt_check check;
	enum dt_fmt_print print;
};

extern const struct dt_fmt_convinfo dt_fmt_conv_table[]; /* ends with name NULL */

/* One parsed conversion. */
struct dt_fmt_conv {
	int lit_off, lit_len; /* literal text before this conversion */
	int off, len;         /* the conversion itself, '%' to name included */
	unsigned flags;       /* DT_FMT_F_* */
	int width;            /* 0: none ('?' sets 16) */
	int prec;             /* 0: none */
	char name[8];         /* conversion name, e.g. "lld" */
	const struct dt_fmt_convinfo *info; /* never NULL after a successful parse */
};

/* An error, DTrace's tag and text. */
struct dt_fmt_err {
	const char *tag; /* "D_SYNTAX", "D_PRINTF_ARG_TYPE", ... */
	int conv;        /* 1-based conversion number, 0 if none */
	int arg;         /* -1: the format; 0..nargs-1: that argument; nargs: missing */
	char msg[512];   /* DTrace's message, no "[TAG] line N: ", no final '\n' */
};

/*
 * The next conversion of fmt at or after byte *pos.  convno is the 1-based
 * number this conversion will have (for messages; count %% too).  Returns 1
 * and fills *c and advances *pos past it; 0 at the end of the string (the
 * trailing literal is fmt + *pos); -1 with *err filled (tag D_SYNTAX):
 *   format conversion #N uses unsupported positional format (%n$)
 *   format conversion #N name expected before end of format string
 *   format conversion #N cannot be combined with other format flags: %%
 *   format conversion #N has more than one '*' specified for the output width
 *   format conversion #N has more than one '.' specified
 *   format conversion #N is undefined: %NAME
 */
int dt_fmt_next(const char *fmt, int *pos, int convno, struct dt_fmt_conv *c,
		struct dt_fmt_err *err);

/*
 * Parse the whole of fmt.  Fills at most maxconv entries of conv (conv may be
 * NULL when maxconv is 0) and returns the number of conversions, so a caller
 * can count first and allocate; -1 on a syntax error (*err filled).
 */
int dt_fmt_parse(const char *fmt, struct dt_fmt_conv *conv, int maxconv, struct dt_fmt_err *err);

/* An argument's D type, as the compiler describes it to dt_fmt_check(). */
enum dt_fmt_argkind {
	DT_FA_INT,       /* integer, char, enum, bool */
	DT_FA_PTR,       /* pointer */
	DT_FA_STRING,    /* D string */
	DT_FA_CHARARRAY, /* char [N] */
	DT_FA_INTARRAY32, /* array of 32-bit integers (wchar_t []) */
	DT_FA_FLOAT,     /* float, double, long double */
	DT_FA_STACK,     /* stack(), ustack() */
	DT_FA_SYMADDR,   /* _symaddr (sym(), func() of a kernel address) */
	DT_FA_USYMADDR,  /* _usymaddr (usym(), ufunc()) */
	DT_FA_VOID,      /* void (a call with no value) */
	DT_FA_OTHER,     /* struct, union, other arrays, functions */
};

struct dt_fmt_arg {
	enum dt_fmt_argkind kind;
	int size;              /* sizeof the type in bytes */
	int is_signed;         /* integers: signed type */
	const char *type_name; /* as DTrace names it in messages: "int", "string",
				  "char [16]", "void", "struct foo" */
	const char *base_name; /* typedefs resolved ("unsigned long"); NULL: type_name */
	int is_int64_typedef;  /* typedef chain passes through int64_t or uint64_t */
	int is_enum;           /* an enum (DT_FA_INT): ctf_type_compat() takes it
				  for any integer type (%hd, %ld, %lu...) */
};

/* Flags for dt_fmt_check(), DTrace's DT_PRINTF_*. */
#define DT_FMT_V_EXACTLEN 0x1 /* extra arguments are an error (printf) */
#define DT_FMT_V_AGG 0x2      /* printa(): '@' conversions allowed */
#define DT_FMT_V_TARGET 0x4   /* $target / -p / -c given: %A takes integers */
#define DT_FMT_V_COUNT 0x8    /* printa() of count(): '@' value is uint64_t,
				 else int64_t */

/*
 * Check format fmt against args (the arguments after the format) as DTrace
 * does for func ("printf", "printa", "system", "freopen", "sprintf"): first
 * the whole format's syntax, then each conversion in order.  foff is the
 * number of arguments before args[0] in the call (1 for printf: the format is
 * argument #1), used to number arguments in messages.  Returns 0, or -1 with
 * the first error in *err:
 *   D_SYNTAX            see dt_fmt_next()
 *   D_PRINTF_FMT_EMPTY  printf( ) format string is empty
 *   D_PRINTF_DYN_PROTO  printf( ) prototype mismatch: conversion #1 (%d) is
 *                       missing a corresponding ".*" argument
 *   D_PRINTF_DYN_TYPE   printf( ) argument #2 is incompatible with conversion
 *                       #1 prototype:\n\tconversion: % * d\n\t prototype:
 *                       int\n\t  argument: string
 *   D_PRINTF_AGG_CONV   %@ conversion requires an aggregation and is not for
 *                       use with printf( )
 *   D_PRINTF_ARG_PROTO  printf( ) prototype mismatch: conversion #1 (%s) is
 *                       missing a corresponding value argument
 *   D_PRINTF_ARG_TYPE   printf( ) argument #2 is incompatible with conversion
 *                       #1 prototype:\n\tconversion: %d\n\t prototype: ...
 *   D_PRINTF_ARG_EXTRA  printf( ) prototype mismatch: only 2 arguments
 *                       required by this format string
 */
int dt_fmt_check(const char *func, const char *fmt, const struct dt_fmt_arg *args, int nargs,
		 int foff, unsigned vflags, struct dt_fmt_err *err);

/* Whether arg is acceptable for conversion c (DTrace's pfcheck_*). */
int dt_fmt_arg_ok(const struct dt_fmt_conv *c, const struct dt_fmt_arg *arg, unsigned vflags);

/*
 * Generic prototype messages for printf-like actions, checked by the
 * compiler before dt_fmt_check() (DTrace's dt_node_proto checks):
 *   D_PROTO_LEN: printf( ) prototype mismatch: 0 args passed, at least 1 expected
 *   D_PRINTF_ARG_FMT: printf( ) argument #1 is incompatible with prototype:
 *                \tprototype: string constant\n\t argument: int
 */
#define DT_FMT_MSG_PROTO_LEN "%s( ) prototype mismatch: %d args passed, at least %d expected"
#define DT_FMT_MSG_PROTO_ARG                                                                       \
	"%s( ) argument #%d is incompatible with prototype:\n\tprototype: %s\n\t argument: %s"

#endif
