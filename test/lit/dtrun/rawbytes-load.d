/*
 * rawbytes is a consumer option: -x rawbytes applies to a compiled object
 * too (trace() values as hex dumps); without it, the plain values.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -x rawbytes %t.o | FileCheck %s --strict-whitespace
 * RUN: %dtrun %t.o | FileCheck %s --check-prefix=PLAIN --strict-whitespace
 * CHECK: {{^}}         0: 61 62 00 00 00 00 00 00 00                       ab.......{{$}}
 * CHECK: {{^}}         0: 07 00 00 00                                      ....{{$}}
 * PLAIN: {{^}}ab7{{$}}
 */
#pragma D option quiet
#pragma D option strsize=8

BEGIN
{
	trace("ab");
	trace(7);
	exit(0);
}
