/*
 * util.c: the compilation's arena, source files, diagnostics and string
 * buffers.  Everything here is used by every pass; nothing here knows D.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "dtc.h"

struct arena_blk {
	struct arena_blk *next;
	size_t used, cap;
	char data[];
};

struct dtc *dtc_new(void)
{
	struct dtc *dx = calloc(1, sizeof(*dx));
	if (!dx) {
		fprintf(stderr, "dtc: out of memory\n");
		exit(1);
	}
	dx->max_errors = 20;
	dx->target_pid = -1;
	dx->diag_out = stderr;
	return dx;
}

void dtc_free(struct dtc *dx)
{
	struct arena_blk *b, *n;
	if (!dx)
		return;
	for (b = dx->arena; b; b = n) {
		n = b->next;
		free(b);
	}
	sb_free(&dx->c_out);
	free(dx->files);
	btf__free(dx->btf);
	free(dx);
}

void *arena_alloc(struct dtc *dx, size_t n)
{
	struct arena_blk *b = dx->arena;
	void *p;

	n = (n + 15) & ~(size_t)15;
	if (!b || b->cap - b->used < n) {
		size_t cap = n > 65536 ? n : 65536;
		b = malloc(sizeof(*b) + cap);
		if (!b) {
			fprintf(stderr, "dtc: out of memory\n");
			exit(1);
		}
		b->cap = cap;
		b->used = 0;
		b->next = dx->arena;
		dx->arena = b;
	}
	p = b->data + b->used;
	b->used += n;
	memset(p, 0, n);
	return p;
}

char *arena_strndup(struct dtc *dx, const char *s, size_t n)
{
	char *p = arena_alloc(dx, n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *arena_strdup(struct dtc *dx, const char *s)
{
	return arena_strndup(dx, s, strlen(s));
}

char *arena_printf(struct dtc *dx, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	p = arena_alloc(dx, n + 1);
	va_start(ap, fmt);
	vsnprintf(p, n + 1, fmt, ap);
	va_end(ap);
	return p;
}

struct node *node_new(struct dtc *dx, enum node_kind kind, struct loc loc)
{
	struct node *n = arena_alloc(dx, sizeof(*n));
	n->kind = kind;
	n->loc = loc;
	return n;
}

struct loc loc_span(struct loc a, struct loc b)
{
	struct loc r = a;
	if (a.file == b.file && b.off + b.len > a.off)
		r.len = b.off + b.len - a.off;
	return r;
}

/*
 * dtrace(1) reports a semantic error at the line of the node being cooked,
 * and a node is made when bison reduces its rule: for an expression whose
 * last operand is a postfix expression ((type)e, a + b), after bison has read
 * the token that follows it.  Under --dtrace-diags this is where that token
 * starts (after blanks and comments; after a '/', where the blanks that
 * follow it end), else loc itself.
 */
struct loc loc_after_lookahead(struct dtc *dx, struct loc loc)
{
	const struct src_file *f;
	size_t i;

	if (!dx->dtrace_diags || loc.file < 0 || loc.file >= dx->nfiles)
		return loc;
	f = &dx->files[loc.file];
	for (i = (size_t)loc.off + loc.len; i < f->len;) {
		if (f->text[i] == ' ' || f->text[i] == '\t' || f->text[i] == '\n' ||
		    f->text[i] == '\r') {
			i++;
		} else if (f->text[i] == '/' && i + 1 < f->len && f->text[i + 1] == '*') {
			const char *e = strstr(f->text + i + 2, "*/");
			if (!e)
				return loc;
			i = e + 2 - f->text;
		} else {
			break;
		}
	}
	if (i >= f->len)
		return loc;
	/* a '/' (a division, or a predicate's end): dt_lex.l reads on past
	 * the blanks after it to tell which, so yylineno is that line */
	if (f->text[i] == '/' && (i + 1 >= f->len || f->text[i + 1] != '*')) {
		size_t j = i + 1;

		while (j < f->len && strchr(" \t\n\r\f\v", f->text[j]))
			j++;
		if (j < f->len)
			i = j;
	}
	loc.off = (int)i;
	loc.len = 1;
	return loc;
}

