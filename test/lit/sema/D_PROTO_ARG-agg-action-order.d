/*
 * normalize( ) and trunc( ) take "@" as argument #1, which matches any
 * type as the call is cooked (dt_idcook_sign()): argument #2's type is
 * checked first, the aggregation only by dt_cg.c (D_*_AGGARG).  printa( )
 * checks argument by argument (dt_cg_act_printa()): an aggregation, its
 * keys against the first's, then the format against its keys, so the
 * format's error of argument #2 comes before argument #3's.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+15]]:17: error: normalize( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: uint64_t
 * CHECK-NEXT: argument: aggregation [D_PROTO_ARG]
 * CHECK: :[[@LINE+13]]:11: error: trunc( ) argument #2 is incompatible with prototype:
 * CHECK: :[[@LINE+11]]:12: error: normalize( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: aggregation
 * CHECK-NEXT: argument: string [D_NORMALIZE_AGGARG]
 * CHECK: :[[@LINE+9]]:8: error: trunc( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: aggregation
 * CHECK-NEXT: argument: int [D_TRUNC_AGGARG]
 * CHECK: :[[@LINE+7]]:9: error: printa( ) prototype mismatch: conversion #1 (%d) is missing a corresponding value argument [D_PRINTF_ARG_PROTO]
 */
BEGIN
{
	@a = count();
	normalize("a", @a);
	trunc(1, "x");
	printa("%d", @a, 1);
}
