/*
 * The .dtc metadata describes clauses, descriptions, programs and actions.
 * RUN: %dtc -S -o - -x strsize=64 %s | FileCheck %s
 * CHECK: #define DT_STRSIZE 72
 * CHECK-NEXT: #define DT_STRLEN_MAX 64
 * CHECK: "dtc-meta 1\n"
 * CHECK: "option strsize \"64\"\n"
 * CHECK: "option quiet \"\"\n"
 * CHECK: "macro 1 i\n"
 * CHECK: "macro 2 s\n"
 * CHECK: "clause 0 1\n"
 * CHECK: "pdesc 0 \"tick-1s\" 18\n"
 * CHECK: "prog 0 tick \"tick-1s\"\n"
 * CHECK: "act 0 0 printf 3 \"%d %s %s\\n\" i8 s72 s72\n"
 * CHECK: "act 1 0 exit 1 \"\" i4\n"
 */
#pragma D option quiet
tick-1s
{
	printf("%d %s %s\n", $1, $$2, execname);
	exit(0);
}
