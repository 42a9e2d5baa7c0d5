/*
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dt_uregs(16ULL, &_v)
 * CHECK: dt_uregs(21ULL, &_v)
 */
BEGIN
{
	trace(uregs[R_PC]);
	trace(uregs[R_DS]);
}