struct loc loc_last_token(struct dtc *dx, struct loc loc)
{
	if (!dx->dtrace_diags || loc.len <= 0)
		return loc;
	loc.off += loc.len - 1;
	loc.len = 1;
	return loc;
}

int dtc_add_file(struct dtc *dx, const char *name, const char *text, size_t len)
{
	if (dx->nfiles == dx->files_cap) {
		dx->files_cap = dx->files_cap ? dx->files_cap * 2 : 8;
		dx->files = realloc(dx->files, dx->files_cap * sizeof(*dx->files));
		if (!dx->files) {
			fprintf(stderr, "dtc: out of memory\n");
			exit(1);
		}
	}
	memset(&dx->files[dx->nfiles], 0, sizeof(dx->files[0]));
	dx->files[dx->nfiles].name = arena_strdup(dx, name);
	dx->files[dx->nfiles].text = arena_strndup(dx, text, len);
	dx->files[dx->nfiles].len = len;
	return dx->nfiles++;
}

/*
 * Macro argument n referenced in a file: each program (a -s script, a -n
 * description ...) is compiled on its own in dtrace, so each is checked
 * for the arguments it uses (dt_cc.c's D_MACRO_UNUSED, D_MACRO_UNDEF).
 */
void dtc_macro_ref(struct dtc *dx, int file, long n)
{
	if (file >= 0 && file < dx->nfiles && n >= 0 && n < 64)
		dx->files[file].macro_ref |= 1ULL << n;
}

int dtc_is_dlib_file(const struct dtc *dx, int file)
{
	return file < dx->ndlib_files;
}

int dtc_is_dlib_item(const struct dtc *dx, const struct node *n)
{
	return dtc_is_dlib_file(dx, n->loc.file);
}

void loc_linecol(struct dtc *dx, struct loc loc, int *line, int *col)
{
	const struct src_file *f;
	int l = 1, c = 1, i;

	*line = *col = 0;
	if (loc.file < 0 || loc.file >= dx->nfiles)
		return;
	f = &dx->files[loc.file];
	for (i = 0; i < loc.off && (size_t)i < f->len; i++) {
		if (f->text[i] == '\n') {
			l++;
			c = 1;
		} else {
			c++;
		}
	}
	*line = loc_mapped_line(dx, loc.file, loc.off, l);
	*col = c;
}

/* The last #line at or before byte off of file f, or NULL. */
static const struct src_lineset *lineset_at(const struct src_file *f, int off)
{
	const struct src_lineset *ls = NULL;

	for (int i = 0; i < f->nlsets && f->lsets[i].off <= off; i++)
		ls = &f->lsets[i];
	return ls;
}

int loc_mapped_line(struct dtc *dx, int file, int off, int pline)
{
	const struct src_lineset *ls;

	if (file < 0 || file >= dx->nfiles || !(ls = lineset_at(&dx->files[file], off)))
		return pline;
	return ls->line + (pline - ls->pline);
}

/* The file a #line named for loc (libdtrace's pcb_filetag), or NULL. */
static const char *loc_filetag(struct dtc *dx, struct loc loc)
{
	const struct src_lineset *ls;

	if (loc.file < 0 || loc.file >= dx->nfiles)
		return NULL;
	ls = lineset_at(&dx->files[loc.file], loc.off);
	return ls ? ls->name : NULL;
}

const char *loc_file_name(struct dtc *dx, struct loc loc)
{
	const char *tag = loc_filetag(dx, loc);

	if (loc.file < 0 || loc.file >= dx->nfiles)
		return NULL;
	return tag ? tag : dx->files[loc.file].name;
}

