/*
 * A string key is a strsize + 1 byte record in DTrace, zero after its NUL:
 * dt_print_bytes() prints it as "  %-50s" when it is printable and
 * NUL-terminated, else (an empty string, a control character) as a hex
 * dump of those strsize + 1 bytes (here 21), as with -x rawbytes.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: 61 01 62 00 00 00 00 00 00 00 00 00 00 00 00 00  a.b.............{{$}}
 * CHECK-NEXT: {{^}}        10: 00 00 00 00 00                                   .....{{$}}
 * CHECK-NEXT: {{^}}                1{{$}}
 * CHECK: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................{{$}}
 * CHECK-NEXT: {{^}}        10: 00 00 00 00 00                                   .....{{$}}
 * CHECK-NEXT: {{^}}                2{{$}}
 * CHECK-NEXT: {{^}}  ok                                                                3{{$}}
 */
#pragma D option quiet
#pragma D option strsize=20
BEGIN
{
	@c["a\001b"] = count();
	@d[""] = count(); @d[""] = count();
	@e["ok"] = count(); @e["ok"] = count(); @e["ok"] = count();
	exit(0);
}
