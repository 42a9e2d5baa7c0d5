/*
 * sema_prov.c: sema's side of the providers (prov.h), reached through the
 * table the driver installs in dx: which families a probe description
 * reaches (each provider's match, in tiers) and args[N] (the providers'
 * typing, then argN as an int64_t).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prov.h"

/*
 * Macro references in a description, by dtrace_xstr2desc()'s rule: in each
 * field the first '$' and the rest of the field are a reference ($$ is the
 * same as $).  $N followed by more text is argument N's text followed by
 * that text ("syscall::$1:entry", "foo$1bar"), substituted here when dtc is
 * given the arguments and recorded as compiled in (dx->macro_lexed); an N
 * past the last argument is "Undefined macro variable" (EDT_BADSPCV: no
 * -x defaultargs here).  $target and the process's own macro variables
 * ($pid ...) are dtrun's, on the host that runs the object; any other name
 * is undefined.  dt_node_pdesc_by_name() expands them as the description is
 * parsed, so this is done once, from the parse-time pass (sema_parse.c).
 * Returns 0, or -1 with the error reported.
 */
int sema_pdesc_macros(struct dtc *dx, struct node *pd)
{
	static const char *const vars[] = { DT_MACVAR_NAMES };
	struct strbuf out = { 0 };
	const char *s = pd->str, *f = s;
	int changed = 0, bad = 0;

	if (pd->flags & NF_PDESC_MACROS)
		return 0;
	pd->flags |= NF_PDESC_MACROS;
	while (*f) {
		const char *e = f + strcspn(f, ":"), *v = memchr(f, '$', (size_t)(e - f));

		if (v) {
			const char *r = v + 1 + (v + 2 < e && v[1] == '$');

			sb_putn(&out, f, (size_t)(v - f));
			if (r < e && isdigit((unsigned char)*r)) {
				char *w;
				long i = strtol(r, &w, 10);

				if (w > e)
					w = (char *)e;
				if (!dx->macro_bound) {
					/* dtrun's, at load: the object records the use */
					if (i > 0 && i < DT_MAX_MACROS)
						st(dx)->macros_used[i] |= MAC_STR;
					dtc_macro_ref(dx, pd->loc.file, i);
					sb_putc(&out, '$');
					sb_putn(&out, r, (size_t)(e - r));
					changed |= r != v + 1;
				} else if (i <= 0 || i >= dx->macro_bound ||
					   i >= (long)(sizeof(dx->macro_argv) / sizeof(dx->macro_argv[0])) ||
					   !dx->macro_argv[i]) {
					bad = 1;
					break;
				} else {
					sb_puts(&out, dx->macro_argv[i]);
					sb_putn(&out, w, (size_t)(e - w));
					dx->macro_lexed[i] = 1;
					dtc_macro_ref(dx, pd->loc.file, i);
					changed = 1;
				}
			} else {
				size_t k, n = (size_t)(e - r);

				for (k = 0; k < sizeof(vars) / sizeof(vars[0]); k++)
					if (strlen(vars[k]) == n && !memcmp(vars[k], r, n))
						break;
				if (k == sizeof(vars) / sizeof(vars[0])) {
					bad = 1;
					break;
				}
				if (dx->macvars_known && k < 8) {
					/* dtrace's own $pid ... $sid, known in one
					 * step (--macro-vars): dt_lex.l puts the
					 * value in the description (pid$uid is pid0) */
					sb_printf(&out, "%u", dx->macvars[k]);
					changed = 1;
				} else {
					sb_putc(&out, '$'); /* "$$target" is "$target" */
					sb_putn(&out, r, (size_t)(e - r));
					changed |= r != v + 1;
				}
			}
		} else {
			sb_putn(&out, f, (size_t)(e - f));
		}
		if (*e)
			sb_putc(&out, ':');
		f = *e ? e + 1 : e;
	}
	if (bad)
		diag_error(dx, pd->loc, "D_PDESC_INVAL",
			   "invalid probe description \"%s\": Undefined macro variable in probe "
			   "description", pd->str);
	else if (changed)
		pd->str = arena_strdup(dx, out.s);
	sb_free(&out);
	return bad ? -1 : 0;
}