void loc_set_line(struct dtc *dx, int file, int off, int line, const char *name)
{
	struct src_file *f;
	struct src_lineset *ls;
	int pline = 1;

	if (file < 0 || file >= dx->nfiles)
		return;
	f = &dx->files[file];
	if (f->nlsets == f->lsets_cap) {
		int cap = f->lsets_cap ? 2 * f->lsets_cap : 8;
		struct src_lineset *v = arena_alloc(dx, sizeof(*v) * (size_t)cap);

		if (f->nlsets)
			memcpy(v, f->lsets, sizeof(*v) * (size_t)f->nlsets);
		f->lsets = v;
		f->lsets_cap = cap;
	}
	for (int i = 0; i < off && (size_t)i < f->len; i++)
		pline += f->text[i] == '\n';
	ls = &f->lsets[f->nlsets++];
	ls->off = off;
	ls->pline = pline;
	ls->line = line;
	/* none: the name an earlier #line gave stays; "": the file's own */
	ls->name = !name ? (f->nlsets > 1 ? ls[-1].name : NULL)
		   : *name ? arena_strdup(dx, name) : NULL;
}

/* The source line of loc and a caret under its span, appended to sb. */
static void diag_show_line(struct dtc *dx, struct loc loc, struct strbuf *sb)
{
	const struct src_file *f;
	int start, end, i, n;

	if (loc.file < 0 || loc.file >= dx->nfiles)
		return;
	f = &dx->files[loc.file];
	if ((size_t)loc.off > f->len)
		return;
	for (start = loc.off; start > 0 && f->text[start - 1] != '\n'; start--)
		;
	for (end = loc.off; (size_t)end < f->len && f->text[end] != '\n'; end++)
		;
	sb_printf(sb, "%.*s\n", end - start, f->text + start);
	for (i = start; i < loc.off; i++)
		sb_putc(sb, f->text[i] == '\t' ? '\t' : ' ');
	sb_putc(sb, '^');
	n = loc.len;
	if (loc.off + n > end)
		n = end - loc.off;
	for (i = 1; i < n; i++)
		sb_putc(sb, '~');
	sb_putc(sb, '\n');
}

/*
 * --dtrace-diags (dtrun -s): dtrace's own words for the first error, which
 * is all dtrace reports: "dtrace: failed to compile script NAME: [TAG]
 * line N: message", the tag only under -x errtags; notes and later errors
 * are not shown.
 */
/* The script an error is in: the one named, unless there are several
 * (dtrun -s a.d -s b.d: dtrace compiles each on its own). */
static const char *diag_script(const struct dtc *dx, struct loc loc)
{
	int n = 0;

	for (int f = dx->ndlib_files; f < dx->nfiles; f++)
		n += strcmp(dx->files[f].name, "<command-line>") != 0;
	if (n > 1 && loc.file >= dx->ndlib_files && loc.file < dx->nfiles)
		return dx->files[loc.file].name;
	return dx->script_name ? dx->script_name : "";
}

static void diag_dtrace(struct dtc *dx, struct loc loc, int line, const char *tag,
			const char *fmt, va_list ap)
{
	struct dopt *o;
	int errtags = 0, f, k = 0;

	if (dx->nerrors != 1 || dx->ids_pending || dx->pids_pending)
		return; /* the first only; none while dtrun resolves probe IDs or
			   checks pid descriptions */
	for (o = dx->opts; o; o = o->next)
		errtags |= strcmp(o->name, "errtags") == 0;
	if (loc.file >= 0 && loc.file < dx->nfiles &&
	    !strcmp(dx->files[loc.file].name, "<command-line>")) {
		/*
		 * dtrace -n (-P -m -f): "invalid probe specifier SPEC: ", SPEC
		 * as given; no line (a string has none), but the region
		 * being cooked, as dt_set_errmsg() writes it.
		 */
		for (f = 0; f < loc.file; f++)
			k += !strcmp(dx->files[f].name, "<command-line>");
		if (k < dx->nspec_names)
			fprintf(dx->diag_out, "dtrace: invalid probe specifier %s: ",
				dx->spec_names[k]);
		else
			fprintf(dx->diag_out, "dtrace: invalid probe specifier %.*s: ",
				(int)dx->files[loc.file].len, dx->files[loc.file].text);
		if (errtags && tag)
			fprintf(dx->diag_out, "[%s] ", tag);
		if (dx->diag_region)
			fprintf(dx->diag_out, "in %s: ", dx->diag_region);
		vfprintf(dx->diag_out, fmt, ap);
		fputc('\n', dx->diag_out);
		return;
	}
	/* an error of no place in the program: -n's words when there is no script */
	for (f = 0; dx->nspec_names && f < dx->nfiles; f++)
		if (!dtc_is_dlib_file(dx, f) && strcmp(dx->files[f].name, "<command-line>"))
			break;
	if (dx->nspec_names && f == dx->nfiles && (loc.file < 0 || dtc_is_dlib_file(dx, loc.file)))
		fprintf(dx->diag_out, "dtrace: invalid probe specifier %s: ", dx->spec_names[0]);
	else
		fprintf(dx->diag_out, "dtrace: failed to compile script %s: ", diag_script(dx, loc));
	if (errtags && tag)
		fprintf(dx->diag_out, "[%s] ", tag);
	if (line && loc_filetag(dx, loc))
		/* dt_set_errmsg(): the file a #line named (pcb_filetag) */
		fprintf(dx->diag_out, "\"%s\", line %d: ", loc_filetag(dx, loc), line);
	else if (line)
		fprintf(dx->diag_out, "line %d: ", line);
	vfprintf(dx->diag_out, fmt, ap);
	fputc('\n', dx->diag_out);
}

