/*
 * DTrace's order and words: an action as an operand of ?: (after the
 * operands' own checks), an associative array's name alone (sizeof
 * included).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+7]]:6: error: action cannot be used in a conditional context [D_OP_ACT]
 * CHECK: :[[@LINE+7]]:26: error: trace( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+8]]:15: error: associative array 'a' may not be referenced as scalar [D_IDENT_BADREF]
 */
BEGIN
{
	i = 1;
	x = i == 0 ? trace(0) : trace(1);
	x = i == 0 ? trace(0) : trace();
	a[0] = 1;
	trace(sizeof(a));
}
