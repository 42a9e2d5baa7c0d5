/*
 * sema_usdt.c: provider definitions, the probes an application declares for
 * its USDT probes (the USDT provider itself is prov_usdt.c),
 *
 *	provider app {
 *		probe request__start(char *, int);
 *		probe conn__open(struct conn *c) : (conninfo_t *c);
 *	};
 *
 * Part of sema: prov_usdt_define() checks a definition where it appears (as
 * DTrace's dt_node_provider(), dt_node_probe() and dt_cook_provider() do)
 * and keeps it; prov_usdt_args() types args[N] of a clause whose probes are
 * such a provider's (app$target:::request-start), from the probe's output
 * prototype (its input prototype when it has none), with the provider's
 * translators; usdt_gen.c writes dtc -h's header and dtc -G's object from
 * the definitions kept.  "__" in a declared name is "-" in the probe's name,
 * as in DTrace (request__start is app:::request-start).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "sema.h"

#define USDT_NAMELEN 64 /* DTrace's DTRACE_PROVNAMELEN and DTRACE_NAMELEN */

/* DTrace's strhyphenate(): each "__" becomes "-". */
static const char *hyphenate(struct dtc *dx, const char *s)
{
	char *d = arena_alloc(dx, strlen(s) + 1), *w = d;

	for (; *s; s++) {
		if (s[0] == '_' && s[1] == '_')
			*w++ = '-', s++;
		else
			*w++ = *s;
	}
	*w = '\0';
	return d;
}

struct usdt_prov *prov_usdt_find(struct dtc *dx, const char *name)
{
	for (struct usdt_prov *p = SEMA(dx) ? SEMA(dx)->usdt_provs : NULL; p; p = p->next)
		if (!strcmp(p->name, name))
			return p;
	return NULL;
}

static struct usdt_probe *probe_find(struct usdt_prov *pv, const char *name)
{
	for (struct usdt_probe *pr = pv ? pv->probes : NULL; pr; pr = pr->next)
		if (!strcmp(pr->name, name))
			return pr;
	return NULL;
}

/*
 * A prototype's parameters (N_TYPENAME list; a lone void is none): their
 * types and names.  Returns the count, or -1 after an error.
 */
static int proto_types(struct dtc *dx, struct node *fn, const char *kind, struct dtype ***tv,
		       const char ***nv, struct loc **lv)
{
	struct node *k;
	int n = 0, i = 0;

	if (!fn)
		return 0;
	if (types_proto_check(dx, fn->a, kind, PROTO_VOID))
		return -1;
	for (k = fn->a; k; k = k->next)
		n++;
	if (n == 1 && fn->a->a && fn->a->a->kind == N_TYPESPEC && fn->a->a->str &&
	    !strcmp(fn->a->a->str, "void") && !(fn->a->b && fn->a->b->a))
		n = 0;
	*tv = arena_alloc(dx, sizeof(**tv) * (n + 1));
	*nv = arena_alloc(dx, sizeof(**nv) * (n + 1));
	*lv = arena_alloc(dx, sizeof(**lv) * (n + 1));
	for (k = fn->a; k && i < n; k = k->next, i++) {
		(*lv)[i] = k->loc;
		if (!((*tv)[i] = type_from_typename(dx, k)))
			return -1;
		(*nv)[i] = k->b && k->b->str ? k->b->str : NULL;
	}
	return n;
}

static int is_char_ptr(const struct dtype *t)
{
	return t && (t->kind == TY_PTR || t->kind == TY_ARRAY) && t->base && t->base->kind == TY_INT &&
	       t->base->size == 1;
}

/* DTrace's dt_node_is_argcompat(): x takes n's value with no translator. */
static int arg_compat(const struct dtype *x, const struct dtype *n)
{
	if (x->kind == TY_STRING)
		return n->kind == TY_STRING || is_char_ptr(n);
	if (n->kind == TY_STRING)
		return is_char_ptr(x);
	return type_argcompat(x, n, 0);
}