static void diag_v(struct dtc *dx, struct loc loc, const char *kind, const char *tag,
		   const char *fmt, va_list ap)
{
	int line, col;

	struct strbuf sb = { 0 };

	if (dx->hold && !dx->hold->tag && !strcmp(kind, "error")) {
		dx->hold->tag = tag ? tag : "";
		dx->hold->loc = loc;
	}
	loc_linecol(dx, loc, &line, &col);
	if (dx->dtrace_diags) {
		if (!strcmp(kind, "error"))
			diag_dtrace(dx, loc, line, tag, fmt, ap);
		return;
	}
	/* built whole, then written at once: stderr is unbuffered, and a
	 * character at a time made a 200 KB source line 200,000 writes */
	if (line)
		sb_printf(&sb, "%s:%d:%d: %s: ", loc_file_name(dx, loc), line, col, kind);
	else
		sb_printf(&sb, "dtc: %s: ", kind);
	sb_vprintf(&sb, fmt, ap);
	if (tag)
		sb_printf(&sb, " [%s]", tag);
	sb_putc(&sb, '\n');
	if (line)
		diag_show_line(dx, loc, &sb);
	fwrite(sb.s, 1, sb.len, dx->diag_out);
	fflush(dx->diag_out);
	sb_free(&sb);
}

/*
 * libdtrace compiles a clause in two steps: it cooks the action list and
 * the predicate (types, prototypes, identifiers: dt_cook_clause()), then
 * generates their code, where the actions' own checks are (dt_cg.c and the
 * format checks of dt_printf.c).  So in a clause, every error of the first
 * step comes before any of the second, which come in source order (the
 * predicate's code first, then each statement's), and those come before
 * the next clause's.  dtc checks both at once; while sema is in a clause
 * (dx->cg_defer), an error with a tag only code generation raises waits
 * here for the clause's end (diag_cg_flush(), from sema.c).
 */
struct cg_diag {
	struct loc loc;
	struct loc at;       /* where dtrace(1)'s words place it (diag_error_at()) */
	const char *tag;
	char *msg;
	struct loc note_loc; /* a note that follows it, or none */
	char *note;
};

static int cg_phase_tag(const char *tag)
{
	static const char *const pfx[] = { "D_LQUANT_", "D_LLQUANT_", "D_PRINTF_", "D_PRINTA_",
					   "D_NORMALIZE_", "D_TRUNC_", "D_CLEAR_", "D_SPEC_",
					   "D_TRACEMEM_", "D_USTACK_" };
	static const char *const tags[] = {
		"D_ACT_SPEC", "D_AGG_COMM", "D_AGG_NULL", "D_AGG_SCALAR", "D_AGG_SPEC",
		"D_ALLOCA_SIZE", "D_CG_DYN", "D_CG_EXPR", "D_COMM_DREC", "D_DREC_COMM",
		"D_EXIT_SPEC", "D_FREOPEN_INVALID", "D_PRINTED", "D_PRINT_SIZE", "D_STACK_SIZE",
		"D_TRACE_DYN", "D_TRACE_VOID", "D_VAR_UNSUP",
	};

	if (!tag)
		return 0;
	for (size_t i = 0; i < sizeof(pfx) / sizeof(pfx[0]); i++)
		if (!strncmp(tag, pfx[i], strlen(pfx[i])))
			return 1;
	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
		if (!strcmp(tag, tags[i]))
			return 1;
	return 0;
}

