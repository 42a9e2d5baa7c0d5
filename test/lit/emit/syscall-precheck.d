/*
 * A syscall program sees every syscall of every process: one that no
 * clause enables leaves before the prologue (map lookup), the dt_ctx
 * initialization and the argument reads.
 *
 * RUN: %dtc -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s
 * CHECK-LABEL: int dtc_p0(struct bpf_raw_tracepoint_args *ctx)
 * CHECK: if (nr >= DT_MAX_SYSCALLS)
 * CHECK-NEXT: return 0;
 * CHECK-NEXT: if (!dtc_sys_on[0][nr] &&
 * CHECK-NEXT: !dtc_sys_on[1][nr])
 * CHECK-NEXT: return 0; {{/[*]}} no clause for this syscall
 * CHECK-NEXT: struct dt_ctx c = {};
 * CHECK-NEXT: if (dt_prologue(&c, ctx, 0, 0, 1))
 * CHECK: dt_syscall_args(&c,
 */
syscall::getppid:entry
{
	trace(arg0);
}

syscall::getpid:entry
{
	trace(arg1);
}
