/*
 * emit_subr.c: calls of the D subroutines sema_subr.c checked, as calls of
 * the BPF helpers in runtime/dtc_str.bpf.h.  String results go to the
 * call's temporary (node id); faults jump to the clause's fault label.
 */
#include <string.h>

#include "emit.h"

static void arg_str(struct ectx *ec, struct node *a, struct strbuf *sb)
{
	emit_str(ec, a, sb);
}

/*
 * A string argument whose read, when it is one from kernel memory that
 * fails, sets _kbID (DT_KSTR_FLAG): DTrace's bpf/ functions see
 * bpf_probe_read_str() fail where the other subroutines read zeros
 * (strjoin.S stops at a bad first string, index.S and rindex.S return -1
 * for either).  Only the argument's own read: a string made from one
 * (substr(stringof(p), 1)) is no failed read.
 */
static void arg_str_flagged(struct ectx *ec, struct node *a, int id, struct strbuf *sb)
{
	if (a->kind == N_STRINGOF ||
	    ((a->flags & NF_CHARARR) && !(a->kind == N_IDENT && a->sym && a->sym->kind == SYM_GLOBAL)))
		ec->kstr_flag = id + 1;
	emit_str(ec, a, sb);
	ec->kstr_flag = 0;
}

static void arg_int(struct ectx *ec, struct node *a, struct strbuf *sb)
{
	sb_puts(sb, "(__s64)("); /* the register passed (lltostr(i + 1) of INT_MAX: 2^31) */
	emit_expr_reg(ec, a, sb);
	sb_puts(sb, ")");
}

/* name(args...) of a helper taking the result buffer first. */
static void str_call(struct ectx *ec, struct node *n, const char *helper, const char *kinds,
		     struct strbuf *sb)
{
	struct node *a;
	int i = 0;

	sb_printf(sb, "%s(dt_tmp(c, %d)", helper, n->id);
	for (a = n->a; a; a = a->next, i++) {
		sb_puts(sb, ", ");
		if (kinds[i] == 's')
			arg_str(ec, a, sb);
		else
			arg_int(ec, a, sb);
	}
	sb_puts(sb, ")");
}

/*
 * strstr(), strchr(), strrchr() and strtok() return NULL where DTrace's do;
 * a NULL string used as a value faults (BADADDR, as DTrace's loads do), but
 * `s == NULL` / `s != NULL` (emit_subr_nullable()) only tests it.
 */
static void emit_strtok(struct ectx *ec, struct node *n, int nullable, struct strbuf *sb)
{
	struct node *a1 = n->a, *a2 = a1->next;
	int cont = a1->type && a1->type->kind != TY_STRING; /* strtok(NULL, ...) */

	sb_printf(sb, "({ int _k = dt_strtok(dt_tmp(c, %d), ", n->id);
	if (cont)
		sb_printf(sb, "dt_tmp(c, %d)", n->id);
	else
		arg_str(ec, a1, sb);
	sb_puts(sb, ", ");
	arg_str(ec, a2, sb);
	sb_printf(sb, ", %d); if (_k == -2%s) DT_FAULT(c, DTRACEFLT_BADADDR, 0); ", cont,
		  nullable ? "" : " || _k < 0");
	sb_printf(sb, "_k < 0 ? (char *)0 : dt_tmp(c, %d); })", n->id);
}

/* Whether string expression n may be NULL: a string variable or a
 * NULL-returning subroutine (emit_subr_nullable() writes it). */
