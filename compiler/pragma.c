/*
 * pragma.c: "#pragma D" lines.  DTrace checks "#pragma D attributes",
 * "binding" and "depends_on" in its lexer, before any later syntax error, so
 * the lexer hands each #pragma line here as it is scanned
 * (pragma_scanned()); "#pragma D option" and unknown words are checked in
 * source order with the rest of the program (pragma_check(), from
 * sema_check()), and sema_check() reports an attributes or binding pragma
 * that names no identifier (pragma_ident()).
 *
 * It stands on sym.c (options) and util.c only, so the lexer may call it.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sema.h"
#include "dt_attr.h"
#include "dt_opt.h"

/* Split "D word rest" of a #pragma line; 0 when it is not a "#pragma D". */
static int pragma_words(const char *s, char *word, size_t wsize, const char **rest)
{
	size_t i = 0;

	while (isspace((unsigned char)*s))
		s++;
	if (s[0] != 'D' || !isspace((unsigned char)s[1]))
		return 0;
	s += 2;
	while (isspace((unsigned char)*s))
		s++;
	while (*s && !isspace((unsigned char)*s) && i + 1 < wsize)
		word[i++] = *s++;
	word[i] = 0;
	while (isspace((unsigned char)*s))
		s++;
	*rest = s;
	return 1;
}

/* A name DTrace defines (dt_open.c's global identifiers): a pragma may not
 * change it (D_PRAGMA_SCOPE, dt_pragma.c). */
static int predefined(const char *name)
{
	return builtin_find(name) || builtin_var_find(name);
}

/*
 * #pragma D attributes <attrs> <ident> (or provider <name> <part>), D binding
 * "<version>" <ident>, D depends_on <class> <name>: checked in dt_pragma.c's
 * order (form, then value, then scope) with its messages.  A valid
 * attributes or binding pragma naming an identifier is recorded in
 * dx->pragma_ids: sema_attr.c gives the identifier those attributes, and a
 * D library binding hides the identifier from a program that asks for an
 * older D version (sym.c sema_ident_newer()).  One naming a provider
 * DTrace has (built in: runtime/dt_attr.c) changes that provider's
 * attributes for the program (dt_pragma_attributes()).
 */
static void pragma_record(struct dtc *dx, struct node *n, const char *name, int binding,
			  int64_t value)
{
	struct dpragma_id *p = arena_alloc(dx, sizeof(*p));

	p->name = arena_strdup(dx, name);
	p->binding = binding;
	p->value = value;
	p->dlib = dtc_is_dlib_file(dx, n->loc.file);
	p->next = dx->pragma_ids;
	dx->pragma_ids = p;
}

/*
 * "#pragma D depends_on provider|module NAME" (dt_pragma_depends()): a
 * provider DTrace creates as it opens (dt_prov_*.c; pid and USDT providers
 * of a process are made only as a description names them), or a kernel
 * module with type data: this kernel's /sys/kernel/btf/NAME ("vmlinux" the
 * kernel itself).  A program checked against another kernel's BTF (--btf)
 * cannot see that kernel's modules: each is taken as there.
 */
static int depend_found(struct dtc *dx, const char *cls, const char *name)
{
	static const char *const provs[] = {
		"cpc", "dtrace", "fbt", "io", "ip", "lockstat", "pid", "proc", "profile",
		"rawtp", "sched", "sdt", "syscall", "tcp", "udp", "uprobe",
		"uprobe__is_enabled", "usdt",
	};
	char path[256];

	if (!strcmp(cls, "provider")) {
		for (size_t i = 0; i < sizeof(provs) / sizeof(provs[0]); i++)
			if (!strcmp(provs[i], name))
				return 1;
		return 0;
	}
	if (dx->btf_path)
		return 1;
	if (!*name || strchr(name, '/') || !strcmp(name, ".") || !strcmp(name, ".."))
		return 0;
	snprintf(path, sizeof(path), "/sys/kernel/btf/%s", name);
	return access(path, R_OK) == 0;
}

