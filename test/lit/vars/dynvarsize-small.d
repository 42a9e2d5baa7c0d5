/*
 * A dynvarsize smaller than one element of dynamic variable space (the
 * largest tuple, 4 + 4 + 8 bytes for a[1], plus the largest value, 4)
 * cannot be enabled; dtrun says so before tracing, as dtrace does, and
 * exits 1.  One element fits in 20 bytes here, as in Oracle's
 * assocs/tst.store_zero_safe; 19 is too small.
 * REQUIRES: root
 * RUN: %dtc -x dynvarsize=19 %s -o %t.small.o
 * RUN: %S/../Inputs/status.sh 1 %dtrun %t.small.o 2>&1 | FileCheck %s --check-prefix=SMALL
 * RUN: %dtc -x dynvarsize=20 %s -o %t.o
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