int emit_str_maybe_null(const struct node *n)
{
	const char *f = n->str;

	if (n->kind == N_IDENT)
		return n->sym && n->sym->kind == SYM_GLOBAL && n->type && n->type->kind == TY_STRING &&
		       !(n->flags & (NF_CHARARR | NF_TMPCOPY));
	if (n->kind == N_INDEX || n->kind == N_PTR_MEMBER)
		return n->sym && (n->sym->kind == SYM_TLS || n->sym->kind == SYM_LOCAL ||
				  n->sym->kind == SYM_ASSOC) &&
		       n->sym->type && n->sym->type->kind == TY_STRING && !(n->flags & NF_TMPCOPY);
	if (n->kind == N_STRINGOF && (n->flags & NF_CMPNULL))
		return 1;
	if (n->kind == N_COND)
		return n->type && n->type->kind == TY_STRING &&
		       ((n->b->type && type_is_int(n->b->type)) ||
			(n->c->type && type_is_int(n->c->type)));
	return n->kind == N_CALL && f &&
	       (!strcmp(f, "strtok") || !strcmp(f, "strstr") || !strcmp(f, "strchr") ||
		!strcmp(f, "strrchr"));
}

/* The string subroutines that may return NULL, written so that NULL is a
 * value (for == and != NULL); 0 for any other expression. */
int emit_subr_nullable(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	const char *f = n->str;
	struct node *a1 = n->a, *a2 = a1 ? a1->next : NULL;

	if (n->kind == N_IDENT && n->sym && n->sym->kind == SYM_GLOBAL && n->type &&
	    n->type->kind == TY_STRING && !(n->flags & (NF_CHARARR | NF_TMPCOPY))) {
		sb_puts(sb, "dt_strnull((char *)");
		emit_global_ref(ec, n->sym, sb);
		sb_puts(sb, ")");
		return 1;
	}
	if (emit_var_str_nullable(ec, n, sb)) /* self->s, this->s, a[k] */
		return 1;
	if (n->kind == N_STRINGOF && (n->flags & NF_CMPNULL)) {
		/* s == p: a NULL p is compared as a pointer (dt_cg_compare_op()) */
		ec->scratch = 1;
		sb_printf(sb, "DT_KSTR_NUL(c, %d, ", n->id);
		emit_expr(ec, n->a, sb);
		sb_puts(sb, ", DT_STRSIZE)");
		return 1;
	}
	if (emit_cond_str_null(ec, n, sb, 1)) /* c ? s : 0 (emit_expr.c) */
		return 1;
	if (n->kind != N_CALL || !f)
		return 0;
	if (!strcmp(f, "strtok") || !strcmp(f, "strstr") || !strcmp(f, "strchr") ||
	    !strcmp(f, "strrchr"))
		ec->scratch = 1; /* the result buffer: dt_tmp() */
	if (!strcmp(f, "strtok")) {
		emit_strtok(ec, n, 1, sb);
	} else if (!strcmp(f, "strstr")) {
		/* dt_index() of a string that cannot be read is -1: NULL */
		sb_printf(sb, "({ int _kb%d = 0; char *_r = dt_strstr(dt_tmp(c, %d), ", n->id, n->id);
		arg_str_flagged(ec, a1, n->id, sb);
		sb_puts(sb, ", ");
		arg_str_flagged(ec, a2, n->id, sb);
		sb_printf(sb, "); _kb%d ? (char *)0 : _r; })", n->id);
	} else if (!strcmp(f, "strchr") || !strcmp(f, "strrchr")) {
		sb_printf(sb, "dt_strchr(dt_tmp(c, %d), ", n->id);
		arg_str(ec, a1, sb);
		sb_puts(sb, ", (char)(");
		emit_expr(ec, a2, sb);
		sb_printf(sb, "), %d)", f[3] == 'r');
	} else {
		return 0;
	}
	return 1;
}

/*
 * inet_ntop(af, addr) (kind 0), inet_ntoa6(addr[, strict]) (1), link_ntop(type, addr) (2).
 * The family or type first, then the address, as dt_cg_subr_link_ntop()
 * evaluates them; an unknown link type faults ILLOP with the type as the
 * fault's value (ERROR's arg5), a NULL address BADADDR with the address.
 */
