/*
 * oformat=json aggregation snapshots: printa() writes one after the probe
 * record that ran it, exit the ones not printed; keys typed; every bucket
 * of quantize/lquantize/llquantize with the exact values it holds (BPF's
 * rule: 2^k holds [2^k, 2^(k+1)-1], -2^k [-(2^(k+1)-1), -2^k]; the last
 * bucket up to INT64_MAX, the first down to INT64_MIN; lquantize's ends; llquantize's steps), the
 * exact "sum" of quantize's and lquantize's values (wrapping at 64 bits:
 * INT64_MIN + INT64_MAX + 12 is 11), avg and stddev with their exact
 * state, normalize()'s divisor.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -O json %t.o > %t.out 2>%t.err
 * RUN: python3 %S/Inputs/ndjson.py %t.out | FileCheck %s
 * CHECK: "output":[{"action":"normalize"},{"action":"printa"},{"action":"clear"},{"action":"exit","value":0}],"provider":"dtrace","type":"probe"}
 * CHECK-NEXT: {"action":"printa","aggregation-data":[{"count":1,"keys":[{"type":"string","value":"a"},{"type":"int32","value":-7}]},{"count":2,"keys":[{"type":"string","value":"b"},{"type":"int32","value":8}]}],"aggregation-id":0,"aggregation-name":"c","format":"%s %d %@d\n","function":"count","instance":"host","type":"aggregation"}
 * CHECK-NEXT: "name":"END","output":[]
 * CHECK-NEXT: {"action":"exit","aggregation-data":[{"buckets":[{"count":1,"max":-4611686018427387904,"min":-9223372036854775808,"value":-4611686018427387904},{"count":0,"max":-2305843009213693952,"min":-4611686018427387903,"value":-2305843009213693952},
 * CHECK-SAME: {"count":0,"max":-2,"min":-3,"value":-2},{"count":1,"max":-1,"min":-1,"value":-1},{"count":1,"max":0,"min":0,"value":0},{"count":1,"max":1,"min":1,"value":1},{"count":2,"max":3,"min":2,"value":2},{"count":1,"max":7,"min":4,"value":4},
 * CHECK-SAME: {"count":1,"max":9223372036854775807,"min":4611686018427387904,"value":4611686018427387904}],"keys":[],"sum":11}],"aggregation-id":1,"aggregation-name":"q","function":"quantize",
 * CHECK-NEXT: {"action":"exit","aggregation-data":[{"buckets":[{"count":1,"max":-1,"min":-9223372036854775808,"value":-9223372036854775808},{"count":1,"max":4,"min":0,"value":0},{"count":0,"max":9,"min":5,"value":5},{"count":1,"max":9223372036854775807,"min":10,"value":10}],"keys":[],"sum":13}],"aggregation-id":2,"aggregation-name":"l","function":"lquantize","instance":"host","parameters":{"base":0,"limit":10,"step":5},"type":"aggregation"}
 * CHECK-NEXT: {"action":"exit","aggregation-data":[{"buckets":[{"count":0,"max":-10,"min":-19,"value":-10},{"count":1,"max":9,"min":-9,"value":0},{"count":1,"max":19,"min":10,"value":10},{"count":0,"max":29,"min":20,"value":20}],"keys":[]}],"aggregation-id":3,"aggregation-name":"ll","function":"llquantize","instance":"host","parameters":{"factor":10,"high":2,"low":1,"steps":10},"type":"aggregation"}
 * CHECK-NEXT: {"action":"exit","aggregation-data":[{"avg":-2,"count":2,"keys":[],"total":-5}],"aggregation-id":4,"aggregation-name":"av","function":"avg",
 * CHECK-NEXT: {"action":"exit","aggregation-data":[{"count":3,"keys":[],"stddev":4,"sumsq":104,"total":12}],"aggregation-id":5,"aggregation-name":"sd","function":"stddev",
 * CHECK-NEXT: {"action":"exit","aggregation-data":[{"keys":[{"type":"uint32","value":4294967295}],"sum":5}],"aggregation-id":6,"aggregation-name":"s","function":"sum","instance":"host","normal":2,"type":"aggregation"}
 * CHECK-NEXT: {"errors":0,"instance":"host","records":2,"status":0,"type":"exit"}
 */
#pragma D option quiet
BEGIN
{
	@c["b", 8] = count(); @c["b", 8] = count(); @c["a", -7] = count();
	@q = quantize(0x8000000000000000); @q = quantize(-1); @q = quantize(0);
	@q = quantize(1); @q = quantize(2); @q = quantize(3); @q = quantize(7);
	@q = quantize(0x7fffffffffffffff);
	@l = lquantize(-1, 0, 10, 5); @l = lquantize(4, 0, 10, 5); @l = lquantize(10, 0, 10, 5);
	@ll = llquantize(19, 10, 1, 2, 10); @ll = llquantize(-9, 10, 1, 2, 10);
	@av = avg(-2); @av = avg(-3);
	@sd = stddev(0); @sd = stddev(10); @sd = stddev(2);
	@s[(unsigned)-1] = sum(10); normalize(@s, 2);
	printa("%s %d %@d\n", @c);
	clear(@c);
	exit(0);
}
END { }
