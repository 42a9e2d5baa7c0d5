/*
 * A string key's record is strsize + 1 bytes, and dt_aggregate_keycmp()
 * compares a record of 1, 2, 4 or 8 bytes as an unsigned integer: at
 * strsize=7 the keys tie on value and sort as little-endian integers,
 * "b" < "ba" < "ab" (dtrun compared them bytewise: ab, b, ba); at
 * strsize=8 (9 bytes) bytewise.
 * REQUIRES: root
 * RUN: %dtc -x strsize=7 %s -o %t7.o
 * RUN: %dtrun %t7.o | FileCheck %s --check-prefix=INT
 * RUN: %dtc -x strsize=8 %s -o %t8.o
 * RUN: %dtrun %t8.o | FileCheck %s --check-prefix=BYTES
 * INT: {{^}}b 1{{$}}
 * INT-NEXT: {{^}}ba 1{{$}}
 * INT-NEXT: {{^}}ab 1{{$}}
 * BYTES: {{^}}ab 1{{$}}
 * BYTES-NEXT: {{^}}b 1{{$}}
 * BYTES-NEXT: {{^}}ba 1{{$}}
 */
#pragma D option quiet
BEGIN
{
	@a["ab"] = count(); @a["ba"] = count(); @a["b"] = count();
	printa("%s %@d\n", @a);
	exit(0);
}
