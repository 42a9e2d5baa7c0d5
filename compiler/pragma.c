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

/*
 * A control line's tokens as dt_lex.l's S3 state scans them: blanks
 * separate; a quoted string is a string (its quotes off); a run of other
 * characters an integer where RGX_INT matches it whole (flex takes the
 * longest match, the integer rule on a tie: "12", "0x1fUL", not "1.0" or
 * "12abc"), else an identifier.  Up to max tokens into args[] and kinds[];
 * returns how many there are.
 */
enum { PT_IDENT, PT_STRING, PT_INT };

static size_t rgx_int_len(const char *s)
{
	size_t i = 0;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && isxdigit((unsigned char)s[2]))
		for (i = 2; isxdigit((unsigned char)s[i]); i++)
			;
	else
		while (isdigit((unsigned char)s[i]))
			i++;
	if (!i)
		return 0;
	i += s[i] == 'u' || s[i] == 'U';
	i += s[i] == 'l' || s[i] == 'L';
	i += s[i] == 'l' || s[i] == 'L';
	return i;
}

static int pragma_args(const char *s, char (*args)[128], int *kinds, int max)
{
	int n = 0;

	for (;;) {
		const char *w;
		size_t l;
		int k;

		s += strspn(s, " \t\f\v\r");
		if (!*s)
			return n;
		if (*s == '"') {
			for (w = ++s; *s && *s != '"'; s++)
				if (*s == '\\' && s[1])
					s++;
			l = (size_t)(s - w);
			s += *s == '"';
			k = PT_STRING;
		} else {
			w = s;
			l = strcspn(s, " \t\f\v\r\"");
			s += l;
			k = rgx_int_len(w) == l ? PT_INT : PT_IDENT;
		}
		if (n < max) {
			snprintf(args[n], sizeof(args[0]), "%.*s", (int)l, w);
			kinds[n] = k;
		}
		n++;
	}
}

/*
 * The forms dt_pragma.c checks: the tokens it reads must be of their kind
 * (identifiers, a string for binding's version); any after them are
 * ignored ("#pragma D attributes A x y" is "... A x").
 */
static void pragma_form(struct dtc *dx, struct node *n, const char *word, const char *rest)
{
	char args[4][128];
	int kinds[4], nargs = pragma_args(rest, args, kinds, 4);
	int64_t v;

	if (!strcmp(word, "attributes")) {
		/* ... <ident>, or ... provider <name> <part> */
		if (nargs < 2 || kinds[0] != PT_IDENT || kinds[1] != PT_IDENT ||
		    (nargs == 3 && !strcmp(args[1], "provider"))) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "malformed #pragma attributes <attributes> <ident>");
			return;
		}
		if (dt_opt_attr(args[0], &v) != 0) {
			diag_error(dx, n->loc, "D_PRAGMA_INVAL",
				   "invalid attributes specified by #pragma attributes");
			return;
		}
		if (nargs >= 4 && !strcmp(args[1], "provider")) {
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
		if (nargs < 2 || kinds[0] != PT_STRING || kinds[1] != PT_IDENT) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "malformed #pragma binding \"version\" <ident>");
			return;
		}
		if (dt_opt_version(args[0], &v) == DT_OPTE_VERSINVAL) {
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
		if (nargs < 2 || kinds[0] != PT_IDENT || kinds[1] != PT_IDENT) {
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
		char args[2][128];
		int kinds[2], nargs = pragma_args(s, args, kinds, 2);
		char *name, *value = strchr(args[0], '=');

		/* dt_pragma_option(): one argument, a word, not a string or
		 * an integer; "=1" is one, of an empty name */
		if (nargs < 1 || kinds[0] != PT_IDENT) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "malformed #pragma option <option>=<val>");
			return;
		}
		if (nargs > 1) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "superfluous arguments specified for #pragma option");
			return;
		}
		if (value)
			*value++ = '\0';
		name = arena_strdup(dx, args[0]);
		if (value)
			value = arena_strdup(dx, value);
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
	char args[3][128];
	int kinds[3], nargs;
	const char *rest, *id;

	if (n->kind != N_PRAGMA || !pragma_words(n->str, word, wsize, &rest))
		return 0;
	if (strcmp(word, "attributes") && strcmp(word, "binding"))
		return 0;
	nargs = pragma_args(rest, args, kinds, 3);
	if (nargs < 2 || kinds[1] != PT_IDENT ||
	    kinds[0] != (strcmp(word, "binding") ? PT_IDENT : PT_STRING))
		return 0; /* malformed: said when scanned */
	id = args[1];
	/* "attributes A provider P part" of a provider DTrace does not have
	 * names an identifier P (dt_pragma_attributes()) */
	if (!strcmp(word, "attributes") && !strcmp(args[1], "provider") && nargs > 2) {
		if (nargs == 3 || dt_pattr_find(args[2]))
			return 0;
		id = args[2];
	}
	if (strlen(id) >= nsize)
		return 0;
	strcpy(name, id);
	return 1;
}
