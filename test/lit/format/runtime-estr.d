/*
 * printf("%S") of a string escapes the string and one \0 for its NUL, not
 * the zeros after it in the string's strsize + 1 byte record: Oracle's
 * dtrace prints [a\tb\0] at strsize=8 (pfprint_estr() reading
 * strchr2esc() of its record would suggest six \0).  A printa() key the
 * same.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK: [a\tb\0]
 * CHECK: [\0]
 * CHECK: <xy\0> 1
 */
#pragma D option strsize=8

BEGIN
{
	printf("[%S]\n", "a\tb");
	printf("[%S]\n", "");
	@[strjoin("x", "y")] = count();
	printa("<%S> %@d\n", @);
	exit(0);
}
