/*
 * %ls and %ws take an array of 32-bit integers (pfcheck_wstr(): wchar_t []),
 * recorded by reference as dt_cg_store_val() records an array, and print
 * it as a wide string (pfprint_wstr()): up to its first 0, or all of it,
 * through the conversion's flags and width; a printa() key of that type
 * too.  Any other type is refused.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace --match-full-lines
 * CHECK:[hi][hi][   hi][hi   |]
 * CHECK-NEXT:[ok!][x]
 * CHECK-NEXT:<hi> 1
 * RUN: printf 'BEGIN { printf("%%%%ls", "s"); }\n' > %t.d
 * RUN: not %dtc -S -o - %t.d 2>&1 | FileCheck %s --check-prefix=ERR
 * ERR: error: printf( ) argument #2 is incompatible with conversion #1 prototype:
 * ERR-NEXT: conversion: %ls
 * ERR-NEXT: prototype: wchar_t []
 * ERR-NEXT: argument: string
 * ERR-SAME: [D_PRINTF_ARG_TYPE]
 */
#pragma D option quiet

struct w {
	int c[3];
};
this struct w t;
int wa[4];

BEGIN
{
	wa[0] = 'h';
	wa[1] = 'i';
	printf("[%ls][%ws][%5ls][%-5ls|]\n", wa, wa, wa, wa);
	this->t.c[0] = 'o';
	this->t.c[1] = 'k';
	this->t.c[2] = '!';
	printf("[%ls][%s]\n", this->t.c, "x");
	@[wa] = count();
	printa("<%ls> %@d\n", @);
	exit(0);
}
