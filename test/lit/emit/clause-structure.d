/*
 * One function per clause; one program per probe family calling its clauses
 * in script order behind their load-time switches.
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK: const volatile __u8 dtc_on[4] = {};
 * CHECK: const volatile __u8 dtc_sys_on[4][DT_MAX_SYSCALLS] = {};
 * CHECK: static __always_inline int dtc_clause_0(struct dt_ctx *c)
 * CHECK: static __always_inline int dtc_clause_1(struct dt_ctx *c)
 * CHECK: static __always_inline int dtc_clause_2(struct dt_ctx *c)
 * CHECK: SEC("raw_tp")
 * CHECK-NEXT: int dtc_p0(void *ctx)
 * CHECK: if (dt_prologue(&c, ctx, 0, 1, 1))
 * CHECK: if (dtc_on[0]) {
 * CHECK-NEXT: c.stmt = 0;
 * CHECK-NEXT: if (dtc_clause_0(&c))
 * CHECK: if (dtc_on[1] &&
 * CHECK-NEXT: dtc_activity != DT_ACTIVITY_DRAINING) {
 * Each description is a statement of DTrace's (read's entry and return):
 * CHECK-NEXT: c.stmt = 3;
 * CHECK-NEXT: if (dtc_clause_2(&c))
 * CHECK: SEC("raw_tp/sys_enter")
 * CHECK: if (!dtc_sys_on[2][nr])
 * CHECK-NEXT: return 0;
 * A program of one clause checks its switch once, before the prologue:
 * CHECK: c.pfunc = dt_nostr;
 * CHECK-NEXT: {
 * CHECK-NEXT: c.stmt = 1;
 * CHECK-NEXT: if (dtc_clause_1(&c))
 * CHECK: SEC("raw_tp/sys_exit")
 * CHECK: c.errno_val = rv < 0 && rv >= -4095 ? -rv : 0;
 * CHECK: pair 0 0 0
 * CHECK: pair 1 0 2
 * CHECK: pair 2 1 1
 * CHECK: pair 3 2 1
 */
BEGIN { x = 1; }
syscall::read:entry, syscall::read:return { x++; }
BEGIN { exit(0); }
