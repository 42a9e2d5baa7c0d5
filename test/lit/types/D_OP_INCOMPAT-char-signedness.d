/*
 * Pointers to char and to unsigned char are no compatible pointers
 * (dt_node_is_ptrcompat(): ctf_type_compat() of char and unsigned char is
 * false), so ==, - and ?: refuse them; dt_cook_op2() takes two char
 * pointers as strings only beside a string.  An assignment takes them
 * (dt_node_is_argcompat(): both are strings).  dtc took them as strings.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:8: error: operands have incompatible types: "unsigned char *" == "char *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+10]]:8: error: operands have incompatible types: "char *" - "unsigned char *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+10]]:8: error: operator ?: operands must have compatible types [D_OP_INCOMPAT]
 */
unsigned char *ucp;
char *cp;
string s;

BEGIN
{
	trace(ucp == cp);
	trace(cp - ucp);
	trace(pid ? ucp : cp);
	cp = ucp;
	trace(s == ucp);
	trace(s - cp);
}
