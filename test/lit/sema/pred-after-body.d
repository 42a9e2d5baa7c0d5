/*
 * A predicate may test a variable the clause's body declares by assigning
 * it: DTrace cooks the action list before the predicate (dt_cook_clause()).
 * One no clause declares is still D_IDENT_UNDEF.
 * RUN: %dtc -S -o - --btf %btf -C %s | FileCheck %s
 * RUN: not %dtc -S -o - --btf %btf -C -DUNDECL %s 2>&1 | FileCheck %s --check-prefix=ERR
 * CHECK: dtc_clause_0(
 * CHECK: dtg_done
 * CHECK: dtc_clause_1(
 * CHECK: dtg_i
 * ERR: pred-after-body.d:[[@LINE+9]]:{{[0-9]+}}: error: failed to resolve nothere: Unknown variable name [D_IDENT_UNDEF]
 */
BEGIN
/!done/
{
	done = 1;
}
#ifdef UNDECL
BEGIN
/nothere/
{
	x = 1;
}
#endif

/* A predicate that assigns declares for its body (aggs/tst.llquantnormal). */
tick-10ms
/i++ < 10/
{
	@ = llquantize(i, 10, 0, 2, 20);
}
