/*
 * (int [3])a of an int [3]: dt_cook_op2()'s cast takes the same type
 * (ctf_type_compat(): arrays of as many compatible elements), and the
 * value is a itself, as (struct s)v is v; an array of another length or
 * element type is D_CAST_INVAL.  dtc refused the first.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:8: error: invalid cast expression: "int [3]" to "int [4]" [D_CAST_INVAL]
 * CHECK: :[[@LINE+11]]:8: error: invalid cast expression: "int [3]" to "long [3]" [D_CAST_INVAL]
 */
int arr[3];
char c[16];

BEGIN
{
	trace((int [3])arr);
	trace(((int [3])arr)[1]);
	trace((char [16])c);
	trace((int [4])arr);
	trace((long [3])arr);
}
