/*
 * list.c: dtrun -l, dtrace's probe listings.  Without a program: every
 * probe of this host (and the USDT probes of the -c/-p processes).  With -n
 * descriptions: the host's probes they match, unless a description names
 * probes made only when a program asks for them (pid and USDT probes of a
 * process, a profile-N/tick-N rate, fbt): then main.c compiles them and
 * lists what they match, as -l -s lists a script's (probes_list_enabled()).
 * Probe IDs (-i, or -n ID) become the descriptions of the probes -l
 * numbers so, before anything is compiled or listed.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "proc.h"

/* -o FILE: dtrace -l appends its listing there (DMODE_LIST's fopen(g_ofile,
 * "a")); main.c closes it.  0, or 1 after dtrace's message. */
static int list_open_out(struct dtrun_opts *o, const struct cmdline *cl)
{
	if (cl->ofile && o->out == stdout && !(o->out = fopen(cl->ofile, "a"))) {
		o->out = stdout;
		dt_err("failed to open output file '%s': %s\n", cl->ofile, strerror(errno));
		return 1;
	}
	return 0;
}

int list_host(struct dtrun *d, const struct cmdline *cl, struct procset *ps)
{
	struct dtrun_opts *o = d->o;

	/* dtrace.c's third pass creates and grabs them all first */
	for (int i = 0; i < cl->nprocs; i++) {
		const struct cl_proc *cp = &cl->procs[i];

		if (cp->cmd ? child_precheck_cmd(cp->cmd) : child_precheck_pid(cp->pid))
			return 1;
		ps->n = i + 1;
		if (cp->cmd && child_create(&ps->v[i], cp->cmd) != 0) {
			dt_err("failed to create process for %s: %s\n", cp->cmd, strerror(errno));
			return 1;
		}
		ps->t[i].pid = cp->cmd ? ps->v[i].pid : cp->pid;
		ps->t[i].cmd = cp->cmd;
	}
	o->procs = ps->t;
	o->nprocs = ps->n;
	o->target = ps->n ? ps->t[0].pid : 0;
	if (probes_build(&d->probes, &d->meta, 1) || prov_probes_add(&d->probes, &d->meta, o, 1))
		return 1;
	for (int i = 0; i < ps->n; i++)
		if (prov_usdt_all(&d->probes, o, ps->t[i].pid))
			return 1;
	procset_free(ps);
	if (list_open_out(o, cl))
		return 1;
	d->probes.verbose = cl->list_verbose;
	probes_list(&d->probes, o->out, NULL, 0);
	return 0;
}

/*
 * -l -n 'a,b c': the probe descriptions of each -n, the tokens before its
 * predicate or actions (dt_pspec_token()), a ',' or blanks between them:
 * those of each clause its program would have.  The strings are malloc'd.
 */
static void split_descs(const struct strv *specs, struct strv *out)
{
	for (int i = 0; i < specs->n; i++) {
		const char *d = specs->v[i];
		unsigned long long id;
		char bad;
		size_t n;
		int err;

		for (;;) {
			while (isspace((unsigned char)*d) || *d == ',')
				d++;
			if (dt_pspec_token(d, &n, &id, &err, &bad) == DT_PST_NONE)
				break;
			strv_push(out, strndup(d, n));
			d += n;
		}
	}
}

/* Whether this host's default probes include profile:::NAME (desc). */
static int list_has_default(const char *desc)
{
	struct probes ps;
	struct meta m = { 0 };
	char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];
	int hit = 0;

	dt_pdesc_split(desc, f);
	if (probes_build(&ps, &m, 0))
		return 0;
	for (int k = 0; k < ps.n; k++)
		hit |= !strcmp(ps.v[k].prov, "profile") && !strcmp(ps.v[k].name, f[4]);
	probes_free(&ps);
	return hit;
}

/*
 * Whether a description names probes that exist only once a program asks
 * for them (pid and USDT probes of a process, profile-N/tick-N, cpc, fbt).
 */
