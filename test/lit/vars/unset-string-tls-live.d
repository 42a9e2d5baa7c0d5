/*
 * A self-> string never stored is DTrace's absent dynamic variable, a NULL
 * pointer, even while the thread holds other self-> variables (its storage
 * here is one struct per thread): == NULL is true and use as a string
 * faults at 0 (dt_cg.c dt_cg_load_var(): an absent dvar loads 0).  A store
 * whose value faults (copyinstr(0)) stores nothing.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --strict-whitespace < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: {{^}}1 0 1{{$}}
 * CHECK-NEXT: {{^}}[x]{{$}}
 * CHECK-NEXT: {{^}}done{{$}}
 * CHECK-NOT: {{.}}
 * ERR: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0) at BPF pc
 * ERR-NEXT: error in dt_clause_2 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0) at BPF pc
 * ERR-NOT: error
 */
#pragma D option quiet
self string f, g;

BEGIN
{
	self->t = 1;
	self->g = "x";
	self->f = copyinstr(0);
}

BEGIN
{
	printf("%d %d %d\n", self->f == NULL, self->f != NULL, self->t);
	printf("[%s]\n", self->g);
}

BEGIN
{
	printf("[%s]\n", self->f);
}

BEGIN
{
	printf("done\n");
	exit(0);
}
