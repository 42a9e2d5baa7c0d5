/*
 * sched:::on-cpu fires on sched_switch, in the thread leaving the CPU with
 * the incoming thread's task: what reads the current thread's user stack,
 * registers or memory would show the outgoing thread's, so each is an error
 * there (other probes of the same clause do not excuse it); the kernel stack
 * and the task-based variables are fine.
 * RUN: not %dtc -e %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:2: error: ustack( ) cannot be used in a clause for sched:::on-cpu: Linux fires it in the thread leaving the CPU, and BPF cannot read the incoming thread's user stack, registers or memory [D_UNKNOWN]
 * CHECK: :[[@LINE+10]]:8: error: uregs[] cannot be used
 * CHECK: :[[@LINE+10]]:8: error: copyinstr( ) cannot be used
 * CHECK: :[[@LINE+10]]:8: error: ustackdepth cannot be used
 * CHECK: :[[@LINE+16]]:2: error: ucaller cannot be used
 */
#pragma D option quiet

sched:::on-cpu
{
	ustack();
	trace(uregs[R_PC]);
	trace(copyinstr(0));
	trace(ustackdepth);
	stack();
	trace(execname);
}

sched:::off-cpu, sched:::on-cpu
{
	ucaller;
}

sched:::off-cpu
{
	ustack();
}
