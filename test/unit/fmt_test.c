/*
 * fmt_test: drive the printf/trace formatter (loader/format.c) and the
 * format checker (runtime/dt_fmt.c) from a script, for lit tests.
 *
 *   fmt_test FILE...        run each file ("-": stdin)
 *   fmt_test -e LINE...     run each argument as one line
 *
 * One command per line; blank lines and lines starting with '#' are skipped,
 * so a lit test is its own input (RUN: %fmt_test %s | FileCheck %s).
 *
 *   printf "FMT" ARG...        dt_format_printf(); on failure prints
 *                              "error: MSG" and a newline
 *   trace [-q] ARG             dt_format_trace(), then a newline
 *   check [FLAG...] "FMT" T... dt_fmt_check("printf", ...): prints "ok" or
 *                              "[TAG] MSG" then "conv=N arg=M"
 *                              FLAG: +func=NAME +foff=N +noexact +agg
 *                              +count +target
 *   setenv NAME VALUE          setenv() and tzset() (TZ for %Y)
 *   locale VALUE               setlocale(LC_ALL, VALUE) (for %'d)
 *
 * printf/trace arguments (values):
 *   iN:V  uN:V   integer of N bytes (1 2 4 8), V decimal or 0x hex, may be
 *                negative; stored 8 bytes sign- or zero-extended, as dtrun
 *   p:V          pointer
 *   s:"STR"      string (C escapes); sN:"STR" a string record of N bytes
 *
 * check arguments (D types): iN uN (type named by size: char short int long,
 * or give it: i8=int64_t, u8=uint64_t/unsigned\ long for typedef/base names),
 * p (pointer), s (string), cN (char [N]), wN (wchar_t [N]), f4 f8 f16
 * (float double long double), v (void), k (stack), sym, usym, o (struct).
 * A "=NAME" or "=NAME/BASE" suffix sets the type name and base name.
 */
#include "../../loader/format.h"
#include "../../loader/fastfmt.h"
#include "../../loader/dtrun.h"
#include "../../runtime/dt_fmt.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAXARGS 32
#define MAXTOK 64

/* Split a line into tokens; "..." tokens get C escapes decoded and keep a
 * leading '"' so they can be told from bare words. */
static int tokenize(const char *line, char **tok, int max)
{
	int n = 0;
	const char *p = line;

	while (*p != '\0' && n < max) {
		char *buf, *q;

		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p == '\0')
			break;
		buf = malloc(strlen(p) + 2);
		q = buf;
		while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
			if (*p == '"') {
				*q++ = '"';
				p++;
				while (*p != '\0' && *p != '"') {
					if (*p == '\\' && p[1] != '\0') {
						int v = 0, k;

						p++;
						switch (*p) {
						case 'n': *q++ = '\n'; p++; break;
						case 't': *q++ = '\t'; p++; break;
						case 'r': *q++ = '\r'; p++; break;
						case 'a': *q++ = '\a'; p++; break;
						case 'b': *q++ = '\b'; p++; break;
						case 'f': *q++ = '\f'; p++; break;
						case 'v': *q++ = '\v'; p++; break;
						case 'x':
							for (p++; strchr("0123456789abcdefABCDEF", *p) && *p;
							     p++)
								v = v * 16 + (*p <= '9' ? *p - '0'
											: (*p | 0x20) - 'a' + 10);
							*q++ = (char)v;
							break;
						default:
							if (*p >= '0' && *p <= '7') {
								for (k = 0; k < 3 && *p >= '0' && *p <= '7';
								     k++, p++)
									v = v * 8 + (*p - '0');
								*q++ = (char)v;
							} else {
								*q++ = *p++;
							}
						}
					} else {
						*q++ = *p++;
					}
				}
				if (*p == '"')
					p++;
			} else if (*p == '\\' && p[1] != '\0') {
				p++;
				*q++ = *p++;
			} else {
				*q++ = *p++;
			}
		}
		*q = '\0';
		tok[n++] = buf;
	}
	return n;
}

