/*
 * copyout() writes user memory with bpf_probe_write_user(): the traced
 * echo prints what the clause wrote over its buffer.  A kernel in lockdown
 * refuses that helper: the program still loads, dtrun warns, and copyout()
 * faults with "invalid user access".
 * REQUIRES: root
 * RUN: %dtrun -w -s %s -c "echo hello" > %t.out 2>&1 || true
 * RUN: FileCheck %s < %t.out
 * CHECK: {{HIllo|invalid user access}}
 */
#pragma D option quiet

syscall::write:entry
/pid == $target/
{
	copyout("HI", arg1, 2);
	exit(0);
}
