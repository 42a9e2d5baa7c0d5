/*
 * setopt("version") while tracing runs: dtrace_setopt() calls dt_reduce(),
 * which may lower the handle's D version (2.0, or what -x version and the
 * program's pragmas lowered it to) but never raise it: a higher version is
 * "Requested version conflicts with earlier setting", a library error of
 * the probe; setopt("version") with no value is version 1 (1.0).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s < %t.out
 * RUN: FileCheck %s --check-prefix=ERR --implicit-check-not=dtrace: < %t.err
 * CHECK: {{^}}done{{$}}
 * ERR: {{^}}dtrace: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): couldn't set option "version" to "1.6": Requested version conflicts with earlier setting{{$}}
 * ERR: {{^}}dtrace: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): couldn't set option "version" to "2.0": Requested version conflicts with earlier setting{{$}}
 */
#pragma D option quiet
#pragma D option version=1.5

BEGIN
{
	setopt("version", "1.5");
	setopt("version", "1.6");
	setopt("version", "1.2");
	setopt("version");
	setopt("version", "2.0");
	printf("done\n");
	exit(0);
}