/*
 * dtrace_xstr2desc(): EDT_BADSPEC past four fields, but for an empty one in
 * front (a leading ':' ends its loop: "::::BEGIN" is BEGIN); a fifth is an
 * instance where the compilation asks for them (dt_pdesc.h).  -1 after the
 * error, else the number of fields, in *f.
 */
int sema_pdesc_overspecified(struct dtc *dx, struct node *pd, struct pdesc_fields *f)
{
	int nf = sema_pdesc_fields(pd->str, f);

	if (nf < 0 || (nf == 5 && !dx->instances && f->inst[0])) {
		diag_error(dx, pd->loc, "D_PDESC_INVAL",
			   "invalid probe description \"%s\": Overspecified probe description",
			   pd->str);
		return -1;
	}
	return nf;
}

/* Known providers: which families a description can reach. */
void prov_check_pdesc(struct dtc *dx, struct node *pd, int clause)
{
	struct pdesc_fields f;
	int hit = 0, tier = 0, nf;

	if (sema_pdesc_macros(dx, pd))
		return;
	if ((nf = sema_pdesc_overspecified(dx, pd, &f)) < 0)
		return;
	for (size_t i = 0; i < (size_t)dx->nprovs; i++) {
		int r;

		if (dx->provs[i]->tier != tier) {
			if (hit)
				break;
			tier = dx->provs[i]->tier;
		}
		r = dx->provs[i]->match(dx, pd, &f, clause);
		if (r < 0)
			return;
		hit += r;
	}
	/* one-step dtrun: it matches on the host and says so as dtrace does;
	 * dt_setcontext() writes the description's four fields */
	if (!hit && !dx->pdesc_at_load) {
		diag_error(dx, pd->loc, "D_PDESC_ZERO",
			   "probe description %s:%s:%s:%s does not match any probes", f.prov,
			   f.mod, f.func, f.name);
		pd->flags |= NF_NOPROV; /* args[ ] then adds no error of its own */
	} else if (!hit && (!*f.prov || (!dt_pdesc_isglob(f.prov) &&
					   !isdigit((unsigned char)f.prov[strlen(f.prov) - 1])))) {
		/* no USDT provider either: those end in a PID */
		pd->flags |= NF_NOPROV;
	}
}

/*
 * args[N] in a clause for a description no provider matches (fsinfo:::read,
 * nfsv3:::op-read-start of Solaris): DTrace never gets to args[ ], as
 * dt_setcontext() refuses the description before the actions are cooked
 * [D_PDESC_ZERO]; with zdefs, there is no probe to type args[ ] from
 * (dt_idcook_args(): D_ARGS_MULTI).  Else the untyped argN made
 * args[0]->member D_OP_PTR.
 */
static int args_no_probe(struct dtc *dx, struct cctx *cc, struct node *n)
{
	struct pdesc_fields f;
	struct node *pd;

	for (pd = cc->ci->n->a; pd && !(pd->flags & NF_NOPROV); pd = pd->next)
		;
	if (!pd)
		return 0;
	if (!dx->pdesc_at_load)
		return 1; /* reported as the description was checked, as DTrace stops there */
	sema_pdesc_fields(pd->str, &f);
	sema_args_unmatched(dx, n, pd, &f);
	return 1;
}

/*
 * args[N] (node n) in a clause whose description pd (fields f) matches no
 * probe: dt_setcontext()'s D_PDESC_ZERO, or with zdefs dt_idcook_args()'s
 * D_ARGS_MULTI (fbt's absent functions too: prov_fbt.c).
 */
void sema_args_unmatched(struct dtc *dx, const struct node *n, const struct node *pd,
			 const struct pdesc_fields *f)
{
	if (sema_option(dx, "zdefs"))
		diag_error(dx, n->loc, "D_ARGS_MULTI",
			   "args[ ] may not be referenced because probe description %s:%s:%s:%s "
			   "matches an unstable set of probes",
			   f->prov, f->mod, f->func, f->name);
	else
		diag_error(dx, pd->loc, "D_PDESC_ZERO",
			   "probe description %s:%s:%s:%s does not match any probes", f->prov,
			   f->mod, f->func, f->name);
}