/* The translator's output for x: T for T * and for T. */
static struct dtype *xl_out(struct dtype *x)
{
	return x->kind == TY_PTR && x->base && type_is_sou(x->base) ? x->base : x;
}

static int same_types(int n, struct dtype **a, struct dtype **b)
{
	for (int i = 0; i < n; i++)
		if (!type_compatible(a[i], b[i]) || a[i]->kind != b[i]->kind)
			return i + 1;
	return 0;
}

/* A redeclared probe against the earlier one (dt_node_provider_cmp_argv()). */
static int cmp_proto(struct dtc *dx, struct node *d, struct usdt_prov *pv, const char *kind,
		     int oc, struct dtype **ov, int nc, struct dtype **nv)
{
	int i;

	if (oc != nc) {
		diag_error(dx, d->loc, "D_PROV_INCOMPAT",
			   "probe %s:::%s %s prototype mismatch:\n\t current: %d arg%s\n\tprevious: "
			   "%d arg%s", pv->name, hyphenate(dx, d->b->str), kind, nc, nc != 1 ? "s" : "",
			   oc, oc != 1 ? "s" : "");
		return -1;
	}
	if ((i = same_types(oc, ov, nv))) {
		diag_error(dx, d->loc, "D_PROV_INCOMPAT",
			   "probe %s:::%s %s prototype argument #%d mismatch:\n\t current: %s\n\t"
			   "previous: %s", pv->name, hyphenate(dx, d->b->str), kind, i,
			   nv[i - 1]->name, ov[i - 1]->name);
		return -1;
	}
	return 0;
}

/* One "probe name(native) [: (translated)];" of provider pv. */
static void define_probe(struct dtc *dx, struct usdt_prov *pv, struct node *d, int redecl)
{
	struct node *decl = d->b;
	struct usdt_probe *pr = arena_alloc(dx, sizeof(*pr)), *old;
	const char *name = hyphenate(dx, decl->str);

	if (strlen(name) >= USDT_NAMELEN) {
		diag_error(dx, decl->loc, "D_PROV_BADNAME",
			   "probe name may not exceed %d characters: %s", USDT_NAMELEN - 1, name);
		return;
	}
	pr->name = name;
	pr->cname = decl->str;
	pr->loc = d->loc;
	if ((pr->nargc = proto_types(dx, decl->a, "probe input", &pr->nargv, &pr->nnames,
					&pr->nlocs)) < 0)
		return;
	if (decl->d) {
		struct loc *xl;

		if ((pr->xargc = proto_types(dx, decl->d, "probe output", &pr->xargv,
					     &pr->xnames, &xl)) < 0)
			return;
	} else {
		pr->xargc = pr->nargc;
		pr->xargv = pr->nargv;
		pr->xnames = pr->nnames;
	}
	if (pr->nargc > 255 || pr->xargc > 255) {
		int in = pr->nargc > 255;

		diag_error(dx, decl->loc, "D_PROV_PRARGLEN",
			   "probe %s %s prototype exceeds 255 parameters: %d params used", name,
			   in ? "input" : "output", in ? pr->nargc : pr->xargc);
		return;
	}
	/* dt_decl_prototype(): input names are unique, output names are inputs' */
	for (int i = 0; i < pr->nargc; i++)
		for (int j = 0; pr->nnames[i] && j < i; j++)
			if (pr->nnames[j] && !strcmp(pr->nnames[i], pr->nnames[j])) {
				diag_error(dx, decl->loc, "D_DECL_PROTO_FORM",
					   "parameter is already declared in probe input prototype: %s, "
					   "parameter #%d", pr->nnames[i], i + 1);
				return;
			}
	/* output argument i is the input argument of its name, else the i-th */
	pr->map = arena_alloc(dx, sizeof(*pr->map) * (pr->xargc + 1));
	for (int i = 0; i < pr->xargc; i++) {
		int found = !pr->xnames[i] || pr->xnames == pr->nnames;

		pr->map[i] = i;
		for (int j = 0; !found && j < pr->nargc; j++)
			if (pr->nnames[j] && !strcmp(pr->nnames[j], pr->xnames[i]))
				pr->map[i] = j, found = 1;
		if (!found) {
			struct node *k = decl->d->a;

			for (int j = 0; j < i && k->next; j++)
				k = k->next;
			diag_error(dx, k->loc, "D_DECL_PROTO_FORM",
				   "parameter is not declared in probe output prototype: %s, parameter #%d",
				   pr->xnames[i], i + 1);
			return;
		}
		if (pr->map[i] >= pr->nargc) {
			diag_error(dx, decl->loc, "D_PROV_PRXLATOR",
				   "translator for %s:::%s output argument #%d from (none) to %s is "
				   "not defined", pv->name, name, i + 1, pr->xargv[i]->name);
			return;
		}
	}
	/* dt_cook_probe(): each translated argument has a translator or needs none */
	for (int i = 0; decl->d && i < pr->xargc; i++) {
		struct dtype *x = pr->xargv[i], *n = pr->nargv[pr->map[i]];

		if (arg_compat(x, n) || (type_is_sou(xl_out(x)) && sema_types_has_xlator(dx, xl_out(x), n)))
			continue;
		diag_error(dx, decl->loc, "D_PROV_PRXLATOR",
			   "translator for %s:::%s output argument #%d from %s to %s is not defined",
			   pv->name, name, i + 1, n->name, x->name);
		return;
	}
	if ((old = probe_find(pv, name))) {
		if (!redecl) {
			diag_error(dx, d->loc, "D_PROV_PRDUP", "probe redeclared: %s:::%s", pv->name,
				   name);
			return;
		}
		if (cmp_proto(dx, d, pv, "output", old->xargc, old->xargv, pr->xargc, pr->xargv))
			return;
		if (old->xargv != old->nargv && pr->xargv != pr->nargv &&
		    cmp_proto(dx, d, pv, "input", old->nargc, old->nargv, pr->nargc, pr->nargv))
			return;
		return;
	}
	if (redecl) {
		diag_error(dx, d->loc, "D_PROV_INCOMPAT",
			   "provider interface mismatch: %s\n\t current: probe %s:::%s defined\n"
			   "\tprevious: probe %s:::%s not defined", pv->name, pv->name, name, pv->name,
			   name);
		return;
	}
	*pv->tail = pr;
	pv->tail = &pr->next;
	pv->nprobes++;
}