static int list_on_demand(const struct strv *specs)
{
	for (int i = 0; i < specs->n; i++) {
		char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];
		int nf = dt_pdesc_split(specs->v[i], f);
		size_t n = strlen(f[1]);

		if (nf < 0)
			continue;
		/* profile, or a provider pattern matching it (*, prof*) or none,
		 * with a name of its kind */
		if ((!strcmp(f[1], "profile") ||
		     ((!f[1][0] || probes_gmatch("profile", f[1])) &&
		      (!strncmp(f[4], "tick-", 5) || !strncmp(f[4], "profile-", 8)))) &&
		    f[4][0] && !strpbrk(f[4], "*?[\\")) {
			/* a rate the default probes lack: made on demand */
			char buf[140];

			snprintf(buf, sizeof(buf), "profile:::%s", f[4]);
			if (!list_has_default(buf))
				return 1;
			continue;
		}
		/* a counter's probe, at any count (dt_prov_cpc.c provide()) */
		if (!strcmp(f[1], "cpc") && !f[2][0] && !f[3][0] && f[4][0] &&
		    !strpbrk(f[4], "*?[\\"))
			return 1;
		if (!strncmp(f[1], "pid", 3) || strchr(f[1], '$') ||
		    (n && isdigit((unsigned char)f[1][n - 1])))
			return 1;
	}
	return 0;
}

/*
 * Whether spec is descriptions only, a ',' between two of them or blanks
 * between clauses: what -l lists without compiling.  Anything else (a
 * predicate, actions, a ',' with no description on a side) dtrace compiles
 * for -l too, and refuses where the program is wrong.
 */
static int descs_only(const char *s)
{
	unsigned long long id;
	int err, want = 1; /* a description must come next */
	size_t n;
	char bad;

	for (;;) {
		while (isspace((unsigned char)*s))
			s++;
		if (dt_pspec_token(s, &n, &id, &err, &bad) != DT_PST_NONE) {
			s += n;
			want = 0;
		} else if (*s == ',' && !want) {
			s++;
			want = 1;
		} else {
			return !*s && !want;
		}
	}
}

int list_descs(struct dtrun *d, struct cmdline *cl)
{
	if (cl->spec_err) {
		dt_err("%s\n", cl->spec_err);
		return 1;
	}
	for (int i = 0; i < cl->specs.n; i++)
		if (!descs_only(cl->specs.v[i]))
			return -1; /* main.c compiles it */
	split_descs(&cl->specs, &cl->list_descs);
	for (int i = 0; i < cl->specs.n; i++) {
		struct strv one = { 0 };
		int bad = 0;

		/* dtrace_xstr2desc()'s EDT_BADSPEC, before anything is listed;
		 * a fifth field is an instance only with --instance or -M */
		split_descs(&(struct strv){ &cl->specs.v[i], 1 }, &one);
		for (int j = 0; j < one.n && !bad; j++) {
			char f[DT_PDESC_NFIELDS][DT_PDESC_LEN];
			int nf = dt_pdesc_split(one.v[j], f);

			/* a leading ':' is no field (sema_prov.c) */
			if (nf < 0 || (nf == 5 && !cl->instances && f[0][0])) {
				dt_err("invalid probe specifier %s: invalid probe description "
				       "\"%s\": Overspecified probe description\n",
				       i < cl->shown.n ? cl->shown.v[i] : cl->specs.v[i], one.v[j]);
				bad = 1;
			}
		}
		for (int j = 0; j < one.n; j++)
			free(one.v[j]);
		strv_free(&one);
		if (bad)
			return 1;
	}
	d->o->list_descs = cl->list_descs.v;
	d->o->nlist_descs = cl->list_descs.n;
	if (list_on_demand(&cl->list_descs))
		return -1;
	if (probes_build(&d->probes, &d->meta, 1) ||
	    prov_probes_add(&d->probes, &d->meta, d->o, 1) || list_open_out(d->o, cl))
		return 1;
	d->probes.verbose = cl->list_verbose;
	probes_list_instance(&d->probes, d->o->out, cl->list_descs.v, cl->list_descs.n,
			     d->o->instance);
	return 0;
}

/*
 * dtrace -i ID, or an ID in place of a -n description (-i and -n are one
 * option to dtrace(1); dt_node_pdesc_by_id()): the probe that this host's
 * -l numbers ID, as provider:module:function:name, put in its place
 * before dtc compiles, since IDs are this host's.  An ID no probe has is
 * EDT_BADID, one past UINT_MAX too large (D_PDESC_INVAL).  -1 to go on,
 * else the exit status.
 */
