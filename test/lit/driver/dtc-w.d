/*
 * dtc -w permits destructive actions as dtrace -w does: it sets the
 * destructive option, which the object carries to dtrun (where only dtrun -w
 * is consent: dtrun/destructive-load.test).  Without -w, -x destructive or
 * the pragma, dtc refuses them.
 * RUN: %dtc -w -S -o - --btf %btf %s | FileCheck %s
 * CHECK: "option destructive \"\"\n"
 * RUN: %dtc -x destructive -S -o - --btf %btf %s | FileCheck %s
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --check-prefix=NOW --implicit-check-not=error:
 * NOW: dtc-w.d:[[@LINE+5]]:2: error: system( ) is a destructive action: allow it with -w or -x destructive (dtrun then runs the object only with -w) [D_ACT_DESTRUCTIVE]
 */
#pragma D option quiet
BEGIN
{
	system("echo destructive-ok");
	exit(0);
}
