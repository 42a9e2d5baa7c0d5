/*
 * An object's numeric options are read as dtrace_setopt() reads them
 * (dt_optval_parse()): strsize=1k is 1024 bytes for dtrun's readers too,
 * so printa() keys and rawbytes strings are not cut to strtoul("1k")'s one
 * byte (they printed "d" and "a"); nspec=0x2 is 2.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}  abcdefgh                                                          3{{$}}
 * CHECK: {{^}}  dtrace                                                            1{{$}}
 */
#pragma D option quiet
#pragma D option strsize=1k
#pragma D option nspec=0x2
BEGIN
{
	@s["abcdefgh"] = sum(3);
	@n[execname] = count();
	exit(0);
}
