/*
 * The strsize option is the longest string, as in DTrace: strsize=6 keeps
 * 6 bytes (the buffers, rounded up to 8 bytes, have room for the NUL),
 * whatever makes the string: a copy, strjoin(), substr(), strlen().
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * CHECK: {{^}}[dtrace] [BEGIN] [dtrace] [123456] [123456] 6 [3456] [abcdef]{{$}}
 * C: #define DT_STRSIZE 8
 * C-NEXT: #define DT_STRLEN_MAX 6
 */
#pragma D option quiet
#pragma D option strsize=6

BEGIN
{
	x = probeprov;
	y = probename;
	z = "1234567890";
	printf("[%s] [%s] [%s] [%s] [%s] %d [%s] [%s]\n", x, y, strjoin(x, y), z,
	    substr("123456789", 0), strlen("123456789"), substr("123456789", 2),
	    strtok("abcdefghij", ","));
	exit(0);
}
