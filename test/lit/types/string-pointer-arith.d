/*
 * A D string is char [strsize]: dt_cook_op2() lets + and - treat it as a
 * pointer to its characters, and the result is the string from there on;
 * *s is its first character (dt_cook_op1() derefs an array to its
 * element), s[i] the i-th.  A char array in memory (curthread->comm, a
 * translated pr_fname) is the same.  String minus string is a ptrdiff_t
 * (types/runtime-str-ptrdiff.d).
 *
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: [ello] [lo] [llo] [ello] [] 256
 * CHECK-NEXT: h e l 1
 * CHECK-NEXT: [trace] [race] [ace] d a
 */
#pragma D option quiet

BEGIN
{
	x = "hello";
	y = x + 1;
	printf("[%s] [%s] [%s] [%s] [%s] %d\n", y, "hello" + 3, x - -2, 1 + x, x + 5,
	    sizeof(x + 1));
	printf("%c %c %c %d\n", *x, *(x + 1), (x + 1)[1], sizeof(*x));
}

BEGIN
/execname == "dtrace"/
{
	printf("[%s] [%s] [%s] %c %c\n", curthread->comm + 1, execname + 2,
	    stringof(curpsinfo->pr_fname + 3), *curthread->comm, *(execname + 3));
	exit(0);
}
