/*
 * $1 and $$1 in one script: two load-time globals, both read through the
 * object (dt_rodata_str keeps clang from folding the string's zero
 * initializer).  Macro arguments given to dtc are checked as dt_cc.c does:
 * only the last must be referenced, not at all with -x argref; a $N past
 * them is D_MACRO_UNDEF unless -x defaultargs.
 * RUN: %dtc -S -o - --btf %btf %s | grep -v '^#line' | FileCheck %s
 * CHECK-DAG: const volatile long long dtc_mac_1 = 0;
 * CHECK-DAG: const volatile char dtc_smac_1[DT_STRSIZE] = {};
 * CHECK-DAG: const volatile char dtc_smv_pid[DT_STRSIZE] = {};
 * CHECK: dtc_mac_1
 * CHECK-NEXT: dt_rodata_str(dtc_smac_1)
 * CHECK-NEXT: dt_rodata_str(dtc_smv_pid)
 * RUN: %dtc -S -o /dev/null --btf %btf %s -- 1 2 3 4 5 6 7 8 9 10 11 12
 * RUN: not %dtc -S -o /dev/null --btf %btf %s -- 1 2 3 4 5 6 7 8 9 10 11 12 13 2>&1 | FileCheck %s --check-prefix=UNUSED
 * UNUSED: error: extraneous argument '13' ($13 is not referenced) [D_MACRO_UNUSED]
 * RUN: %dtc -x argref -S -o /dev/null --btf %btf %s -- 1 2 3 4 5 6 7 8 9 10 11 12 13
 * RUN: not %dtc -S -o /dev/null --btf %btf %s -- 1 2>&1 | FileCheck %s --check-prefix=UNDEF
 * UNDEF: :[[@LINE+5]]:42: error: macro argument $12 is not defined [D_MACRO_UNDEF]
 * RUN: %dtc -x defaultargs -S -o /dev/null --btf %btf %s -- 1
 */
BEGIN
{
	printf("%d %s %s %d\n", $1, $$1, $$pid, $12);
}
