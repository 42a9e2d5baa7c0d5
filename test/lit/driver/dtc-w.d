/*
 * dtc -w permits destructive actions as dtrace -w does: it sets the
 * destructive option, which the object carries to dtrun.
 * RUN: %dtc -w -S -o - --btf %btf %s | FileCheck %s
 * CHECK: "option destructive \"\"\n"
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s --check-prefix=NOW
 * NOW-NOT: option destructive
 */
#pragma D option quiet
BEGIN
{
	system("echo destructive-ok");
	exit(0);
}
