/*
 * Plain @ is the aggregation @_ (dt_lex.l turns "@" into "@_"): messages
 * name it @_, and @_ written out is the same aggregation, so a second
 * function for it is a redefinition (dt_ident_cook's D_AGG_REDEF).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error: --strict-whitespace
 * CHECK: :[[@LINE+9]]:6: error: aggregation redefined: @_
 * CHECK-NEXT: {{^}}	 current: @_ = sum( ){{$}}
 * CHECK-NEXT: {{^}}	previous: @_ = count( ) : line [[@LINE+6]] [D_AGG_REDEF]{{$}}
 * CHECK: :[[@LINE+7]]:2: error: improper attempt to reference @_ as a multi-dimensional array [D_AGG_MDIM]
 * CHECK: :[[@LINE+7]]:6: error: @_ must be assigned the result of an aggregating function [D_AGG_FUNC]
 */
BEGIN
{
	@_ = count();
	@ = sum(1);
	@[0][1] = count();
	@ = 1;
}
