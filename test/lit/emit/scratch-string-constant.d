/*
 * Whether a clause uses the per-CPU scratch map is recorded by the emitters
 * that write a helper using it (a record, a string temporary, a stack), not
 * read back from the generated C: a string constant holding a lone "c" is
 * not the clause context.  (Keys past 128 bytes, as these, are built in a
 * per-CPU buffer of the firing's nesting level, which the lookup takes:
 * dt_nest_enter().)
 *
 * RUN: %dtc -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s
 * CHECK-LABEL: int dtc_p0(struct bpf_perf_event_data *ctx)
 * CHECK: if (dt_prologue(&c, ctx, 0, 0, 1))
 * CHECK-LABEL: int dtc_p1(struct bpf_perf_event_data *ctx)
 * CHECK: if (dt_prologue(&c, ctx, 1, 0, 1))
 */
tick-1s
{
	@a["c"] = count();
	@b[" c ", "a,c)"] = sum(1);
}

tick-2s
{
	@s[execname] = count();
	trace("c");
}

