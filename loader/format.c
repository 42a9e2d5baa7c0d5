/*
 * format.c: dtrun's printf() and trace() output, byte for byte as DTrace.
 *
 * The consumer decodes a record into struct dt_val and calls
 * dt_format_printf() or dt_format_trace() (see format.h).  Conversions are
 * walked with the parser the compiler used to check them (runtime/dt_fmt.c),
 * so both agree on numbering, flags and which argument feeds which '*'.
 *
 * Each conversion is rebuilt as a C format the way Oracle DTrace's
 * dt_printf_format() does: flags in the order # 0 - + ' space, the width
 * (absolute; a negative '*' width means '-'), the precision only when > 0,
 * "ll" for 8-byte integers, then the C conversion.  Integer values are cast
 * to their D type's size first, so printf("%x", (int)-1) prints ffffffff and
 * printf("%d", (char)-1) prints -1.
 */
#include "format.h"
#include "../runtime/dt_fmt.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

/*
 * Symbolizer hook for %a (kernel) and %A (user).  It returns 2 and sets
 * *object, *name and *symaddr when addr is inside a symbol, 1 and *object
 * when only the containing module is known, 0 when nothing is known.  pid is
 * -1 for a kernel address.  Without one, addresses print as 0x%llx, which is
 * what DTrace prints for an address it cannot resolve.
 * (format.h declares it.)
 */

/* dtrun has one output formatter; the hook is process state, set once. */
static dt_format_symbolizer_f symbolizer;
static void *symbolizer_arg;

void dt_format_set_symbolizer(dt_format_symbolizer_f fn, void *arg)
{
	symbolizer = fn;
	symbolizer_arg = arg;
}

static dt_format_stack_f *stack_printer;

void dt_format_set_stack_printer(dt_format_stack_f *fn)
{
	stack_printer = fn;
}

/* dtrace_addr2str() / dtrace_uaddr2str(): "mod`sym+0xoff", "mod`sym",
 * "mod`0xaddr" or "0xaddr". */
static void addr2str(int pid, uint64_t addr, char *buf, size_t len)
{
	const char *object = NULL, *name = NULL;
	uint64_t symaddr = 0;
	int r = symbolizer != NULL ? symbolizer(symbolizer_arg, pid, addr, &object, &name, &symaddr)
				   : 0;

	if (r == 2 && addr != symaddr)
		snprintf(buf, len, "%s`%s+0x%" PRIx64, object, name, addr - symaddr);
	else if (r == 2)
		snprintf(buf, len, "%s`%s", object, name);
	else if (r == 1)
		snprintf(buf, len, "%s`0x%" PRIx64, object, addr);
	else
		snprintf(buf, len, "0x%" PRIx64, addr);
}

/* An integer argument cast to its D type, signed. */
static int64_t val_sint(const struct dt_val *v)
{
	switch (v->size) {
	case 1:
		return (int8_t)v->ival;
	case 2:
		return (int16_t)v->ival;
	case 4:
		return (int32_t)v->ival;
	default:
		return (int64_t)v->ival;
	}
}

/* An integer argument cast to its D type, unsigned. */
static uint64_t val_uint(const struct dt_val *v)
{
	switch (v->size) {
	case 1:
		return (uint8_t)v->ival;
	case 2:
		return (uint16_t)v->ival;
	case 4:
		return (uint32_t)v->ival;
	default:
		return v->ival;
	}
}

/*
 * strchr2esc(): C escapes for \0 \a \b \f \n \r \t \v " and \\, octal \NNN
 * for other bytes outside '!'..'~' except space.  Like DTrace, which escapes
 * the whole string record, an embedded or terminating NUL within n bytes
 * is written as \0 and ends the string.  Returns a malloc'd string.
 */
static char *str2esc(const char *s, size_t n)
{
	char *out = malloc(n * 4 + 1), *q = out;
	size_t i;

	if (out == NULL)
		return NULL;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		const char *esc = NULL;

		switch (c) {
		case '\0': esc = "\\0"; break;
		case '\a': esc = "\\a"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		case '\v': esc = "\\v"; break;
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		default: break;
		}
		if (esc != NULL) {
			*q++ = esc[0];
			*q++ = esc[1];
		} else if (c != ' ' && (c < '!' || c > '~')) {
			*q++ = '\\';
			*q++ = (char)('0' + ((c >> 6) & 3));
			*q++ = (char)('0' + ((c >> 3) & 7));
			*q++ = (char)('0' + (c & 7));
		} else {
			*q++ = (char)c;
		}
		if (c == '\0')
			break;
	}
	*q = '\0';
	return out;
}

