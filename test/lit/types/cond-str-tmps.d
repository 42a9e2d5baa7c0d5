/*
 * The condition of ?: and its two branches share string temporaries: a
 * deep chain fits in the scratch space at strsize 1024 (about 16 slots).
 * RUN: %dtc -S -o - %s | FileCheck %s
 * CHECK-LABEL: dtc_clause_0(
 * CHECK: dt_strjoin(dt_tmp(c, 5), dt_str_tmp(c, 3, "9"), dt_str_tmp(c, 4, "a"))
 * CHECK-NOT: dt_tmp(c, 6
 */
#pragma D option quiet
#pragma D option strsize=1024
BEGIN
{
	trace(
	    strjoin("a", "0") > strjoin("0", "a") ? 1 :
	    strjoin("a", "1") > strjoin("1", "a") ? 2 :
	    strjoin("a", "2") > strjoin("2", "a") ? 3 :
	    strjoin("a", "3") > strjoin("3", "a") ? 4 :
	    strjoin("a", "4") > strjoin("4", "a") ? 5 :
	    strjoin("a", "5") > strjoin("5", "a") ? 6 :
	    strjoin("a", "6") > strjoin("6", "a") ? 7 :
	    strjoin("a", "7") > strjoin("7", "a") ? 8 :
	    strjoin("a", "8") > strjoin("8", "a") ? 9 :
	    strjoin("a", "9") > strjoin("9", "a") ? 10 :
	    0);
	exit(0);
}
