/*
 * stack(), ustack(n), tracemem(), sym() statements: one item each, the
 * stack helper with its frames, metadata descriptors k/U/r/a/A (dtc_abi.h).
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dt_put_stack(c, _p, 20, 0);
 * CHECK: dt_put_stack(c, _p, 5, BPF_F_USER_STACK);
 * CHECK: dt_put_stack(c, _p, 7, 0);
 * CHECK: dt_read_mem(_p + 8, 16,
 * CHECK: dt_put_int(_p, 8, bpf_get_current_pid_tgid() >> 32);
 * CHECK: "act 0 0 stack 1 \"\" k168\n"
 * CHECK: "act 1 0 ustack 1 \"\" U48\n"
 * CHECK: "act 2 0 stack 1 \"\" k64\n"
 * CHECK: "act 3 0 tracemem 2 \"\" u8 r16\n"
 * CHECK: "act 4 0 sym 1 \"\" a8\n"
 * CHECK: "act 5 0 usym 1 \"\" A16\n"
 */
#pragma D option stackframes=7
BEGIN
{
	stack(20);
	ustack(5);
	stack();
	tracemem(arg0, 16);
	sym(arg0);
	usym(arg1);
}