/*
 * Holding: a part's diagnostics go to memory, and it is checked as if it
 * were the first to find errors (dx->nerrors as before it: dtrace's words
 * say the first error only); diag_hold_say() writes them where they fall.
 */
void diag_hold_begin(struct dtc *dx, struct diag_hold *h)
{
	*h = (struct diag_hold){ .out = dx->diag_out, .nerrors0 = dx->nerrors };
	h->mem = open_memstream(&h->text, &h->len);
	if (h->mem)
		dx->diag_out = h->mem;
	dx->hold = h;
}

/* Stops holding; dx->nerrors is as it was before the part. */
void diag_hold_end(struct dtc *dx, struct diag_hold *h)
{
	if (h->mem) {
		fclose(h->mem);
		dx->diag_out = h->out;
	}
	dx->hold = NULL;
	h->nerrs = dx->nerrors - h->nerrors0;
	dx->nerrors = h->nerrors0;
}

/* Says a held part's diagnostics (say) or drops them, and counts its errors. */
void diag_hold_say(struct dtc *dx, struct diag_hold *h, int say)
{
	if (say && h->len)
		fwrite(h->text, 1, h->len, dx->diag_out);
	fflush(dx->diag_out);
	free(h->text);
	h->text = NULL;
	dx->nerrors += h->nerrs;
}

/* Where the clause's first code generation error so far is, or -1. */
long diag_cg_first(const struct dtc *dx)
{
	long off = -1;

	for (int i = 0; i < dx->ncg_diags; i++)
		if (off < 0 || (long)dx->cg_diags[i].loc.off < off)
			off = (long)dx->cg_diags[i].loc.off;
	return off;
}

/* The clause's code generation errors, in source order, after its others. */
void diag_cg_flush(struct dtc *dx)
{
	int n = dx->ncg_diags, i, j;
	struct cg_diag *d = dx->cg_diags;
	const char *region = dx->diag_region;

	dx->cg_defer = 0;
	dx->diag_region = NULL; /* dt_cg.c's errors have no yylabel() */
	for (i = 1; i < n; i++) /* stable: a statement's own errors keep their order */
		for (j = i; j > 0 && d[j].loc.off < d[j - 1].loc.off; j--) {
			struct cg_diag x = d[j];

			d[j] = d[j - 1];
			d[j - 1] = x;
		}
	for (i = 0; i < n; i++) { /* dtrace stops at the first: dtc goes on */
		diag_error_at(dx, d[i].loc, d[i].at, d[i].tag, "%s", d[i].msg);
		if (d[i].note)
			diag_note(dx, d[i].note_loc, "%s", d[i].note);
	}
	dx->ncg_diags = 0;
	dx->diag_region = region;
}

static void diag_defer(struct dtc *dx, struct loc loc, struct loc at, const char *tag,
		       const char *fmt, va_list ap)
{
	struct strbuf sb = { 0 };

	if (dx->ncg_diags == dx->cg_diags_cap) { /* in the arena: freed with it */
		struct cg_diag *nd;

		dx->cg_diags_cap = dx->cg_diags_cap ? dx->cg_diags_cap * 2 : 8;
		nd = arena_alloc(dx, sizeof(*nd) * dx->cg_diags_cap);
		if (dx->ncg_diags)
			memcpy(nd, dx->cg_diags, sizeof(*nd) * dx->ncg_diags);
		dx->cg_diags = nd;
	}
	sb_vprintf(&sb, fmt, ap);
	dx->cg_diags[dx->ncg_diags++] =
		(struct cg_diag){ loc, at, arena_strndup(dx, tag, strlen(tag)), /* may be built */
				  arena_strndup(dx, sb.s ? sb.s : "", sb.len), { 0 }, NULL };
	sb_free(&sb);
	dx->cg_noted = 1;
}

