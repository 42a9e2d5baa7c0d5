/*
 * copyout() writes user memory with bpf_probe_write_user(): the traced
 * echo prints what the clause wrote over its buffer.  A kernel in lockdown
 * refuses that helper: dtrun says so instead of a verifier failure.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -w %t.o -c "echo hello" > %t.out 2>&1 || true
 * RUN: FileCheck %s < %t.out
 * CHECK: {{HIllo|dtrace: could not enable tracing: copyout\( \) needs bpf_probe_write_user\(\), which this kernel refuses}}
 */
#pragma D option quiet

syscall::write:entry
/pid == $target/
{
	copyout("HI", arg1, 2);
	exit(0);
}
