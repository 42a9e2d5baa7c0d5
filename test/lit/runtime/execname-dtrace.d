/*
 * dtrun's threads are named "dtrace", as DTrace's are: execname in its own
 * probes (BEGIN, END, its syscalls) is "dtrace", so /execname != "dtrace"/
 * leaves the tracer out as it does with dtrace; curthread->comm holds it.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: begin dtrace
 * CHECK: {{^         0: 64 74 72 61 63 65 00 00 00 00 00 00 00 00 00 00  dtrace..........$}}
 * CHECK: count 0
 */
#pragma D option quiet

BEGIN
/execname == "dtrace"/
{
	printf("begin %s\n", execname);
	trace(curthread->comm);
	printf("\n");
}

syscall:::entry
/pid == $pid && execname != "dtrace"/
{
	n++;
}

tick-200ms
{
	printf("count %d\n", n);
	exit(0);
}