/* diag_error_cg() where dtrace(1)'s words say another line (diag_error_at()) */
void diag_error_cg_at(struct dtc *dx, struct loc loc, struct loc at, const char *tag,
		      const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (dx->cg_defer)
		diag_defer(dx, loc, at, tag, fmt, ap);
	else if (++dx->nerrors <= dx->max_errors)
		diag_v(dx, dx->dtrace_diags ? at : loc, "error", tag, fmt, ap);
	va_end(ap);
}

/* An error code generation finds under a tag the parser raises too:
 * trace()'s "scalar or string", quantize()'s increment... */
void diag_error_cg(struct dtc *dx, struct loc loc, const char *tag, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (dx->cg_defer)
		diag_defer(dx, loc, loc, tag, fmt, ap);
	else if (++dx->nerrors <= dx->max_errors)
		diag_v(dx, loc, "error", tag, fmt, ap);
	va_end(ap);
}

static void diag_error_v(struct dtc *dx, struct loc loc, struct loc at, const char *tag,
			 const char *fmt, va_list ap)
{
	if (dx->cg_defer && cg_phase_tag(tag)) {
		diag_defer(dx, loc, at, tag, fmt, ap);
		return;
	}
	dx->cg_noted = 0;
	if (++dx->nerrors > dx->max_errors)
		return;
	diag_v(dx, dx->dtrace_diags ? at : loc, "error", tag, fmt, ap);
	if (dx->nerrors == dx->max_errors && !dx->dtrace_diags)
		fprintf(dx->diag_out, "dtc: too many errors, stopping\n");
}

void diag_error(struct dtc *dx, struct loc loc, const char *tag, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_error_v(dx, loc, loc, tag, fmt, ap);
	va_end(ap);
}

/*
 * An error dtc shows at loc and dtrace(1)'s words at another line, at:
 * libdtrace's xyerror() at code generation says yylineno, which is not the
 * node's line but the clause's probe description's, or the last printf()-
 * like action's or printa() with a format's (dt_cg_act_printf(),
 * dt_cg_act_printa() set it).
 */
void diag_error_at(struct dtc *dx, struct loc loc, struct loc at, const char *tag,
		   const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_error_v(dx, loc, at, tag, fmt, ap);
	va_end(ap);
}

void diag_error_edt(struct dtc *dx, struct loc loc, const char *fmt, ...)
{
	va_list ap;

	if (++dx->nerrors > dx->max_errors)
		return;
	va_start(ap, fmt);
	if (dx->dtrace_diags)
		diag_dtrace(dx, (struct loc){ -1, 0, 0 }, 0, NULL, fmt, ap);
	else
		diag_v(dx, loc, "error", NULL, fmt, ap);
	va_end(ap);
}

void diag_note(struct dtc *dx, struct loc loc, const char *fmt, ...)
{
	va_list ap;

	if (dx->cg_defer && dx->cg_noted && dx->ncg_diags) { /* the deferred error's note */
		struct strbuf sb = { 0 };
		struct cg_diag *d = &dx->cg_diags[dx->ncg_diags - 1];

		va_start(ap, fmt);
		sb_vprintf(&sb, fmt, ap);
		va_end(ap);
		d->note_loc = loc;
		d->note = arena_strndup(dx, sb.s ? sb.s : "", sb.len);
		sb_free(&sb);
		return;
	}

	if (dx->nerrors > dx->max_errors)
		return;
	va_start(ap, fmt);
	diag_v(dx, loc, "note", NULL, fmt, ap);
	va_end(ap);
}