static void pragma_form(struct dtc *dx, struct node *n, const char *word, const char *rest)
{
	char args[4][128];
	int nargs = 0;
	const char *s = rest;
	int64_t v;

	while (*s && nargs < 4) {
		size_t l;
		while (*s == ' ' || *s == '\t')
			s++;
		if (!*s)
			break;
		l = strcspn(s, " \t");
		snprintf(args[nargs++], sizeof(args[0]), "%.*s", (int)l, s);
		s += l;
	}
	if (!strcmp(word, "attributes")) {
		/* ... <ident>, or ... provider <name> <part> */
		if (nargs != 2 && !(nargs == 4 && !strcmp(args[1], "provider"))) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "malformed #pragma attributes <attributes> <ident>");
			return;
		}
		if (dt_opt_attr(args[0], &v) != 0) {
			diag_error(dx, n->loc, "D_PRAGMA_INVAL",
				   "invalid attributes specified by #pragma attributes");
			return;
		}
		if (nargs == 4) {
			static const char *const parts[] = { "provider", "module", "function",
							     "name", "args" };
			size_t i;

			for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
				if (!strcmp(args[3], parts[i])) {
					pragma_record(dx, n, arena_printf(dx, "provider %s %d",
									  args[2], (int)i),
						      0, v);
					return;
				}
			/* a provider DTrace does not have (nor one the program
			 * defines): the pragma names an identifier called so
			 * (D_PRAGMA_UNUSED unless one is) */
			if (!dt_pattr_find(args[2]))
				return;
			/* dt_pragma_attributes() names the provider as the
			 * component and the component as the provider */
			diag_error(dx, n->loc, "D_PRAGMA_INVAL",
				   "invalid component \"%s\" in attribute #pragma for provider %s",
				   args[2], args[3]);
			return;
		}
		if (predefined(args[1]))
			diag_error(dx, n->loc, "D_PRAGMA_SCOPE",
				   "#pragma attributes cannot modify entity defined outside "
				   "program scope");
		else
			pragma_record(dx, n, args[1], 0, v);
	} else if (!strcmp(word, "binding")) {
		size_t l = strlen(args[0]);

		if (nargs != 2 || l < 2 || args[0][0] != '"' || args[0][l - 1] != '"') {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "malformed #pragma binding \"version\" <ident>");
			return;
		}
		args[0][l - 1] = 0;
		if (dt_opt_version(args[0] + 1, &v) == DT_OPTE_VERSINVAL) {
			diag_error(dx, n->loc, "D_PRAGMA_INVAL",
				   "invalid version string specified by #pragma binding");
			return;
		}
		if (predefined(args[1]))
			diag_error(dx, n->loc, "D_PRAGMA_SCOPE",
				   "#pragma binding cannot modify entity defined outside "
				   "program scope");
		else
			pragma_record(dx, n, args[1], 1, v);
	} else if (!strcmp(word, "depends_on")) {
		if (nargs != 2) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "malformed #pragma depends_on <class> <name>");
			return;
		}
		if (strcmp(args[0], "provider") && strcmp(args[0], "module") &&
		    strcmp(args[0], "library")) {
			diag_error(dx, n->loc, "D_PRAGMA_INVAL",
				   "invalid class %s specified by #pragma depends_on", args[0]);
			return;
		}
		/* a D library orders itself after another; the program may not */
		if (!strcmp(args[0], "library") && !dtc_is_dlib_file(dx, n->loc.file))
			diag_error(dx, n->loc, "D_PRAGMA_DEPEND",
				   "main program may not explicitly depend on a library");
		else if (strcmp(args[0], "library") && !depend_found(dx, args[0], args[1]))
			diag_error(dx, n->loc, "D_PRAGMA_DEPEND", "program requires %s %s",
				   args[0], args[1]);
	}
}

/*
 * "error" (dt_pragma_error()): the line's words and strings, each followed
 * by a space, as the error; integers are left out.
 */
