/*
 * act_output.c: actions that change where and how output goes: freopen()
 * and ftruncate() of the output file, and flowindent (dtrace -F)'s
 * indented probe column; and a record the C library cannot print, which
 * ends processing (consume_abort(), for printf() and printa()).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "actions.h"
#include "dtrun.h"
#include "format.h"

/* The output freopen("") goes back to: stdout, or the -o file. */
static FILE *freopen_orig;
static char *freopen_path; /* the file freopen() sends output to, or NULL */

const char *act_freopen_path(void)
{
	return freopen_path;
}

/*
 * freopen(), as dt_printf.c's dtrace_freopen(): printf()'s formatting gives
 * a path; later output is appended to it ("" restores the original output,
 * and is nothing before a first freopen()).  The previous freopen() file is
 * closed.  When the path cannot be opened, the output stays as it was and
 * why says so in dtrace's words ("couldn't freopen() ..."), which the
 * caller reports as the probe's library error: -1.  The path is formatted
 * into strsize bytes, as system()'s command is (act_system.c).
 */
int act_freopen(FILE **out, const char *fmt, const struct dt_val *vals, int n, size_t strsize,
		char *why, size_t whylen)
{
	char *path = NULL, err[256];
	size_t len = 0;
	FILE *f = open_memstream(&path, &len), *nf;
	int r;

	if (!f)
		return 0;
	r = dt_format_printf(f, fmt, vals, n, err, sizeof(err));
	fclose(f);
	if (strsize > 0 && len >= strsize)
		path[strsize - 1] = '\0';
	if (r < 0) {
		dt_err("%s\n", err);
		free(path);
		return 0;
	}
	if (!freopen_orig)
		freopen_orig = *out;
	fflush(*out);
	if (!path[0])
		nf = freopen_orig;
	else if (!(nf = fopen(path, "ae"))) { /* "." and "..": EISDIR */
		snprintf(why, whylen, "couldn't freopen() \"%s\": %s", path, strerror(errno));
		free(path);
		return -1;
	}
	if (*out != freopen_orig && *out != nf)
		fclose(*out);
	*out = nf;
	free(freopen_path);
	freopen_path = NULL;
	if (nf != freopen_orig)
		freopen_path = path;
	else
		free(path);
	return 0;
}

/*
 * The file system()'s command writes to: dtrace's freopen() reopens its
 * output stream in place, so when that stream is stdout, file descriptor 1
 * (which the command inherits) becomes the freopen()'d file; an -o file's
 * stream leaves descriptor 1 alone.  The descriptor to give the command as
 * its stdout, or -1 for dtrun's own.
 */
int act_output_child_stdout(FILE *out)
{
	return freopen_orig == stdout && out != stdout ? fileno(out) : -1;
}

/* ftruncate(): empties the current output file (not a pipe or terminal). */
void act_ftruncate(FILE *out)
{
	fflush(out);
	if (ftruncate(fileno(out), 0) == 0)
		fseeko(out, 0, SEEK_SET);
}

/*
 * flowindent (dtrace -F), as dt_consume.c's dt_flowindent() and dtrace.c's
 * chew(): an entry probe ("entry", or a name ending in "-entry") prints
 * " -> func" (" => " for syscalls) and indents the CPU's later records by
 * 2; a return probe unindents and prints " <- func" (" <= "); others print
 * "| func:name" at the current indentation.  As dtrace does, an entry probe
 * right after another clause of the same probe does not indent again.
 */
#define FLOW_NCPU 4096

static int flow_indent[FLOW_NCPU];
static unsigned flow_last_clause[FLOW_NCPU], flow_last_probe[FLOW_NCPU];
static char flow_have_last[FLOW_NCPU];

static int name_is(const char *n, const char *what)
{
	const char *sub = strstr(n, what);

	return sub && sub[strlen(what)] == '\0' && (sub == n || sub[-1] == '-');
}

void act_flow_columns(FILE *out, int testing, int heading, int cpu, unsigned clause,
		      const struct probe *p)
{
	const char *func = p ? p->func : "?", *name = p ? p->name : "?";
	int sys = p && strcmp(p->prov, "syscall") == 0;
	int c = cpu >= 0 && cpu < FLOW_NCPU ? cpu : 0;
	int flow = 0; /* 1 entry, -1 return */
	char buf[512];

	if (heading) {
		if (testing)
			fprintf(out, "%-41s\n", "FUNCTION");
		else
			fprintf(out, "%3s %-41s\n", "CPU", "FUNCTION");
	}
	if (name_is(name, "entry"))
		flow = 1;
	else if (name_is(name, "return"))
		flow = -1;
	if (flow == 1 && flow_have_last[c] && flow_last_clause[c] != clause && p &&
	    flow_last_probe[c] == p->id)
		flow = 0;
	if (flow == -1 && flow_indent[c] > 0)
		flow_indent[c] -= 2;
	if (flow == 0)
		snprintf(buf, sizeof(buf), "%*s| %s:%s", flow_indent[c], "", func, name);
	else
		snprintf(buf, sizeof(buf), "%*s%s%s", flow_indent[c], "",
			 flow == 1 ? (sys ? " => " : " -> ") : (sys ? " <= " : " <- "), func);
	if (testing)
		fprintf(out, "%-41s ", buf);
	else
		fprintf(out, "%3d %-41s ", cpu, buf);
	if (flow == 1)
		flow_indent[c] += 2;
	flow_have_last[c] = 1;
	flow_last_clause[c] = clause;
	flow_last_probe[c] = p ? p->id : 0;
}

/*
 * The C library could not print a record (vfprintf() fails with EILSEQ for
 * %lc of a value the C locale has no character for): dtrace's
 * dt_consume_one_probe() returns DTRACE_WORKSTATUS_ERROR for the record and
 * cmd/dtrace.c's dfatal("processing aborted") prints why and exits 1, with
 * neither END nor the aggregations.  Later records are not consumed; trace()
 * (main.c) stops.
 */
void consume_abort(struct dtrun *d, const char *why)
{
	clearerr(d->o->out); /* dt_printf() too: what came before is printed */
	snprintf(d->aborted, sizeof(d->aborted), "%s", why);
	dtrun_stop = 1;
}
