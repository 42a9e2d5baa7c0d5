/*
 * setopt() of an aggregation sort option as dt_opt_runtime() parses its
 * value: "" unsets it (dtrun took "" for no value, which sets it), "0" sets
 * it (dt_aggregate_qsort() asks only whether it is set), "off" unsets it.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}x 1 y 2 {{$}}
 * CHECK-NEXT: {{^}}y 2 x 1 {{$}}
 * CHECK-NEXT: {{^}}x 1 y 2 {{$}}
 * CHECK-NEXT: {{^}}y 2 x 1 {{$}}
 * CHECK-NEXT: {{^}}x 1 y 2 {{$}}
 */
#pragma D option quiet
BEGIN
{
	@a["x"] = sum(1); @a["y"] = sum(2);
	printa("%s %@d ", @a);
	printf("\n");
	setopt("aggsortrev");
	printa("%s %@d ", @a);
	printf("\n");
	setopt("aggsortrev", "");
	printa("%s %@d ", @a);
	printf("\n");
	setopt("aggsortrev", "0");
	printa("%s %@d ", @a);
	printf("\n");
	setopt("aggsortrev", "off");
	printa("%s %@d ", @a);
	printf("\n");
	exit(0);
}
