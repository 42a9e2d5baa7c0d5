/*
 * prov_pid.c: the pid provider: pid<PID>:MODULE:FUNCTION:entry|return|<hex
 * offset>, uprobes and uretprobes, one program per clause ("c<N>") with the
 * probe ID as BPF cookie.  The process part may be $target or a macro
 * argument: dtrun resolves the description on the target host, so one
 * object serves any process.  Its uprobe programs also serve sdt:::dt_probe
 * (prov_sdt.c).  dtrun's side: loader/prov_pid.c.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "prov.h"

/*
 * The process part of a pid/USDT provider name: digits, $target or a macro
 * argument $N, which dtrun replaces when it runs.  Returns the length of the
 * name before it, or -1.  A $N used here counts as referenced.
 */
int prov_pid_suffix(struct dtc *dx, const char *p)
{
	size_t n = strlen(p), i = n;

	static const char *const procvars[] = { "$pid", "$ppid", "$pgid", "$sid" };

	if (n > 7 && !strcmp(p + n - 7, "$target")) {
		st(dx)->target_used = 1;
		return (int)(n - 7);
	}
	/* dtrace's own process ids, which dtrun substitutes (loader/prov.c) */
	for (size_t k = 0; k < sizeof(procvars) / sizeof(procvars[0]); k++) {
		size_t l = strlen(procvars[k]);

		if (n > l && !strcmp(p + n - l, procvars[k]))
			return (int)(n - l);
	}
	if (n > 2 && p[n - 2] == '$' && isdigit((unsigned char)p[n - 1])) {
		st(dx)->macros_used[p[n - 1] - '0'] |= MAC_INT;
		return (int)(n - 2);
	}
	while (i > 0 && isdigit((unsigned char)p[i - 1]))
		i--;
	return i == n ? -1 : (int)i;
}

/* "pid123", "pid$target", "pid$1", or a glob matching such a name. */
static int is_pid_prov(struct dtc *dx, const char *p)
{
	int k = prov_pid_suffix(dx, p);
	char pre[128];

	if (k <= 0 || k >= (int)sizeof(pre))
		return 0;
	memcpy(pre, p, k);
	pre[k] = '\0';
	return sema_field_match(pre, "pid") && strcmp(pre, "*") != 0;
}

/*
 * The rest of dt_pid_create_pid_probes_proc() needs the process's objects
 * and symbols, which dtrun reads: a dynamic linker (D_PROC_DYN), the '-'
 * function's module and name (D_PROC_LIB, D_PROC_NAME), the function in a
 * module named (D_PROC_FUNC), the name (D_PROC_NAME, D_PROC_OFF), then
 * dt_setcontext()'s D_PDESC_ZERO.  Where dtc finds an error after such a
 * description, dtrun checks each it noted (--pid-descs-out: dtc exits with
 * DTC_EXIT_PID_DESCS, saying nothing) and runs dtc again with what it found
 * (--pid-desc-result, in the same order); an error then is said here, in
 * its place.  Returns -1 after an error.
 */
static int pid_host_check(struct dtc *dx, struct node *pd, const struct pdesc_fields *f,
			  const char *prov)
{
	int k = dx->npid_checks++;
	const char *r, *sp;

	if (dx->pid_results) {
		if (k >= dx->npid_results || !*(r = dx->pid_results[k]) || !(sp = strchr(r, ' ')))
			return 0;
		if (!strncmp(r, "D_PDESC_ZERO ", 13) && sema_option(dx, "zdefs"))
			return 0;
		diag_error(dx, pd->loc, arena_strndup(dx, r, (size_t)(sp - r)), "%s", sp + 1);
		return -1;
	}
	if (!dx->pid_descs_out || dx->nerrors)
		return 0; /* an earlier error comes first */
	if (!dx->pids_pending && !(dx->pids_pending = fopen(dx->pid_descs_out, "w")))
		return 0;
	fprintf(dx->pids_pending, "%s:%s:%s:%s\n", prov, f->mod, f->func, f->name);
	return 0;
}

/*
 * DTrace creates a clause's pid probes as it sets the clause's context,
 * before it cooks the clause (dt_setcontext() -> dt_pid_create_pid_probes()),
 * so a description naming no process stops the compilation there, ahead of
 * any error in the clause's predicate or actions or in a later clause:
 * "pid0" (also $target with no -c or -p, $1 of 0) is D_PROC_BADPID, a
 * process that is not there D_PROC_GRAB, dtrace's own D_PROC_DYN
 * (dt_pid_create_pid_probes_proc()), and a number "pid%d" does not give
 * back (pid00) creates nothing: D_PDESC_ZERO unless another provider has
 * it.  In one-step mode dtc runs on the host, and dtrun passes its own pid
 * (--macro-vars) and $target where it knows it (--target-pid); the rest is
 * dtrun's at load
 * (loader/uproc.c).  Returns -1 after an error.
 */
