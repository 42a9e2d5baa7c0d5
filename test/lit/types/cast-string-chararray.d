/*
 * (string) of a char array in memory (p->comm, a translated char [N]
 * member) is the string in it, a string value as stringof() gives: D's
 * cast to string takes what dt_node_is_strcompat() takes (dt_cook_op2(),
 * DT_TOK_LPAR).  A variable assigned it is a string, trace() prints the
 * string, not the array's bytes.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o 2>&1 | FileCheck %s --strict-whitespace
 * CHECK: {{^}}dtrace|dtrace|6|dtrace|1{{$}}
 * CHECK-NEXT: {{^}}dtrace{{$}}
 * CHECK-NOT: {{.}}
 */
#pragma D option quiet

BEGIN
{
	s = (string)curthread->comm;
	a[(string)curthread->comm] = 1;
	printf("%s|%s|%d|%s|%d\n", s, (string)curpsinfo->pr_fname,
	    strlen((string)curthread->comm), (string)curthread->comm, a["dtrace"]);
	trace((string)curthread->comm);
	exit(0);
}
