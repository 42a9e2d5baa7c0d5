/*
 * -x cpu=N (DTrace's dt_cg_tramp_prologue(), dt_work.c, dt_prov_profile.c):
 * probes fire on CPU N only, BEGIN and END run there, and profile-N and
 * tick-N time that CPU alone.  The child's syscalls on other CPUs are not
 * seen (wherever it runs, no other CPU's appear); a CPU that is not
 * online, or no number, is refused.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: printf '#!/bin/sh\nfor i in 1 2 3 4 5 6 7 8; do /bin/true; done\nsleep 0.3\n' > %t.sh
 * RUN: chmod +x %t.sh
 * RUN: %dtrun -x cpu=0 -c %t.sh %t.o > %t.out
 * RUN: FileCheck %s < %t.out
 * RUN: not grep -E '(syscalls|profile) on [1-9]' %t.out
 * CHECK: begin 0
 * CHECK: tick 0
 * CHECK: end 0
 * CHECK: profile on 0
 * RUN: not %dtrun -x cpu=4096 %t.o 2>&1 | FileCheck %s --check-prefix=OFF
 * OFF: dtrace: failed to set -x cpu: CPU 4096 is not online
 * Whether the CPU is online matters once tracing starts: -e takes any, and
 * a description that matches nothing is said first (dtrace's dt_opt_cpu()
 * takes any CPU number).
 * RUN: %dtrun -e -x cpu=4096 -n BEGIN
 * RUN: not %dtrun -x cpu=4096 -n 'nosuch:::' 2>&1 | FileCheck %s --check-prefix=ZERO
 * ZERO: dtrace: invalid probe specifier nosuch:::: probe description nosuch::: does not match any probes
 * RUN: not %dtrun -x cpu=one %t.o 2>&1 | FileCheck %s --check-prefix=BAD
 * BAD: dtrace: failed to set -x cpu: Invalid value for specified option
 */
#pragma D option quiet

BEGIN
{
	printf("begin %d\n", cpu);
}

syscall:::entry
/progenyof($target)/
{
	@s[cpu] = count();
}

profile-997
{
	@p[cpu] = count();
}

tick-100ms
/!ticked++/
{
	printf("tick %d\n", cpu);
}

END
{
	printf("end %d\n", cpu);
	printa("syscalls on %d %@d\n", @s);
	printa("profile on %d %@d\n", @p);
}
