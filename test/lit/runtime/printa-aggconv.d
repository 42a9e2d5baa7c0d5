/*
 * printa(): dt_printf_format() takes a %@ conversion's value from the
 * aggregations in order and, past the last one, converts the last one's
 * value again (one aggregation, three %@; two aggregations, three %@).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}k 7|7|    7{{$}}
 * CHECK-NEXT: {{^}}k 1|2|2{{$}}
 * CHECK-NEXT: {{^}}k 0x3|3{{$}}
 */
#pragma D option quiet
BEGIN
{
	@a["k"] = avg(7);
	@b["k"] = count();
	@c["k"] = sum(2);
	@d["k"] = max(3);
	printa("%s %@d|%@d|%@5d\n", @a);
	printa("%s %@d|%@d|%@d\n", @b, @c);
	printa("%s %@#x|%@d\n", @d);
	exit(0);
}
