/*
 * trace() of a struct, a union or an array records its bytes: dtrace's hex
 * dump; a char array in kernel memory too (not a string).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 34 12 00 00 00 00 00 00 76 98 00 00              4.......v...$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 41 00 00 00                                      A...$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 01 00 02 00 03 00                                ......$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 64 74 72 61 63 65 00 00 00 00 00 00 00 00 00 00  dtrace..........$}}
 */
#pragma D option quiet

struct {
	int a;
	char b;
	int c;
} st;
union {
	int i;
	char ch;
} un;
short arr[3];

BEGIN
{
	st.a = 0x1234;
	st.c = 0x9876;
	un.ch = 'A';
	arr[0] = 1;
	arr[1] = 2;
	arr[2] = 3;
	trace(st);
	trace(un);
	trace(arr);
	trace(curthread->comm);
	exit(0);
}
