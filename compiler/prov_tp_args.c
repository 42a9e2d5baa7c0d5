/*
 * prov_tp_args.c: args[N] of the stable probes whose argument DTrace types
 * as a translated structure (psinfo_t *, lwpsinfo_t *, bufinfo_t *,
 * devinfo_t *, fileinfo_t *; the network providers' pktinfo_t *, csinfo_t *,
 * ipinfo_t *, ...): the tp provider's args hook (prov_tp.c).  Part of sema:
 * before prov_args_rewrite() (prov.c) turns args[N] into the raw argN, this
 * rewrites it in place to
 *
 *	xlate <T *> ((NATIVE)argN)
 *
 * where dt_provtab.h names T for the probe and NATIVE is the type of what
 * the program stores in argN (a task_struct for the process and thread
 * types, the block layer's struct bio for the io types, an sk_buff,
 * sock, IP or TCP header for the network types).  The translators live in
 * dlib/ (psinfo.d, io.d, net.d, tcp.d, udp.d), so a kernel change is a dlib/
 * change; sema checks the member accesses as for any xlate expression.
 * lockstat's locks are the kernel's types themselves (struct mutex *,
 * spinlock_t *, ...): args[N] is (NATIVE)argN, no translator.
 */
#include <stdio.h>
#include <string.h>

#include "../runtime/dt_provtab.h"
#include "prov.h"

/* DTrace's argument type -> the translator's output type and its input. */
static const struct xlated_arg {
	const char *argtype; /* as dt_provtab.h spells it */
	const char *xtype;   /* typedef of the translator's output; NULL: a cast to native */
	const char *native;  /* its input type: "struct TAG *", "TYPEDEF *" or a base type */
} xlated_args[] = {
	{ "psinfo_t *", "psinfo_t", "struct task_struct *" },
	{ "lwpsinfo_t *", "lwpsinfo_t", "struct task_struct *" },
	/* every io probe's is a struct bio (a request's first, for start and
	 * done), so one clause serves io::: whatever its probes */
	{ "bufinfo_t *", "bufinfo_t", "struct bio *" },
	{ "devinfo_t *", "devinfo_t", "struct bio *" },
	{ "fileinfo_t *", "fileinfo_t", "struct bio *" },
	{ "pktinfo_t *", "pktinfo_t", "struct sk_buff *" },
	{ "csinfo_t *", "csinfo_t", "struct sock *" },
	{ "ipinfo_t *", "ipinfo_t", "void_ip_t *" },
	{ "ifinfo_t *", "ifinfo_t", "struct net_device *" },
	{ "ipv4info_t *", "ipv4info_t", "struct iphdr *" },
	{ "ipv6info_t *", "ipv6info_t", "struct ipv6hdr *" },
	{ "tcpsinfo_t *", "tcpsinfo_t", "struct sock *" },
	{ "tcpinfo_t *", "tcpinfo_t", "struct tcphdr *" },
	{ "tcplsinfo_t *", "tcplsinfo_t", "int" },
	{ "udpsinfo_t *", "udpsinfo_t", "struct sock *" },
	{ "udpinfo_t *", "udpinfo_t", "struct udphdr *" },
	/* proc:::signal-handle's siginfo_t * (the kernel's struct siginfo,
	 * whose head struct kernel_siginfo is) and lockstat's locks: the
	 * kernel's own types, no translator (xtype NULL) */
	{ "siginfo_t *", NULL, "siginfo_t *" },
	{ "struct mutex *", NULL, "struct mutex *" },
	{ "spinlock_t *", NULL, "spinlock_t *" },
	{ "rwlock_t *", NULL, "rwlock_t *" },
	{ "struct rw_semaphore *", NULL, "struct rw_semaphore *" },
};

/* Argument i of an argtypes list "a, b, c" (length in *len), or NULL. */
static const char *nth_argtype(const char *a, long long i, size_t *len)
{
	const char *e;

	for (; a && *a && i > 0; i--) {
		a = strchr(a, ',');
		a = a ? a + 2 : NULL;
	}
	if (!a || !*a)
		return NULL;
	e = strchr(a, ',');
	*len = e ? (size_t)(e - a) : strlen(a);
	return a;
}

static const struct xlated_arg *find_xlated(const char *a, size_t len)
{
	for (size_t k = 0; k < sizeof(xlated_args) / sizeof(xlated_args[0]); k++)
		if (strlen(xlated_args[k].argtype) == len && !strncmp(a, xlated_args[k].argtype, len))
			return &xlated_args[k];
	return NULL;
}

