/*
 * Casts of arrays as dt_cook_op2() allows them: an array is no scalar, so
 * (long)a and (char)a are D_CAST_INVAL, while a pointer cast (int *)a
 * takes its address; (string)a and stringof(a) take any array, a pointer
 * as dt_node_is_pointer() counts it; stringof() of a struct is
 * D_STRINGOF_TYPE, worded as dt_cook_op1().
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:8: error: invalid cast expression: "int [3]" to "long" [D_CAST_INVAL]
 * CHECK: :[[@LINE+10]]:8: error: invalid cast expression: "int [3]" to "char" [D_CAST_INVAL]
 * CHECK: :[[@LINE+10]]:8: error: invalid cast expression: "char [16]" to "uintptr_t" [D_CAST_INVAL]
 * CHECK: :[[@LINE+13]]:8: error: cannot apply stringof to a value of type struct s [D_STRINGOF_TYPE]
 */
struct s { int a; } g;
int arr[3];

BEGIN
{
	trace((long)arr);
	trace((char)arr);
	trace((uintptr_t)curthread->comm);
	trace((long)(int *)arr);
	trace((string)arr);
	trace(stringof(arr));
	trace(stringof(g));
}
