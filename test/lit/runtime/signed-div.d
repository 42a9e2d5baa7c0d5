/*
 * Signed division truncates toward zero as in C, on BPF targets without a
 * signed divide instruction; the remainder is negative when the signs
 * differ, as in Oracle's DTrace.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: -3 -1 3 1 3 1
 * CHECK-NEXT: -2 -1 2 -2
 * CHECK-NEXT: 2147483647 4294967295
 */
#pragma D option quiet
BEGIN
{
	a = -7; b = 2; c = -2;
	printf("%d %d %d %d %d %d\n", a / b, a % b, a / c, a % c, 7 / b, 7 % b);
	x = (long long)-9; y = 4;
	printf("%d %d %d %d\n", x / y, x % y, -x / y, (x + 1) % (y + 1) + 1);
	u = (unsigned int)0xffffffff;
	printf("%d %u\n", 0x7fffffff / 1, u / 1);
	exit(0);
}