static void diag_plain_v(struct dtc *dx, int file, const char *tag, const char *fmt, va_list ap)
{
	va_list aq;

	dx->nerrors++;
	if (dx->dtrace_diags) {
		diag_dtrace(dx, (struct loc){ file, 0, 0 }, 0, tag, fmt, ap);
		return;
	}
	fprintf(dx->diag_out, "dtc: error: ");
	va_copy(aq, ap);
	vfprintf(dx->diag_out, fmt, aq);
	va_end(aq);
	if (tag)
		fprintf(dx->diag_out, " [%s]", tag);
	fputc('\n', dx->diag_out);
}

/*
 * An error dtrace meets once it enables tracing, not as it compiles
 * ("could not enable tracing: ..."): under --dtrace-diags, dtrace's line
 * with no script named.
 */
void diag_enable(struct dtc *dx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (dx->dtrace_diags) {
		if (++dx->nerrors == 1 && !dx->pids_pending) {
			fprintf(dx->diag_out, "dtrace: ");
			vfprintf(dx->diag_out, fmt, ap);
			fputc('\n', dx->diag_out);
		}
	} else {
		diag_plain_v(dx, -1, NULL, fmt, ap);
	}
	va_end(ap);
}

void diag_plain(struct dtc *dx, const char *tag, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_plain_v(dx, -1, tag, fmt, ap);
	va_end(ap);
}

/*
 * An error of a whole input file (a -s script, a -n description), which
 * dtrace names.  dt_compile() raises it once the lexer has read all of the
 * program, so a script's message has the line the lexer is then on, its
 * last ("line 5:" after four newlines; -n's strings have no line).
 */
void diag_file(struct dtc *dx, int file, const char *tag, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (dx->dtrace_diags && file >= 0 && file < dx->nfiles &&
	    strcmp(dx->files[file].name, "<command-line>")) {
		struct loc end = { file, (int)dx->files[file].len, 0 };
		int line, col;

		loc_linecol(dx, end, &line, &col);
		dx->nerrors++;
		diag_dtrace(dx, end, line, tag, fmt, ap);
	} else {
		diag_plain_v(dx, file, tag, fmt, ap);
	}
	va_end(ap);
}

_Noreturn void dtc_bug_at(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "dtc: internal error at %s:%d: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

static void sb_grow(struct strbuf *sb, size_t need)
{
	if (sb->len + need + 1 <= sb->cap)
		return;
	while (sb->len + need + 1 > sb->cap)
		sb->cap = sb->cap ? sb->cap * 2 : 256;
	sb->s = realloc(sb->s, sb->cap);
	if (!sb->s) {
		fprintf(stderr, "dtc: out of memory\n");
		exit(1);
	}
}

void sb_putc(struct strbuf *sb, char c)
{
	sb_grow(sb, 1);
	sb->s[sb->len++] = c;
	sb->s[sb->len] = 0;
}

void sb_putn(struct strbuf *sb, const char *s, size_t n)
{
	sb_grow(sb, n);
	memcpy(sb->s + sb->len, s, n);
	sb->len += n;
	sb->s[sb->len] = 0;
}

void sb_puts(struct strbuf *sb, const char *s)
{
	size_t n = strlen(s);
	sb_grow(sb, n);
	memcpy(sb->s + sb->len, s, n + 1);
	sb->len += n;
}

void sb_vprintf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	sb_grow(sb, n);
	vsnprintf(sb->s + sb->len, n + 1, fmt, ap);
	sb->len += n;
}

void sb_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(sb, fmt, ap);
	va_end(ap);
}

void sb_free(struct strbuf *sb)
{
	free(sb->s);
	sb->s = NULL;
	sb->len = sb->cap = 0;
}

void sb_put_cstr(struct strbuf *sb, const char *s, size_t len)
{
	size_t i;
	for (i = 0; i < len; i++) {
		unsigned char c = s[i];
		switch (c) {
		case '\\': sb_puts(sb, "\\\\"); break;
		case '"': sb_puts(sb, "\\\""); break;
		case '\n': sb_puts(sb, "\\n"); break;
		case '\t': sb_puts(sb, "\\t"); break;
		default:
			if (c < 0x20 || c >= 0x7f) {
				/* octal, so a following hex digit is not absorbed */
				sb_printf(sb, "\\%03o", c);
			} else {
				sb_putc(sb, c);
			}
		}
	}
}
