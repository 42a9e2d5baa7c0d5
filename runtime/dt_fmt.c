/*
 * dt_fmt.c: parse and type-check D printf() format strings (see dt_fmt.h).
 *
 * The compiler calls dt_fmt_check() on every printf-like action; dtrun walks
 * conversions with dt_fmt_next() when it prints a record.  Both therefore see
 * the same conversion numbering, flags and widths.  Everything here follows
 * Oracle DTrace's dt_printf_create() / dt_printf_validate(), including the
 * exact error texts, which the conformance tests compare byte for byte.
 */
#include "dt_fmt.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char proto_xint[] = "char, short, int, long, or long long";
static const char proto_csi[] = "char, short, or int";
static const char proto_fp[] = "float, double, or long double";
static const char proto_addr[] = "pointer or integer";
static const char proto_uaddr[] = "pointer or integer (with -p/-c) or _usymaddr (without -p/-c)";
static const char proto_cstr[] = "char [] or string (or use stringof)";
static const char proto_wstr[] = "wchar_t []";

/*
 * DTrace's conversion dictionary: the set of names dt_printf_create() accepts.
 * A length modifier is part of the name, so "%hhd" or "%zd" is undefined.
 */
const struct dt_fmt_convinfo dt_fmt_conv_table[] = {
	{ "a", "s", proto_addr, DT_FC_KADDR, DT_FP_ADDR },
	{ "A", "s", proto_uaddr, DT_FC_UADDR, DT_FP_UADDR },
	{ "c", "c", proto_csi, DT_FC_CSI, DT_FP_SINT },
	{ "C", "s", proto_csi, DT_FC_CSI, DT_FP_ECHR },
	{ "d", "d", proto_xint, DT_FC_DINT, DT_FP_DINT },
	{ "e", "e", proto_fp, DT_FC_FP, DT_FP_FP },
	{ "E", "E", proto_fp, DT_FC_FP, DT_FP_FP },
	{ "f", "f", proto_fp, DT_FC_FP, DT_FP_FP },
	{ "g", "g", proto_fp, DT_FC_FP, DT_FP_FP },
	{ "G", "G", proto_fp, DT_FC_FP, DT_FP_FP },
	{ "hd", "d", "short", DT_FC_TYPE, DT_FP_SINT },
	{ "hi", "i", "short", DT_FC_TYPE, DT_FP_SINT },
	{ "ho", "o", "unsigned short", DT_FC_TYPE, DT_FP_UINT },
	{ "hu", "u", "unsigned short", DT_FC_TYPE, DT_FP_UINT },
	{ "hx", "x", "short", DT_FC_XSHORT, DT_FP_UINT },
	{ "hX", "X", "short", DT_FC_XSHORT, DT_FP_UINT },
	{ "i", "i", proto_xint, DT_FC_DINT, DT_FP_DINT },
	{ "k", "s", "stack", DT_FC_STACK, DT_FP_STACK },
	{ "lc", "lc", "int", DT_FC_TYPE, DT_FP_SINT },
	{ "ld", "d", "long", DT_FC_TYPE, DT_FP_SINT },
	{ "li", "i", "long", DT_FC_TYPE, DT_FP_SINT },
	{ "lo", "o", "unsigned long", DT_FC_TYPE, DT_FP_UINT },
	{ "lu", "u", "unsigned long", DT_FC_TYPE, DT_FP_UINT },
	{ "ls", "ls", proto_wstr, DT_FC_WSTR, DT_FP_WSTR },
	{ "lx", "x", "long", DT_FC_XLONG, DT_FP_UINT },
	{ "lX", "X", "long", DT_FC_XLONG, DT_FP_UINT },
	{ "lld", "d", "long long", DT_FC_TYPE, DT_FP_SINT },
	{ "lli", "i", "long long", DT_FC_TYPE, DT_FP_SINT },
	{ "llo", "o", "unsigned long long", DT_FC_TYPE, DT_FP_UINT },
	{ "llu", "u", "unsigned long long", DT_FC_TYPE, DT_FP_UINT },
	{ "llx", "x", "long long", DT_FC_XLONGLONG, DT_FP_UINT },
	{ "llX", "X", "long long", DT_FC_XLONGLONG, DT_FP_UINT },
	{ "Le", "e", "long double", DT_FC_TYPE, DT_FP_FP },
	{ "LE", "E", "long double", DT_FC_TYPE, DT_FP_FP },
	{ "Lf", "f", "long double", DT_FC_TYPE, DT_FP_FP },
	{ "Lg", "g", "long double", DT_FC_TYPE, DT_FP_FP },
	{ "LG", "G", "long double", DT_FC_TYPE, DT_FP_FP },
	{ "o", "o", proto_xint, DT_FC_XINT, DT_FP_UINT },
	{ "p", "x", proto_addr, DT_FC_ADDR, DT_FP_UINT },
	{ "s", "s", proto_cstr, DT_FC_STR, DT_FP_CSTR },
	{ "S", "s", proto_cstr, DT_FC_STR, DT_FP_ESTR },
	{ "T", "s", "int64_t", DT_FC_TIME, DT_FP_TIME822 },
	{ "u", "u", proto_xint, DT_FC_XINT, DT_FP_UINT },
	{ "wc", "wc", "int", DT_FC_TYPE, DT_FP_SINT },
	{ "ws", "ws", proto_wstr, DT_FC_WSTR, DT_FP_WSTR },
	{ "x", "x", proto_xint, DT_FC_XINT, DT_FP_UINT },
	{ "X", "X", proto_xint, DT_FC_XINT, DT_FP_UINT },
	{ "Y", "s", "int64_t", DT_FC_TIME, DT_FP_TIME },
	{ "%", "%", "void", DT_FC_NONE, DT_FP_PCT },
	{ NULL, NULL, NULL, DT_FC_NONE, DT_FP_PCT },
};