int list_resolve_ids(struct dtrun *d, struct cmdline *cl)
{
	struct probes ps;
	struct meta m = { 0 };
	int built = 0, rc = -1;

	for (int i = 0; i < cl->specs.n && rc < 0; i++) {
		const char *p = cl->specs.v[i], *t;
		char *ns = NULL;
		size_t nlen = 0;
		FILE *f = open_memstream(&ns, &nlen);
		int changed = 0;

		if (!f)
			return 1;
		/* the descriptions up to the predicate or actions, a ',' or
		 * blanks between them (dt_pspec_token()) */
		while (rc < 0) {
			const struct probe *pr = NULL;
			unsigned long long id;
			char bad, msg[160];
			int err, k;
			size_t n;

			k = cmdline_pspec_next(f, p, &t, &n, &id, &err, &bad);
			if (k == DT_PST_NONE)
				break;
			if (changed && t == p && p > cl->specs.v[i] && p[-1] != ',')
				fputc(' ', f); /* "1a": the ID's description, then a's */
			p = t + n;
			if (k == DT_PST_PSPEC) {
				fprintf(f, "%.*s", (int)n, t);
			} else if (!cmdline_id_error(t, n, id, err, bad, NULL, msg, sizeof(msg))) {
				if (!built && (probes_build(&ps, &m, 1) ||
					       prov_probes_add(&ps, &m, d->o, 1))) {
					rc = 1;
					break;
				}
				built = 1;
				for (int j = 0; j < ps.n && !pr; j++)
					if (ps.v[j].id == id)
						pr = &ps.v[j];
				if (pr) {
					fprintf(f, "%s:%s:%s:%s", pr->prov, pr->mod, pr->func, pr->name);
					changed = 1;
				} else {
					snprintf(msg, sizeof(msg),
						 "invalid probe identifier %llu: Unknown probe identifier",
						 id);
				}
			}
			if (k == DT_PST_INT && !pr) {
				int tags = 0;

				for (int j = 0; j + 1 < cl->xopts.n; j += 2)
					tags |= !strcmp(cl->xopts.v[j], "errtags");
				dt_err("invalid probe specifier %s: %s%s\n", cl->shown.v[i],
				       !tags ? "" : err == DT_PSE_OFLOW ? "[D_INT_OFLOW] "
						: err == DT_PSE_DIGIT ? "[D_INT_DIGIT] " : "[D_PDESC_INVAL] ",
				       msg);
				rc = 1;
				break;
			}
			for (t = p; isspace((unsigned char)*t); t++)
				;
			if (*t == ',') {
				fprintf(f, "%.*s", (int)(t + 1 - p), p);
				p = t + 1;
			}
		}
		fputs(p, f);
		fclose(f);
		if (rc < 0 && changed) {
			/* the spec as dtc and the listing see it; messages
			 * keep the user's (cl->shown) */
			for (int k = 0; k < cl->dtc.n; k++)
				if (cl->dtc.v[k] == cl->specs.v[i])
					cl->dtc.v[k] = ns;
			cl->specs.v[i] = ns;
			strv_push(&cl->owned, ns);
		} else {
			free(ns);
		}
	}
	if (built)
		probes_free(&ps);
	return rc;
}

/*
 * A script's probe IDs, which dtc noted (ids: one a line, DTC_EXIT_PROBE_IDS):
 * "--probe-id" "ID=prov:mod:func:name" for each in av, as -l numbers them
 * here ("ID=" for an ID no probe has: dtc says EDT_BADID where it stands).
 * The strings are kept in owned.  0, or 1 after a message.
 */
int list_script_ids(struct dtrun *d, const char *ids, struct strv *av, struct strv *owned)
{
	struct probes ps;
	struct meta m = { 0 };
	const char *p = ids;

	if (probes_build(&ps, &m, 1) || prov_probes_add(&ps, &m, d->o, 1))
		return 1;
	while (*p) {
		char *end, *arg = NULL;
		unsigned long long id = strtoull(p, &end, 10);
		const struct probe *pr = NULL;

		if (end == p)
			break;
		for (int j = 0; j < ps.n && !pr; j++)
			if (ps.v[j].id == id)
				pr = &ps.v[j];
		if ((pr ? asprintf(&arg, "%llu=%s:%s:%s:%s", id, pr->prov, pr->mod, pr->func,
				   pr->name)
			: asprintf(&arg, "%llu=", id)) < 0) {
			probes_free(&ps);
			dt_err("out of memory\n");
			return 1;
		}
		strv_push(owned, arg);
		strv_push(av, "--probe-id");
		strv_push(av, arg);
		p = end + strspn(end, "\n");
	}
	probes_free(&ps);
	return 0;
}
