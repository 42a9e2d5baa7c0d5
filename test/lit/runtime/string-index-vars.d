/*
 * A scalar string variable indexed with one subscript is the string's
 * character there, for globals, self-> and this-> variables alike (not an
 * associative array access).
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}B C D E{{$}}
 */
#pragma D option quiet

BEGIN
{
	s = "ABCDEFG";
	self->s = "ABCDEFG";
	this->s = "ABCDEFG";
	a[1234] = "ABCDEFG";
	printf("%c %c %c %c\n", s[1], self->s[2], this->s[3], a[1234][4]);
	exit(0);
}
