/*
 * A string variable (global, self->, this->, associative) holds NULL:
 * s = NULL and a NULL strchr()/strstr() store it, == NULL and == another
 * NULL string are true, "" is not NULL, and using NULL as a string faults
 * with invalid address (0x0), and NULL[i] at address i, as DTrace's.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o > %t.out 2> %t.err
 * RUN: FileCheck %s --strict-whitespace < %t.out
 * RUN: FileCheck %s --check-prefix=ERR < %t.err
 * CHECK: {{^}}1 1 1 1 1 1{{$}}
 * CHECK-NEXT: {{^}}[] 0 0 1 0{{$}}
 * CHECK-NEXT: {{^}}1 1 0{{$}}
 * CHECK-NEXT: {{^}}x 1{{$}}
 * CHECK-NEXT: {{^}}fault{{$}}
 * CHECK-NEXT: {{^}}fault{{$}}
 * CHECK-NEXT: {{^}}fault{{$}}
 * CHECK-NOT: {{.}}
 * ERR: error in dt_clause_5 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0) at BPF pc
 * ERR: error in dt_clause_6 for probe ID 1 (dtrace:::BEGIN): invalid address (0x1) at BPF pc
 * ERR: error in dt_clause_7 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0) at BPF pc
 */
#pragma D option quiet

BEGIN
{
	g = "abc";
	g = NULL;
	self->t = "q";
	self->t = NULL;
	this->l = strchr("abc", 'Z');
	a[1] = "q";
	a[1] = NULL;
	b[1] = strstr("abc", "z");
}

BEGIN
{
	printf("%d %d %d %d %d %d\n", g == NULL, self->t == NULL, this->l == NULL,
	    a[1] == NULL, b[1] == a[1], self->t == g);
}

BEGIN
{
	g = "";
	self->t = "";
	a[1] = "";
	printf("[%s] %d %d %d %d\n", g, g == NULL, self->t == NULL, a[1] != NULL, strlen(g));
}

BEGIN
{
	g = NULL;
	a[2] = g;
	printf("%d %d %d\n", a[2] == NULL, a[2] == g, a[2] == "");
}

BEGIN
{
	g = "x";
	h = strchr(g, 'x');
	printf("%s %d\n", h, h == g);
}

BEGIN
{
	g = NULL;
	printf("%d\n", strlen(g));
}

BEGIN
{
	self->t = NULL;
	printf("%x\n", self->t[1]);
}

BEGIN
{
	a[3] = strchr("abc", 'Z');
	printf("%s\n", a[3]);
}

BEGIN
{
	exit(0);
}

ERROR
{
	printf("fault\n");
}
