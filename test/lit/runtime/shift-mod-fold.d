/*
 * DTrace shifts 64-bit registers and the count is taken modulo 64
 * (BPF_LSH/BPF_RSH/BPF_ARSH): 1 << 64 is 1, 1 << 65 is 2, -1 >> 64 is -1,
 * for variables, constants and <<= alike.  A division of two constants is
 * folded with C's signed division (dt_node_op2(): 7 % -2 is 1, -7 % -2 is
 * -1), while at run time the remainder takes the quotient's sign (DT_MOD:
 * 7 % -2 is -1).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: shl 1 2 1 2 -9223372036854775808 0
 * CHECK-NEXT: shr -1 -1 9223372036854775808 4611686018427387904 4
 * CHECK-NEXT: const 1 -1 -3 -1 -3 1 -1
 * CHECK-NEXT: run -1 -1 -3 1 -3
 */
BEGIN
{
	x = 1LL; y = 64; z = 65;
	printf("shl %d %d %d %d %d %d\n", x << y, x << z, 1 << 64, 1 << 65, x << 63,
	    (int)1 << 32);
	u = 0x8000000000000000ULL; m = -1LL; w = 1LL;
	w <<= 66;
	printf("shr %d %d %u %u %d\n", m >> y, -1 >> 64, u >> y, u >> z, w);
	printf("const %d %d %d %d %d %d %d\n", 7 % -2, -7 % 2, -7 / 2, -7 % -2, 7 / -2,
	    19 % 3, -19 % 3);
	a = 7; b = -2; c = -7; d = 2;
	printf("run %d %d %d %d %d\n", a % b, c % d, c / d, c % b, a / b);
	exit(0);
}
