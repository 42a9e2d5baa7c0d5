/*
 * DTrace computes integers in 64-bit registers (dt_cg.c): a value is
 * sign- or zero-extended as it is loaded (dt_cg_promote()), every operator
 * works on all 64 bits, and the value is truncated to its type only where
 * it is stored into a variable, member, key or record, or cast
 * (dt_cg_typecast()).  So (i + 1) > i is true for i = INT_MAX, a long
 * assigned i + 1 holds 2^31, u + 1 == 0 is false for u = UINT_MAX, -1 == u
 * is false (the registers differ), a shift by 32 or 64 of an int keeps its
 * bits (a count taken modulo 64), and predicates, if, ?:, subroutine and
 * aggregation arguments see the whole register.  Signed / and % divide
 * magnitudes, the remainder negative when the signs differ.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK: pred1
 * CHECK-NEXT: pred2
 * CHECK-NEXT: a 1 0 2147483648 2147483647 1073741824
 * CHECK-NEXT: b -3 -1 0 1 128 256 1
 * CHECK-NEXT: c 2147483648 2147483647 0 4294967294 1099511627776 0 -4 4
 * CHECK-NEXT: d 1 1 0 2147483648
 * CHECK-NEXT: e 1 -2147483648 1 1 -9223372036854775808 0
 * CHECK-NEXT: f 1 -1 0 0 0 1 0 0 0 1 -4294967295 0 144 -112
 * CHECK-NEXT: g 1 2 2 2147483648 1 2147483648
 * CHECK: {{^ +}}2147483648
 * CHECK: {{^ +}}4294967296
 */
#pragma D option quiet

int i, k, m, n, z;
unsigned int u;
long l;
char ch;
unsigned char uc;
int64_t big;

BEGIN
{
	i = 2147483647; u = 4294967295; ch = 127; uc = 255; m = -7; n = 2; k = 32; z = -1;
	big = -9223372036854775807 - 1;
}

BEGIN /i + 1 > i/ { printf("pred1\n"); }
BEGIN /1 << k/ { printf("pred2\n"); }
BEGIN /(i + 1) & 0xffffffff00000000/ { printf("pred3\n"); }

BEGIN
{
	l = i + 1;
	printf("a %d %d %d %d %d\n", (i + 1) > i, u + 1 == 0, l, (i << 32) >> 32, (i + 1) / 2);
	printf("b %d %d %d %d %d %d %d\n", m / n, m % n, 7 % m, m % -n, ch + 1, uc + 1,
	    (ch + 1) > ch);
	l = 1;
	l <<= 40;
	this->x = 1;
	this->x <<= 40;
	self->y = -16;
	self->y >>= 2;
	self->u = 16U;
	self->u >>= 2;
	printf("c %u %d %d %d %d %d %d %d\n", ~u >> 1, i << 64, i >> 31, (long)(i + i), l,
	    this->x, self->y, self->u);
	this->i = i + 1;
	self->l = (long)(i + 1);
	printf("d %d %d %d %d\n", i + 1 > 0 ? 1 : 0, -i - 2 < 0, this->i > 0, self->l);
	i = -2147483647 - 1;
	printf("e %d %d %d %d %d %d\n", -i > 0, -i, u * u > u, u * u, big / z, big % z);
	uc = 200;
	printf("f %d %d %d %d %d %d %d %d %d %d %lld %d %d %d\n", uc * 2 > 255, i >> k,
	    (1 << k) == 0, 1 << k, z < u + 1, (long)z < (long)u, z == u, ~u == 0, -u == 0, -u,
	    (long)-u, ch == -129, uc + uc, (char)(uc + uc));
	i = 2147483647;
	a[(long)(i + 1)] = 1;
	b[i + 1] = 2;
	if (i << k)
		printf("g %d %d %d %s %d", a[2147483648], b[-2147483648], b[2147483648],
		    lltostr(i + 1), (i + 1 > 0) && (u + 1 > u));
	l = i + 1 ? i + 1 : 0;
	printf(" %d\n", l);
	@s = sum(i + 1);
	@m = max(u + 1);
	exit(0);
}
