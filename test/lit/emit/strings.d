/*
 * Strings: globals are strsize arrays; literals compared through a
 * temporary; assignment copies.
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK: char dtg_s[DT_STRSIZE];
 * CHECK: dt_strcpy_n(dtg_s, (dt_execname(c, 0)))
 * CHECK: dt_strcmp_n(dt_strnull((char *)dtg_s), dt_str_tmp(c, 0, "bash"))
 * (each statement reuses the temporaries of the one before)
 */
BEGIN
{
	s = execname;
	trace(s == "bash");
}