/*
 * args[N]: the clause's probes' argument N as DTrace types it.  A provider
 * may type it (prov_tp_args.c: translated structures; fbt: the function's
 * BTF prototype); else the providers' argument kinds give it: a string
 * becomes copyinstr(argN), an int (int)argN; the others (pid, rawtp,
 * syscall, and pointer arguments until dlib/ translates them) are argN, an
 * int64_t.  All probes of a clause must agree, as in DTrace.
 */
int prov_args_rewrite(struct dtc *dx, struct cctx *cc, struct node *n)
{
	const char *kind = NULL;
	struct node *pd, *idx = n->b, *r;
	char argname[8];
	long long i;

	if (!idx || idx->next) {
		int argc = 0;
		for (r = idx; r; r = r->next)
			argc++;
		diag_error(dx, n->loc, "D_PROTO_LEN",
			   "args[ ] prototype mismatch: %d arg%spassed, 1 expected", argc,
			   argc == 1 ? " " : "s ");
		return -1;
	}
	if (idx->kind != N_INT) {
		/* DTrace's dt_idcook_args(): a constant, after folding */
		struct dtype *t = check_expr(dx, cc, idx);
		if (!t)
			return -1;
		if (!(idx->flags & NF_CONST) || !type_is_int(t)) {
			diag_error(dx, n->loc, "D_PROTO_ARG",
				   "args[ ] argument #1 is incompatible with prototype:\n"
				   "\tprototype: integer constant\n\t argument: %s", t->name);
			return -1;
		}
	}
	if (!cc->ci || !cc->ci->n) {
		/* an inline's value or a declaration: no probe to type args[] by */
		diag_error(dx, n->loc, "D_ARGS_NONE",
			   "args[ ] may not be referenced outside of a probe clause");
		return -1;
	}
	if (idx->ival < 0 || idx->ival > 9) {
		/* no probe has an argument there (dtc's probes carry ten) */
		struct pdesc_fields f;

		sema_pdesc_fields(cc->ci->n->a->str, &f);
		diag_error(dx, n->loc, "D_ARGS_IDX", "index %lld is out of range for %s:%s:%s:%s args[ ]",
			   (long long)idx->ival, f.prov, f.mod, f.func, f.name);
		return -1;
	}
	if (args_no_probe(dx, cc, n))
		return -1;
	i = idx->ival;
	for (size_t p = 0; p < (size_t)dx->nprovs; p++) {
		int t = dx->provs[p]->args ? dx->provs[p]->args(dx, cc, n, i) : 0;

		if (t)
			return t < 0 ? -1 : 0;
	}
	for (pd = cc->ci->n->a; pd; pd = pd->next) {
		struct pdesc_fields f;
		const char *k = "i";

		sema_pdesc_fields(pd->str, &f);
		for (size_t p = 0; p < (size_t)dx->nprovs; p++) {
			const char *pk = dx->provs[p]->arg_kind ? dx->provs[p]->arg_kind(dx, n, &f, i) : NULL;

			if (pk && !*pk)
				return -1; /* said why */
			if (pk)
				k = pk;
		}
		if (kind && strcmp(kind, k)) {
			diag_error(dx, n->loc, "D_ARGS_TYPE",
				   "args[%lld] has different types in the probes of this clause", i);
			return -1;
		}
		kind = k;
	}
	snprintf(argname, sizeof(argname), "arg%lld", i);
	r = node_new(dx, N_IDENT, n->loc);
	r->str = arena_strdup(dx, argname);
	if (kind && !strcmp(kind, "s")) {
		struct node *call = node_new(dx, N_CALL, n->loc);

		call->str = "copyinstr";
		call->a = r;
		r = call;
	} /* "4" (int) and "i": argN holds the value sign-extended */
	{
		struct node *next = n->next;
		struct loc loc = n->loc;

		*n = *r;
		n->next = next;
		n->loc = loc;
	}
	return 0;
}
