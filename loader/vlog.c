/*
 * vlog.c: a verifier rejection reported against the D source.
 *
 * A program the kernel's verifier refuses is a dtc bug (DESIGN.md), but the
 * user is told where in the D script it happened, as dtc reports its own
 * errors:
 *
 *   x.d:3:2: error: the kernel's verifier rejected this clause: R1 invalid mem access 'scalar'
 *   	x = *p;
 *   	^~~~~~
 *
 * dtc writes the C of each D statement under #line directives naming the D
 * line (compiler/emit_line.c), so the object's BTF line info names it, and
 * the verifier annotates its log with it whenever the source line changes:
 * "; x = *p; @ x.d:3" (Linux 6.x; older kernels print "; x = *p;" alone,
 * matched here by the line's text).  The last D line the log names before
 * the verifier's last words is the statement it was in: the instructions of
 * the runtime helpers that statement calls are annotated with the helpers'
 * header lines, which are not the script's.  The column and the line's text
 * come from the object's "sline" metadata, read only here.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dtrun.h"

struct sline {
	char *file; /* as dtc named the script ("x.d", "<command-line>") */
	long line, col, len;
	char *text; /* the whole D line */
};

static void slines_free(struct sline *v, int n)
{
	for (int i = 0; i < n; i++) {
		free(v[i].file);
		free(v[i].text);
	}
	free(v);
}

/* The object's "sline FILE LINE COL LEN TEXT" lines (dtc_abi.h). */
static struct sline *slines_read(const void *img, size_t len, int *np)
{
	const char *data, *p, *end;
	struct sline *v = NULL;
	size_t size;
	int n = 0;

	*np = 0;
	if (!img || meta_elf_section(img, len, ".dtc", &data, &size) != 0 || !data)
		return NULL;
	for (p = data, end = data + size; p < end && *p; p = memchr(p, '\n', end - p), p = p ? p + 1 : end) {
		struct sline s = { 0 };
		const char *q = p + 6;
		char *e;

		if (strncmp(p, "sline ", 6) != 0)
			continue;
		if (!(s.file = meta_parse_str(&q)))
			continue;
		s.line = strtol(q, &e, 10);
		s.col = strtol(e, &e, 10);
		s.len = strtol(e, &e, 10);
		q = e;
		while (*q == ' ')
			q++;
		if (s.line <= 0 || s.col <= 0 || !(s.text = meta_parse_str(&q))) {
			free(s.file);
			continue;
		}
		struct sline *nv = realloc(v, sizeof(*v) * (n + 1));
		if (!nv) {
			free(s.file);
			free(s.text);
			break;
		}
		v = nv;
		v[n++] = s;
	}
	*np = n;
	return v;
}

static const char *base_name(const char *s)
{
	const char *b = strrchr(s, '/');

	return b ? b + 1 : s;
}

/* Whether a and b (n bytes of b) are the same once blanks at both ends go. */
static int same_trimmed(const char *a, const char *b, size_t n)
{
	size_t la;

	while (*a == ' ' || *a == '\t')
		a++;
	while (n && (*b == ' ' || *b == '\t'))
		b++, n--;
	la = strlen(a);
	while (la && (a[la - 1] == ' ' || a[la - 1] == '\t'))
		la--;
	while (n && (b[n - 1] == ' ' || b[n - 1] == '\t'))
		n--;
	return la == n && la && memcmp(a, b, n) == 0;
}

/* The sline an annotation line of the verifier's log ("; TEXT @ FILE:LINE"
 * or "; TEXT") names, or NULL. */
static const struct sline *annotation_sline(const char *s, size_t n, const struct sline *v,
					    int nv)
{
	const char *at = NULL, *colon;

	for (size_t i = 2; i + 3 <= n; i++)
		if (!memcmp(s + i, " @ ", 3))
			at = s + i;
	if (at && (colon = memrchr(at, ':', s + n - at)) != NULL) {
		const char *f = at + 3;
		size_t fl = colon - f;
		long line = strtol(colon + 1, NULL, 10);

		for (int i = 0; i < nv; i++) {
			const char *b = base_name(v[i].file);
			if (v[i].line == line && strlen(b) == fl && !memcmp(b, f, fl))
				return &v[i];
		}
		return NULL;
	}
	for (int i = 0; i < nv; i++)
		if (same_trimmed(v[i].text, s + 2, n - 2))
			return &v[i];
	return NULL;
}

int vlog_report(struct dtrun *d, const char *log, const char *reason)
{
	const struct sline *hit = NULL;
	struct sline *v;
	const char *p, *stop;
	int n;

	if (!log || !d->img)
		return -1;
	v = slines_read(d->img, d->imglen, &n);
	if (!v)
		return -1;
	/* annotations up to the verifier's last words */
	stop = reason && *reason ? strstr(log, reason) : NULL;
	if (stop)
		while ((p = strstr(stop + 1, reason)) != NULL)
			stop = p;
	for (p = log; *p && (!stop || p < stop);) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		const struct sline *s;

		if (len > 2 && p[0] == ';' && p[1] == ' ' && (s = annotation_sline(p, len, v, n)))
			hit = s;
		p += len + (nl != NULL);
	}
	if (!hit) {
		slines_free(v, n);
		return -1;
	}
	{
		/* written at once: stderr is unbuffered */
		size_t tl = strlen(hit->text), blen = 0;
		long col = hit->col - 1 <= (long)tl ? hit->col - 1 : (long)tl;
		char *buf = NULL;
		FILE *f = open_memstream(&buf, &blen);

		if (!f) {
			slines_free(v, n);
			return -1;
		}
		fprintf(f, "%s:%ld:%ld: error: the kernel's verifier rejected this clause: %s\n",
			hit->file, hit->line, hit->col, reason && *reason ? reason : "(no reason given)");
		fprintf(f, "%s\n", hit->text);
		for (long i = 0; i < col; i++)
			fputc(hit->text[i] == '\t' ? '\t' : ' ', f);
		fputc('^', f);
		for (long i = 1; i < hit->len && col + i < (long)tl; i++)
			fputc('~', f);
		fprintf(f, "\n%s:%ld:%ld: note: a program the verifier rejects is a dtc bug, "
			"please report it%s\n", hit->file, hit->line, hit->col,
			d->o->debug_verifier ? "" : " (-d verifier shows the verifier's log)");
		fclose(f);
		fflush(stdout);
		fwrite(buf, 1, blen, stderr);
		free(buf);
	}
	slines_free(v, n);
	return 0;
}