/*
 * provider NAME { probe ...; ... }; (DTrace's dt_node_provider()): a name
 * that could not be told from a process ID (no trailing digit), of DTrace's
 * length, each probe declared once; a second definition of the provider
 * must declare the same probes alike.
 */
void prov_usdt_define(struct dtc *dx, struct node *it)
{
	struct usdt_prov *pv = prov_usdt_find(dx, it->str);
	size_t len = strlen(it->str);
	int redecl = pv != NULL;

	if (len >= USDT_NAMELEN) {
		diag_error(dx, it->loc, "D_PROV_BADNAME", "provider name may not exceed %d characters: %s",
			   USDT_NAMELEN - 1, it->str);
		return;
	}
	if (isdigit((unsigned char)it->str[len - 1])) {
		diag_error(dx, it->loc, "D_PROV_BADNAME", "provider name may not end with a digit: %s",
			   it->str);
		return;
	}
	if (!pv) {
		pv = arena_alloc(dx, sizeof(*pv));
		pv->name = it->str;
		pv->loc = it->loc;
		pv->tail = &pv->probes;
	}
	for (struct node *d = it->a; d; d = d->next)
		define_probe(dx, pv, d, redecl);
	if (!redecl) {
		struct usdt_prov **pp = &SEMA(dx)->usdt_provs;

		while (*pp)
			pp = &(*pp)->next;
		*pp = pv;
	}
}

