/*
 * The maxframes option cuts every stack silently, an argument's frames as
 * well as the stackframes/ustackframes defaults (dt_cg_stack_arg()):
 * stack(10), ustack(50) and jstack() keep 3 frames, stack(2) keeps 2, and
 * an aggregation key's record holds 3 frames (1 + 3 words).  The frame
 * options take 0 (a stack of no frame), their unset value the default,
 * which maxframes cuts too.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dt_put_stack(c, _p, 3, 0);
 * CHECK: dt_put_stack(c, _p, 3, BPF_F_USER_STACK);
 * CHECK: dt_put_stack(c, _p, 2, 0);
 * CHECK: dt_put_stack(c, _p, 3, BPF_F_USER_STACK);
 * CHECK: dt_put_stack(c, (char *)_kp->k0, 3, 0);
 * CHECK: "act 0 0 stack 1 \"\" k32\n"
 * CHECK: "act 1 0 ustack 1 \"\" U32\n"
 * CHECK: "act 2 0 stack 1 \"\" k24\n"
 * CHECK: "act 3 0 ustack 1 \"\" U32\n"
 * RUN: %dtc -S -o - --btf %btf -x stackframes=0 -x ustackframes= %s | FileCheck %s --check-prefix=ZERO
 * ZERO: "act 5 1 stack 1 \"\" k8\n"
 * ZERO: "act 6 1 ustack 1 \"\" U32\n"
 */
#pragma D option maxframes=3
BEGIN
{
	stack(10);
	ustack(50);
	stack(2);
	jstack();
	@[stack(10)] = count();
}

BEGIN
{
	stack();
	ustack();
}
