/*
 * &a of an array is a pointer to the array (dt_cook_op1() of & gives
 * dt_type_pointer() of its type): &p->comm is a char (*)[16], not a char *,
 * so *(&p->comm) is the char [16] (sizeof 16) and (&a)[0][i], p[0][i] of a
 * pointer to an array index the i-th element of the first array (the
 * generated C indexed the element type and did not compile); the type is
 * named as ctf_type_name() names it.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK:16 116 116 dtrace
 * CHECK-NEXT:6 9 9 4 A
 * RUN: not %dtc -S -o /dev/null -n 'BEGIN { trace(strlen(&curthread->comm)); }' 2>&1 | FileCheck %s --check-prefix=NAME
 * NAME: argument: char (*)[16]
 */
struct s { int a; short c[3]; char name[4]; } g;

BEGIN
{
	g.c[1] = 9;
	g.name[0] = 0x41;
	this->p = &curthread->comm;
	printf("%d %d %d %s\n", sizeof(*(&curthread->comm)), (*(&curthread->comm))[1],
	       (&curthread->comm)[0][1], *this->p);
	this->ap = &g.c;
	printf("%d %d %d %d %s\n", sizeof(*this->ap), this->ap[0][1], (&g.c)[0][1],
	       sizeof(*(&g.name)), *(&g.name));
	exit(0);
}
