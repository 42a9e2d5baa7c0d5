/*
 * exit() in BEGIN: dtrace_work()'s first dtrace_status() sees the activity
 * DRAINING and fires END (dtrace_stop()) before dtrace_consume() reads
 * BEGIN's records; the aggregations are snapshot (dtrace_aggregate_snap())
 * as that consume starts, so BEGIN's printa() prints what END stored too.
 * BEGIN's output still comes first, and exit()'s status is kept (checked
 * against Oracle's dtrace).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: sh -c '%dtrun %t.o > %t.out; test $? -eq 3'
 * RUN: FileCheck %s < %t.out
 * CHECK: {{^  begin +1$}}
 * CHECK-NEXT: {{^  end +1$}}
 * CHECK-NEXT: {{^begin done$}}
 * CHECK-NEXT: {{^begin 1$}}
 * CHECK-NEXT: {{^end 1$}}
 */
#pragma D option quiet

BEGIN
{
	@a["begin"] = count();
	printa(@a);
	printf("begin done\n");
	exit(3);
}

END
{
	@a["end"] = count();
	printa("%s %@d\n", @a);
}
