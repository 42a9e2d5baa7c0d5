/*
 * prov_syscall_args.c: args[N] of syscall probes, the syscall provider's
 * args hook (prov_syscall.c).  DTrace types them from the kernel's
 * tracepoint format files (dt_prov_syscall.c probe_info() ->
 * dt_tp_event_info()): the fields of events/syscalls/sys_enter_NAME/format
 * after the four common_* fields and __syscall_nr are entry's arguments,
 * sys_exit_NAME's `long ret` is return's args[0].  dtc reads the files of
 * the build host's tracefs (--tracefs DIR, else /sys/kernel/tracing, else
 * /sys/kernel/debug/tracing) and rewrites args[N] to (T)argN.
 *
 * DTrace compiles a clause once per description and types args[] by the
 * first probe the description matches (dt_probe_info()); dtc compiles it
 * once, so args[N] is typed when every probe the clause's descriptions
 * match on the build host gives argument N one type; when they differ, or
 * tracefs cannot be read (not mounted, not root), args[N] is argN, an
 * int64_t, as for an untyped provider, and the index is only checked
 * against what any syscall can have (six arguments, one return value).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prov.h"

#define SC_MAXARGS 6
#define SC_TYPELEN 96

struct sc_args {
	int n;                            /* arguments, -1: no format file */
	char type[SC_MAXARGS][SC_TYPELEN]; /* "const char *", as the file spells it */
};

/* The tracefs events/syscalls directory: --tracefs, else the usual mounts. */
static DIR *sc_dir(struct dtc *dx, char *path, size_t len)
{
	static const char *const roots[] = { "/sys/kernel/tracing", "/sys/kernel/debug/tracing" };
	DIR *d;

	for (size_t i = 0; i < 2; i++) {
		snprintf(path, len, "%s/events/syscalls", dx->tracefs ? dx->tracefs : roots[i]);
		if ((d = opendir(path)) != NULL || dx->tracefs)
			return d;
	}
	return NULL;
}

/*
 * dt_tp_event_info()'s rule: each "field:TYPE NAME;" line after the first
 * five (common_type, common_flags, common_preempt_count, common_pid,
 * __syscall_nr) is an argument; its type is the text before the last word,
 * with array dimensions kept ("char [16]").
 */
static void sc_read_format(const char *dir, const char *event, struct sc_args *a)
{
	char path[600], line[512];
	int skip = 5;
	FILE *f;

	a->n = -1;
	snprintf(path, sizeof(path), "%s/%s/format", dir, event);
	if (!(f = fopen(path, "r")))
		return;
	a->n = 0;
	while (fgets(line, sizeof(line), f)) {
		char *d = strstr(line, "field:"), *e, *id, *dims;

		if (!d || !(e = strchr(d, ';')))
			continue;
		d += 6;
		*e = '\0';
		if (!strncmp(d, "__data_loc ", 11))
			d += 11;
		if (skip > 0) {
			skip--;
			continue;
		}
		dims = e;
		while (dims > d && dims[-1] == ']') {
			while (dims > d && *--dims != '[')
				;
			while (dims > d && dims[-1] == ' ')
				dims--;
		}
		for (id = dims; id > d && id[-1] != ' '; id--)
			;
		if (id == d || a->n == SC_MAXARGS)
			continue;
		snprintf(a->type[a->n++], SC_TYPELEN, "%.*s%s%s", (int)(id - 1 - d), d,
			 *dims ? " " : "", dims);
	}
	fclose(f);
}

/*
 * A format file's type as a D type: qualifiers dropped (dtc's types carry
 * none), "struct T", "union T", "enum T" from the kernel's BTF, other names
 * built-in or typedefs (the D library's, then the kernel's), then each '*'
 * a pointer and "[N]" an array.  NULL when a name does not resolve.
 */
static struct dtype *sc_type(struct dtc *dx, const char *s)
{
	char base[SC_TYPELEN] = "", word[SC_TYPELEN];
	struct dtype *t;
	int kind = TK_NAME, nptr = 0, nelem = -1;

	while (*s) {
		size_t n;

		if (*s == ' ') {
			s++;
			continue;
		}
		if (*s == '*') {
			nptr++, s++;
			continue;
		}
		if (*s == '[') {
			nelem = (int)strtol(s + 1, NULL, 10);
			break;
		}
		n = strcspn(s, " *[");
		snprintf(word, sizeof(word), "%.*s", (int)n, s);
		s += n;
		if (!strcmp(word, "const") || !strcmp(word, "volatile") || !strcmp(word, "__user"))
			continue;
		if (!*base && kind == TK_NAME && !strcmp(word, "struct"))
			kind = TK_STRUCT;
		else if (!*base && kind == TK_NAME && !strcmp(word, "union"))
			kind = TK_UNION;
		else if (!*base && kind == TK_NAME && !strcmp(word, "enum"))
			kind = TK_ENUM;
		else if (strlen(base) + strlen(word) + 2 < sizeof(base))
			snprintf(base + strlen(base), sizeof(base) - strlen(base), "%s%s",
				 *base ? " " : "", word);
	}
	if (!*base)
		return NULL;
	t = kind == TK_NAME ? type_named(dx, base) : btf_find_type(dx, kind, base);
	for (; t && nptr > 0; nptr--)
		t = type_ptr(dx, t);
	if (t && nelem > 0)
		t = type_array(dx, t, nelem);
	return t;
}

