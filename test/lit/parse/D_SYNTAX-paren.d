/*
 * An unbalanced ')' is DTrace's "extra ) in input stream".
 * RUN: not %dtc %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_SYNTAX-paren.d:[[@LINE+4]]:10: error: extra ) in input stream [D_SYNTAX]
 */
BEGIN
{
	trace(1));
}
