/*
 * prog.c: the pieces of a BPF program that emit.c and every provider's
 * program writer (prov*.c) put in each program they write.  The providers
 * sit in the sema layer (sema matches probe descriptions and types args[N]
 * through them), so what their programs share sits here, below sema, and
 * not in the emitter above it (scripts/layers.py).
 */
#include "emit.h"

/*
 * dt_prologue(), with the scratch lookup only where a clause may use it
 * (clause_info.scratch, recorded by the emitter) or the other per-CPU
 * buffers a firing takes a nesting level of (strtok()'s position,
 * alloca()'s memory, d_path()'s walk: dt_nest_enter()).
 */
void emit_prologue(struct ectx *ec, struct prog *p, int is_end)
{
	/* a program in parts keeps its level for them (emit_split.c) */
	int scratch = ec->ss->uses_strtok || ec->ss->uses_alloca || ec->ss->uses_dpath ||
		      p->nparts > 1;

	for (int i = 0; i < p->nclauses; i++)
		scratch |= ec->ss->clauses[p->clauses[i]].scratch;
	sb_printf(ec->out, "\tif (dt_prologue(&c, ctx, %d, %d, %d))\n\t\treturn 0;\n", p->id, is_end,
		  scratch);
	/* strtok()'s position lasts one probe firing (dtc_str.bpf.h), which a
	 * later program of a split BEGIN or END goes on with (emit.c) */
	if (ec->ss->uses_strtok && !p->later)
		sb_puts(ec->out, "\tdt_strtok_reset(&c);\n");
}
