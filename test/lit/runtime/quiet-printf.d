/*
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}[  -42] [ff] [0x1f] [abc  ] [  xyz] [%] [A]{{$}}
 * CHECK-NEXT: {{^}}-1 4294967295 18446744073709551615{{$}}
 * CHECK-NEXT: {{^}}7 8 9{{$}}
 */
#pragma D option quiet
BEGIN
{
	printf("[%5d] [%x] [%#x] [%-5s] [%5s] [%%] [%c]\n", -42, 255, 31, "abc", "xyz", 65);
	printf("%d %u %u\n", -1, (unsigned int)-1, (uint64_t)-1);
	a = 7; b = a + 1; c = b % 5 + 6;
	printf("%d %d %d\n", a, b, c);
	exit(0);
}
