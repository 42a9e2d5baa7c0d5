/*
 * alloca(): 8-byte aligned scratch memory, freed at clause end; loads and
 * stores through alloca'd pointers (scalars, struct and union members,
 * strings), pointer arithmetic, bcopy() into it, and its bytes read as a
 * string.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}aligned 8{{$}}
 * CHECK-NEXT: {{^}}store A B 66{{$}}
 * CHECK-NEXT: {{^}}string abc{{$}}
 * CHECK-NEXT: {{^}}bcopy 'BEGIN' cdef n=5{{$}}
 * CHECK-NEXT: {{^}}same 1{{$}}
 * CHECK-NEXT: {{^}}index c{{$}}
 */
#pragma D option quiet
#pragma D option scratchsize=512

struct st {
	struct {
		union {
			struct {
				int a;
				char b;
				int c;
			} apa;
			uint64_t val;
		} u;
	} s;
} *ptr;

BEGIN
{
	a = alloca(1);
	b = alloca(1);
	printf("aligned %d\n", (uint64_t)b - (uint64_t)a);
	s = (char *)alloca(10);
	j = s - 1;
	j[1] = 65;
	s[1] = 'B';
	ptr = alloca(sizeof(struct st));
	ptr->s.u.apa.c = 0x42;
	printf("store %c %c %d\n", s[0], s[1], ptr->s.u.apa.c);
	x = (string *)alloca(sizeof(string) + 1);
	*x = "abc";
	printf("string %s\n", *x);
}

BEGIN
{
	first = alloca(0);
	bcopy(probename, alloca(8), 5);
	src = (char *)alloca(8);
	dst = (char *)alloca(8);
	src[0] = 'a'; src[1] = 'b'; src[2] = 'c'; src[3] = 'd'; src[4] = 'e'; src[5] = 'f';
	n = 2;
	bcopy((void *)(src + (n++)), (void *)(dst + (n++)), (n++));
	printf("bcopy '%s' %c%c%c%c n=%d\n", (string)first, dst[3], dst[4], dst[5], dst[6], n);
}

BEGIN
{
	printf("same %d\n", alloca(0) == first);
	printf("index %c\n", "abc"[2]);
	exit(0);
}

ERROR
{
	printf("unexpected fault %d\n", arg4);
	exit(1);
}