/* The text of a token: a quoted token without its marker. */
static const char *tok_text(const char *t)
{
	const char *colon = strchr(t, ':');

	if (t[0] == '"')
		return t + 1;
	if (colon != NULL && colon[1] == '"')
		return colon + 2;
	return colon != NULL ? colon + 1 : t;
}

static int parse_val(const char *t, struct dt_val *v)
{
	const char *val = tok_text(t);

	memset(v, 0, sizeof(*v));
	if (t[0] == 's') {
		v->kind = DT_VAL_STR;
		v->size = t[1] == ':' ? 0 : atoi(t + 1);
		v->str = val;
		if (v->size == 0)
			v->size = (int)strlen(val) + 1;
		return 0;
	}
	if (t[0] == 'p') {
		v->kind = DT_VAL_PTR;
		v->size = 8;
		v->ival = strtoull(val, NULL, 0);
		return 0;
	}
	if (t[0] == 'i' || t[0] == 'u') {
		v->kind = DT_VAL_INT;
		v->is_signed = t[0] == 'i';
		v->size = atoi(t + 1);
		if (val[0] == '-')
			v->ival = (uint64_t)strtoll(val, NULL, 0);
		else
			v->ival = strtoull(val, NULL, 0);
		/* as the BPF side stores it: cut to size, then extend */
		switch (v->size) {
		case 1:
			v->ival = v->is_signed ? (uint64_t)(int64_t)(int8_t)v->ival : (uint8_t)v->ival;
			break;
		case 2:
			v->ival = v->is_signed ? (uint64_t)(int64_t)(int16_t)v->ival
					       : (uint16_t)v->ival;
			break;
		case 4:
			v->ival = v->is_signed ? (uint64_t)(int64_t)(int32_t)v->ival
					       : (uint32_t)v->ival;
			break;
		}
		return 0;
	}
	fprintf(stderr, "fmt_test: bad value '%s'\n", t);
	return -1;
}

/*
 * Every printf and trace line is also formatted by dtrun's fast path
 * (loader/fastfmt.c) from a record built as the BPF side builds it; where
 * the fast path takes it, its bytes must be the general path's.  A
 * difference prints "fast path differs" and makes fmt_test exit 1.
 */
static int fast_mismatch;

static void fast_check(const char *kind, const char *fmt, const struct dt_val *v, int n, int quiet)
{
	struct meta_arg margs[MAXARGS];
	struct meta_act act = { .kind = (char *)kind, .fmt = (char *)fmt, .nargs = n, .args = margs };
	struct dtrun_opts o = { .quiet = quiet };
	struct dtrun d = { .o = &o };
	struct lbuf b = { 0 };
	char payload[MAXARGS * 264], err[256], *slow = NULL;
	size_t off = 0, slen = 0;
	FILE *f;
	int i;

	memset(payload, 0, sizeof(payload));
	for (i = 0; i < n; i++) {
		margs[i].size = v[i].size;
		if (v[i].kind == DT_VAL_STR) {
			size_t len = strlen(v[i].str);

			margs[i].kind = ARG_STR;
			memcpy(payload + off, v[i].str,
			       len < (size_t)v[i].size ? len : (size_t)v[i].size);
			off += ((size_t)v[i].size + 7) & ~(size_t)7;
			continue;
		}
		margs[i].kind = v[i].kind == DT_VAL_PTR ? ARG_PTR
			      : v[i].is_signed		? ARG_INT
							: ARG_UINT;
		memcpy(payload + off, &v[i].ival, 8);
		off += 8;
	}
	d.meta.acts = &act;
	d.meta.nacts = 1;
	if (fast_init(&d) || !fast_item(&d, &b, 0, payload, off)) {
		fast_free(&d);
		free(b.p);
		return;
	}
	f = open_memstream(&slow, &slen);
	if (strcmp(kind, "printf") == 0)
		dt_format_printf(f, fmt, v, n, err, sizeof(err));
	else
		dt_format_trace(f, v, quiet);
	fclose(f);
	if (slen != b.len || memcmp(slow, b.p, slen) != 0) {
		printf("fast path differs: \"%.*s\"\n", (int)b.len, b.p);
		fast_mismatch = 1;
	}
	free(slow);
	fast_free(&d);
	free(b.p);
}

