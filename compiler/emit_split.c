/*
 * emit_split.c: a probe's clauses in several BPF programs, where one
 * program would be too much for the verifier.
 *
 * A probe's clauses are one program, and the verifier walks each clause
 * once for every state the ones before it leave: clauses each of a few
 * hundred thousand verified instructions (string subroutines' loops) went
 * past its million together ("BPF program is too large"), though each
 * loads alone.  So a program is cut before a clause whose string calls
 * would take its part past DT_SPLIT_STR_CALLS:
 *   - BEGIN and END, which dtrun runs itself, program after program in the
 *     object's order (run.c, run_family()), become several programs of the
 *     family, a later one's first clause behind the gate of a probe's later
 *     clauses (exit() in an earlier one);
 *   - an attached probe's program (syscall, profile/tick, cpc, a stable
 *     probe's tracepoint) keeps its head and goes on in parts dtc_p<P>_t<K>
 *     of the same program type, each reached from the one before by a tail
 *     call through dtc_tail_<P>, a BPF_MAP_TYPE_PROG_ARRAY dtrun fills after
 *     load.  A tail call keeps the context and the firing: the nesting level
 *     the head took (dt_nest_enter()) holds on, and what the clauses share
 *     in dt_ctx (arguments, probe key) travels in dtc_carry[level]
 *     (dt_tail_save(), dt_tail_resume()); this->, self->, globals,
 *     speculations and strtok()'s position live in maps already.  An
 *     interrupting firing takes the next level, so nothing of it leaks in.
 * A clause's own state (its predicate, record, speculation, alloca) is the
 * clause's, so any cut between clauses keeps DTrace's semantics.  Programs
 * of a cookie family hold one clause each; fentry/fexit programs, which
 * may only tail-call programs of the same attach target, and their kprobe
 * twins are not split.
 */
#include "emit.h"
#include "prov.h"

#define DT_SPLIT_STR_CALLS 8
/* The kernel follows at most 33 tail calls (MAX_TAIL_CALL_CNT); older
 * kernels 32: the last part holds what is left past this many. */
#define DT_TAIL_PARTS 32

/* String subroutine calls in tree n: each a loop the verifier walks. */
static int str_calls(const struct node *n)
{
	int k = 0;

	for (; n; n = n->next) {
		const struct node *kids[] = { n->a, n->b, n->c, n->d, n->e };
		int s = n->kind == N_CALL && n->type && n->type->kind == TY_STRING;

		for (const struct node *a = n->kind == N_CALL ? n->a : NULL; a && !s; a = a->next)
			s = a->type && a->type->kind == TY_STRING;
		k += s;
		for (int i = 0; i < 5; i++)
			k += str_calls(kids[i]);
	}
	return k;
}

static int clause_weight(struct ectx *ec, struct prog *p, int i)
{
	const struct node *n = ec->ss->clauses[p->clauses[i]].n;

	return str_calls(n->b) + str_calls(n->c);
}

/* BEGIN or END program p: the clauses from the first too many on, a program of their own. */
static void split_once(struct ectx *ec, struct prog *p)
{
	int w = 0;

	for (int i = 0; i < p->nclauses; i++) {
		int k = clause_weight(ec, p, i);
		struct prog *q;

		if (!i || w + k <= DT_SPLIT_STR_CALLS) {
			w += k;
			continue;
		}
		q = arena_alloc(ec->dx, sizeof(*q));
		*q = *p;
		q->id = ec->ss->nprogs++;
		q->clauses += i, q->ndesc += i, q->desc0 += i, q->maxdup += i;
		q->last_desc += i, q->dsc_off += i;
		q->nclauses = p->nclauses - i;
		q->maxclauses = q->nclauses;
		q->pair0 = p->pair0 + i;
		q->later = 1;
		p->nclauses = i;
		p->maxclauses = i;
		p->next = q;
		if (ec->ss->progs_tail == &p->next)
			ec->ss->progs_tail = &q->next;
		return; /* q is next: split it in turn */
	}
}

/* An attached probe's program p: its parts, each a program a tail call reaches. */
static void split_tail(struct ectx *ec, struct prog *p)
{
	int w = 0, *part = arena_alloc(ec->dx, sizeof(int) * (DT_TAIL_PARTS + 1)), n = 1;

	part[0] = 0;
	for (int i = 0; i < p->nclauses; i++) {
		int k = clause_weight(ec, p, i);

		if (i && w + k > DT_SPLIT_STR_CALLS && n < DT_TAIL_PARTS) {
			part[n++] = i;
			w = 0;
		}
		w += k;
	}
	if (n == 1)
		return;
	part[n] = p->nclauses;
	p->part = part;
	p->nparts = n;
}

void emit_split(struct ectx *ec)
{
	for (struct prog *p = ec->ss->progs; p; p = p->next) {
		const struct dt_family *fam = dt_family(p->family);

		if (fam->run == DT_RUN_ONCE)
			split_once(ec, p);
		else if (fam->run == DT_RUN_ATTACH && !fam->cookie && !fam->twin)
			split_tail(ec, p);
	}
}

/* dtc_tail_<P>: slot K holds part K of program P (dtrun fills it after load). */
void emit_tail_maps(struct ectx *ec)
{
	for (struct prog *p = ec->ss->progs; p; p = p->next)
		if (p->nparts > 1)
			sb_printf(ec->out,
				  "\nstruct {\n\t__uint(type, BPF_MAP_TYPE_PROG_ARRAY);\n"
				  "\t__uint(max_entries, %d);\n\t__type(key, __u32);\n"
				  "\t__type(value, __u32);\n} dtc_tail_%d SEC(\".maps\");\n",
				  p->nparts, p->id);
}
