/*
 * xlate<T>(e) finds its translator as dt_xlator_lookup() does, in the
 * order the translators were defined: first one from e's own type, then
 * one whose input takes e as a parameter would (dt_node_is_argcompat():
 * any integer, a void pointer, the constant 0 for a pointer), and the
 * input parameter then has the translator's input type.  dtc took the last
 * translator defined whose input was any integer (xlate(5) used the long
 * one) and xlate(0) of a pointer input had no translator.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK:5 10 10 1 1
 */
struct o { int a; };
struct p { int a; };
translator struct o < long x > { a = x * 2; };
translator struct o < int x > { a = x; };
translator struct p < int *x > { a = x == 0; };
translator struct p < void *x > { a = x != 0; };

BEGIN
{
	printf("%d %d %d %d %d\n", xlate<struct o>(5).a, xlate<struct o>(5L).a,
	       xlate<struct o>((char)5).a, xlate<struct p>(0).a, xlate<struct p>(curthread).a);
	exit(0);
}
