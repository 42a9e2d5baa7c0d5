/*
 * A member of an associative array's struct value is an lvalue (the
 * Guide's rwinfo.d: i[probefunc].ts = timestamp; i[probefunc].calls++),
 * but a member store creates nothing: an element never assigned as a whole
 * is DTrace's NULL address, and =, op=, ++ and -- through it fault
 * "invalid address (0x0)" (dt_cg_check_notnull(); dt_get_assoc() allocates
 * only for a whole store).  Once assigned, =, op=, ++ and -- write the
 * member in place, for global and thread-local arrays, small and large
 * values, and an element of a member array.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2> %t.err | FileCheck %s
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: read 2 4096 1
 * CHECK-NEXT: tls 1 -1
 * CHECK-NEXT: arr 65 5 0
 * CHECK-NEXT: big 7 0
 * ERR: dtrace: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * ERR-NEXT: dtrace: error in dt_clause_1 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * ERR-NEXT: dtrace: error in dt_clause_2 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * ERR-NEXT: dtrace: error in dt_clause_3 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * ERR-NEXT: dtrace: error in dt_clause_4 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0)
 * ERR-NOT: error
 */
#pragma D option quiet

struct callinfo {
	uint64_t ts;
	uint64_t calls;
	size_t maxbytes;
	int flag;
};
struct callinfo i[string], ci0;
self struct callinfo t[int];
struct small {
	int a;
	char c[8];
};
struct small s[int], s0;
struct big {
	int a;
	char pad[300];
};
struct big b[int], b0;

BEGIN { i["read"].calls++; }
BEGIN { i["read"].maxbytes = 4096; }
BEGIN { self->t[3].calls = 1; }
BEGIN { s[1].c[2] = 65; }
BEGIN { b[9].a += 7; }

BEGIN
{
	i["read"] = ci0;
	i["read"].calls++;
	i["read"].calls += 1;
	i["read"].maxbytes = 4096;
	i["read"].ts = timestamp;
	self->t[3] = ci0;
	self->t[3].calls = 1;
	self->t[3].flag--;
	s[1] = s0;
	s[2] = s0;
	s[1].c[2] = 65;
	s[1].a = 5;
	b[9] = b0;
	b[8] = b0;
	b[9].a = 7;
	printf("read %d %d %d\n", i["read"].calls, i["read"].maxbytes, i["read"].ts != 0);
	printf("tls %d %d\n", self->t[3].calls, self->t[3].flag);
	printf("arr %d %d %d\n", s[1].c[2], s[1].a, s[2].a);
	printf("big %d %d\n", b[9].a, b[8].a);
}

BEGIN
{
	exit(0);
}
