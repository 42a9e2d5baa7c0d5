/*
 * &s[i] of a D string variable: D's string is a char array, so the element's
 * address points into the variable's buffer (it once crashed dtc in
 * emit_addr).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: bc b c
 */
BEGIN
{
	x = "abc";
	y = &x[1];
	printf("%s %c %c\n", stringof(y), *y, y[1]);
	exit(0);
}
