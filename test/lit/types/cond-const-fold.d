/*
 * ?: with a constant condition is folded by the parser (dt_node_op3()):
 * the expression is the chosen operand itself, of its own type, and the
 * other operand is dropped unchecked, so neither an undefined variable nor
 * a string against an integer there is an error.  !c of a constant keeps
 * c's type as dt_node_op1() folds it (sizeof (!0L) is 8).
 * RUN: %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)1ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(long long)(((int)2ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(long long)(((int)5ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(long long)(((int)((long long)8ULL))));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)8ULL)));
 * CHECK: dt_put_int(_p, 0, (__u64)(unsigned long long)(((unsigned long long)4ULL)));
 */
BEGIN
{
	trace(sizeof(1 ? (char)1 : 2L));
	trace(1 ? 2 : "str");
	trace(0 ? nosuch : 5);
	trace((1 ? 7 : 8) + 1);
	trace(sizeof(!0L));
	x = 3;
	trace(sizeof(!x));
}
