/*
 * A syscall program sees every syscall of every process: one that no
 * clause enables leaves before the prologue (map lookup), the dt_ctx
 * initialization and the argument reads.
 *
 * RUN: %dtc -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s
 * CHECK-LABEL: int dtc_p0(struct bpf_raw_tracepoint_args *ctx)
 * CHECK: if (nr >= DT_MAX_SYSCALLS)
 * CHECK-NEXT: return 0;
 * CHECK-NEXT: if (!(dtc_on[0] && ((dtc_sys_mask[0][(nr >> 6) & 7] >> (nr & 63)) & 1)) &&
 * CHECK-NEXT: !(dtc_on[1] && ((dtc_sys_mask[1][(nr >> 6) & 7] >> (nr & 63)) & 1)))
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
