/*
 * The rawbytes option: trace() prints every value as a hex dump of its
 * record (DTrace's dt_print_rawbytes()): a string's strsize + 1 bytes, zero
 * after its NUL; an integer's own size; printa()'s string keys likewise.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: 64 74 72 61 63 65 00 00 00 00                    dtrace....{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: 61 62 00 00 00 00 00 00 00 00                    ab........{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: 2a 00 00 00                                      *...{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: ff ff ff ff ff ff ff ff                          ........{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: 41 00                                            A.{{$}}
 * CHECK-EMPTY:
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef{{$}}
 * CHECK-NEXT: {{^}}         0: 6b 65 79 00 00 00 00 00 00 00                    key.......{{$}}
 * CHECK-NEXT: {{^}}                1{{$}}
 */
#pragma D option quiet
#pragma D option rawbytes
#pragma D option strsize=9

BEGIN
{
	/* scratch reused by each string: the bytes after the NUL print as 0 */
	trace(probeprov);
	trace(substr("abcdef", 0, 2));
	trace(42);
	trace((long)-1);
	trace((short)65);
	@["key"] = count();
	printa(@);
	exit(0);
}