static const char *int_name(int size, int is_signed)
{
	switch (size) {
	case 1: return is_signed ? "char" : "unsigned char";
	case 2: return is_signed ? "short" : "unsigned short";
	case 4: return is_signed ? "int" : "unsigned int";
	default: return is_signed ? "long" : "unsigned long";
	}
}

static int parse_type(char *t, struct dt_fmt_arg *a, char *namebuf, size_t len)
{
	char *eq = strchr(t, '=');
	char *slash;

	memset(a, 0, sizeof(*a));
	if (eq != NULL)
		*eq++ = '\0';
	if ((t[0] == 'i' || t[0] == 'u') && t[1] >= '0' && t[1] <= '9') {
		a->kind = DT_FA_INT;
		a->size = atoi(t + 1);
		a->is_signed = t[0] == 'i';
		a->type_name = int_name(a->size, a->is_signed);
	} else if (strcmp(t, "p") == 0) {
		a->kind = DT_FA_PTR;
		a->size = 8;
		a->type_name = "void *";
	} else if (strcmp(t, "s") == 0) {
		a->kind = DT_FA_STRING;
		a->size = 256;
		a->type_name = "string";
	} else if (t[0] == 'c' && t[1] >= '0' && t[1] <= '9') {
		a->kind = DT_FA_CHARARRAY;
		a->size = atoi(t + 1);
		snprintf(namebuf, len, "char [%d]", a->size);
		a->type_name = namebuf;
	} else if (t[0] == 'w' && t[1] >= '0' && t[1] <= '9') {
		a->kind = DT_FA_INTARRAY32;
		a->size = 4 * atoi(t + 1);
		snprintf(namebuf, len, "wchar_t [%d]", atoi(t + 1));
		a->type_name = namebuf;
	} else if (t[0] == 'f' && t[1] >= '0' && t[1] <= '9') {
		a->kind = DT_FA_FLOAT;
		a->size = atoi(t + 1);
		a->type_name = a->size == 4 ? "float" : a->size == 8 ? "double" : "long double";
	} else if (strcmp(t, "v") == 0) {
		a->kind = DT_FA_VOID;
		a->type_name = "void";
	} else if (strcmp(t, "k") == 0) {
		a->kind = DT_FA_STACK;
		a->size = 8;
		a->type_name = "stack";
	} else if (strcmp(t, "sym") == 0) {
		a->kind = DT_FA_SYMADDR;
		a->size = 8;
		a->type_name = "_symaddr";
	} else if (strcmp(t, "usym") == 0) {
		a->kind = DT_FA_USYMADDR;
		a->size = 8;
		a->type_name = "_usymaddr";
	} else if (strcmp(t, "o") == 0) {
		a->kind = DT_FA_OTHER;
		a->size = 16;
		a->type_name = "struct foo";
	} else {
		fprintf(stderr, "fmt_test: bad type '%s'\n", t);
		return -1;
	}
	if (eq != NULL) {
		slash = strchr(eq, '/');
		if (slash != NULL) {
			*slash++ = '\0';
			a->base_name = slash;
		}
		a->type_name = eq;
		a->is_int64_typedef = strcmp(eq, "int64_t") == 0 || strcmp(eq, "uint64_t") == 0;
	}
	return 0;
}