static const struct dt_fmt_convinfo *conv_lookup(const char *name)
{
	const struct dt_fmt_convinfo *ci;

	for (ci = dt_fmt_conv_table; ci->name != NULL; ci++)
		if (strcmp(ci->name, name) == 0)
			return ci;
	return NULL;
}

__attribute__((format(printf, 5, 6))) static int fmt_error(struct dt_fmt_err *err,
							   const char *tag, int conv, int arg,
							   const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return -1;
	err->tag = tag;
	err->conv = conv;
	err->arg = arg;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -1;
}

/*
 * One conversion, DTrace's dt_printf_create() loop body: every character
 * after '%' is a flag, a digit run, '.', '*', a length letter, or the
 * conversion character that ends it.  Flags are accepted in any position.
 */
int dt_fmt_next(const char *fmt, int *pos, int convno, struct dt_fmt_conv *c,
		struct dt_fmt_err *err)
{
	const char *q = fmt + *pos;
	const char *p = strchr(q, '%');
	int dot = 0, digits = 0, namelen = 0;

	if (p == NULL)
		return 0;

	memset(c, 0, sizeof(*c));
	c->lit_off = *pos;
	c->lit_len = (int)(p - q);
	c->off = (int)(p - fmt);

	for (;;) {
		char ch = *++p;
		unsigned f;
		long n;

		switch (ch) {
		case '0': case '1': case '2': case '3': case '4':
		case '5': case '6': case '7': case '8': case '9':
			/* A leading '0' is a flag only before any width digit. */
			if (!dot && !digits && ch == '0') {
				c->flags |= DT_FMT_F_ZPAD;
				c->flags &= ~DT_FMT_F_LEFT;
				continue;
			}
			for (n = 0; *p >= '0' && *p <= '9'; p++)
				if (n < INT_MAX / 10 - 10)
					n = n * 10 + (*p - '0');
			p--;
			if (dot)
				c->prec = (int)n;
			else
				c->width = (int)n;
			digits++;
			continue;
		case '#':
			c->flags |= DT_FMT_F_ALT;
			continue;
		case '*':
			f = dot ? DT_FMT_F_DYNPREC : DT_FMT_F_DYNWIDTH;
			if (c->flags & f)
				return fmt_error(err, "D_SYNTAX", convno, -1,
						 "format conversion #%d has more than one '*' "
						 "specified for the output %s",
						 convno, dot ? "precision" : "width");
			c->flags |= f;
			continue;
		case '+':
			c->flags |= DT_FMT_F_SPOS;
			continue;
		case '-':
			c->flags |= DT_FMT_F_LEFT;
			c->flags &= ~DT_FMT_F_ZPAD;
			continue;
		case '.':
			if (dot++)
				return fmt_error(err, "D_SYNTAX", convno, -1,
						 "format conversion #%d has more than one '.' "
						 "specified",
						 convno);
			digits = 0;
			continue;
		case '?':
			c->width = 16; /* LP64 address width */
			continue;
		case '@':
			c->flags |= DT_FMT_F_AGG;
			continue;
		case '\'':
			c->flags |= DT_FMT_F_GROUP;
			continue;
		case ' ':
			c->flags |= DT_FMT_F_SPACE;
			continue;
		case '$':
			return fmt_error(err, "D_SYNTAX", convno, -1,
					 "format conversion #%d uses unsupported positional "
					 "format (%%n$)",
					 convno);
		case '%':
			if (p[-1] == '%')
				break; /* "%%" */
			return fmt_error(err, "D_SYNTAX", convno, -1,
					 "format conversion #%d cannot be combined with other "
					 "format flags: %%%%",
					 convno);
		case '\0':
			return fmt_error(err, "D_SYNTAX", convno, -1,
					 "format conversion #%d name expected before end of "
					 "format string",
					 convno);
		case 'h':
		case 'l':
		case 'L':
		case 'w':
			if (namelen < (int)sizeof(c->name) - 2)
				c->name[namelen++] = ch;
			continue;
		default:
			break;
		}
		/* the conversion character */
		c->name[namelen++] = ch;
		c->name[namelen] = '\0';
		break;
	}

