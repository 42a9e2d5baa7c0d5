/*
 * dt_cook_func() cooks a call's arguments in order, printf()'s format
 * first: a cast of a string to an integer there (D_CAST_INVAL) is said
 * before an error in a later argument.
 * RUN: not %dtrun -xerrtags -e -s %s 2>&1 | FileCheck %s
 * CHECK: [D_CAST_INVAL] line [[@LINE+5]]: invalid cast expression: "string" to "uint64_t"
 */
void *p;
BEGIN
{
	printf((uint64_t)"p+1: %d\n", (int)(p + 1));
}
