/*
 * printa() of several aggregations, as dt_cg_act_printa() checks them one
 * by one: a later one must have as many keys as the first
 * (D_PRINTA_AGGKEY) and compatible ones (D_PRINTA_AGGPROTO, each name
 * right-aligned in nine columns; integers of any size are compatible),
 * then the format is checked against that aggregation's keys, key #1
 * being argument #2, and its function: %@ of count() is a uint64_t.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+24]]:2: error: printa( ): @a and @d do not have matching key signatures: @a has 1 key, @d has 2 keys [D_PRINTA_AGGKEY]
 * CHECK: :[[@LINE+24]]:2: error: printa( ): @c[ ] key #1 is incompatible with @a:
 * CHECK-NEXT: {{^}}        a key #1: int{{$}}
 * CHECK-NEXT: {{^}}        c key #1: string [D_PRINTA_AGGPROTO]{{$}}
 * CHECK: :[[@LINE+22]]:9: error: printa( ) argument #2 is incompatible with conversion #1 prototype:
 * CHECK-NEXT: conversion: %s
 * CHECK: :[[@LINE+21]]:9: error: printa( ) aggregating action is incompatible with conversion #2 prototype:
 * CHECK-NEXT: conversion: %s
 * CHECK-NEXT: prototype: char [] or string (or use stringof)
 * CHECK-NEXT: argument: uint64_t [D_PRINTF_ARG_TYPE]
 * CHECK: :[[@LINE+18]]:9: error: printa( ) aggregating action is incompatible with conversion #2 prototype:
 * CHECK: argument: int64_t [D_PRINTF_ARG_TYPE]
 * CHECK: :[[@LINE+17]]:9: error: printa( ) argument #2 is incompatible with conversion #1 prototype:
 */
BEGIN
{
	@a[1] = count();
	@b[2] = sum(1);
	@c["x"] = count();
	@d[1, 2] = count();
	@e[(long)1] = sum(5);
	@f[(char)1] = max(5);
	printa(@a, @e, @f);
	printa("%d %@d %@d\n", @a, @e);
	printa(@a, @d);
	printa(@a, @c);
	printa("%s %@d\n", @a);
	printa("%d %@s\n", @a);
	printa("%d %@s\n", @b);
	printa("%s %@d\n", @a, @c);
}
