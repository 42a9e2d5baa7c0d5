/*
 * &a[i] and &x.m of D globals are their addresses, readable through a
 * pointer, and (T *)array casts (&scalar stays refused: global-sou-errors.d).  An anonymous struct's declarators get
 * its type; struct and union tags of one name are distinct types.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out
 * RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
 * CHECK:40 80 8 8 4
 * CHECK-NEXT:3 5 80 1
 * CHECK-EMPTY:
 */
#pragma D option quiet
int array[3];
struct record { char ch; int in; } srec[4];
union record { char ch; int in; } urec[2];
struct { char ch; long in; } anon[6];
int *p;
int i;

BEGIN
{
	array[1] = 40;
	array[2] = 80;
	p = &array[1];
	printf("%d %d %d %d %d\n", *p, *(int *)((uintptr_t)&array[0] + 8),
	    (int)&srec[2] - (int)&srec[1], (int)&anon[1].in - (int)&anon[1].ch,
	    sizeof(urec[0]));
}

BEGIN
{
	anon[5].in = 3;
	srec[3].in = 5;
	printf("%d %d %d %d\n", anon[5].in, *&srec[3].in, ((int *)array)[2],
	    (char *)curpsinfo->pr_fname == &curpsinfo->pr_fname[0]);
	exit(0);
}