static void emit_ntop(struct ectx *ec, struct node *n, int kind, struct strbuf *sb)
{
	struct node *a1 = n->a, *a2 = a1->next;

	sb_puts(sb, "({ __s64 _t = ");
	if (kind != 1)
		arg_int(ec, a1, sb);
	else if (a2)
		arg_int(ec, a2, sb);
	else
		sb_puts(sb, "0");
	sb_puts(sb, "; __u64 _a = (__u64)(");
	emit_expr(ec, kind == 1 ? a1 : a2, sb);
	sb_printf(sb, "); int _f = dt_addr_ntop(dt_tmp(c, %d), %d, _t, (const void *)_a); "
		      "if (_f) DT_FAULT(c, _f, _f == DTRACEFLT_BADADDR ? _a : (__u64)_t); "
		      "dt_tmp(c, %d); })",
		  n->id, kind, n->id);
}

/*
 * The kernel lock subroutines (runtime/dt_klock.bpf.h).  Every Linux mutex
 * is adaptive, so mutex_type_adaptive() is 1 and mutex_type_spin() 0 once
 * the argument is evaluated, as DTrace for Linux has it.
 */
static int emit_klock(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	static const struct {
		const char *name, *op;
	} ops[] = {
		{ "mutex_owned", "DT_KLOCK_MUTEX_OWNED" },
		{ "mutex_owner", "DT_KLOCK_MUTEX_OWNER" },
		{ "rw_read_held", "DT_KLOCK_RW_READ_HELD" },
		{ "rw_write_held", "DT_KLOCK_RW_WRITE_HELD" },
		{ "rw_iswriter", "DT_KLOCK_RW_ISWRITER" },
	};
	const char *f = n->str;
	size_t i;

	if (!strcmp(f, "mutex_type_adaptive") || !strcmp(f, "mutex_type_spin")) {
		sb_puts(sb, "({ __u64 _a = (__u64)(");
		emit_expr(ec, n->a, sb);
		sb_printf(sb, "); (void)_a; %d; })", f[11] == 'a');
		return 1;
	}
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		if (strcmp(f, ops[i].name))
			continue;
		sb_puts(sb, "({ __u64 _a = (__u64)(");
		emit_expr(ec, n->a, sb);
		sb_printf(sb, "); __s64 _v = 0; int _f = dt_klock(_a, %s, &_v); "
			      "if (_f) DT_FAULT(c, _f, _f == DTRACEFLT_BADADDR ? _a : 0); ",
			  ops[i].op);
		sb_puts(sb, i == 1 ? "(__u64)_v; })" : "(int)_v; })");
		return 1;
	}
	return 0;
}

