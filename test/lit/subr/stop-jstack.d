/*
 * stop(): DTrace stops the process when it next leaves the kernel, which is
 * when a signal is delivered: SIGSTOP from BPF, recorded as a destructive
 * "stop" action (dtrun asks for -w).  jstack(): as in Oracle's DTrace for
 * Linux 1.x, a ustack() whose frames default to jstackframes (DTrace's
 * default 50); Linux has no ustack helpers, so it prints as ustack().
 * RUN: %dtc -w -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s
 * RUN: %dtc -w -S -o - --btf %S/../Inputs/min.btf -x jstackframes=7 %s | FileCheck %s --check-prefix=OPT
 * CHECK: bpf_send_signal((__u32)(19
 * CHECK: dt_put_stack(c, _p, 50, BPF_F_USER_STACK);
 * CHECK: dt_put_stack(c, _p, 3, BPF_F_USER_STACK);
 * CHECK: "act 0 0 stop 0
 * CHECK: "act 1 0 ustack 1 \"\" U408
 * OPT: dt_put_stack(c, _p, 7, BPF_F_USER_STACK);
 */
syscall::read:entry
{
	stop();
	jstack();
	jstack(3, 100);
}
