/*
 * A statement's string temporaries are free again once it has run, so a
 * clause may hold any number of statements using strings (DTrace has no such
 * limit); only one statement needing more than the scratch space holds is an error.
 * RUN: %dtc -S -o - %s | FileCheck %s
 * RUN: not %dtc -S -o - -x strsize=4096 %S/Inputs/str-tmps-one.d 2>&1 | FileCheck %s --check-prefix=ERR
 * CHECK: dtc_clause_0(
 * ERR: error: statement uses more than 3 string temporaries at strsize 4096 [D_NOSCRATCH]
 */
BEGIN
{
	printf("%s\n", strjoin(execname, "-0"));
	printf("%s\n", strjoin(execname, "-1"));
	printf("%s\n", strjoin(execname, "-2"));
	printf("%s\n", strjoin(execname, "-3"));
	printf("%s\n", strjoin(execname, "-4"));
	printf("%s\n", strjoin(execname, "-5"));
	printf("%s\n", strjoin(execname, "-6"));
	printf("%s\n", strjoin(execname, "-7"));
	printf("%s\n", strjoin(execname, "-8"));
	printf("%s\n", strjoin(execname, "-9"));
	printf("%s\n", strjoin(execname, "-10"));
	printf("%s\n", strjoin(execname, "-11"));
	printf("%s\n", strjoin(execname, "-12"));
	printf("%s\n", strjoin(execname, "-13"));
	printf("%s\n", strjoin(execname, "-14"));
	printf("%s\n", strjoin(execname, "-15"));
	printf("%s\n", strjoin(execname, "-16"));
	printf("%s\n", strjoin(execname, "-17"));
	printf("%s\n", strjoin(execname, "-18"));
	printf("%s\n", strjoin(execname, "-19"));
	printf("%s\n", strjoin(execname, "-20"));
	printf("%s\n", strjoin(execname, "-21"));
	printf("%s\n", strjoin(execname, "-22"));
	printf("%s\n", strjoin(execname, "-23"));
	printf("%s\n", strjoin(execname, "-24"));
	printf("%s\n", strjoin(execname, "-25"));
	printf("%s\n", strjoin(execname, "-26"));
	printf("%s\n", strjoin(execname, "-27"));
	printf("%s\n", strjoin(execname, "-28"));
	printf("%s\n", strjoin(execname, "-29"));
	printf("%s\n", strjoin(execname, "-30"));
	printf("%s\n", strjoin(execname, "-31"));
	printf("%s\n", strjoin(execname, "-32"));
	printf("%s\n", strjoin(execname, "-33"));
	printf("%s\n", strjoin(execname, "-34"));
	printf("%s\n", strjoin(execname, "-35"));
	printf("%s\n", strjoin(execname, "-36"));
	printf("%s\n", strjoin(execname, "-37"));
	printf("%s\n", strjoin(execname, "-38"));
	printf("%s\n", strjoin(execname, "-39"));
	printf("%s\n", strjoin(execname, "-40"));
	printf("%s\n", strjoin(execname, "-41"));
	printf("%s\n", strjoin(execname, "-42"));
	printf("%s\n", strjoin(execname, "-43"));
	printf("%s\n", strjoin(execname, "-44"));
	printf("%s\n", strjoin(execname, "-45"));
	printf("%s\n", strjoin(execname, "-46"));
	printf("%s\n", strjoin(execname, "-47"));
	printf("%s\n", strjoin(execname, "-48"));
	printf("%s\n", strjoin(execname, "-49"));
	printf("%s\n", strjoin(execname, "-50"));
	printf("%s\n", strjoin(execname, "-51"));
	printf("%s\n", strjoin(execname, "-52"));
	printf("%s\n", strjoin(execname, "-53"));
	printf("%s\n", strjoin(execname, "-54"));
	printf("%s\n", strjoin(execname, "-55"));
	printf("%s\n", strjoin(execname, "-56"));
	printf("%s\n", strjoin(execname, "-57"));
	printf("%s\n", strjoin(execname, "-58"));
	printf("%s\n", strjoin(execname, "-59"));
	printf("%s\n", strjoin(execname, "-60"));
	printf("%s\n", strjoin(execname, "-61"));
	printf("%s\n", strjoin(execname, "-62"));
	printf("%s\n", strjoin(execname, "-63"));
	printf("%s\n", strjoin(execname, "-64"));
	printf("%s\n", strjoin(execname, "-65"));
	printf("%s\n", strjoin(execname, "-66"));
	printf("%s\n", strjoin(execname, "-67"));
	printf("%s\n", strjoin(execname, "-68"));
	printf("%s\n", strjoin(execname, "-69"));
	printf("%s\n", strjoin(execname, "-70"));
	printf("%s\n", strjoin(execname, "-71"));
	printf("%s\n", strjoin(execname, "-72"));
	printf("%s\n", strjoin(execname, "-73"));
	printf("%s\n", strjoin(execname, "-74"));
	printf("%s\n", strjoin(execname, "-75"));
	printf("%s\n", strjoin(execname, "-76"));
	printf("%s\n", strjoin(execname, "-77"));
	printf("%s\n", strjoin(execname, "-78"));
	printf("%s\n", strjoin(execname, "-79"));
	if (strjoin(execname, "x") == "y") { trace(strjoin(execname, "z")); }
}
