/*
 * -x oformat=json: normalize(@a, -1LL) of an lquantize() whose sum is
 * INT64_MIN wraps as the text output does (agg_sdiv()), instead of killing
 * dtrun with SIGFPE on INT64_MIN / -1.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -x oformat=json %t.o | FileCheck %s
 * CHECK: "function":"lquantize",{{.*}}"normal":18446744073709551615,{{.*}}"sum":-9223372036854775808,
 * CHECK: "type":"exit"{{.*}}"status":0
 */
#pragma D option quiet

BEGIN
{
	@q = lquantize(-9223372036854775807 - 1, 0, 10);
	normalize(@q, -1LL);
	exit(0);
}