static void pragma_error(struct dtc *dx, struct loc loc, const char *s, size_t n)
{
	struct strbuf m = { 0 };
	const char *e = s + n;

	while (s < e) {
		const char *w;

		while (s < e && isspace((unsigned char)*s))
			s++;
		if (s >= e)
			break;
		if (*s == '"') {
			w = ++s;
			while (s < e && *s != '"')
				s++;
			sb_putn(&m, w, (size_t)(s - w));
			sb_putc(&m, ' ');
			s += s < e;
			continue;
		}
		w = s;
		while (s < e && !isspace((unsigned char)*s) && *s != '"')
			s++;
		if (!isdigit((unsigned char)*w)) {
			sb_putn(&m, w, (size_t)(s - w));
			sb_putc(&m, ' ');
		}
	}
	diag_error(dx, loc, "D_PRAGERR", "#error: %s", m.s ? m.s : "");
	sb_free(&m);
}

/*
 * dt_lex.l scans a control line's integers before dt_pragma() reads them: one
 * strtoull() cannot hold is its D_INT_OFLOW, first.  1 after the error.
 */
static int pragma_int_oflow(struct dtc *dx, struct loc loc, const char *s, const char *e)
{
	while (s < e) {
		const char *w = s;

		if (*s == '"') {
			for (s++; s < e && *s != '"'; s++)
				;
			s++;
			continue;
		}
		while (s < e && !isspace((unsigned char)*s))
			s++;
		if (w < s && isdigit((unsigned char)*w)) {
			errno = 0;
			(void)strtoull(w, NULL, 0);
			if (errno == ERANGE) {
				diag_error(dx, loc, "D_INT_OFLOW", "constant %.*s results in integer overflow",
					   (int)(s - w), w);
				return 1;
			}
		}
		while (s < e && isspace((unsigned char)*s))
			s++;
	}
	return 0;
}

/*
 * "line" (dt_pragma_line()): a line number, then optionally a quoted file
 * name and cpp's state numbers.  The lines after it are numbered from N,
 * in that file (libdtrace's yylineno and pcb_filetag: diagnostics name
 * them); the main file as cpp names it ("/dev/stdin" to dtrace, "<stdin>"
 * to dtc's cpp) is the script itself.  A cpp line marker ("# N "file"",
 * naked) numbers the next line N; "#line N" and "#pragma line N" go through
 * dt_pragma()'s table, which takes back the newline already counted before
 * calling it and adds it again after, so their next line is N + 1.
 */
static void pragma_line(struct dtc *dx, struct loc loc, const char *s, size_t n, int naked)
{
	const char *e = s + n, *file = NULL;
	size_t flen = 0;
	long line = 0, flag = 0;
	int k = 0, ok = 1;

	if (pragma_int_oflow(dx, loc, s, e))
		return;
	while (s < e && ok) {
		const char *w;

		while (s < e && isspace((unsigned char)*s))
			s++;
		if (s >= e)
			break;
		w = s;
		if (*s == '"' && k == 1) {
			s++;
			while (s < e && *s != '"')
				s++;
			ok = s < e;
			file = w + 1;
			flen = (size_t)(s - file);
			s++;
		} else {
			while (s < e && !isspace((unsigned char)*s))
				s++;
			if (k == 0)
				line = strtol(w, NULL, 10);
			if (line > INT_MAX / 2)
				line = INT_MAX / 2; /* yylineno is an int */
			if (k >= 2)
				flag = strtol(w, NULL, 10);
			for (; w < s && ok; w++)
				ok = isdigit((unsigned char)*w) != 0;
			/* the state flags after the file: 1 entered an #include
			 * file, 2 returned from one (dt_pragma_line()'s pcb_idepth) */
			if (ok && k >= 2 && flag == 1)
				dx->idepth++;
			else if (ok && k >= 2 && flag == 2 && dx->idepth > 0)
				dx->idepth--;
		}
		k++;
	}
	if (!ok || k == 0) {
		/* an integer first (a cpp line marker, "#pragma N"): dt_pragma()
		 * calls dt_pragma_line() with the newline still counted, so the
		 * error is on the next line */
		if (naked && loc.file >= 0 && loc.file < dx->nfiles) {
			const struct src_file *f = &dx->files[loc.file];
			const char *nl = memchr(f->text + loc.off, '\n', f->len - (size_t)loc.off);

			if (nl && (size_t)(nl + 1 - f->text) < f->len) {
				loc.off = (int)(nl + 1 - f->text);
				loc.len = 0;
			}
		}
		diag_error(dx, loc, "D_PRAGMA_MALFORM",
			   "malformed #line <line> [ [\"file\"] state ]");
		return;
	}
	if (loc.file >= 0 && loc.file < dx->nfiles) {
		const struct src_file *f = &dx->files[loc.file];
		const char *nl = memchr(f->text + loc.off, '\n', f->len - (size_t)loc.off);
		char *name = NULL;

		if (file) {
			name = arena_strndup(dx, file, flen);
			if (!strcmp(name, "/dev/stdin") || !strcmp(name, "<stdin>"))
				name = ""; /* the script itself */
		}
		if (nl)
			loc_set_line(dx, loc.file, (int)(nl - f->text) + 1,
				     (int)line + !naked, name);
	}
}

