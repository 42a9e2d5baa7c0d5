/*
 * An aggregation keeps the function of its first definition; the message
 * is dt_node_op2()'s, naming both assignments and the line of the first.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error: --strict-whitespace
 * CHECK: :[[@LINE+7]]:7: error: aggregation redefined: @a
 * CHECK-NEXT: {{^}}	 current: @a = sum( ){{$}}
 * CHECK-NEXT: {{^}}	previous: @a = count( ) : line [[@LINE+4]] [D_AGG_REDEF]{{$}}
 */
BEGIN
{
	@a = count();
	@a = sum(1);
}