/* The provider part of a USDT description less its process: "app$target" -> "app". */
static void prov_base(const char *p, char *out, size_t len)
{
	size_t n = strlen(p), i = n;

	if (n > 7 && !strcmp(p + n - 7, "$target"))
		i = n - 7;
	else if (n > 2 && p[n - 2] == '$' && isdigit((unsigned char)p[n - 1]))
		i = n - 2;
	else
		while (i > 0 && (isdigit((unsigned char)p[i - 1]) || p[i - 1] == '*'))
			i--;
	snprintf(out, len, "%.*s", (int)i, p);
}

static struct node *ident(struct dtc *dx, struct loc loc, const char *name)
{
	struct node *n = node_new(dx, N_IDENT, loc);

	n->str = arena_strdup(dx, name);
	return n;
}

static struct node *typed(struct dtc *dx, struct loc loc, struct dtype *t)
{
	struct node *tn = node_new(dx, N_TYPENAME, loc);

	tn->type = t; /* no specifiers: type_from_typename() takes it as is */
	return tn;
}

/*
 * args[i] in a clause whose descriptions all name probes of defined
 * providers (USDT descriptions, provider<PID> or provider$target): rewritten
 * to argument i of the probes' output prototype, from the input argument it
 * maps to: copyinstr(argM) for a string (the process's string, copied in,
 * as DTrace does for a user-space string argument), xlate <T>((N)argM)
 * through the provider's translator, else (T)argM.  Returns 1 when
 * rewritten, 0 to leave args[i] to the other providers, -1 after an error.
 */
int prov_usdt_args(struct dtc *dx, struct cctx *cc, struct node *n, long long i)
{
	struct usdt_probe *one = NULL;
	struct node *pd, *r, *next = n->next;
	struct dtype *xt, *nt;
	char argname[8];

	if (!SEMA(dx)->usdt_provs)
		return 0;
	for (pd = cc->ci->n->a; pd; pd = pd->next) {
		struct pdesc_fields f;
		char base[128];
		int hit = 0;

		sema_pdesc_fields(pd->str, &f);
		prov_base(f.prov, base, sizeof(base));
		if (!*base || !strcmp(base, f.prov))
			return 0; /* not provider<PID>: not a USDT description */
		for (struct usdt_prov *pv = SEMA(dx)->usdt_provs; pv; pv = pv->next) {
			if (!sema_field_match(base, pv->name))
				continue;
			for (struct usdt_probe *pr = pv->probes; pr; pr = pr->next) {
				if (!sema_field_match(f.name, pr->name))
					continue;
				hit = 1;
				if (i >= pr->xargc) {
					diag_error(dx, n->loc, "D_ARGS_IDX",
						   "index %lld is out of range for %s:::%s args[ ]", i,
						   pv->name, pr->name);
					return -1;
				}
				if (one && (!type_compatible(one->xargv[i], pr->xargv[i]) ||
					    !type_compatible(one->nargv[one->map[i]],
							     pr->nargv[pr->map[i]]))) {
					diag_error(dx, n->loc, "D_ARGS_TYPE",
						   "args[%lld] has different types in the probes of this "
						   "clause", i);
					return -1;
				}
				one = pr;
			}
		}
		if (!hit)
			return 0;
	}
	if (!one)
		return 0;
	xt = one->xargv[i];
	nt = one->nargv[one->map[i]];
	snprintf(argname, sizeof(argname), "arg%d", one->map[i]);
	r = ident(dx, n->loc, argname);
	if (xt->kind == TY_STRING) {
		struct node *call = node_new(dx, N_CALL, n->loc);

		call->str = "copyinstr";
		call->a = r;
		r = call;
	} else if (!arg_compat(xt, nt)) {
		struct node *cast = node_new(dx, N_CAST, n->loc), *x = node_new(dx, N_XLATE, n->loc);

		cast->a = typed(dx, n->loc, nt);
		cast->b = r;
		x->a = typed(dx, n->loc, xt);
		x->b = cast;
		r = x;
	} else {
		struct node *cast = node_new(dx, N_CAST, n->loc);

		cast->a = typed(dx, n->loc, xt);
		cast->b = r;
		r = cast;
	}
	r->next = next;
	*n = *r;
	return 1;
}
