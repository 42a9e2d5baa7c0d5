/*
 * A member of an associative array's struct value is an lvalue (the
 * Guide's rwinfo.d: i[probefunc].ts = timestamp; i[probefunc].calls++):
 * the store creates the element all zero, as DTrace allocates a
 * by-reference dynamic variable, and writes the member in place; =, op=,
 * ++ and -- all apply, for global and thread-local arrays, small and large
 * values, and an element of a member array.  Other members and other
 * elements stay zero.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s --check-prefix=EMIT
 * EMIT: const volatile __u64 dtc_kzero[
 * EMIT: dt_dyn_create(&dtv_i, _k, (const void *)dtc_kzero)
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s
 * CHECK: read 2 4096 1 0
 * CHECK-NEXT: tls 1 -1
 * CHECK-NEXT: arr 65 5 0
 * CHECK-NEXT: big 7 0
 */
#pragma D option quiet

struct callinfo {
	uint64_t ts;
	uint64_t calls;
	size_t maxbytes;
	int flag;
};
struct callinfo i[string];
self struct callinfo t[int];
struct small {
	int a;
	char c[8];
};
struct small s[int];
struct big {
	int a;
	char pad[300];
};
struct big b[int];

BEGIN
{
	i["read"].calls++;
	i["read"].calls += 1;
	i["read"].maxbytes = 4096;
	i["read"].ts = timestamp;
	self->t[3].calls = 1;
	self->t[3].flag--;
	s[1].c[2] = 65;
	s[1].a = 5;
	b[9].a = 7;
	printf("read %d %d %d %d\n", i["read"].calls, i["read"].maxbytes, i["read"].ts != 0,
	    i["write"].calls);
	printf("tls %d %d\n", self->t[3].calls, self->t[3].flag);
	printf("arr %d %d %d\n", s[1].c[2], s[1].a, s[2].a);
	printf("big %d %d\n", b[9].a, b[8].a);
	exit(0);
}
