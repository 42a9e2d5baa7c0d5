/*
 * normalize(@a, -1LL) of an avg() holding INT64_MIN: DTrace's signed
 * division (dt_print_average()) would trap on INT64_MIN / -1; dtrun wraps
 * and prints instead of dying of SIGFPE.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}} -9223372036854775808{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}} {{[0-9]+$}}
 * CHECK-NEXT: {{^}}done{{$}}
 */
#pragma D option quiet
BEGIN
{
	@a = avg(-9223372036854775807 - 1);
	@s = stddev(-9223372036854775807 - 1);
	normalize(@a, -1LL);
	normalize(@s, -1LL);
	printa(@a);
	printa(@s);
	printf("done\n");
	exit(0);
}
