/*
 * tracemem(addr, size) and tracemem(addr, size, dsize): dtrace's hex dump
 * (offsets, 16 bytes a row, the printable column), dsize bytes of size.
 * REQUIRES: root
 * RUN: cc -O0 -fno-omit-frame-pointer -o %t.bin %S/../Inputs/stack-target.c
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -c %t.bin %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^$}}
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 30 31 32 33 34 35 36 37 38 39 61 62 63 64 65 66  0123456789abcdef$}}
 * CHECK-NEXT: {{^        10: 58 59 5a 0a                                      XYZ.$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef$}}
 * CHECK-NEXT: {{^         0: 30 31 32 33 34                                   01234$}}
 * CHECK-NEXT: {{^end$}}
 */
#pragma D option quiet

syscall::write:entry
/pid == $target && arg2 == 20/
{
	tracemem(arg1, 20);
	tracemem(arg1, 32, 5);
	printf("end\n");
	exit(0);
}
