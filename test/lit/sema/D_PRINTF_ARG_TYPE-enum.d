/*
 * An enum value is compatible with every integer conversion whose
 * prototype names a C integer type (%hd %hu %ld %lu %lld %llu %lc ...):
 * pfcheck_type() asks libctf's ctf_type_compat(), which takes an enum for
 * any integer; a floating-point one (%Le) still refuses it, and so do %hx,
 * %lx and %llx, which check the type's name (pfcheck_xshort() ...).
 * RUN: %dtc -S -o /dev/null %s
 * RUN: printf 'enum e { N = -1 };\nBEGIN { printf("%%%%Le", N); }\n' > %t.d
 * RUN: not %dtc -S -o - %t.d 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: error: printf( ) argument #2 is incompatible with conversion #1 prototype:
 * CHECK-NEXT: conversion: %Le
 * CHECK-NEXT: prototype: long double
 * CHECK-NEXT: argument: enum e
 * CHECK-SAME: [D_PRINTF_ARG_TYPE]
 * RUN: printf 'enum e { N = -1 };\nBEGIN { printf("%%%%lx", N); }\n' > %t2.d
 * RUN: not %dtc -S -o - %t2.d 2>&1 | FileCheck %s --check-prefix=LX --implicit-check-not=error:
 * LX: error: printf( ) argument #2 is incompatible with conversion #1 prototype:
 * LX-NEXT: conversion: %lx
 * LX-NEXT: prototype: long
 * LX-NEXT: argument: enum e
 */
enum e { N = -1, P = 2 };
enum e ev;

BEGIN
{
	printf("%hd %hi %hu %ho\n", N, N, N, P);
	printf("%ld %li %lu %lo\n", N, N, N, P);
	printf("%lld %lli %llu %llo\n", N, N, N, P);
	printf("%lc %wc\n", P, P);
	printf("%ld\n", ev);
	@[ev] = count();
	printa("%hd %@d\n", @);
}