static void run_line(const char *line)
{
	char *tok[MAXTOK];
	int ntok = tokenize(line, tok, MAXTOK), i;

	if (ntok == 0 || tok[0][0] == '#')
		goto out;

	if (strcmp(tok[0], "printf") == 0) {
		struct dt_val args[MAXARGS];
		char err[256];
		int nargs = 0;

		if (ntok < 2 || tok[1][0] != '"') {
			printf("error: printf needs a quoted format\n");
			goto out;
		}
		for (i = 2; i < ntok && nargs < MAXARGS; i++)
			if (parse_val(tok[i], &args[nargs++]) < 0)
				goto out;
		err[0] = '\0';
		if (dt_format_printf(stdout, tok[1] + 1, args, nargs, err, sizeof(err)) < 0)
			printf("error: %s\n", err);
		fflush(stdout);
		fast_check("printf", tok[1] + 1, args, nargs, 0);
	} else if (strcmp(tok[0], "trace") == 0) {
		struct dt_val v;
		int quiet = ntok > 2 && strcmp(tok[1], "-q") == 0;

		if (ntok < 2 || parse_val(tok[ntok - 1], &v) < 0)
			goto out;
		dt_format_trace(stdout, &v, quiet);
		putchar('\n');
		fflush(stdout);
		fast_check("trace", "", &v, 1, quiet);
	} else if (strcmp(tok[0], "check") == 0) {
		struct dt_fmt_arg args[MAXARGS];
		char names[MAXARGS][32];
		struct dt_fmt_err err;
		const char *func = "printf", *fmt = NULL;
		unsigned vflags = DT_FMT_V_EXACTLEN;
		int nargs = 0, foff = 1;

		for (i = 1; i < ntok; i++) {
			if (fmt == NULL && tok[i][0] == '+') {
				if (strncmp(tok[i], "+func=", 6) == 0)
					func = tok[i] + 6;
				else if (strncmp(tok[i], "+foff=", 6) == 0)
					foff = atoi(tok[i] + 6);
				else if (strcmp(tok[i], "+noexact") == 0)
					vflags &= ~DT_FMT_V_EXACTLEN;
				else if (strcmp(tok[i], "+agg") == 0)
					vflags |= DT_FMT_V_AGG;
				else if (strcmp(tok[i], "+count") == 0)
					vflags |= DT_FMT_V_COUNT;
				else if (strcmp(tok[i], "+target") == 0)
					vflags |= DT_FMT_V_TARGET;
			} else if (fmt == NULL && tok[i][0] == '"') {
				fmt = tok[i] + 1;
			} else if (nargs < MAXARGS) {
				if (parse_type(tok[i], &args[nargs], names[nargs],
					       sizeof(names[nargs])) < 0)
					goto out;
				nargs++;
			}
		}
		if (fmt == NULL) {
			printf("error: check needs a quoted format\n");
			goto out;
		}
		if (dt_fmt_check(func, fmt, args, nargs, foff, vflags, &err) == 0)
			printf("ok\n");
		else
			printf("[%s] %s\nconv=%d arg=%d\n", err.tag, err.msg, err.conv, err.arg);
	} else if (strcmp(tok[0], "setenv") == 0 && ntok == 3) {
		setenv(tok[1], tok[2], 1);
		tzset();
	} else if (strcmp(tok[0], "locale") == 0 && ntok == 2) {
		if (setlocale(LC_ALL, tok[1]) == NULL)
			printf("error: no locale %s\n", tok[1]);
	} else {
		printf("error: unknown command '%s'\n", tok[0]);
	}
out:
	fflush(stdout);
	for (i = 0; i < ntok; i++)
		free(tok[i]);
}

static int run_file(const char *path)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;

	if (f == NULL) {
		perror(path);
		return 1;
	}
	while (getline(&line, &cap, f) > 0)
		run_line(line);
	free(line);
	if (f != stdin)
		fclose(f);
	return 0;
}

int main(int argc, char **argv)
{
	int i, rc = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: fmt_test FILE... | fmt_test -e LINE...\n");
		return 2;
	}
	if (strcmp(argv[1], "-e") == 0) {
		for (i = 2; i < argc; i++)
			run_line(argv[i]);
		return fast_mismatch;
	}
	for (i = 1; i < argc; i++)
		rc |= run_file(argv[i]);
	return rc | fast_mismatch;
}
