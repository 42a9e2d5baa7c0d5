/*
 * emit_stack.c: the C for the actions sema_stack.c registers: stack(),
 * ustack(), tracemem(), trace(sym(x)), and for sym() and kin used as values
 * (the address itself).  Helpers live in runtime/dt_stack.bpf.h.
 */
#include <string.h>

#include "emit.h"

/* A statement that is one of our actions: 1 when emitted. */
int emit_stack_stmt(struct ectx *ec, struct node *e, int *actno)
{
	struct strbuf sb = { 0 };
	struct action *a;

	if (e->kind != N_CALL || !e->str)
		return 0;
	if (!strcmp(e->str, "speculate") || !strcmp(e->str, "commit") || !strcmp(e->str, "discard")) {
		/* dt_spec.bpf.h: commit() or discard() of an illegal ID
		 * faults; speculate() of any ID that names no active
		 * speculation abandons the clause */
		emit_expr(ec, e->a, &sb);
		ec->scratch = 1; /* dt_speculate(), dt_spec_end() */
		ind(ec);
		sb_printf(ec->out, "c->act = %d;\n", ++*actno); /* locates a fault */
		ind(ec);
		if (e->str[0] == 's') {
			ec->spec = 1; /* dt_rec_commit_spec() (emit_clause()) */
			sb_printf(ec->out, "if (!dt_speculate(c, (__s64)(%s)))\n", sb.s);
			ind(ec);
			sb_puts(ec->out, "\tgoto dropped;\n"); /* the clause ends: return 0 */
		} else {
			sb_printf(ec->out, "if (dt_spec_end(c, (__s64)(%s), %s) < 0)\n", sb.s,
				  e->str[0] == 'c' ? "DT_REC_SPEC_COMMIT" : "DT_REC_SPEC_DISCARD");
			ind(ec);
			sb_puts(ec->out, "\tDT_FAULT(c, DTRACEFLT_ILLOP, 0);\n");
		}
		sb_free(&sb);
		return 1;
	}
	if (!strcmp(e->str, "chill")) {
		/* an empty item (the clause's record line), then the spin;
		 * past the limit, an illegal operation (dt_chill.bpf.h) */
		a = emit_find_action(ec, e->id);
		(*actno)++;
		emit_item_open(ec, a, *actno);
		emit_expr(ec, e->a, &sb);
		ind(ec);
		sb_printf(ec->out, "if (dt_chill((__s64)(%s)))\n", sb.s);
		ind(ec);
		sb_puts(ec->out, "\tDT_FAULT(c, DTRACEFLT_ILLOP, 0);\n");
		emit_item_close(ec);
		sb_free(&sb);
		return 1;
	}
	if (!strcmp(e->str, "raise") || !strcmp(e->str, "stop")) {
		/* an empty item (the clause's record line) and the signal, sent
		 * to the current process: delivered when it next leaves the
		 * kernel, which is when DTrace's stop() stops it.  A number
		 * that is no signal (past _NSIG, or the helper's -EINVAL) is
		 * an illegal operation, as dtrace_action_raise() and
		 * dt_cg_act_raise() rule; -EPERM, -EBUSY and the like are
		 * ignored, as DTrace ignores them */
		a = emit_find_action(ec, e->id);
		(*actno)++;
		emit_item_open(ec, a, *actno);
		if (e->a) {
			emit_expr(ec, e->a, &sb);
			ind(ec);
			sb_printf(ec->out, "__u64 _sig = (__u64)(%s);\n", sb.s);
			ind(ec);
			sb_puts(ec->out, "if (_sig > 64 /* _NSIG */ || "
					 "bpf_send_signal((__u32)_sig) == -22 /* -EINVAL */)\n");
			ind(ec);
			sb_puts(ec->out, "\tDT_FAULT(c, DTRACEFLT_ILLOP, 0);\n");
		} else {
			ind(ec);
			sb_puts(ec->out, "bpf_send_signal((__u32)(19 /* SIGSTOP */));\n");
		}
		emit_item_close(ec);
		sb_free(&sb);
		return 1;
	}
	if (strcmp(e->str, "stack") && strcmp(e->str, "ustack") && strcmp(e->str, "jstack") &&
	    strcmp(e->str, "tracemem") && strcmp(e->str, "pcap") && !sema_sym_letter(e))
		return 0;
	a = emit_find_action(ec, e->id);
	(*actno)++;
	emit_item_open(ec, a, *actno);
	if (a->argk[0] == 'k' || a->argk[0] == 'U') {
		ec->scratch = 1;
		ind(ec);
		sb_printf(ec->out, "dt_put_stack(c, _p, %d, %s);\n", a->argsize[0] / 8 - 1,
			  a->argk[0] == 'U' ? "BPF_F_USER_STACK" : "0");
	} else if (!strcmp(a->kind, "pcap")) {
		struct strbuf pr = { 0 };

		emit_expr(ec, e->a, &sb);
		emit_expr(ec, e->a->next, &pr);
		ind(ec);
		sb_printf(ec->out, "dt_put_pcap(_p, (__u64)(%s), (__u64)(long long)(%s), %d);\n",
			  sb.s, pr.s, a->argsize[3]);
		sb_free(&pr);
	} else if (!strcmp(a->kind, "tracemem")) {
		struct node *n2 = e->a->next;

		emit_expr(ec, e->a, &sb);
		ind(ec);
		sb_printf(ec->out, "dt_put_int(_p, 0, %d);\n", a->argsize[1]);
		if (n2->next) {
			struct strbuf ds = { 0 };

			emit_expr(ec, n2->next, &ds);
			ind(ec);
			sb_printf(ec->out, "dt_put_int(_p, 0, (__u64)(long long)(%s));\n", ds.s);
			sb_free(&ds);
		}
		/* dt_cg_act_tracemem() checks neither the address nor the
		 * read: memory that cannot be read (NULL too) is zeros */
		ind(ec);
		sb_printf(ec->out, "dt_read_mem(_p + 8, %d, (__u64)(%s));\n", a->argsize[1], sb.s);
	} else {
		/* sym(x); ...: the address, and the tgid for user ones */
		emit_expr(ec, e->a, &sb);
		ind(ec);
		sb_printf(ec->out, "dt_put_int(_p, 0, (__u64)(%s));\n", sb.s);
		if (a->argsize[0] == 16) {
			ind(ec);
			sb_puts(ec->out, "dt_put_int(_p, 8, bpf_get_current_pid_tgid() >> 32);\n");
		}
	}
	emit_item_close(ec);
	sb_free(&sb);
	return 1;
}

/* speculation() as a value (sym(x) and kin have none: sema_stack.c's
 * D_CG_EXPR).  1 when n is one. */
int emit_stack_expr(struct ectx *ec, struct node *n, struct strbuf *sb)
{
	(void)ec;
	if (n->kind == N_CALL && n->str && !strcmp(n->str, "speculation")) {
		sb_puts(sb, "dt_speculation()");
		return 1;
	}
	return 0;
}
