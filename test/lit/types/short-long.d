/*
 * DTrace takes "short long" as a type name, which it then fails to find.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+5]]:7: error: failed to resolve type short long : Unknown type name [D_UNKNOWN]
 * CHECK: :[[@LINE+5]]:7: error: failed to resolve type unsigned short long long : Unknown type name [D_UNKNOWN]
 */
BEGIN
{
	i = (short long)0;
	i = (unsigned short long long int)0;
}
