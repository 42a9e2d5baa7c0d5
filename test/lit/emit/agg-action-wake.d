/*
 * A clause with printa(), clear(), trunc(), normalize() or denormalize()
 * commits its record with BPF_RB_FORCE_WAKEUP (dt_rec_commit_wake()):
 * dtrun acts on these as it reads them, on the aggregations as they are
 * then, and DTrace reads each record as it comes (dt_peb.c:
 * wakeup_events = 1), so printa() in tick-10ms prints each tick's counts.
 * Other clauses' records (setopt() too) stay batched (dt_rec_commit()).
 * RUN: %dtc -S -o - --btf %S/../Inputs/min.btf %s | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dt_rec_commit(c);
 * CHECK-LABEL: dtc_clause_1(
 * CHECK: dt_rec_commit_wake(c);
 * CHECK-LABEL: dtc_clause_2(
 * CHECK: dt_rec_commit_wake(c);
 * CHECK-LABEL: dtc_clause_3(
 * CHECK: dt_rec_commit_wake(c);
 * CHECK-LABEL: dtc_clause_4(
 * CHECK: dt_rec_commit(c);
 */
tick-10ms
{
	@a[1] = count();
	printf("x");
}

tick-10ms
{
	printa(@a);
}

tick-10ms
{
	clear(@a);
}

tick-10ms
{
	normalize(@a, 2);
	trunc(@a, 1);
}

tick-10ms
{
	setopt("aggsortkey");
}
