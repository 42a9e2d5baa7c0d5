/*
 * A stable probe with a second tracepoint gets a second program,
 * dtc_p<N>_tp2: lockstat's contention_begin only records the wait
 * (dt_lock_begin) for the probe at contention_end; vminfo:::as_fault runs
 * its clauses on user and kernel page faults alike.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK: #define DT_USE_LOCKSTAT 1
 * CHECK-LABEL: int dtc_p0(struct bpf_raw_tracepoint_args *ctx)
 * CHECK: lockstat:::adaptive-block on raw tracepoint contention_end
 * CHECK: if (!(dt_lock_end(ctx, &c, DT_LS_ADAPTIVE_BLOCK)))
 * CHECK-LABEL: int dtc_p0_tp2(struct bpf_raw_tracepoint_args *ctx)
 * CHECK: lockstat:::adaptive-block on raw tracepoint contention_begin
 * CHECK-NEXT: dt_lock_begin(ctx);
 * CHECK-NEXT: return 0;
 * CHECK-LABEL: int dtc_p1(struct bpf_raw_tracepoint_args *ctx)
 * CHECK: vminfo:::as_fault on raw tracepoint page_fault_user
 * CHECK: if (!(!(ctx->args[2] & 1)))
 * CHECK: dtc_clause_1(&c)
 * CHECK-LABEL: int dtc_p1_tp2(struct bpf_raw_tracepoint_args *ctx)
 * CHECK: vminfo:::as_fault on raw tracepoint page_fault_kernel
 * CHECK: if (!(!(ctx->args[2] & 1)))
 * CHECK: dtc_clause_1(&c)
 * CHECK-LABEL: int dtc_p2(struct bpf_raw_tracepoint_args *ctx)
 * CHECK: sysinfo:::readch on raw tracepoint sys_exit
 * CHECK: c.arg[0] = ctx->args[1];
 * CHECK-NOT: dtc_p2_tp2
 */
lockstat:::adaptive-block { @[arg0] = sum(arg1); }
vminfo:::as_fault { @f = count(); }
sysinfo:::readch { @r = sum(arg0); }
