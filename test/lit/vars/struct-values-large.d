/*
 * D structs larger than 256 bytes as associative array values (too big
 * for a copy on the BPF stack): the element is created zeroed and the
 * value copied into it from where it lies, members are read in place, an
 * absent element is DTrace's NULL address (reading it faults: invalid
 * address (0x0)); storing 0 releases it, an all-zero
 * struct does not (DTrace stores a struct by reference and never compares
 * its bytes).  dynvarsize here holds three elements of 1024 bytes (the
 * tuple 16, the value 1008): a[4] and a[5] fit because self->b[7] and a[2]
 * were released, a[6] does not, as a[1] = zero still holds one.
 * REQUIRES: root
 * RUN: %dtc -S -o - %s | FileCheck %s --check-prefix=C
 * C: } dtsv_b SEC(".maps");
 * C: __uint(value_size, 1008);
 * C-NEXT: } dtv_a SEC(".maps");
 * C: __u32 _kn = 1008; if (bpf_probe_read_kernel(_kd, _kn, (const void *)_ks))
 * C: dt_dyn_create(&dtv_a, _k, (const void *)dtc_kzero)
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
 * (BEGIN calls exit(): the drop is reported at dtrace's first status check,
 * before BEGIN's records are read: dtrace_work().)
 * CHECK:dtrace: 1 dynamic variable drop
 * CHECK-NEXT:1 2 3 3
 * CHECK-NEXT:5 5
 * CHECK-NEXT:dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0) at BPF pc {{[0-9]+}}
 * CHECK-NEXT:dtrace: error in dt_clause_2 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0) at BPF pc {{[0-9]+}}
 * CHECK-EMPTY:
 */
#pragma D option quiet
#pragma D option dynvarsize=3072

struct big {
	int a;
	char pad[1000];
	int z;
};
struct big g, zero;
struct big a[int];

BEGIN
{
	g.a = 1;
	g.z = 2;
	a[1] = g;
	g.a = 3;
	self->b[7] = g;
	a[2] = self->b[7];
	printf("%d %d %d %d\n", a[1].a, a[1].z, a[2].a, self->b[7].a);
	self->b[7] = 0;
	a[1] = zero;
	a[2] = 0;
	g.a = 5;
	a[4] = g;
	a[5] = g;
	printf("%d %d\n", a[4].a, a[5].a);
}

BEGIN
{
	printf("%d\n", a[3].z);
}

BEGIN
{
	printf("%d\n", a[2].a);
}

BEGIN
{
	a[6] = g;
	printf("not reached\n");
}

BEGIN
{
	exit(0);
}