/* A cpp line marker, "# N "file" flags..." (s at N): as #line N. */
void pragma_linemarker(struct dtc *dx, struct loc loc, const char *s, size_t n)
{
	pragma_line(dx, loc, s, n, 1);
}

/*
 * A control line other than "#pragma" (dt_pragma.c's table, DT_PRAGMA_DIR):
 * "#error", "#ident" and "#line"; 0 when word is not one of them.
 */
int pragma_directive(struct dtc *dx, struct loc loc, const char *word, size_t wlen,
		     const char *rest, size_t rlen)
{
	if (wlen == 5 && !memcmp(word, "error", 5))
		pragma_error(dx, loc, rest, rlen);
	else if (wlen == 4 && !memcmp(word, "line", 4))
		pragma_line(dx, loc, rest, rlen, 0);
	else if (!(wlen == 5 && !memcmp(word, "ident", 5)))
		return 0;
	return 1;
}

/* The lexer's hook: DTrace checks these pragmas as it scans them. */
void pragma_scanned(struct dtc *dx, struct node *n)
{
	char word[64];
	const char *rest, *w = n->str + strspn(n->str, " \t\f\v\r");

	/* dt_pragma(): a string where a word is expected, after "pragma" or
	 * "pragma D", is no directive, reported once the newline is read */
	if (w[0] == 'D' && (isspace((unsigned char)w[1]) || w[1] == '"'))
		w += 1 + strspn(w + 1, " \t\f\v\r");
	if (*w == '"') {
		diag_error(dx, pragma_next_line(dx, n->loc), "D_PRAGCTL_INVAL",
			   "invalid control directive");
		n->str = ""; /* nothing more to check */
		return;
	}
	if (!pragma_words(n->str, word, sizeof(word), &rest)) {
		/* "#pragma WORD": dt_pragma.c's directives, other words ignored */
		const char *w = n->str, *p;

		while (isspace((unsigned char)*w))
			w++;
		if (isdigit((unsigned char)*w)) { /* "#pragma N ...": a #line */
			pragma_line(dx, n->loc, w, strlen(w), 1);
			return;
		}
		for (p = w; *p && !isspace((unsigned char)*p); p++)
			;
		rest = p;
		while (isspace((unsigned char)*rest))
			rest++;
		pragma_directive(dx, n->loc, w, (size_t)(p - w), rest, strlen(rest));
		return;
	}
	if (isdigit((unsigned char)word[0])) { /* "#pragma D N ...": a #line */
		const char *w = n->str + strspn(n->str, " \t") + 1;

		w += strspn(w, " \t");
		pragma_line(dx, n->loc, w, strlen(w), 1);
		return;
	}
	if (!strcmp(word, "depends_on") || !strcmp(word, "binding") ||
	    !strcmp(word, "attributes"))
		pragma_form(dx, n, word, rest);
	else
		pragma_directive(dx, n->loc, word, strlen(word), rest, strlen(rest));
}