/* What the clause's syscall probes say of argument i, gathered. */
struct sc_seen {
	int probes;        /* probes seen */
	int unknown;       /* some probe's arguments are unknown (no format file) */
	int have;          /* probes with an argument i */
	int differ;        /* they give it different types */
	int entry;         /* an entry probe is among them */
	char type[SC_TYPELEN];
};

static void sc_probe(const char *dir, const char *event, long long i, struct sc_seen *s)
{
	struct sc_args a;

	sc_read_format(dir, event, &a);
	s->probes++;
	if (a.n < 0) {
		s->unknown = 1;
		return;
	}
	if (i >= a.n)
		return;
	if (s->have++ && strcmp(s->type, a.type[i]))
		s->differ = 1;
	snprintf(s->type, sizeof(s->type), "%s", a.type[i]);
}

/* "prov:mod:func:name", as dtrace_desc2str() writes a description */
static const char *sc_desc(struct dtc *dx, const struct pdesc_fields *f)
{
	return arena_printf(dx, "%s:%s:%s:%s", f->prov, f->mod, f->func, f->name);
}

/*
 * args[i] in a clause whose descriptions are all the syscall provider's:
 * 1 rewritten to (T)argN, 0 left to prov_args_rewrite() (argN), -1 error.
 */
int prov_syscall_args(struct dtc *dx, struct cctx *cc, struct node *n, long long i)
{
	static const char *const names[2] = { "entry", "return" };
	struct sc_seen s = { 0 };
	struct node *pd, *arg, *tn, *cast;
	const char *first = NULL;
	char path[512], argname[8];
	struct dtype *t;
	DIR *dir;

	for (pd = cc->ci->n->a; pd; pd = pd->next) {
		struct pdesc_fields f;

		sema_pdesc_fields(pd->str, &f);
		if (!sema_field_match(f.prov, "syscall") ||
		    (*f.mod && !sema_field_match(f.mod, "vmlinux")) ||
		    (!sema_field_match(f.name, "entry") && !sema_field_match(f.name, "return")))
			return 0;
	}
	dir = sc_dir(dx, path, sizeof(path));
	for (pd = cc->ci->n->a; pd; pd = pd->next) {
		struct pdesc_fields f;
		int matched = 0;

		sema_pdesc_fields(pd->str, &f);
		if (!first)
			first = sc_desc(dx, &f);
		if (strchr(f.func, '$')) {
			s.unknown = 1; /* a macro argument dtrun substitutes */
			continue;
		}
		for (int k = 0; k < 2; k++) {
			char event[300];
			struct dirent *e;

			if (!sema_field_match(f.name, names[k]))
				continue;
			s.entry |= k == 0;
			if (!prov_has_glob(f.func) && *f.func) {
				snprintf(event, sizeof(event), "sys_%s_%s", k ? "exit" : "enter", f.func);
				if (dir) {
					sc_probe(path, event, i, &s);
					matched++;
				} else {
					s.unknown = 1;
				}
				continue;
			}
			if (!dir) {
				s.unknown = 1;
				matched += 2;
				continue;
			}
			rewinddir(dir);
			while ((e = readdir(dir)) != NULL) {
				size_t pl = k ? 9 : 10;

				if (strncmp(e->d_name, k ? "sys_exit_" : "sys_enter_", pl) ||
				    !sema_field_match(f.func, e->d_name + pl))
					continue;
				sc_probe(path, e->d_name, i, &s);
				matched++;
			}
		}
		/* dt_probe_info(): several probes, and the provider or the name
		 * given by a pattern, is an unstable set (EDT_UNSTABLE) */
		if (matched > 1 && (!*f.prov || prov_has_glob(f.prov) || !*f.name || prov_has_glob(f.name))) {
			if (dir)
				closedir(dir);
			diag_error(dx, n->loc, "D_ARGS_MULTI",
				   "args[ ] may not be referenced because probe description %s "
				   "matches an unstable set of probes",
				   sc_desc(dx, &f));
			return -1;
		}
	}
	if (dir)
		closedir(dir);
	if (s.unknown || !s.probes) {
		/* untyped: only what no syscall has is out of range */
		if (i >= (s.entry ? SC_MAXARGS : 1))
			goto out_of_range;
		return 0;
	}
	if (!s.have)
		goto out_of_range;
	if (s.have < s.probes || s.differ)
		return 0; /* the probes disagree: argN, untyped */
	if (!(t = sc_type(dx, s.type))) {
		diag_error(dx, n->loc, "D_ARGS_TYPE", "failed to resolve native type for args[%lld]",
			   i);
		return -1;
	}
	snprintf(argname, sizeof(argname), "arg%lld", i);
	arg = node_new(dx, N_IDENT, n->loc);
	arg->str = arena_strdup(dx, argname);
	tn = node_new(dx, N_TYPENAME, n->loc);
	tn->type = t;
	cast = node_new(dx, N_CAST, n->loc);
	cast->a = tn;
	cast->b = arg;
	cast->next = n->next;
	*n = *cast;
	return 1;
out_of_range:
	diag_error(dx, n->loc, "D_ARGS_IDX", "index %lld is out of range for %s args[ ]", i, first);
	return -1;
}
