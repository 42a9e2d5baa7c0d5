/*
 * A psinfo_t member Linux has no source for is declared but not translated.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_XLATE_NOCONV-dlib.d:[[@LINE+4]]:8: error: translator does not define conversion for member: pr_pctcpu [D_XLATE_NOCONV]
 */
BEGIN
{
	trace(curpsinfo->pr_pctcpu);
}