/* A type name node for a spelling of xlated_args[]: "struct T *", "T *", "T". */
static struct node *typename_of(struct dtc *dx, struct loc loc, const char *spelling)
{
	struct node *tn = node_new(dx, N_TYPENAME, loc);
	struct node *spec = node_new(dx, N_TYPESPEC, loc);
	struct node *decl = node_new(dx, N_DECLARATOR, loc);
	size_t len = strlen(spelling);
	int ptr = len > 2 && !strcmp(spelling + len - 2, " *");

	if (ptr)
		len -= 2;
	spec->op = TK_NAME;
	if (!strncmp(spelling, "struct ", 7)) {
		spec->op = TK_STRUCT;
		spelling += 7;
		len -= 7;
	}
	spec->str = arena_strndup(dx, spelling, len);
	if (ptr) {
		decl->a = node_new(dx, N_DTYPE, loc);
		decl->a->op = DT_PTR;
	}
	tn->a = spec;
	tn->b = decl;
	return tn;
}

/*
 * args[N] (N a literal index) in a clause whose probes all give argument N
 * one translated type: rewritten to the xlate expression.  Returns 1 when
 * rewritten, 0 to leave args[N] to prov_args_rewrite(), -1 after an error.
 */
int prov_tp_args(struct dtc *dx, struct cctx *cc, struct node *n, long long i)
{
	const struct xlated_arg *xa = NULL;
	const char *native = NULL; /* a row's own input type (dt_provtab.h native) */
	struct node *idx = n->b, *x, *cast, *arg;
	int other = 0;
	char argname[8];

	if (idx->kind != N_INT || idx->ival != i) /* a literal index */
		return 0;
	for (const struct prog *p = st(dx)->progs; p; p = p->next) {
		const struct dt_stable_probe *sp;
		const struct xlated_arg *this = NULL;
		const char *a;
		size_t len = 0;
		int in = 0;

		for (int j = 0; j < p->nclauses && !in; j++)
			in = p->clauses[j] == cc->ci->id;
		if (!in)
			continue;
		sp = p->family == DT_FAM_TP || p->family == DT_FAM_KFN_ENTRY ||
				     p->family == DT_FAM_KFN_RETURN
			     ? prov_tp_probe(p->param)
			     : NULL;
		a = sp ? nth_argtype(sp->argtypes, idx->ival, &len) : NULL;
		if (sp && !a) { /* past its last argument: dt_idcook_args() */
			struct pdesc_fields f;

			/* named by the clause's description that reaches it */
			for (struct node *pd = cc->ci->n->a; pd; pd = pd->next) {
				sema_pdesc_fields(pd->str, &f);
				if (sema_field_match(f.prov, sp->prov) &&
				    sema_field_match(f.name, sp->name))
					break;
			}
			prov_args_idx(dx, n, &f, idx->ival);
			return -1;
		}
		if (a)
			this = find_xlated(a, len);
		if (this && this->xtype && dt_stable_kfn_of(sp)) /* io:::wait-*: a bio */
			native = dt_stable_kfn_of(sp)->native;
		if (!this) {
			other = 1;
			continue;
		}
		if (xa && xa != this) {
			diag_error(dx, n->loc, "D_ARGS_TYPE",
				   "args[%lld] has different types in the probes of this clause",
				   (long long)idx->ival);
			return -1;
		}
		xa = this;
	}
	if (!xa)
		return 0;
	if (other) {
		diag_error(dx, n->loc, "D_ARGS_TYPE",
			   "args[%lld] has different types in the probes of this clause",
			   (long long)idx->ival);
		return -1;
	}
	snprintf(argname, sizeof(argname), "arg%d", (int)idx->ival);
	arg = node_new(dx, N_IDENT, n->loc);
	arg->str = arena_strdup(dx, argname);
	cast = node_new(dx, N_CAST, n->loc);
	cast->a = typename_of(dx, n->loc, native ? native : xa->native);
	cast->b = arg;
	if (!xa->xtype) {
		cast->next = n->next;
		*n = *cast;
		return 1;
	}
	x = node_new(dx, N_XLATE, n->loc);
	x->a = typename_of(dx, n->loc, arena_printf(dx, "%s *", xa->xtype));
	x->b = cast;
	x->next = n->next;
	*n = *x;
	return 1;
}
