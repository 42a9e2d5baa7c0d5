/*
 * One clause of 256 printf() actions over associative arrays (as DTrace's
 * arithmetic/tst.cast-add-assoc.d) compiles in about two seconds of CPU: clang's
 * debug-info assignment tracking, superlinear in a function's stores and
 * useless for BTF, is off (with it: 13 s of CPU).
 * RUN: bash -c 'ulimit -t 8; %dtc -C -v %s -o %t.o' 2>&1 | FileCheck %s
 * CHECK: -fexperimental-assignment-tracking=disabled
 * CHECK: dtc: clang: compiled,
 */
#pragma D option quiet
int a[int], b[int];
#define T a[0] = -2; b[0] = 3; printf(" %d", a[0] + b[0]); printf(" %d", b[0] + a[0]);
#define T8 T T T T T T T T
#define T32 T8 T8 T8 T8

BEGIN
{
	T32 T32 T32 T32
	exit(0);
}
