/*
 * lquantize() entries sort by dt_aggregate_lquantizedsum() (the overflow
 * bucket weighs its bound + 1), then by dt_aggregate_lquantizedzero(): the
 * underflow bucket's count when base is 1, the count of a bucket whose
 * lower bound is exactly 0 (not the bucket holding 0), the overflow
 * bucket's when its bound is -1; then by key.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}ovf: b a {{$}}
 * CHECK-NEXT: {{^}}base1: b a {{$}}
 * CHECK-NEXT: {{^}}nozero: a b {{$}}
 * CHECK-NEXT: {{^}}ovfzero: b a {{$}}
 */
#pragma D option quiet
BEGIN
{
	@ovf["a"] = lquantize(10, 0, 10, 1);
	@ovf["b"] = lquantize(9, 0, 10, 1);
	@ovf["b"] = lquantize(1, 0, 10, 1);
	@base1["a"] = lquantize(0, 1, 10, 1);
	@base1["b"] = lquantize(5, 1, 10, 1, 0);
	@nozero["a"] = lquantize(-1, -5, 5, 2);
	@nozero["a"] = lquantize(1, -5, 5, 2);
	@nozero["b"] = lquantize(-3, -5, 5, 2);
	@nozero["b"] = lquantize(3, -5, 5, 2);
	@ovfzero["a"] = lquantize(5, -10, -1, 1);
	@ovfzero["b"] = lquantize(5, -10, -1, 1, 0);
	printf("ovf: "); printa("%s ", @ovf); printf("\n");
	printf("base1: "); printa("%s ", @base1); printf("\n");
	printf("nozero: "); printa("%s ", @nozero); printf("\n");
	printf("ovfzero: "); printa("%s ", @ovfzero); printf("\n");
	exit(0);
}