/* The start of the line after the one at l: dt_lex.l's yylineno once it
 * read a control line's newline. */
struct loc pragma_next_line(const struct dtc *dx, struct loc l)
{
	const struct src_file *f = &dx->files[l.file];
	size_t off = (size_t)l.off;

	while (off < f->len && f->text[off] != '\n')
		off++;
	return (struct loc){ l.file, (int)(off < f->len ? off + 1 : off), 0 };
}

/*
 * "#pragma D option name[=value]": sets the option (sym.c).  The other
 * "#pragma D" words were checked as scanned; any word DTrace does not know
 * is D_PRAGMA_INVAL.  Other pragmas (e.g. ident) are ignored, as DTrace does.
 */
void pragma_check(struct dtc *dx, struct node *n)
{
	char word[64];
	const char *s;

	if (!pragma_words(n->str, word, sizeof(word), &s))
		return;
	if (!strcmp(word, "option")) {
		const char *eq = strchr(s, '=');
		const char *end = s + strlen(s);
		char *name, *value;
		while (end > s && isspace((unsigned char)end[-1]))
			end--;
		if (eq && eq < end) {
			name = arena_strndup(dx, s, eq - s);
			value = arena_strndup(dx, eq + 1, end - eq - 1);
		} else {
			name = arena_strndup(dx, s, end - s);
			value = NULL;
		}
		/* dt_pragma_option(): there must be one argument, a word, not a
		 * string or a number; "=1" is one, of an empty name (the
		 * control line's words are any run of non-blanks) */
		if (s == end || *name == '"' || isdigit((unsigned char)*name)) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "malformed #pragma option <option>=<val>");
			return;
		}
		if (strpbrk(name, " \t") || (value && strpbrk(value, " \t"))) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "superfluous arguments specified for #pragma option");
			return;
		}
		sema_set_option(dx, name, value, n->loc);
	} else if (isdigit((unsigned char)word[0]) || !strcmp(word, "depends_on") ||
		   !strcmp(word, "binding") || !strcmp(word, "attributes") || !strcmp(word, "ident") ||
		   !strcmp(word, "error") || !strcmp(word, "line")) {
		/* checked as scanned: pragma_scanned() */
	} else {
		diag_error(dx, n->loc, "D_PRAGMA_INVAL", "invalid D pragma: %s", word);
	}
}

/*
 * "#pragma D attributes A name" and "#pragma D binding "v" name" apply to a
 * global identifier defined before or after them; DTrace reports one that
 * names no identifier by the end of the program (dt_cc.c, D_PRAGMA_UNUSED).
 * The pragma's word ("attributes", "binding") and the identifier it names,
 * or 0: another pragma, or a malformed or provider form (checked when
 * scanned).
 */
int pragma_ident(const struct node *n, char *word, size_t wsize, char *name, size_t nsize)
{
	const char *rest, *s;
	size_t l;

	if (n->kind != N_PRAGMA || !pragma_words(n->str, word, wsize, &rest))
		return 0;
	if (strcmp(word, "attributes") && strcmp(word, "binding"))
		return 0;
	s = rest + strcspn(rest, " \t");
	/* "attributes A provider P part" of a provider DTrace does not have
	 * names an identifier P (dt_pragma_attributes()) */
	if (!strcmp(word, "attributes") && !strncmp(s + strspn(s, " \t"), "provider", 8) &&
	    isspace((unsigned char)s[strspn(s, " \t") + 8])) {
		char prov[128];
		const char *p = s + strspn(s, " \t") + 8;

		p += strspn(p, " \t");
		l = strcspn(p, " \t");
		if (!l || l >= sizeof(prov) || l >= nsize)
			return 0;
		memcpy(prov, p, l);
		prov[l] = 0;
		if (dt_pattr_find(prov))
			return 0;
		memcpy(name, prov, l + 1);
		return 1;
	}
	while (isspace((unsigned char)*s))
		s++;
	l = strcspn(s, " \t");
	if (!l || s[l] || l >= nsize)
		return 0;
	memcpy(name, s, l);
	name[l] = 0;
	return 1;
}
