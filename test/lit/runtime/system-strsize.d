/*
 * system()'s command is formatted into a buffer of strsize bytes
 * (dtrace_sprintf(), dt_printf()'s vsnprintf()): a longer command is cut to
 * strsize - 1 characters before the shell runs it.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -w %t.o > %t.out
 * RUN: FileCheck %s --input-file %t.out --strict-whitespace
 * CHECK: {{^}}0123456789{{$}}
 * CHECK-NEXT: {{^}}ab{{$}}
 */
#pragma D option quiet
#pragma D option destructive
#pragma D option strsize=16
BEGIN
{
	system("echo 0123456789 %d", 1234567);
	system("echo %s", "ab");
	exit(0);
}
