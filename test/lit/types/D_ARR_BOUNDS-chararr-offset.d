/*
 * dt_cook_op2() checks a constant added to or subtracted from an array
 * (the left operand) against its bounds as it checks an index, a char
 * array read as a string too: p->comm + 16 and *(p->comm + 17) are
 * D_ARR_BOUNDS, p->comm + 15 and 16 + p->comm (the array on the right) are
 * not.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+6]]:8: error: index outside array bounds: 16, max is 16 [D_ARR_BOUNDS]
 * CHECK: :[[@LINE+6]]:10: error: index outside array bounds: 17, max is 16 [D_ARR_BOUNDS]
 * CHECK-NOT: error:
 */
BEGIN
{
	trace(curthread->comm + 16);
	trace(*(curthread->comm + 17));
	trace(curthread->comm + 15);
	trace(16 + curthread->comm);
}
