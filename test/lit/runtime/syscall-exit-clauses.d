/*
 * exit() stops the clauses that follow it for the same syscall probe
 * firing, as for every other probe (DTrace's DRAINING state); END still
 * runs.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -c "cat /dev/null" %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}first{{$}}
 * CHECK-NEXT: {{^}}end{{$}}
 * CHECK-NOT: not reached
 */
#pragma D option quiet

syscall::openat:entry
/pid == $target/
{
	printf("first\n");
	exit(0);
}

syscall::openat:entry
/pid == $target/
{
	printf("not reached\n");
}

END
{
	printf("end\n");
}
