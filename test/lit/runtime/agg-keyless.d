/*
 * Aggregations without keys live in a one-entry per-CPU array: one never
 * updated is not printed (neither by printa() nor at exit), clear() keeps
 * it (printed as 0), and trunc() drops it until it is updated again.
 * trunc() and clear() act when dtrun reads their record, as in DTrace, so
 * the later updates wait half a second for dtrun to read BEGIN's records
 * (a slow, sanitized dtrun read them after the first tick once).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * RUN: %dtc -S -o - %s | grep -v '^#line' | FileCheck %s --check-prefix=C
 * CHECK: {{^}}printa of a never-updated aggregation:{{$}}
 * CHECK-NEXT: {{^}}end{{$}}
 * CHECK-EMPTY:
 * CHECK-NEXT: {{^}}                3{{$}}
 * CHECK-NEXT: {{^}}                0{{$}}
 * CHECK-NEXT: {{^}}                4{{$}}
 * CHECK-NEXT: {{^}}                4{{$}}
 * CHECK-NOT: {{.}}
 * C: __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
 * C-NEXT: __uint(max_entries, 1);
 * C-NEXT: __type(key, __u32);
 * C-NEXT: __type(value, __u64[2]); {{.}}* and the updated flag
 * C-NEXT: } dtc_agg0 SEC(".maps"); {{.}}* @c: count()
 * C-LABEL: dtc_clause_0(
 * C: __u32 _z = 0;
 * C-NEXT: __u64 *_v = dt_agg_own(bpf_map_lookup_elem(&dtc_agg0, &_z), 1, &dtc_aggbudget, dtc_agg_nelems);
 * C-NEXT: if (_v)
 * C-NEXT: _v[0] += 1;
 */
#pragma D option quiet

BEGIN
{
	@c = count();
	@s = sum(5);
	@t = sum(7);
	@u = sum(9);
}

BEGIN
/0/
{
	@never = count();
	@nmax = max(1);
}

BEGIN
{
	clear(@s);
	trunc(@t);
	trunc(@u);
	printf("printa of a never-updated aggregation:\n");
	printa("[%@d]\n", @never);
	printf("end\n");
	go = timestamp + 500000000;
}

tick-1ms
/timestamp > go && n++ < 2/
{
	@c = count();
	@u = sum(2);
}

tick-1ms
/timestamp > go && n >= 2/
{
	@m = max(4);
	exit(0);
}
