/*
 * An rvalue use of a variable never assigned is DTrace's D_IDENT_UNDEF.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_IDENT_UNDEF-var.d:[[@LINE+6]]:7: error: failed to resolve x: Unknown variable name [D_IDENT_UNDEF]
 * CHECK-NEXT: {{^}}	exit(x);
 * CHECK-NEXT: {{^}}	     ^
 */
BEGIN
{
	exit(x);
}
