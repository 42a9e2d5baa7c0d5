/*
 * Character constants are integer constants (sizeof 4): several
 * characters pack first-most-significant, escapes are DTrace's (\' and \?
 * keep their backslash, \x takes any number of digits, octal three).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s --implicit-check-not=error
 * CHECK: {{^}}4 97 a{{$}}
 * CHECK-NEXT: {{^}}2230369 23615 23591 92 2099 78 23651{{$}}
 * CHECK-NEXT: {{^}}1633821284 d 6991947704341784424 8{{$}}
 */
#pragma D option quiet
BEGIN
{
	printf("%d %d %c\n", sizeof('c'), 'a', 'a');
	printf("%d %d %d %d %d %d %d\n", '\"\ba', '\?', '\'', '\\', '\0103', '\x4E', '\c');
	printf("%d %c %d %d\n", 'ab\"d', 'ab\"d', 'a\bcdefgh', sizeof('a\bcdefgh'));
	exit(0);
}
