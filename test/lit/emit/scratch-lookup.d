/*
 * The per-CPU scratch map (records, string temporaries, stacks) is looked
 * up only by programs whose clauses may use it: an aggregation keyed by
 * execname, a self-> variable or a predicate on integers needs none, so the
 * program saves the lookup (bench/agg-count.sh).  A record, a string
 * temporary or a stack needs it.  ERROR clauses use the faulting clause's,
 * or take a nesting level themselves (dt_nest_enter()), since the faulting
 * program may have skipped it.
 *
 * RUN: %dtc -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s
 * CHECK-LABEL: static __noinline void dtc_error(struct dt_ctx *fc)
 * CHECK: if (fc->s)
 * CHECK-NEXT: c.s = fc->s, c.t = fc->t, c.lvl = fc->lvl;
 * CHECK-NEXT: else if (dt_nest_enter(&c))
 * CHECK-NEXT: return;
 * CHECK-LABEL: int dtc_p0(struct bpf_raw_tracepoint_args *ctx)
 * CHECK: if (dt_prologue(&c, ctx, 0, 0, 0))
 * CHECK-LABEL: int dtc_p1(struct bpf_raw_tracepoint_args *ctx)
 * CHECK: if (dt_prologue(&c, ctx, 1, 0, 0))
 * CHECK-LABEL: int dtc_p2(void *ctx)
 * CHECK: if (dt_prologue(&c, ctx, 2, 1, 1))
 * CHECK-LABEL: int dtc_p3(struct bpf_perf_event_data *ctx)
 * CHECK: if (dt_prologue(&c, ctx, 3, 0, 1))
 * CHECK-LABEL: int dtc_p4(struct bpf_perf_event_data *ctx)
 * CHECK: if (dt_prologue(&c, ctx, 4, 0, 1))
 */
syscall:::entry
/pid != 1/
{
	@[execname] = count();
	self->ts = timestamp;
}

syscall::read:return
/self->ts/
{
	@q = quantize(timestamp - self->ts);
	self->ts = 0;
}

END
{
	printf("%d\n", 1);
}

tick-1s
/execname == "init"/
{
	@s = count();
}

profile-99
{
	@k[stack()] = count();
}

ERROR
{
	trace(arg4);
}
