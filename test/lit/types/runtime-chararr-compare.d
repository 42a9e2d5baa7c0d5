/*
 * Two char arrays, or a char array and a char pointer, compare as
 * addresses: dt_cook_op2() takes them as compatible pointers
 * (dt_node_is_ptrcompat()), and dt_cg_compare_op() calls dt_strcmp() only
 * when an operand is a string (dt_node_is_string()), which a char array is
 * not.  So c1 == c2 is false though both hold "A", c1 == c1 and
 * c1 == (char *)c1 are true; with a string operand the strings compare.
 * dtc compared the strings.  (A kernel char array and a D char pointer are
 * no compatible pointers to DTrace reading BTF: dt_btf.c gives the
 * kernel's char no signed encoding, D's char has one.)
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK: 0 1 1 1 1 1 1
 */
char c1[8];
char c2[8];
char *cp;
string s;

BEGIN
{
	c1[0] = 0x41;
	c2[0] = 0x41;
	s = "A";
	cp = (char *)c1;
	printf("%d %d %d %d %d %d %d\n", c1 == c2, c1 == c1, c1 != c2, c1 == cp, c1 == s, s == c2,
	    curthread->comm == curthread->comm);
	exit(0);
}
