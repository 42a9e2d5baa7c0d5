/*
 * ?: and comparisons of pointers as dt_cook_op3() and dt_cook_op2() type
 * them with dt_node_is_ptrcompat(): an array is a pointer to its first
 * element (a ? arr : ip, arr == ip), the result is the more specific
 * pointer type (the right operand's unless it is void * or 0); a string
 * and a char pointer make a string (dt_node_is_strcompat()); two structs
 * of one type make that type, traced by reference.  Before, arr == ip was
 * D_OP_SCALAR, s ? s : cp D_OP_INCOMPAT, and c ? arr : ip and trace(c ? g : h)
 * were dtc bugs (generated C that did not compile).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines --strict-whitespace
 * CHECK:eq 1 0 1 0
 * CHECK-NEXT:cond 1 1 1
 * CHECK-NEXT:str str abc
 * CHECK-EMPTY:
 * CHECK-NEXT:             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f  0123456789abcdef
 * CHECK-NEXT:         0: 09 00 00 00                                      ....
 * RUN: not %dtc -S -o /dev/null -n 'int *ip; char *cp; BEGIN { trace(pid ? ip : cp); }' 2>&1 | FileCheck %s --check-prefix=INCOMPAT
 * INCOMPAT: error: operator ?: operands must have compatible types [D_OP_INCOMPAT]
 */
#pragma D option quiet
struct s { int a; } g, h;
int arr[3];
int *ip;
char *cp;
void *vp;

BEGIN
{
	ip = &arr[0];
	cp = (char *)&arr[1];
	arr[1] = 0x636261;
	printf("eq %d %d %d %d\n", arr == ip, ip != arr, arr == arr, arr == 0);
	l = 1;
	z = 0;
	printf("cond %d %d %d\n", (l ? arr : ip) == ip, (z ? ip : arr) == ip,
	       (l ? vp : ip) == 0);
	s = "str";
	printf("str %s %s\n", l ? s : cp, z ? s : cp);
	h.a = 9;
	trace(z ? g : h);
	exit(0);
}