	c->len = (int)(p + 1 - fmt) - c->off;
	*pos = c->off + c->len;
	c->info = conv_lookup(c->name);
	if (c->info == NULL)
		return fmt_error(err, "D_SYNTAX", convno, -1,
				 "format conversion #%d is undefined: %%%s", convno, c->name);
	return 1;
}

int dt_fmt_parse(const char *fmt, struct dt_fmt_conv *conv, int maxconv, struct dt_fmt_err *err)
{
	struct dt_fmt_conv tmp;
	int pos = 0, n = 0, r;

	while ((r = dt_fmt_next(fmt, &pos, n + 1, n < maxconv ? &conv[n] : &tmp, err)) > 0)
		n++;
	return r < 0 ? -1 : n;
}

/*
 * Integer type classes by name, whatever the spelling: D's "unsigned long",
 * BTF's "long unsigned int".  Returns the number of "long" words (0, 1, 2),
 * 3 for short, 4 for char, -1 for a name that is not a plain integer type.
 */
static int int_name_class(const char *name)
{
	int longs = 0, shorts = 0, chars = 0, other = 0;
	const char *p = name;

	while (*p != '\0') {
		size_t len;

		while (*p == ' ')
			p++;
		len = strcspn(p, " ");
		if (len == 0)
			break;
		if (len == 4 && strncmp(p, "long", 4) == 0)
			longs++;
		else if (len == 5 && strncmp(p, "short", 5) == 0)
			shorts++;
		else if (len == 4 && strncmp(p, "char", 4) == 0)
			chars++;
		else if ((len == 3 && strncmp(p, "int", 3) == 0) ||
			 (len == 6 && strncmp(p, "signed", 6) == 0) ||
			 (len == 8 && strncmp(p, "unsigned", 8) == 0))
			;
		else
			other++;
		p += len;
	}
	if (other || longs > 2 || (shorts + chars > 0 && longs > 0) || shorts + chars > 1)
		return -1;
	if (shorts)
		return 3;
	if (chars)
		return 4;
	return longs;
}

/*
 * pfcheck_type(): the value's type is compatible with the named C type, as
 * libctf's ctf_type_compat() decides: integers of the same encoding (size
 * and sign), and an enum with any integer type.
 */
static int type_compat(const struct dt_fmt_arg *a, const char *proto)
{
	int is_unsigned = strncmp(proto, "unsigned ", 9) == 0;
	const char *base = is_unsigned ? proto + 9 : proto;
	int size;

	if (strcmp(proto, "long double") == 0)
		return a->kind == DT_FA_FLOAT && a->size == 16;
	if (a->kind == DT_FA_INT && a->is_enum)
		return 1;
	if (strcmp(base, "short") == 0)
		size = 2;
	else if (strcmp(base, "int") == 0)
		size = 4;
	else
		size = 8; /* long, long long */
	return a->kind == DT_FA_INT && a->size == size && (!a->is_signed) == is_unsigned;
}

int dt_fmt_arg_ok(const struct dt_fmt_conv *c, const struct dt_fmt_arg *a, unsigned vflags)
{
	const char *base = a->base_name != NULL ? a->base_name : a->type_name;
	int is_int = a->kind == DT_FA_INT;
	int is_ptr = a->kind == DT_FA_PTR;

	switch (c->info->check) {
	case DT_FC_NONE:
		return 1;
	case DT_FC_KADDR:
		return is_ptr || is_int || a->kind == DT_FA_SYMADDR;
	case DT_FC_UADDR:
		if (a->kind == DT_FA_USYMADDR)
			return 1;
		return (vflags & DT_FMT_V_TARGET) && (is_ptr || is_int);
	case DT_FC_CSI:
		return is_int && a->size <= 4;
	case DT_FC_DINT:
	case DT_FC_XINT:
		return is_int;
	case DT_FC_FP:
		return a->kind == DT_FA_FLOAT;
	case DT_FC_ADDR:
		return is_ptr || is_int;
	case DT_FC_STR:
		return a->kind == DT_FA_STRING || a->kind == DT_FA_CHARARRAY;
	case DT_FC_WSTR:
		return a->kind == DT_FA_INTARRAY32;
	case DT_FC_STACK:
		return a->kind == DT_FA_STACK;
	case DT_FC_TIME:
		return is_int && a->size == 8;
	case DT_FC_XSHORT:
		return is_int && base != NULL && int_name_class(base) == 3;
	case DT_FC_XLONG:
		return is_int && base != NULL && int_name_class(base) == 1;
	case DT_FC_XLONGLONG:
		return is_int && (a->is_int64_typedef || (base != NULL && int_name_class(base) == 2));
	case DT_FC_TYPE:
		return type_compat(a, c->info->proto);
	}
	return 0;
}

