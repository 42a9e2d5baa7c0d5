/*
 * s - s and p - s: dt_cook_op2() takes a string as a pointer to its
 * characters for + and -, and two compatible pointers subtract to a
 * ptrdiff_t (dt_node_is_ptrcompat(): char [] and char * point to char);
 * dtc said D_OP_INCOMPAT.  A string with itself is 0, a char array read
 * as a string is its address, and sizeof() the difference is 8.  A string
 * and an int pointer stay incompatible (types/string-ptrdiff-errors.d).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK: 0 0 8 0 2 3
 */
string s;
char *cp;
char c[8];

BEGIN
{
	s = "abc";
	t = s;
	cp = (char *)c;
	printf("%d %d %d %d %d %d\n", s - s, t - t, sizeof(s - t),
	    curthread->comm - curthread->comm, (cp + 2) - c,
	    (s + 3) - (s + 0) + 0 * (t - s));
	exit(0);
}
