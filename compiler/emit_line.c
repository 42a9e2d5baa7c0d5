/*
 * emit_line.c: #line directives in the generated C, so that the object's
 * BTF line info (.BTF.ext) and the kernel verifier's log name the D source.
 *
 * DESIGN: "a verifier rejection is a dtc bug; when it happens, report it
 * against the D source line".  clang writes a line_info record (file, line,
 * text of the line) for the instructions of each C line, and the verifier
 * prints them in its log ("; x = 1; @ x.d:3").  So the C of each D statement
 * (and of each predicate, and the rest of a clause's function) is written
 * under `#line L "x.d"`, repeated before every line of that C, since one D
 * statement may take many lines of C; after a clause, `#line` puts the C
 * file's own numbering back.  dtrun takes the verifier's last D line from
 * its log (loader/run.c) and reports it with the "sline" metadata written
 * here: the column of that line's first statement and the line's text, so
 * that the error shows the line and a caret even for -n programs, whose
 * text clang cannot read back.
 *
 * The emitter marks positions in its output with one-line markers
 * ("\001N": D location N from here; "\001-": none); emit_line_apply()
 * turns them into #line directives once the whole file is written.
 */
#include <stdlib.h>
#include <string.h>

#include "emit.h"

struct line_mark {
	int file, line, col, len; /* the D statement: file index, 1-based line, column, length */
	int pline;                /* its line in the text (line is as #line numbers it) */
	int clause;               /* a whole clause's location, not a statement's */
};

struct emit_lines {
	struct line_mark *v;
	int n, cap;
	int **starts; /* per file: offsets where each line starts, computed once */
	int *nstarts;
};

/* The line and column of offset off of file f, by binary search over its
 * line starts (loc_linecol() scans from the start: quadratic for a script
 * of thousands of statements). */
static void mark_linecol(struct dtc *dx, struct emit_lines *el, struct loc loc, int *line,
			 int *col)
{
	const struct src_file *f = &dx->files[loc.file];
	int lo = 0, hi;

	if (!el->starts) {
		el->starts = arena_alloc(dx, sizeof(*el->starts) * dx->nfiles);
		el->nstarts = arena_alloc(dx, sizeof(*el->nstarts) * dx->nfiles);
	}
	if (!el->starts[loc.file]) {
		int n = 1;

		for (size_t i = 0; i < f->len; i++)
			n += f->text[i] == '\n';
		el->starts[loc.file] = arena_alloc(dx, sizeof(int) * n);
		n = 0;
		el->starts[loc.file][n++] = 0;
		for (size_t i = 0; i < f->len; i++)
			if (f->text[i] == '\n')
				el->starts[loc.file][n++] = (int)i + 1;
		el->nstarts[loc.file] = n;
	}
	hi = el->nstarts[loc.file] - 1;
	while (lo < hi) {
		int mid = (lo + hi + 1) / 2;

		if (el->starts[loc.file][mid] <= loc.off)
			lo = mid;
		else
			hi = mid - 1;
	}
	*line = lo + 1;
	*col = loc.off - el->starts[loc.file][lo] + 1;
}

struct emit_lines *emit_line_new(struct dtc *dx)
{
	return arena_alloc(dx, sizeof(struct emit_lines));
}

void emit_line_mark(struct ectx *ec, struct loc loc, int clause)
{
	struct emit_lines *el = ec->lines;
	struct line_mark *m;

	if (!el || loc.file < 0 || loc.file >= ec->dx->nfiles ||
	    (size_t)loc.off > ec->dx->files[loc.file].len) {
		emit_line_clear(ec);
		return;
	}
	if (el->n == el->cap) {
		el->cap = el->cap ? el->cap * 2 : 64;
		el->v = realloc(el->v, sizeof(*el->v) * el->cap);
		if (!el->v)
			dtc_bug("out of memory");
	}
	m = &el->v[el->n];
	m->file = loc.file;
	mark_linecol(ec->dx, el, loc, &m->pline, &m->col);
	m->line = loc_mapped_line(ec->dx, loc.file, loc.off, m->pline);
	if (m->line < 1)
		m->line = 1; /* "# 0 "f"": C's #line takes 1 and up */
	m->len = loc.len;
	m->clause = clause;
	sb_printf(ec->out, "\001%d\n", el->n++);
}

