/*
 * setopt() while tracing, as DTrace's dt_setopt()/dtrace_setopt(): an
 * unknown option (Invalid option name), a run-time option that only
 * applies before tracing starts (Operation illegal when tracing is active),
 * a bad value for a dynamic option (Invalid value for specified option)
 * are reported through the error handler, the clause goes on; a dynamic
 * option takes effect.  An option given without a value gets "1"
 * (dt_cg_act_setopt() records 0, dt_consume.c passes "1"), which a flag
 * such as zdefs refuses (dt_opt_cflags(): no value allowed).
 * REQUIRES: root
 * RUN: %dtc -o %t.o %s
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * RUN: FileCheck %s --input-file %t.err --check-prefix=ERR --implicit-check-not=Invalid
 * CHECK: {{^}}after{{$}}
 * CHECK-NOT: BEGIN
 * ERR: dtrace: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): couldn't set option "nosuchoption" to "1": Invalid option name
 * ERR: dtrace: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): couldn't set option "bufsize" to "8m": Operation illegal when tracing is active
 * ERR: dtrace: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): couldn't set option "aggrate" to "junk": Invalid value for specified option
 * ERR: dtrace: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): couldn't set option "aggsortpos" to "x1": Invalid value for specified option
 * ERR: dtrace: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): couldn't set option "zdefs" to "1": Invalid value for specified option
 */
#pragma D option quiet
BEGIN
{
	setopt("nosuchoption");
	setopt("bufsize", "8m");
	setopt("aggrate", "junk");
	setopt("aggsortpos", "x1");
	setopt("zdefs");
	setopt("aggsortrev");
	printf("after\n");
	exit(0);
}
