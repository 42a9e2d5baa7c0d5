/*
 * prov_usdt.c: the USDT provider: PROVIDER<PID>:MODULE:FUNCTION:NAME from the
 * .note.stapsdt notes of the process's files, one program per clause
 * ("c<N>") attached by dtrun through libbpf's USDT support (usdt.bpf.h),
 * the probe ID as cookie; any provider name with a process part can be one,
 * so it is tried last (tier 2).  args[N] are typed from the provider's
 * definition (sema_usdt.c).  dtrun's side: loader/prov_usdt.c.
 */
#include <ctype.h>
#include <string.h>

#include "prov.h"

/* "name123", "name$target": a USDT provider instance. */
static int is_usdt_prov(struct dtc *dx, const char *p)
{
	int k = prov_pid_suffix(dx, p);
	size_t i = k < 0 ? strlen(p) : (size_t)k, n = strlen(p);

	if (i == n || i == 0)
		return 0;
	for (size_t j = 0; j < i; j++)
		if (!isalnum((unsigned char)p[j]) && p[j] != '_' && p[j] != '-')
			return 0;
	return 1;
}

static int usdt_match(struct dtc *dx, struct node *pd, const struct pdesc_fields *f, int clause)
{
	(void)pd;
	if (!is_usdt_prov(dx, f->prov) || !strcmp(f->prov, "sdt"))
		return 0;
	sema_prog_add_clause(dx, DT_FAM_USDT, prov_clause_param(dx, clause), clause);
	return 1;
}

static void usdt_emit(struct ectx *ec, struct prog *p)
{
	emit_prog_head(ec, p, 1);
	emit_prologue(ec, p, 0);
	emit_cookie_names(ec, "bpf_usdt_cookie(ctx)");
	sb_puts(ec->out, "\tdt_usdt_args(&c, ctx);\n");
	emit_prog_calls(ec, p, 0);
	sb_puts(ec->out, "\treturn 0;\n}\n");
}

/* libbpf's usdt.bpf.h, for the USDT programs */
static const char *usdt_define(const struct sema_state *ss)
{
	for (const struct prog *p = ss->progs; p; p = p->next)
		if (p->family == DT_FAM_USDT)
			return "DT_USE_USDT";
	return NULL;
}

const struct prov_ops prov_usdt = {
	.name = "usdt",
	.tier = 2,
	.fams = 1u << DT_FAM_USDT,
	.match = usdt_match,
	.emit = usdt_emit,
	.args = prov_usdt_args,
	.define = usdt_define,
};