/*
 * dt_printf_validate(): walk the conversions in order, consuming '*' width,
 * '.*' precision, then the value.  DTrace stops at the first error; so do we.
 */
int dt_fmt_check(const char *func, const char *fmt, const struct dt_fmt_arg *args, int nargs,
		 int foff, unsigned vflags, struct dt_fmt_err *err)
{
	struct dt_fmt_conv c;
	struct dt_fmt_arg aggarg = {
		.kind = DT_FA_INT,
		.size = 8,
		.is_signed = !(vflags & DT_FMT_V_COUNT),
		.type_name = (vflags & DT_FMT_V_COUNT) ? "uint64_t" : "int64_t",
		.base_name = (vflags & DT_FMT_V_COUNT) ? "unsigned long" : "long",
		.is_int64_typedef = 1,
	};
	int pos = 0, i = 0, j = 0, r;

	/* dt_printf_create() parses the whole string before any type check. */
	if (dt_fmt_parse(fmt, NULL, 0, err) < 0)
		return -1;

	if (fmt[0] == '\0')
		return fmt_error(err, "D_PRINTF_FMT_EMPTY", 0, -1, "%s( ) format string is empty",
				 func);

	while ((r = dt_fmt_next(fmt, &pos, i + 1, &c, err)) > 0) {
		const struct dt_fmt_arg *v;
		const char *dyns[2];
		char vname[32];
		int dync = 0;

		i++;
		if (c.info->check == DT_FC_NONE)
			continue;

		/* '*' is consumed first, then '.*' */
		if (c.flags & DT_FMT_F_DYNPREC)
			dyns[dync++] = ".*";
		if (c.flags & DT_FMT_F_DYNWIDTH)
			dyns[dync++] = "*";
		for (; dync > 0; dync--) {
			if (j >= nargs)
				return fmt_error(err, "D_PRINTF_DYN_PROTO", i, nargs,
						 "%s( ) prototype mismatch: conversion #%d (%%%s) "
						 "is missing a corresponding \"%s\" argument",
						 func, i, c.name, dyns[dync - 1]);
			if (args[j].kind != DT_FA_INT)
				return fmt_error(err, "D_PRINTF_DYN_TYPE", i, j,
						 "%s( ) argument #%d is incompatible with "
						 "conversion #%d prototype:\n\tconversion: %% %s %s\n"
						 "\t prototype: int\n\t  argument: %s",
						 func, j + foff + 1, i, dyns[dync - 1], c.name,
						 args[j].type_name);
			j++;
		}

		if (c.flags & DT_FMT_F_AGG) {
			if (!(vflags & DT_FMT_V_AGG))
				return fmt_error(err, "D_PRINTF_AGG_CONV", i, -1,
						 "%%@ conversion requires an aggregation and is "
						 "not for use with %s( )",
						 func);
			snprintf(vname, sizeof(vname), "aggregating action");
			v = &aggarg;
		} else if (j >= nargs) {
			return fmt_error(err, "D_PRINTF_ARG_PROTO", i, nargs,
					 "%s( ) prototype mismatch: conversion #%d (%%%s) is "
					 "missing a corresponding value argument",
					 func, i, c.name);
		} else {
			snprintf(vname, sizeof(vname), "argument #%d", j + foff + 1);
			v = &args[j++];
		}

		if (!dt_fmt_arg_ok(&c, v, vflags))
			return fmt_error(err, "D_PRINTF_ARG_TYPE", i, v == &aggarg ? -1 : j - 1,
					 "%s( ) %s is incompatible with conversion #%d prototype:\n"
					 "\tconversion: %%%s\n\t prototype: %s\n\t  argument: %s",
					 func, vname, i, c.name, c.info->proto, v->type_name);
	}
	if (r < 0)
		return -1;

	if ((vflags & DT_FMT_V_EXACTLEN) && j < nargs)
		return fmt_error(err, "D_PRINTF_ARG_EXTRA", 0, j,
				 "%s( ) prototype mismatch: only %d arguments required by this "
				 "format string",
				 func, j);
	return 0;
}
