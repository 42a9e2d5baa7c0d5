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
#include <stdio.h>
#include <string.h>

#include "sema.h"

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

static int stability_ok(const char *s, size_t n, int is_class)
{
	static const char *const stab[] = { "Internal", "Private", "Obsolete", "External",
					    "Unstable", "Evolving", "Stable", "Standard" };
	static const char *const cls[] = { "Unknown", "CPU", "Platform", "Group", "ISA", "Common" };
	const char *const *t = is_class ? cls : stab;
	size_t i, k = is_class ? 6 : 8;
	for (i = 0; i < k; i++)
		if (strlen(t[i]) == n && !strncmp(t[i], s, n))
			return 1;
	return 0;
}

/*
 * #pragma D attributes <attrs> <ident>, D binding "<version>" <ident>,
 * D depends_on <class> <name>: checked for form (DTrace's messages) and
 * accepted; stability attributes and bindings change nothing on Linux.
 */
static void pragma_form(struct dtc *dx, struct node *n, const char *word, const char *rest)
{
	char args[4][128];
	int nargs = 0;
	const char *s = rest;

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
		const char *a = args[0];
		int part = 0;
		/* ... <ident>, or ... provider <name> <part> */
		if (nargs != 2 && !(nargs == 4 && !strcmp(args[1], "provider"))) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "malformed #pragma attributes <attributes> <ident>");
			return;
		}
		while (*a) {
			size_t l = strcspn(a, "/");
			if (part > 2 || !stability_ok(a, l, part == 2)) {
				diag_error(dx, n->loc, "D_PRAGMA_INVAL",
					   "invalid attributes specified by #pragma attributes");
				return;
			}
			part++;
			a += l;
			if (*a == '/')
				a++;
		}
	} else if (!strcmp(word, "binding")) {
		if (nargs != 2) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "malformed #pragma binding <version> <ident>");
			return;
		}
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
	}
}

/* The lexer's hook: DTrace checks these pragmas as it scans them. */
void pragma_scanned(struct dtc *dx, struct node *n)
{
	char word[64];
	const char *rest;

	if (!pragma_words(n->str, word, sizeof(word), &rest))
		return;
	if (!strcmp(word, "depends_on") || !strcmp(word, "binding") ||
	    !strcmp(word, "attributes"))
		pragma_form(dx, n, word, rest);
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
		if (!*name) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM", "malformed #pragma D option");
			return;
		}
		if (strpbrk(name, " \t") || (value && strpbrk(value, " \t"))) {
			diag_error(dx, n->loc, "D_PRAGMA_MALFORM",
				   "superfluous arguments specified for #pragma option");
			return;
		}
		sema_set_option(dx, name, value, n->loc);
	} else if (!strcmp(word, "depends_on") || !strcmp(word, "binding") ||
		   !strcmp(word, "attributes") || !strcmp(word, "ident")) {
		/* checked as scanned: pragma_scanned() */
	} else {
		diag_error(dx, n->loc, "D_PRAGMA_INVAL", "invalid control directive: #pragma D %s",
			   word);
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
	while (isspace((unsigned char)*s))
		s++;
	l = strcspn(s, " \t");
	if (!l || s[l] || l >= nsize)
		return 0;
	memcpy(name, s, l);
	name[l] = 0;
	return 1;
}
