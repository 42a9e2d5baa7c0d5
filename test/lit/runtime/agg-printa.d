/*
 * printa default and with formats (keys, %@d, joined aggregations, quantize in a format), normalize/denormalize, trunc top/bottom, clear keeps keys, setopt aggsortkey/aggsortrev, not printed again at exit.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^$}}
 * CHECK-NEXT: {{^}}        1               10{{$}}
 * CHECK-NEXT: {{^}}        3               20{{$}}
 * CHECK-NEXT: {{^}}        2               30{{$}}
 * CHECK-NEXT: {{^}}1: 10{{$}}
 * CHECK-NEXT: {{^}}3: 20{{$}}
 * CHECK-NEXT: {{^}}2: 30{{$}}
 * CHECK-NEXT: {{^}}4     0     1{{$}}
 * CHECK-NEXT: {{^}}1    10     1{{$}}
 * CHECK-NEXT: {{^}}3    20     1{{$}}
 * CHECK-NEXT: {{^}}2    30     0{{$}}
 * CHECK-NEXT: {{^}}[{{$}}
 * CHECK-NEXT: {{^}}           value  ------------- Distribution ------------- count    {{$}}
 * CHECK-NEXT: {{^}}               2 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}               4 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 1        {{$}}
 * CHECK-NEXT: {{^}}               8 |                                         0        {{$}}
 * CHECK-NEXT: {{^}}]{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}        1                1{{$}}
 * CHECK-NEXT: {{^}}        3                2{{$}}
 * CHECK-NEXT: {{^}}        2                3{{$}}
 * CHECK-NEXT: {{^}}3=20 2=30 {{$}}
 * CHECK-NEXT: {{^}}3=20 {{$}}
 * CHECK-NEXT: {{^}}1=0 3=0 4=0 {{$}}
 * CHECK-NEXT: {{^}}4=0 3=0 1=0 {{$}}
 * CHECK-EMPTY:
 */
#pragma D option quiet
BEGIN
{
	@a[1] = sum(10); @a[2] = sum(30); @a[3] = sum(20);
	@b[1] = count(); @b[3] = count(); @b[4] = count();
	@q[1] = quantize(4);
	printa(@a);
	printa("%d: %@d\n", @a);
	printa("%d %@5d %@5d\n", @a, @b);
	printa("[%@d]\n", @q);
	normalize(@a, 10);
	printa(@a);
	denormalize(@a);
	trunc(@a, 2);
	printa("%d=%@d ", @a);
	printf("\n");
	trunc(@a, -1);
	printa("%d=%@d ", @a);
	printf("\n");
	clear(@b);
	printa("%d=%@d ", @b);
	printf("\n");
	setopt("aggsortkey");
	setopt("aggsortrev");
	printa("%d=%@d ", @b);
	printf("\n");
	trunc(@b);
	exit(0);
}
