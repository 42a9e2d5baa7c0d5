/*
 * extern declarations name kernel symbols' types (DTrace's D module of
 * the kernel): arrays without a dimension and pointers of any depth are
 * accepted and declare no D variable.
 * RUN: %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: dtc_clause_0(
 * CHECK-NOT: dtg_e0
 */
extern int a1[];
extern int a2[1];
extern int a3[123][456];
extern int a5[5], a6[6][6], a7[7][7][7];
extern int e0, *e1, **e2, ***e3;

BEGIN
{
	exit(0);
}
