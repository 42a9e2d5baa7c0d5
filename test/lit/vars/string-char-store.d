/*
 * s[i] = c, s[i] op= c and s[i]++ of a string variable (global, this->,
 * self->) store the character in the variable: DTrace cooks s[i] as a char
 * lvalue of the variable and stores through the string's address
 * (dt_cook_op2(), dt_cg_asgn_op()), as the DTrace book's mysqld_qchit.d
 * does to shorten a query (this->query[57] = '.').  dtc crashed on it (the
 * store was left untyped).  An index past strsize is a bad address, as a
 * read's.  A string that is no variable is not writable (D_OP_WRITE); a
 * character of an associative array's string element dtc does not store.
 * RUN: not %dtc -e -o /dev/null %S/Inputs/string-char-bad.d 2>&1 | FileCheck %s --check-prefix=BAD --implicit-check-not=error:
 * BAD: string-char-bad.d:1:9: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * BAD: string-char-bad.d:2:9: error: operator ++ can only be applied to a writable variable [D_OP_WRITE]
 * BAD: string-char-bad.d:3:25: error: a character of an associative array's string element is not stored to by dtc: copy the string to a variable first [D_UNSUPPORTED]
 * REQUIRES: root
 * RUN: %dtrun -q -s %s | FileCheck %s --strict-whitespace
 * CHECK: {{^}}a.c|acc|abcdefghi...|cbc 99 dbc|ab{{$}}
 */
BEGIN
{
	g = "abc";
	g[1] = '.';
	printf("%s|", g);
	g[1] = 'b';
	g[1]++;
	printf("%s|", g);
	this->q = "abcdefghijklmnop";
	this->q[9] = '.';
	this->q[10] = '.';
	this->q[11] = '.';
	this->q[12] = 0;
	printf("%s|", this->q);
	self->s = "abc";
	self->s[0] += 2;
	printf("%s ", self->s);
	printf("%d ", self->s[0]++);
	printf("%s|", self->s);
	g = "abcd";
	g[2] = 0;
	printf("%s\n", g);
	exit(0);
}
