/*
 * A per-CPU kernel variable (`runqueues, a VAR of .data..percpu in every
 * kernel's BTF): the instance of the CPU the probe fires on.  A kernel whose
 * kallsyms has no data symbols (CONFIG_KALLSYMS_ALL unset, as on the test
 * host) cannot give its address: dtrun says so in one line, exit status 1.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2>&1 || true
 * RUN: FileCheck %s < %t.out
 * CHECK: {{^(same cpu 1|dtrace: failed to resolve `runqueues: Unknown symbol name \(this kernel's /proc/kallsyms has no address for it\))$}}
 */
#pragma D option quiet

BEGIN
{
	printf("same cpu %d\n", `runqueues.cpu == cpu);
	exit(0);
}
