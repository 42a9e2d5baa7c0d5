/*
 * D structs and unions laid out as DTrace lays them out: dt_decl_member()
 * adds members with libctf's ctf_add_member(), which puts each at the end
 * of the previous one (its bit width for an integer), rounded up to a byte
 * and then to the member's alignment (a struct's is its first member's); a
 * bit-field is an integer of clp2(ceil(bits / 8)) bytes; there is no tail
 * padding.  Values stored and read back through every kind of member.
 *
 * REQUIRES: root
 * RUN: %dtrun -qs %s | FileCheck %s
 * CHECK: sizes 1 2 6 9 3 6 14 5 18
 * CHECK: offsets 8 2 4 2 8
 * CHECK: bits 1 -3 1 -3 1 x 7
 * CHECK: r3 65535 3 2047
 * CHECK: nested 120 7 -2 9
 * CHECK: union 4 304 102
 * CHECK: kernel 8 24 28 5 3
 */
struct r1 { int a : 1; } v1;
struct r2 { int a : 1; int b : 3; } v2;
struct r3 { int a : 17; int b : 3; int c : 12; } v3;
struct r4 { long a; char b; } v4;
struct r5 { char a; int b : 4; char c; } v5;
struct r6 { char a[3]; short b; } v6;
struct r7 { int a : 3; unsigned int b : 5; char c; long d : 40; unsigned e : 1; } v7;
union u { int i; char c[5]; struct { short lo, hi; } s; } uu;
struct outer { char c; struct r4 in; int last : 4; } vo;
struct withk { char c; struct timespec64 ts; int x; } vk; /* aligned as its first member */

BEGIN
{
	printf("sizes %d %d %d %d %d %d %d %d %d\n", sizeof(v1), sizeof(v2), sizeof(v3),
	    sizeof(v4), sizeof(v5), sizeof(v6), sizeof(v7), sizeof(uu), sizeof(vo));
	printf("offsets %d %d %d %d %d\n", offsetof(struct r4, b), offsetof(struct r5, c),
	    offsetof(struct r6, b), offsetof(struct r7, c), offsetof(struct outer, in));
	v1.a = 1; v2.a = 1; v2.b = 5;
	v7.a = 5; v7.b = 33; v7.c = 'x'; v7.d = -3; v7.e = 3;
	printf("bits %d %d %d %d %d %c %d\n", v1.a != 0, v2.b, v7.b, v7.d, v7.e, v7.c,
	    v7.a == -3 ? 7 : 0);
	v3.a = 65535; v3.b = 3; v3.c = 2047;
	printf("r3 %d %d %d\n", v3.a, v3.b, v3.c);
	vo.c = 'x'; vo.in.a = 7; vo.in.b = -2; vo.last = 9;
	printf("nested %d %d %d %d\n", vo.c, vo.in.a, vo.in.b, vo.last & 0xf);
	uu.i = 0x01020304;
	printf("union %x %x %x\n", uu.c[0], uu.s.lo, uu.s.hi);
	vk.ts.tv_nsec = 5; vk.x = 3;
	printf("kernel %d %d %d %d %d\n", offsetof(struct withk, ts), offsetof(struct withk, x),
	    sizeof(vk), vk.ts.tv_nsec, vk.x);
	exit(0);
}
