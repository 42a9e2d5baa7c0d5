/*
 * Syntax errors are reported as DTrace words them, and the parser recovers
 * at the next ';' or '}' so one run reports several.
 * RUN: not %dtc %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_SYNTAX-recover.d:[[@LINE+9]]:9: error: syntax error near "-=" [D_SYNTAX]
 * CHECK-NEXT: {{^}}	i = i /-= 2;
 * CHECK-NEXT: {{^}}	       ^~
 * CHECK: D_SYNTAX-recover.d:[[@LINE+7]]:8: error: syntax error near "3" [D_SYNTAX]
 * CHECK: D_SYNTAX-recover.d:[[@LINE+7]]:11: error: syntax error near "}" [D_SYNTAX]
 * CHECK: D_SYNTAX-recover.d:[[@LINE+11]]:7: error: syntax error near "=" [D_SYNTAX]
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
