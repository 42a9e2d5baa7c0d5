/*
 * -x oformat=json (and dtrun -O json): one JSON object per line, parsed by
 * Python's json module (Inputs/ndjson.py checks schema, instance, host name
 * and timestamp in every object): the probe record with printf()'s text and
 * typed arguments, trace()'s typed value, exit(), then the exit object.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: sh -c '%dtrun -x oformat=json --instance web1 %t.o > %t.out 2>%t.err; test $? -eq 3'
 * RUN: python3 %S/Inputs/ndjson.py --instance web1 %t.out | FileCheck %s
 * RUN: sh -c '%dtrun -O json --instance web1 %t.o 2>/dev/null; true' | python3 %S/Inputs/ndjson.py --instance web1 | FileCheck %s
 * CHECK: {"cpu":{{[0-9]+}},"function":"","id":1,"instance":"web1","module":"","name":"BEGIN","output":[{"action":"printf","args":[{"type":"string","value":"w\"o\\rld\t\u0001"},{"type":"int32","value":-5},{"type":"uint64","value":18446744073709551615},{"type":"int8","value":-1}],"message":"hello w\"o\\rld\t\u0001 -5 18446744073709551615 -1\n"},{"action":"trace","type":"int32","value":42},{"action":"trace","type":"string","value":"str"},{"action":"exit","value":3}],"provider":"dtrace","type":"probe"}
 * CHECK-NEXT: {"errors":0,"instance":"web1","records":1,"status":3,"type":"exit"}
 * CHECK-NEXT: objects: 2
 */
#pragma D option quiet
BEGIN
{
	printf("hello %s %d %u %d\n", "w\"o\\rld\t\001", -5, 0xffffffffffffffffULL, (char)-1);
	trace(42);
	trace("str");
	exit(3);
}
