/*
 * A char pointer given where a key's prototype is a string is the string
 * it points to (dt_node_is_argcompat() takes it; the key holds strsize
 * characters), in an aggregation and in an associative array; NULL there
 * faults as a string copied into a key does.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2>&1
 * RUN: FileCheck %s < %t.out
 * CHECK: x 3
 * CHECK: {{^}}  dtrace {{ *}}2{{$}}
 * CHECK: invalid address (0x0)
 */
#pragma D option quiet

BEGIN
{
	@[execname] = count(); @[(char *)curthread->comm] = count();
	x[execname] = 1; x[(char *)curthread->comm] += 2;
	printf("x %d\n", x["dtrace"]);
	printa(@);
}

BEGIN
{
	x[(char *)0] = 1;
}

BEGIN
{
	exit(0);
}
