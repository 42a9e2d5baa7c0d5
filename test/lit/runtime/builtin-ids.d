/*
 * id is the probe ID (uint_t), as `dtrun -l` lists it; epid is DTrace 2's
 * uint64_t: the probe ID in its upper half and the clause's statement ID
 * (the N of "dt_clause_N") in its lower half (dt_get_bvar()).  BEGIN and
 * END fire, in DTrace, in a uprobe on the consumer, whose kernel stack is
 * empty: stackdepth and caller are 0 there and stack() prints no frame.
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -l %t.o > %t.out 2>&1
 * RUN: %dtrun %t.o >> %t.out
 * RUN: FileCheck %s --strict-whitespace --input-file %t.out
 * CHECK: {{^ *}}[[ID:[0-9]+]] {{ *}}profile {{ *}}tick-1ms{{$}}
 * CHECK: {{^}}BEGIN id 1 epid 100000000 sizes 4 8{{$}}
 * CHECK-NEXT: {{^}}BEGIN stackdepth 0 caller 0{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}tick id [[ID]] upper 1 lower 2{{$}}
 * CHECK-NEXT: {{^}}END id 2 epid 200000003 stackdepth 0 caller 0{{$}}
 */
#pragma D option quiet

BEGIN
{
	printf("BEGIN id %d epid %x sizes %d %d\n", id, epid, sizeof(id), sizeof(epid));
}

BEGIN
{
	printf("BEGIN stackdepth %d caller %x\n", stackdepth, caller);
	stack();
}

tick-1ms
/epid >> 32 == id/
{
	printf("tick id %d upper %d lower %d\n", id, epid >> 32 == id, epid & 0xffffffff);
	exit(0);
}

END
{
	printf("END id %d epid %x stackdepth %d caller %x\n", id, epid, stackdepth, caller);
}
