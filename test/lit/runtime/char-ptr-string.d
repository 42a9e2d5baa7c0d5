/*
 * A string converts to char * on assignment, as DTrace's
 * dt_node_is_argcompat() allows: the pointer reads the string's bytes.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * CHECK: {{^}}dt 1{{$}}
 * C: (dtg_s = (unsigned long long)((c->pprov)))
 */
#pragma D option quiet

char *s;

BEGIN
{
	s = probeprov;
	printf("%c%c %d\n", s[0], s[1], s[0] == 'd' && *s == 'd');
	exit(0);
}