static int pid_proc_check(struct dtc *dx, struct node *pd, const struct pdesc_fields *f)
{
	char prov[DT_PDESC_LEN + 16], num[16], exe[32], link[8];
	const char *digits;
	size_t n = strlen(f->prov);
	long v;

	if (n > 7 && !strcmp(f->prov + n - 7, "$target")) {
		if (!dx->pdesc_at_load || dx->target_pid < 0)
			return 0;
		snprintf(prov, sizeof(prov), "%.*s%d", (int)(n - 7), f->prov, dx->target_pid);
	} else if (n > 4 && !strcmp(f->prov + n - 4, "$pid")) {
		if (!dx->pdesc_at_load || !dx->macvars_known)
			return 0;
		snprintf(prov, sizeof(prov), "%.*s%u", (int)(n - 4), f->prov, dx->macvars[0]);
	} else {
		snprintf(prov, sizeof(prov), "%s", f->prov);
	}
	if (!strcmp(prov, "pid0")) {
		diag_error(dx, pd->loc, "D_PROC_BADPID", "pid0 does not contain a valid pid");
		return -1;
	}
	if (!dx->pdesc_at_load || strncmp(prov, "pid", 3) || !isdigit((unsigned char)prov[3]))
		return 0;
	for (digits = prov + 3; isdigit((unsigned char)*digits); digits++)
		;
	if (*digits)
		return 0;
	errno = 0;
	v = strtol(prov + 3, NULL, 10);
	snprintf(num, sizeof(num), "%d", (int)v);
	if (errno || (int)v <= 0 || strcmp(num, prov + 3)) {
		pd->flags |= NF_NOPROV; /* no process: D_PDESC_ZERO (sema.c) */
		return 0;
	}
	snprintf(exe, sizeof(exe), "/proc/%d/exe", (int)v);
	if (readlink(exe, link, sizeof(link)) < 0) { /* none, or a kernel thread */
		diag_error(dx, pd->loc, "D_PROC_GRAB", "failed to grab process %d", (int)v);
		return -1;
	}
	if (dx->macvars_known && (unsigned)v == dx->macvars[0]) {
		diag_error(dx, pd->loc, "D_PROC_DYN", "process %s is dtrace itself", prov + 3);
		return -1;
	}
	return pid_host_check(dx, pd, f, prov);
}

static int pid_match(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	int hit = 0;

	/* a provider name of digits only ($1:::entry with 123) names no
	 * process: dt_pid_get_pid() writes D_PROC_BADPROV, but
	 * dt_pid_create_pid_probes() returns 0, so it is D_PDESC_ZERO */
	if (!is_pid_prov(dx, f->prov))
		return 0;
	if (pid_proc_check(dx, pd, f) < 0)
		return -1;
	/* dt_pid_per_sym(): an offset is what strtoull(name, 16) reads whole
	 * ("1c", "0x1c"); it says so once it has the process and a function
	 * matched, after D_PROC_BADPID, D_PROC_GRAB and D_PROC_FUNC: dtrun's
	 * to say in one-step mode (loader/prov_pid.c) */
	if (!dx->pdesc_at_load && *f->name && strcmp(f->name, "entry") && strcmp(f->name, "return") &&
	    !prov_has_glob(f->name)) {
		char *end;

		(void)strtoull(f->name, &end, 16);
		if (*end) {
			diag_error(dx, pd->loc, "D_PROC_NAME", "'%s' is an invalid probe name",
				   f->name);
			return -1;
		}
	}
	if (sema_field_match(f->name, "return"))
		sema_prog_add_clause(dx, DT_FAM_URETPROBE, prov_clause_param(dx, clause), clause),
			hit++;
	if (!*f->name || strcmp(f->name, "return"))
		sema_prog_add_clause(dx, DT_FAM_UPROBE, prov_clause_param(dx, clause), clause),
			hit++;
	return hit;
}

static void pid_emit(struct ectx *ec, struct prog *p)
{
	emit_prog_head(ec, p, 1);
	emit_prologue(ec, p, 0);
	emit_cookie_names(ec, "bpf_get_attach_cookie(ctx)");
	if (!dt_family(p->family)->ret)
		sb_puts(ec->out, "\tdt_uprobe_args(&c, ctx);\n");
	else /* DTrace's return probe: arg0 is the offset of the instruction
	      * leaving the function (dtrun puts it in the cookie's high
	      * half, below the description: loader/pid_ret.c), arg1 the
	      * return value */
		sb_puts(ec->out, "\tc.arg[0] = bpf_get_attach_cookie(ctx) >> 32 & DT_COOKIE_OFF_MASK;\n"
				 "\tc.arg[1] = PT_REGS_RC(ctx);\n");
	emit_prog_calls(ec, p, 0);
	sb_puts(ec->out, "\treturn 0;\n}\n");
}

/* dt_prov_uprobe.c probe_info(): "no known arguments" for pid probes */
static const char *pid_arg_kind(struct dtc *dx, struct node *n, const struct pdesc_fields *f,
				long long i)
{
	return is_pid_prov(dx, f->prov) ? prov_args_idx(dx, n, f, i) : NULL;
}

const struct prov_ops prov_pid = {
	.name = "pid",
	.tier = 1,
	.fams = 1u << DT_FAM_UPROBE | 1u << DT_FAM_URETPROBE,
	.match = pid_match,
	.emit = pid_emit,
	.arg_kind = pid_arg_kind,
};