/*
 * %Y: ctime(3)'s "Wed Dec  3 17:20:00 1973\n" rearranged to
 * "1973 Dec  3 17:20:00" (DTrace's pfprint_time), local time.
 */
static void fmt_time(uint64_t ns, char *buf, size_t len)
{
	static const char wday[] = "SunMonTueWedThuFriSat";
	static const char mon[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	time_t sec = (time_t)(ns / 1000000000ULL);
	char src[64];
	struct tm tm;

	if (localtime_r(&sec, &tm) == NULL) {
		snprintf(buf, len, "%s", "");
		return;
	}
	snprintf(src, sizeof(src), "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n", wday + 3 * tm.tm_wday,
		 mon + 3 * tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
		 1900 + tm.tm_year);
	snprintf(buf, len, "%.4s%.16s", src + 20, src + 3);
}

/* %T: RFC 822 ("%a, %d %b %G %T %Z", DTrace's pfprint_time822). */
static void fmt_time822(uint64_t ns, char *buf, size_t len)
{
	time_t sec = (time_t)(ns / 1000000000ULL);
	struct tm tm;

	buf[0] = '\0';
	if (localtime_r(&sec, &tm) != NULL)
		strftime(buf, len, "%a, %d %b %G %T %Z", &tm);
}

__attribute__((format(printf, 3, 4))) static int set_err(char *err, size_t errlen,
							 const char *fmt, ...)
{
	va_list ap;

	if (err != NULL && errlen > 0) {
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* dt_printf_getint(): a '*' argument, read as its type then cut to int. */
static int val_getint(const struct dt_val *v)
{
	return (int)val_sint(v);
}

static int is_int_val(const struct dt_val *v)
{
	return v->kind == DT_VAL_INT || v->kind == DT_VAL_PTR;
}

/* Print one value with the C format cf (which ends in its conversion). */
static int print_conv(FILE *out, char *cf, size_t cfsize, const struct dt_fmt_conv *c,
		      const struct dt_val *v, int stack_indent, char *err, size_t errlen)
{
	const struct dt_fmt_convinfo *ci = c->info;
	size_t n = strlen(cf);
	const char *ofmt = ci->ofmt;
	char buf[512];
	char *s;
	int r, is_signed;

	switch (ci->print) {
	case DT_FP_SINT:
	case DT_FP_UINT:
	case DT_FP_DINT:
		if (!is_int_val(v))
			return set_err(err, errlen, "conversion %%%s needs an integer", c->name);
		if (ci->print == DT_FP_DINT)
			is_signed = v->kind == DT_VAL_INT && v->is_signed;
		else
			is_signed = ci->print == DT_FP_SINT;
		if (strcmp(ofmt, "wc") == 0) {
			/* dtrace hands "%...wc" to glibc's printf(), which has no
			 * such conversion and prints it as written, the argument
			 * unused */
			snprintf(cf + n, cfsize - n, "wc");
			return fputs(cf, out) < 0 ? -1 : (int)strlen(cf);
		}
		if (strcmp(ofmt, "c") == 0 || strcmp(ofmt, "lc") == 0) {
			/* int-sized in C whatever the D size */
			snprintf(cf + n, cfsize - n, "%s", ofmt);
			return fprintf(out, cf, (int)val_sint(v));
		}
		if (ci->print == DT_FP_DINT && !is_signed)
			ofmt = "u";
		if (v->size == 8 || v->kind == DT_VAL_PTR) {
			snprintf(cf + n, cfsize - n, "ll%s", ofmt);
			if (is_signed)
				return fprintf(out, cf, (long long)val_sint(v));
			return fprintf(out, cf, (unsigned long long)val_uint(v));
		}
		snprintf(cf + n, cfsize - n, "%s", ofmt);
		if (is_signed)
			return fprintf(out, cf, (int)val_sint(v));
		return fprintf(out, cf, (unsigned int)val_uint(v));

	case DT_FP_FP:
		/* pfprint_fp(): a float is printed as a double, a long double
		 * as one (the record holds the value's raw bits) */
		if (v->kind == DT_VAL_FLOAT && v->str != NULL) {
			if (v->size == 16) {
				long double ld;

				memcpy(&ld, v->str, sizeof(ld) < 16 ? sizeof(ld) : 16);
				snprintf(cf + n, cfsize - n, "L%s", ofmt);
				return fprintf(out, cf, ld);
			}
			snprintf(cf + n, cfsize - n, "%s", ofmt);
			if (v->size == 4) {
				float f;

				memcpy(&f, v->str, sizeof(f));
				return fprintf(out, cf, (double)f);
			} else {
				double d;

				memcpy(&d, v->str, sizeof(d));
				return fprintf(out, cf, d);
			}
		}
		/* an integer (printa's values) is converted by value */
		if (!is_int_val(v))
			return set_err(err, errlen, "conversion %%%s needs a number", c->name);
		snprintf(cf + n, cfsize - n, "%s", ofmt);
		if (v->kind == DT_VAL_INT && v->is_signed)
			return fprintf(out, cf, (double)val_sint(v));
		return fprintf(out, cf, (double)val_uint(v));

	case DT_FP_ADDR:
	case DT_FP_UADDR:
		if (v->kind == DT_VAL_SYM && v->str != NULL) {
			/* a key's symbol, or its module for mod() and umod() */
			snprintf(cf + n, cfsize - n, "s");
			return fprintf(out, cf, v->str);
		}
		if (!is_int_val(v))
			return set_err(err, errlen, "conversion %%%s needs an address", c->name);
		/* pfprint_addr() and pfprint_uaddr() read 4 or 8 bytes: a char or
		 * short is EDT_DMISMATCH, which aborts dtrace */
		if (v->kind == DT_VAL_INT && v->size != 4 && v->size != 8) {
			set_err(err, errlen, "Data record list does not match statement");
			return DT_FORMAT_LIBC;
		}
		addr2str(ci->print == DT_FP_ADDR ? -1 : 0, val_uint(v), buf, sizeof(buf));
		snprintf(cf + n, cfsize - n, "s");
		return fprintf(out, cf, buf);

	case DT_FP_TIME:
	case DT_FP_TIME822:
		if (!is_int_val(v))
			return set_err(err, errlen, "conversion %%%s needs a time", c->name);
		if (ci->print == DT_FP_TIME)
			fmt_time(v->ival, buf, sizeof(buf));
		else
			fmt_time822(v->ival, buf, sizeof(buf));
		snprintf(cf + n, cfsize - n, "s");
		return fprintf(out, cf, buf);

	case DT_FP_CSTR:
		if (v->kind != DT_VAL_STR || v->str == NULL)
			return set_err(err, errlen, "conversion %%%s needs a string", c->name);
		snprintf(cf + n, cfsize - n, "s");
		if (v->size > 0 && memchr(v->str, '\0', (size_t)v->size) == NULL) {
			/* a full record without its NUL: print exactly size bytes */
			s = strndup(v->str, (size_t)v->size);
			if (s == NULL)
				return set_err(err, errlen, "out of memory");
			r = fprintf(out, cf, s);
			free(s);
			return r;
		}
		return fprintf(out, cf, v->str);

	case DT_FP_ESTR:
	case DT_FP_ECHR:
		if (ci->print == DT_FP_ESTR && v->kind == DT_VAL_STR && v->str != NULL) {
			size_t len = strlen(v->str);

			/*
			 * the record is size bytes: its NUL is part of it, where
			 * it has one (a full char array has none: pfprint_estr()
			 * escapes the record's size bytes, no more)
			 */
			s = str2esc(v->str, v->size > 0 && (size_t)v->size <= len ? (size_t)v->size
										 : len + 1);
		} else if (ci->print == DT_FP_ECHR && is_int_val(v)) {
			char ch = (char)v->ival;

			s = str2esc(&ch, 1);
		} else {
			return set_err(err, errlen, "conversion %%%s does not match its argument",
				       c->name);
		}
		if (s == NULL)
			return set_err(err, errlen, "out of memory");
		snprintf(cf + n, cfsize - n, "s");
		r = fprintf(out, cf, s);
		free(s);
		return r;

	case DT_FP_STACK:
		/* pfprint_stack(): the stack, each frame through the conversion's
		 * flags and width as a %s, indented as format_common() says */
		if (v->kind != DT_VAL_STACK || !stack_printer)
			return set_err(err, errlen, "conversion %%%s needs a stack", c->name);
		snprintf(cf + n, cfsize - n, "s");
		stack_printer(out, cf, stack_indent, (const uint64_t *)(const void *)v->str, v->size,
			      v->is_signed);
		return 0;
	case DT_FP_WSTR:
		/* pfprint_wstr(): the array's 32-bit elements as a wide string
		 * (%ls), ended by its first 0 or its last element */
		if (v->str == NULL || v->size < 4)
			return set_err(err, errlen, "conversion %%%s needs an array of 32-bit integers",
				       c->name);
		{
			size_t nw = (size_t)v->size / 4;
			wchar_t *ws = calloc(nw + 1, sizeof(wchar_t));

			if (ws == NULL)
				return set_err(err, errlen, "out of memory");
			for (size_t i = 0; i < nw; i++) {
				int32_t w;

				memcpy(&w, v->str + 4 * i, 4);
				ws[i] = (wchar_t)w;
			}
			snprintf(cf + n, cfsize - n, "ls");
			r = fprintf(out, cf, ws);
			free(ws);
			return r;
		}

	case DT_FP_PCT:
		return fprintf(out, "%%");
	}
	return set_err(err, errlen, "conversion %%%s: internal error", c->name);
}

static int format_common(FILE *out, const char *fmt, const struct dt_val *args, int nargs,
			 dt_format_agg_f *agg, void *agg_ctx, char *err, size_t errlen);

int dt_format_printf(FILE *out, const char *fmt, const struct dt_val *args, int nargs,
		     char *err, size_t errlen)
{
	return format_common(out, fmt, args, nargs, NULL, NULL, err, errlen);
}

int dt_format_printa(FILE *out, const char *fmt, const struct dt_val *keys, int nkeys,
		     dt_format_agg_f *agg, void *agg_ctx, char *err, size_t errlen)
{
	return format_common(out, fmt, keys, nkeys, agg, agg_ctx, err, errlen);
}

/* printf() and printa(): '@' conversions take printa's aggregation values. */
static int format_common(FILE *out, const char *fmt, const struct dt_val *args, int nargs,
			 dt_format_agg_f *agg, void *agg_ctx, char *err, size_t errlen)
{
	struct dt_val aggv;
	int aggi = 0;
	struct dt_fmt_conv c;
	struct dt_fmt_err fe;
	int pos = 0, convno = 0, ai = 0, total = 0, r;

	while ((r = dt_fmt_next(fmt, &pos, convno + 1, &c, &fe)) > 0) {
		int width = c.width, prec = c.prec, stack_indent = 0;
		char cf[64], *f = cf;

		convno++;
		if (c.lit_len > 0) {
			if (fwrite(fmt + c.lit_off, 1, (size_t)c.lit_len, out) != (size_t)c.lit_len)
				return set_err(err, errlen, "write error");
			total += c.lit_len;
		}
		if (c.info->print == DT_FP_PCT) {
			if (fputc('%', out) == EOF)
				return set_err(err, errlen, "write error");
			total++;
			continue;
		}
		if (c.flags & DT_FMT_F_DYNWIDTH) {
			if (ai >= nargs || !is_int_val(&args[ai]))
				return set_err(err, errlen,
					       "conversion #%d: missing or bad '*' width argument",
					       convno);
			width = val_getint(&args[ai++]);
		}
		if (c.flags & DT_FMT_F_DYNPREC) {
			if (ai >= nargs || !is_int_val(&args[ai]))
				return set_err(err, errlen,
					       "conversion #%d: missing or bad '.*' precision argument",
					       convno);
			prec = val_getint(&args[ai++]);
		}
		if ((c.flags & DT_FMT_F_AGG) && !agg)
			return set_err(err, errlen, "conversion #%d: %%@ needs an aggregation",
				       convno);
		if (!(c.flags & DT_FMT_F_AGG) && ai >= nargs)
			return set_err(err, errlen, "conversion #%d (%%%s) has no argument", convno,
				       c.name);

		*f++ = '%';
		if (c.flags & DT_FMT_F_ALT)
			*f++ = '#';
		if (c.flags & DT_FMT_F_ZPAD)
			*f++ = '0';
		if (width < 0 || (c.flags & DT_FMT_F_LEFT))
			*f++ = '-';
		if (c.flags & DT_FMT_F_SPOS)
			*f++ = '+';
		if (c.flags & DT_FMT_F_GROUP)
			*f++ = '\'';
		if (c.flags & DT_FMT_F_SPACE)
			*f++ = ' ';
		/*
		 * pfprint_stack(): %k indents each frame by the width when the
		 * conversion is left-aligned (%-20k, or a negative '*' width),
		 * and then leaves the width out of the frames' format; else
		 * the frames are not indented and the width pads each one.
		 */
		if (c.info->print == DT_FP_STACK) {
			if ((c.flags & DT_FMT_F_DYNWIDTH) && width < 0)
				stack_indent = width == INT32_MIN ? INT32_MAX : -width;
			else if (c.flags & DT_FMT_F_LEFT)
				stack_indent = width;
			if (c.flags & DT_FMT_F_LEFT)
				width = 0;
		}
		if (width != 0)
			f += snprintf(f, sizeof(cf) - (size_t)(f - cf), "%d",
				      width < 0 ? (width == INT32_MIN ? INT32_MAX : -width) : width);
		if (prec > 0)
			f += snprintf(f, sizeof(cf) - (size_t)(f - cf), ".%d", prec);
		*f = '\0';

		/* print_conv() says why in err, but for the C library's own
		 * failure (a stream error, EILSEQ), which only errno says */
		if (err != NULL && errlen > 0)
			err[0] = '\0';
		errno = 0;
		if (c.flags & DT_FMT_F_AGG) {
			memset(&aggv, 0, sizeof(aggv));
			r = agg(agg_ctx, aggi++, (int)c.info->print, out, &aggv);
			if (r < 0)
				return set_err(err, errlen, "conversion #%d: no aggregation value",
					       convno);
			if (r > 0)
				continue; /* printed by the callback (quantize tables) */
			r = print_conv(out, cf, sizeof(cf), &c, &aggv, 0, err, errlen);
		} else {
			r = print_conv(out, cf, sizeof(cf), &c, &args[ai++], stack_indent, err,
				       errlen);
		}
		if (r < 0 && err != NULL && errlen > 0 && !err[0]) {
			set_err(err, errlen, "%s", strerror(errno ? errno : EIO));
			return DT_FORMAT_LIBC;
		}
		if (r < 0)
			return r;
		total += r;
	}
	if (r < 0)
		return set_err(err, errlen, "%s", fe.msg);
	if (fmt[pos] != '\0') {
		size_t len = strlen(fmt + pos);

		if (fwrite(fmt + pos, 1, len, out) != len)
			return set_err(err, errlen, "write error");
		total += (int)len;
	}
	return total;
}

/*
 * trace(): DTrace's dt_print_trace().  Not quiet, a value gets a field after
 * the "FUNCTION:NAME " column: strings "  %-33s", integers " %Nd" with N by
 * size and sign (3, 5, 10, 19 signed; 3, 5, 10, 20 unsigned).  Quiet, the
 * bare value.
 */
void dt_format_trace(FILE *out, const struct dt_val *v, int quiet)
{
	static const int swidth[9] = { 0, 3, 5, 0, 10, 0, 0, 0, 19 };
	static const int uwidth[9] = { 0, 3, 5, 0, 10, 0, 0, 0, 20 };
	int size = v->size >= 1 && v->size <= 8 && swidth[v->size] ? v->size : 8;

	if (v->kind == DT_VAL_STR) {
		const char *str = v->str != NULL ? v->str : "";

		if (quiet)
			fprintf(out, "%s", str);
		else
			fprintf(out, "  %-33s", str);
		return;
	}
	if (v->kind == DT_VAL_INT && v->is_signed) {
		struct dt_val t = *v;

		t.size = size;
		if (quiet)
			fprintf(out, "%" PRId64, val_sint(&t));
		else
			fprintf(out, " %*" PRId64, swidth[size], val_sint(&t));
	} else {
		struct dt_val t = *v;

		t.size = size;
		if (quiet)
			fprintf(out, "%" PRIu64, val_uint(&t));
		else
			fprintf(out, " %*" PRIu64, uwidth[size], val_uint(&t));
	}
}
