/*
 * Global structs, unions and fixed-size arrays: members and elements are
 * read and written, ++/--/compound assignment work, char arrays read as
 * strings, sizeof, and a non-constant index out of range faults "index
 * out of bounds" (DTRACEFLT_BADINDEX, 11), as Oracle DTrace's
 * dt_cg_arithmetic_op() checks an array's index.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK:2 5 7 4 2
 * CHECK-NEXT:a=3 a[i]=7 a[1]=2 u=258 0x102
 * CHECK-NEXT:sizes 24 20 8 16 12
 * CHECK-NEXT:buf hi len 2 s=''
 * CHECK-NEXT:bf 5 6
 * CHECK-NEXT:done 0
 * CHECK-NEXT:fault 11 8
 * CHECK-EMPTY:
 * ERR: dtrace: error {{.*}}(dtrace:::BEGIN): index out of bounds (8) at BPF pc
 */
#pragma D option quiet
struct foo { int a; long b; char s[8]; };
union u { int i; char c[4]; };
struct bits { unsigned int lo : 3; unsigned int hi : 5; };
struct foo x;
union u uu;
struct bits bb;
int a[5];
char buf[16];
struct foo xs[2];

BEGIN
{
	x.a = 1; x.b += 5; x.a--; ++x.b; x.a += 2; x.a *= 2; x.a /= 3;
	xs[1].b = 7;
	xs[1].a = xs[1].b - 3;
	printf("%d %d %d %d %d\n", x.a + 1, x.b - 1, xs[1].b, xs[1].a, x.b / 3);
}

BEGIN
{
	a[2] = 3; i = 4; a[i] = 7; a[1] += 2;
	uu.i = 258;
	printf("a=%d a[i]=%d a[1]=%d u=%d 0x%x\n", a[2], a[i], a[1]++, uu.i, uu.i);
	printf("sizes %d %d %d %d %d\n", sizeof(x), sizeof(a), sizeof(x.s), sizeof(buf),
	    sizeof(xs) / 4);
}

BEGIN
{
	buf[0] = 'h'; buf[1] = 'i';
	printf("buf %s len %d s='%s'\n", buf, strlen(buf), x.s);
	bb.lo = 5; bb.hi = 5; bb.hi++;
	printf("bf %d %d\n", bb.lo, bb.hi);
}

BEGIN
{
	i = 8;
	a[i] = 1;
	printf("never\n");
}

ERROR
{
	printf("fault %d %d\n", arg4, arg5);
}

BEGIN
{
	printf("done %d\n", a[0]);
	exit(0);
}
