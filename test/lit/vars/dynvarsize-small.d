/*
 * A dynvarsize smaller than one element (key + 8-byte-aligned value) of a
 * dynamic variable cannot be enabled; dtrun says so before tracing, as
 * dtrace does, and exits 1.  One element fits in 16 bytes here.
 * REQUIRES: root
 * RUN: %dtc -x dynvarsize=15 %s -o %t.small.o
 * RUN: %S/../Inputs/status.sh 1 %dtrun %t.small.o 2>&1 | FileCheck %s --check-prefix=SMALL
 * RUN: %dtc -x dynvarsize=16 %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * SMALL: dtrace: could not enable tracing: Enabling exceeds size of buffer
 * SMALL-NOT: ok
 * CHECK: ok 1
 */
#pragma D option quiet
BEGIN
{
	a[1] = 1;
	printf("ok %d\n", a[1]);
	exit(0);
}