void emit_line_clear(struct ectx *ec)
{
	if (ec->lines)
		sb_puts(ec->out, "\001-\n");
}

static void put_name(struct strbuf *sb, const char *name)
{
	sb_putc(sb, '"');
	sb_put_cstr(sb, name, strlen(name));
	sb_putc(sb, '"');
}

static int mark_cmp(const void *a, const void *b)
{
	const struct line_mark *x = a, *y = b;

	if (x->file != y->file)
		return x->file - y->file;
	if (x->line != y->line)
		return x->line - y->line;
	if (x->clause != y->clause)
		return x->clause - y->clause; /* statements first */
	return x->col - y->col;
}

/*
 * Metadata: one "sline FILE LINE COL LEN TEXT" for each D line that holds
 * statements, predicates or a clause's start (dtc_abi.h).  The verifier's
 * log names a line, not a column: COL and LEN span the line's statements
 * (or its clause, where it has none), from the first one's start to the end
 * of the last one, so that a caret under a one-line clause covers every
 * statement the refused instruction can belong to.
 */
void emit_line_meta(struct ectx *ec, struct strbuf *m)
{
	struct emit_lines *el = ec->lines;
	struct line_mark *v;

	if (!el || !el->n)
		return;
	v = malloc(sizeof(*v) * el->n);
	if (!v)
		dtc_bug("out of memory");
	memcpy(v, el->v, sizeof(*v) * el->n);
	qsort(v, el->n, sizeof(*v), mark_cmp);
	for (int i = 0, j; i < el->n; i = j) {
		const struct src_file *f = &ec->dx->files[v[i].file];
		const char *s, *e;
		int col = v[i].col, end = v[i].col + (v[i].len > 0 ? v[i].len : 1);

		/* v[i..j): the line's marks of v[i]'s kind (statements first) */
		for (j = i + 1; j < el->n && v[j].file == v[i].file && v[j].line == v[i].line; j++)
			if (v[j].clause == v[i].clause && v[j].col + v[j].len > end)
				end = v[j].col + v[j].len;
		s = f->text + el->starts[v[i].file][v[i].pline - 1];
		e = memchr(s, '\n', f->text + f->len - s);
		if (!e)
			e = f->text + f->len;
		if (end > (int)(e - s) + 1)
			end = (int)(e - s) + 1;
		sb_puts(m, "sline ");
		put_name(m, f->name);
		sb_printf(m, " %d %d %d ", v[i].line, col, end > col ? end - col : 1);
		sb_putc(m, '"');
		sb_put_cstr(m, s, e - s);
		sb_puts(m, "\"\n");
	}
	free(v);
}

/*
 * Rewrites the generated C: each line of code after a marker "\001N" gets
 * `#line L "FILE"` of D location N before it; "\001-" goes back to the C
 * file's own numbering (`#line NEXT "dtc_script.bpf.c"`, where NEXT is the
 * physical number of the line after the directive).
 */
void emit_line_apply(struct ectx *ec)
{
	struct emit_lines *el = ec->lines;
	struct strbuf out = { 0 };
	const char *s, *end;
	int cur = -1, phys = 1, named = -1; /* the file the last #line named */

	if (!el)
		return;
	s = ec->out->s;
	end = s + ec->out->len;
	while (s < end) {
		const char *nl = memchr(s, '\n', end - s);
		const char *next = nl ? nl + 1 : end;

		if (*s == '\001') {
			if (s[1] == '-') {
				if (cur >= 0) {
					sb_printf(&out, "#line %d \"" DTC_C_NAME "\"\n", phys + 1);
					phys++;
					named = -1;
				}
				cur = -1;
			} else {
				cur = atoi(s + 1);
			}
			s = next;
			continue;
		}
		if (cur >= 0 && *s != '#' && *s != '\n') {
			/* the file name only where it changes: "#line N" keeps it */
			sb_printf(&out, "#line %d", el->v[cur].line);
			if (named != el->v[cur].file) {
				sb_putc(&out, ' ');
				put_name(&out, ec->dx->files[el->v[cur].file].name);
				named = el->v[cur].file;
			}
			sb_putc(&out, '\n');
			phys++;
		}
		sb_printf(&out, "%.*s", (int)(next - s), s);
		phys += nl != NULL;
		s = next;
	}
	sb_free(ec->out);
	*ec->out = out;
	free(el->v);
	el->v = NULL;
	el->n = el->cap = 0;
}
