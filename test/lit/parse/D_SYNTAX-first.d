/*
 * Syntax errors are reported as DTrace words them, and the first one ends
 * the parse, as it ends DTrace's: nothing after it is read.
 * RUN: not %dtc %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_SYNTAX-first.d:[[@LINE+6]]:9: error: syntax error near "-=" [D_SYNTAX]
 * CHECK-NEXT: {{^}}	i = i /-= 2;
 * CHECK-NEXT: {{^}}	       ^~
 */
BEGIN
{
	i = i /-= 2;
	j = 1 3;
	trace(k +}
END
{
	exit(0);
}
int x = 5;