int emit_subr_call(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	const char *f = n->str;
	struct node *a1 = n->a, *a2 = a1 ? a1->next : NULL, *a3 = a2 ? a2->next : NULL;

	if (!strcmp(f, "strlen")) {
		sb_puts(sb, "dt_strlen(");
		arg_str(ec, a1, sb);
		sb_puts(sb, ")");
	} else if (!strcmp(f, "strjoin")) {
		/* strjoin.S: a first string that cannot be read leaves the
		 * result empty (bpf_probe_read_str() zeroes it), a second one
		 * the first alone */
		sb_printf(sb, "({ int _kb%d = 0; char *_r = dt_strjoin(dt_tmp(c, %d), ", n->id, n->id);
		arg_str_flagged(ec, a1, n->id, sb);
		sb_puts(sb, ", ");
		arg_str(ec, a2, sb);
		sb_printf(sb, "); if (_kb%d) _r[0] = 0; _r; })", n->id);
	} else if (!strcmp(f, "substr")) {
		sb_printf(sb, "dt_substr(dt_tmp(c, %d), ", n->id);
		arg_str(ec, a1, sb);
		sb_puts(sb, ", ");
		arg_int(ec, a2, sb);
		sb_puts(sb, ", ");
		if (a3)
			arg_int(ec, a3, sb);
		else
			sb_puts(sb, "DT_STRSIZE");
		sb_puts(sb, ")");
	} else if (!strcmp(f, "index") || !strcmp(f, "rindex")) {
		/* index.S, rindex.S: -1 when either string cannot be read */
		sb_printf(sb, "({ int _kb%d = 0; __typeof__(dt_index(\"\", \"\", 0, 0, 0)) _r = dt_index(",
			  n->id);
		arg_str_flagged(ec, a1, n->id, sb);
		sb_puts(sb, ", ");
		arg_str_flagged(ec, a2, n->id, sb);
		sb_puts(sb, ", ");
		if (a3)
			arg_int(ec, a3, sb);
		else
			sb_puts(sb, "0");
		sb_printf(sb, ", %d, %d); _kb%d ? -1 : _r; })", a3 != NULL, f[0] == 'r', n->id);
	} else if (!strcmp(f, "strstr") || !strcmp(f, "strchr") || !strcmp(f, "strrchr")) {
		/* the call emit_subr_nullable() writes; NULL used as a string faults */
		sb_puts(sb, "({ char *_r = ");
		emit_subr_nullable(ec, n, sb);
		sb_puts(sb, "; if (!_r) DT_FAULT(c, DTRACEFLT_BADADDR, 0); _r; })");
	} else if (!strcmp(f, "lltostr")) {
		sb_printf(sb, "({ char *_r = dt_lltostr(dt_tmp(c, %d), ", n->id);
		arg_int(ec, a1, sb);
		sb_puts(sb, ", ");
		if (a2)
			arg_int(ec, a2, sb);
		else
			sb_puts(sb, "10");
		sb_puts(sb, "); if (!_r) DT_FAULT(c, DTRACEFLT_ILLOP, 0); _r; })");
	} else if (!strcmp(f, "strtoll")) {
		sb_puts(sb, "({ __s64 _r; if (dt_strtoll(");
		arg_str(ec, a1, sb);
		sb_puts(sb, ", ");
		if (a2)
			arg_int(ec, a2, sb);
		else
			sb_puts(sb, "10");
		sb_puts(sb, ", &_r)) DT_FAULT(c, DTRACEFLT_ILLOP, 0); _r; })");
	} else if (!strcmp(f, "toupper") || !strcmp(f, "tolower")) {
		sb_printf(sb, "dt_chcase(dt_tmp(c, %d), ", n->id);
		arg_str(ec, a1, sb);
		sb_printf(sb, ", %d)", f[2] == 'u');
	} else if (!strcmp(f, "basename") || !strcmp(f, "dirname")) {
		sb_printf(sb, "dt_pathpart(dt_tmp(c, %d), ", n->id);
		arg_str(ec, a1, sb);
		sb_printf(sb, ", %d)", f[0] == 'd');
	} else if (!strcmp(f, "strtok")) {
		emit_strtok(ec, n, 0, sb);
	} else if (!strcmp(f, "cleanpath")) {
		str_call(ec, n, "dt_cleanpath", "s", sb);
	} else if (!strcmp(f, "inet_ntop")) {
		emit_ntop(ec, n, 0, sb);
	} else if (!strcmp(f, "inet_ntoa6")) {
		emit_ntop(ec, n, 1, sb);
	} else if (!strcmp(f, "link_ntop")) {
		emit_ntop(ec, n, 2, sb);
	} else if (!strcmp(f, "uregs")) {
		/* uregs[R_*], rewritten by sema_expr.c: a constant index */
		sb_printf(sb, "({ __u64 _v; if (dt_uregs(%lldULL, &_v)) "
			      "DT_FAULT(c, DTRACEFLT_ILLOP, 0); _v; })",
			  (unsigned long long)a1->ival);
	} else if (!strcmp(f, "rand")) {
		sb_puts(sb, "((int)bpf_get_prandom_u32())");
	} else if (!strcmp(f, "progenyof")) {
		sb_puts(sb, "dt_progenyof(c, (int)(");
		emit_expr(ec, a1, sb);
		sb_puts(sb, "))");
	} else if (!strcmp(f, "getmajor") || !strcmp(f, "getminor")) {
		/* Linux dev_t: 12 bits of major above 20 bits of minor (MINORBITS) */
		sb_puts(sb, "((unsigned int)((__u64)(");
		emit_expr(ec, a1, sb);
		sb_puts(sb, f[3] == 'm' && f[4] == 'a' ? ") >> 20) & 0xfff)" : ")) & 0xfffff)");
	} else if (!strcmp(f, "htons") || !strcmp(f, "ntohs")) {
		sb_puts(sb, "((unsigned short)__builtin_bswap16((unsigned short)(");
		emit_expr(ec, a1, sb);
		sb_puts(sb, ")))");
	} else if (!strcmp(f, "htonl") || !strcmp(f, "ntohl")) {
		sb_puts(sb, "((unsigned int)__builtin_bswap32((unsigned int)(");
		emit_expr(ec, a1, sb);
		sb_puts(sb, ")))");
	} else if (!strcmp(f, "htonll") || !strcmp(f, "ntohll")) {
		sb_puts(sb, "((unsigned long long)__builtin_bswap64((unsigned long long)(");
		emit_expr(ec, a1, sb);
		sb_puts(sb, ")))");
	} else if (!strcmp(f, "d_path")) {
		sb_printf(sb, "({ __u64 _a = (__u64)(");
		emit_expr(ec, a1, sb);
		sb_printf(sb, "); char *_r = dt_tmp(c, %d); "
			      "if (dt_d_path(_r, _a)) DT_FAULT(c, DTRACEFLT_BADADDR, _a); _r; })",
			  n->id);
	} else if (!strcmp(f, "__psargs")) {
		sb_printf(sb, "dt_psargs(dt_tmp(c, %d), (__u64)(", n->id);
		emit_expr(ec, a1, sb);
		sb_puts(sb, "))");
	} else if (!strcmp(f, "__psinfo_mm")) {
		sb_puts(sb, "dt_psinfo_mm((__u64)(");
		emit_expr(ec, a1, sb);
		sb_puts(sb, "), (int)(");
		emit_expr(ec, a2, sb);
		sb_puts(sb, "))");
	} else if (!strcmp(f, "__iofile")) {
		sb_printf(sb, "dt_iofile(dt_tmp(c, %d), (__u64)(", n->id);
		emit_expr(ec, a1, sb);
		sb_puts(sb, "), (int)(");
		emit_expr(ec, a2, sb);
		sb_puts(sb, "))");
	} else if (!strcmp(f, "__blkdev")) {
		/* the name the driver of block major M registered (dtrun fills
		 * dtc_blkdevs from /proc/devices), "<none>" for an unknown major */
		sb_printf(sb, "({ int _m = (int)(");
		emit_expr(ec, a1, sb);
		sb_printf(sb, ") & (DT_MAX_BLKDEV - 1); char *_r = dt_tmp(c, %d); "
			      "if (dtc_blkdevs[_m][0]) __builtin_memcpy(_r, (const char *)dtc_blkdevs[_m], "
			      "DT_BLKDEV_LEN); else __builtin_memcpy(_r, \"<none>\", 7); _r; })",
			  n->id);
	} else if (!strcmp(f, "__iofile_off")) {
		sb_puts(sb, "dt_iofile_off((__u64)(");
		emit_expr(ec, a1, sb);
		sb_puts(sb, "))");
	} else if (!strcmp(f, "inet_ntoa")) {
		sb_printf(sb, "({ __u64 _a = (__u64)(");
		emit_expr(ec, a1, sb);
		sb_printf(sb, "); char *_r = dt_inet_ntoa(dt_tmp(c, %d), (const void *)_a); "
			      "if (!_r) DT_FAULT(c, DTRACEFLT_BADADDR, _a); _r; })",
			  n->id);
	} else {
		return emit_klock(ec, n, sb);
	}
	return 1;
}
