/*
 * DTrace evaluates int expressions in 64-bit registers and truncates them
 * where they are used, not after each operator.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s --implicit-check-not=error
 * CHECK: {{^}}935761216{{$}}
 * CHECK-NEXT: {{^}}1319599982{{$}}
 * CHECK-NEXT: {{^}}-6 4294967290{{$}}
 */
#pragma D option quiet
BEGIN
{
	i = 25920;
	i = i - (i + (i * 3) + i) * i / i * i;
	printf("%d\n", i);
	i = i * (i - 3 + 5 / i * i) / i * 6;
	printf("%d\n", i);
	u = (unsigned int)2;
	s = -2;
	printf("%d %u\n", s * 3 + 0, u * 0xfffffffd);
	exit(0);
}
