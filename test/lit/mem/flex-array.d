/*
 * A kernel flexible array member (struct pid's numbers[]) has no bound:
 * element 0 is always acceptable (test/unittest/codegen/tst.kernel_read_mixed).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: same 1
 */
#pragma D option quiet

BEGIN
{
	printf("same %d\n", curthread->thread_pid->numbers[0].nr == pid);
	exit(0);
}
