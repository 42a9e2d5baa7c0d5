/*
 * curcpu points to this CPU's cpuinfo_t (dlib/sched.d), filled by dtrun from
 * sysfs; a cpuinfo_t * can be stored and dereferenced later, and pset, chip
 * and lgrp are its members.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * CHECK: {{^}}cpu 1 1 pset 0 ptr 1{{$}}
 * CHECK-NEXT: {{^}}chip 1 lgrp 1{{$}}
 */
#pragma D option quiet

cpuinfo_t *ci;

BEGIN
{
	ci = curcpu;
	printf("cpu %d %d pset %d ptr %d\n", ci->cpu_id == cpu, curcpu->cpu_id == cpu, pset,
	       (int64_t)curcpu != -1 && curcpu != NULL);
}

BEGIN
{
	printf("chip %d lgrp %d\n", chip == ci->cpu_chip && chip >= 0, lgrp == curcpu->cpu_lgrp);
	exit(0);
}
