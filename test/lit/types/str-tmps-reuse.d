/*
 * A statement's string temporaries are free again once it has run, so a
 * clause may hold any number of statements using strings (DTrace has no such
 * limit); only one statement needing more than the scratch space holds is an error.
 * (Assignments, not printf()s: 80 strings would be more than one clause can
 * record, D_CLAUSE_SIZE.)
 * RUN: %dtc -S -o - %s | FileCheck %s
 * RUN: not %dtc -S -o - -x strsize=32767 %S/Inputs/str-tmps-one.d 2>&1 | FileCheck %s --check-prefix=ERR
 * CHECK: dtc_clause_0(
 * ERR: error: statement uses more than 8 string temporaries at strsize 32767 [D_NOSCRATCH]
 */
BEGIN
{
	s = strjoin(execname, "-0");
	s = strjoin(execname, "-1");
	s = strjoin(execname, "-2");
	s = strjoin(execname, "-3");
	s = strjoin(execname, "-4");
	s = strjoin(execname, "-5");
	s = strjoin(execname, "-6");
	s = strjoin(execname, "-7");
	s = strjoin(execname, "-8");
	s = strjoin(execname, "-9");
	s = strjoin(execname, "-10");
	s = strjoin(execname, "-11");
	s = strjoin(execname, "-12");
	s = strjoin(execname, "-13");
	s = strjoin(execname, "-14");
	s = strjoin(execname, "-15");
	s = strjoin(execname, "-16");
	s = strjoin(execname, "-17");
	s = strjoin(execname, "-18");
	s = strjoin(execname, "-19");
	s = strjoin(execname, "-20");
	s = strjoin(execname, "-21");
	s = strjoin(execname, "-22");
	s = strjoin(execname, "-23");
	s = strjoin(execname, "-24");
	s = strjoin(execname, "-25");
	s = strjoin(execname, "-26");
	s = strjoin(execname, "-27");
	s = strjoin(execname, "-28");
	s = strjoin(execname, "-29");
	s = strjoin(execname, "-30");
	s = strjoin(execname, "-31");
	s = strjoin(execname, "-32");
	s = strjoin(execname, "-33");
	s = strjoin(execname, "-34");
	s = strjoin(execname, "-35");
	s = strjoin(execname, "-36");
	s = strjoin(execname, "-37");
	s = strjoin(execname, "-38");
	s = strjoin(execname, "-39");
	s = strjoin(execname, "-40");
	s = strjoin(execname, "-41");
	s = strjoin(execname, "-42");
	s = strjoin(execname, "-43");
	s = strjoin(execname, "-44");
	s = strjoin(execname, "-45");
	s = strjoin(execname, "-46");
	s = strjoin(execname, "-47");
	s = strjoin(execname, "-48");
	s = strjoin(execname, "-49");
	s = strjoin(execname, "-50");
	s = strjoin(execname, "-51");
	s = strjoin(execname, "-52");
	s = strjoin(execname, "-53");
	s = strjoin(execname, "-54");
	s = strjoin(execname, "-55");
	s = strjoin(execname, "-56");
	s = strjoin(execname, "-57");
	s = strjoin(execname, "-58");
	s = strjoin(execname, "-59");
	s = strjoin(execname, "-60");
	s = strjoin(execname, "-61");
	s = strjoin(execname, "-62");
	s = strjoin(execname, "-63");
	s = strjoin(execname, "-64");
	s = strjoin(execname, "-65");
	s = strjoin(execname, "-66");
	s = strjoin(execname, "-67");
	s = strjoin(execname, "-68");
	s = strjoin(execname, "-69");
	s = strjoin(execname, "-70");
	s = strjoin(execname, "-71");
	s = strjoin(execname, "-72");
	s = strjoin(execname, "-73");
	s = strjoin(execname, "-74");
	s = strjoin(execname, "-75");
	s = strjoin(execname, "-76");
	s = strjoin(execname, "-77");
	s = strjoin(execname, "-78");
	s = strjoin(execname, "-79");
	if (strjoin(execname, "x") == "y") { trace(strjoin(execname, "z")); }
}
