/*
 * A clause is one statement per probe description (dt_compile_one_clause()),
 * numbered in program order; a probe runs each statement that matched it
 * (dt_probe_add_stmt(), dt_cg_tramp_call_clauses()), saying which in c.stmt
 * (epid's lower half, ERROR's arg2).  A clause that reaches a program by one
 * description is that statement; by several, dtrun lists those that match
 * in dtc_dsc[] (metadata "dsc", version 3), at most as many per probe as
 * can match one: two literal syscall names never match one syscall.
 *
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s --implicit-check-not=error:
 * CHECK: const volatile __u16 dtc_dsc[1540] = {};
 * CHECK: (((__u64)dtc_probe_id(c) << 32) | c->stmt)
 * CHECK-LABEL: {{^}}static __noinline void dtc_error(struct dt_ctx *fc){{$}}
 * CHECK: c.arg[2] = fc->stmt;
 * CHECK: if (dtc_on[6]) {
 * CHECK-NEXT: #pragma clang loop unroll(disable)
 * CHECK-NEXT: for (__u32 k = 0; k < 2; k++) {
 * CHECK-NEXT: __u32 d = dtc_dsc[1538 + 0 * 2 + k];
 * CHECK-NEXT: if (!d)
 * CHECK-NEXT: break;
 * CHECK-NEXT: c.stmt = 9 + d - 1;
 * CHECK-NEXT: dtc_clause_5(&c);
 *
 * BEGIN: statements 0 and 1, then 3 (tick-1s, BEGIN).
 * CHECK-LABEL: int dtc_p0(void *ctx)
 * CHECK: if (dtc_on[0]) {
 * CHECK-NEXT: #pragma clang loop unroll(disable)
 * CHECK-NEXT: for (__u32 k = 0; k < 2; k++) {
 * CHECK-NEXT: __u32 d = dtc_dsc[0 + 0 * 2 + k];
 * CHECK-NEXT: if (!d || (k && !(dtc_activity != DT_ACTIVITY_DRAINING)))
 * CHECK-NEXT: break;
 * CHECK-NEXT: c.stmt = 0 + d - 1;
 * CHECK-NEXT: if (dtc_clause_0(&c))
 * CHECK: if (dtc_on[1] &&
 * CHECK-NEXT: dtc_activity != DT_ACTIVITY_DRAINING) {
 * CHECK-NEXT: c.stmt = 3;
 * CHECK-NEXT: if (dtc_clause_1(&c))
 *
 * CHECK-LABEL: int dtc_p1(struct bpf_perf_event_data *ctx)
 * CHECK: c.stmt = 2;
 * CHECK-NEXT: if (dtc_clause_1(&c))
 *
 * read and write: one statement per syscall; read and rea*: one or two.
 * CHECK-LABEL: int dtc_p2(struct bpf_raw_tracepoint_args *ctx)
 * CHECK: if (dtc_sys_on[3][nr]) {
 * CHECK-NEXT: c.stmt = 4 + dtc_dsc[2 + nr] - 1;
 * CHECK-NEXT: if (dtc_clause_2(&c))
 * CHECK: if (dtc_sys_on[4][nr] &&
 * CHECK-NEXT: dtc_activity == DT_ACTIVITY_ACTIVE) {
 * CHECK-NEXT: #pragma clang loop unroll(disable)
 * CHECK-NEXT: for (__u32 k = 0; k < 2; k++) {
 * CHECK-NEXT: __u32 d = dtc_dsc[514 + nr * 2 + k];
 * CHECK-NEXT: if (!d || (k && !(dtc_activity == DT_ACTIVITY_ACTIVE)))
 * CHECK-NEXT: break;
 * CHECK-NEXT: c.stmt = 6 + d - 1;
 *
 * A cookie family's program is attached per description: the cookie says it.
 * CHECK-LABEL: int dtc_p3(struct pt_regs *ctx)
 * CHECK: c.stmt = bpf_get_attach_cookie(ctx) >> DT_COOKIE_DSC_SHIFT;
 * CHECK: c.stmt += 8;
 * CHECK-NEXT: if (dtc_clause_4(&c))
 *
 * CHECK: "dtc-meta 3\n"
 * CHECK: "pair 0 0 0\n"
 * CHECK-NEXT: "dsc 0 0 1 2\n"
 * CHECK-NEXT: "pair 1 0 1\n"
 * CHECK: "pair 3 2 2\n"
 * CHECK-NEXT: "dsc 3 2 512 1\n"
 * CHECK-NEXT: "pair 4 2 3\n"
 * CHECK-NEXT: "dsc 4 514 512 2\n"
 * CHECK: "pair 6 4 5\n"
 * CHECK-NEXT: "dsc 6 1538 1 2\n"
 */
BEGIN, BEGIN { trace(epid); }
tick-1s, BEGIN { trace(epid); }
syscall::read:entry, syscall::write:entry { trace(epid); }
syscall::read:entry, syscall::rea*:entry { trace(epid); }
pid$target::main:entry { trace(epid); }
ERROR, ERROR { trace(arg2); }
