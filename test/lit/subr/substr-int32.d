/*
 * substr()'s index and count are int32_t, as DTrace's dt_substr
 * (bpf/substr.S) sign-extends their low 32 bits: 0x100000001 is 1,
 * 0xffffffff is -1 (from the end), a count of 0x100000002 is 2 and one of
 * 0x1fffffffe is -2 (leaves two bytes off the end).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}[bcdefgh] [h] [bc] [cdef] [fgh]{{$}}
 */
#pragma D option quiet

BEGIN
{
	s = "abcdefgh";
	i = 0x100000001;
	printf("[%s] [%s] [%s] [%s] ", substr(s, i), substr(s, 0xffffffff), substr(s, 1, 0x100000002),
	    substr(s, 2, 0x1fffffffe));
	printf("[%s]\n", substr(s, -3, 0x7fffffff00000010));
	exit(0);
}
