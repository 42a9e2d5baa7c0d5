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

static void arg_int(struct ectx *ec, struct node *a, struct strbuf *sb)
{
	sb_puts(sb, "(__s64)(");
	emit_expr(ec, a, sb);
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

int emit_subr_call(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	const char *f = n->str;
	struct node *a1 = n->a, *a2 = a1 ? a1->next : NULL, *a3 = a2 ? a2->next : NULL;

	if (!strcmp(f, "strlen")) {
		sb_puts(sb, "dt_strlen(");
		arg_str(ec, a1, sb);
		sb_puts(sb, ")");
	} else if (!strcmp(f, "strjoin")) {
		str_call(ec, n, "dt_strjoin", "ss", sb);
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
		sb_printf(sb, "dt_index(");
		arg_str(ec, a1, sb);
		sb_puts(sb, ", ");
		arg_str(ec, a2, sb);
		sb_puts(sb, ", ");
		if (a3)
			arg_int(ec, a3, sb);
		else
			sb_puts(sb, "0");
		sb_printf(sb, ", %d, %d)", a3 != NULL, f[0] == 'r');
	} else if (!strcmp(f, "strstr")) {
		sb_printf(sb, "({ char *_r = dt_strstr(dt_tmp(c, %d), ", n->id);
		arg_str(ec, a1, sb);
		sb_puts(sb, ", ");
		arg_str(ec, a2, sb);
		sb_puts(sb, "); if (!_r) DT_FAULT(c, DTRACEFLT_BADADDR, 0); _r; })");
	} else if (!strcmp(f, "strchr") || !strcmp(f, "strrchr")) {
		sb_printf(sb, "({ char *_r = dt_strchr(dt_tmp(c, %d), ", n->id);
		arg_str(ec, a1, sb);
		sb_puts(sb, ", (char)(");
		emit_expr(ec, a2, sb);
		sb_printf(sb, "), %d); if (!_r) DT_FAULT(c, DTRACEFLT_BADADDR, 0); _r; })",
			  f[3] == 'r');
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
	} else if (!strcmp(f, "rand")) {
		sb_puts(sb, "((int)bpf_get_prandom_u32())");
	} else if (!strcmp(f, "progenyof")) {
		sb_puts(sb, "dt_progenyof((int)(");
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
	} else if (!strcmp(f, "inet_ntoa")) {
		sb_printf(sb, "({ __u64 _a = (__u64)(");
		emit_expr(ec, a1, sb);
		sb_printf(sb, "); char *_r = dt_inet_ntoa(dt_tmp(c, %d), (const void *)_a); "
			      "if (!_r) DT_FAULT(c, DTRACEFLT_BADADDR, _a); _r; })",
			  n->id);
	} else {
		return 0;
	}
	return 1;
}
