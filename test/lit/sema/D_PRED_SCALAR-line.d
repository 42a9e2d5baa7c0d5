/*
 * dt_cook_clause() checks the cooked predicate's type after cooking it, at
 * the clause node's line: the parser builds the clause at its closing '}'
 * (dtrace: "line 7" for a clause whose predicate is on line 4 and whose '}'
 * is on line 7; checked against Oracle's dtrace).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_PRED_SCALAR-line.d:[[@LINE+10]]:1: error: predicate result must be of scalar type [D_PRED_SCALAR]
 * CHECK: D_PRED_SCALAR-line.d:[[@LINE+16]]:1: error: predicate result must be of scalar type [D_PRED_SCALAR]
 * CHECK: D_PRED_SCALAR-line.d:[[@LINE+17]]:28: error: predicate result must be of scalar type [D_PRED_SCALAR]
 */
int a[4];

BEGIN
/"abc"/
{
	trace(1);
}

BEGIN
/a/
{
	trace(2);
	trace(3);
}

BEGIN /@x/ { @x = count(); }
