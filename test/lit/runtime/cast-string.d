/*
 * Casts to string as dt_cook_op2() allows them: from a string (the same
 * type), a char array (a kernel comm), a pointer or any scalar (D's cast
 * from a scalar to a string: the string at that address, a fault at 0);
 * from a struct it is D_CAST_INVAL, and a string is no pointer: (char *)s
 * is D_CAST_INVAL too, as is (uint64_t) of an array (no scalar): (char *)
 * of it is its address.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: [dtrace] [dtrace] [dtrace] [dtracex] [abc]
 * CHECK-NEXT: fault 1 0
 * RUN: not %dtc -S -o /dev/null -n 'struct s { int a; } v; BEGIN { trace((string)v); }' 2>&1 | FileCheck %s --check-prefix=SOU
 * SOU: error: invalid cast expression: "struct s" to "string" [D_CAST_INVAL]
 * RUN: not %dtc -S -o /dev/null -n 'BEGIN { trace((char *)execname); }' 2>&1 | FileCheck %s --check-prefix=PTR
 * PTR: error: invalid cast expression: "string" to "char *" [D_CAST_INVAL]
 * RUN: not %dtc -S -o /dev/null -n 'BEGIN { trace((uint64_t)curthread->comm); }' 2>&1 | FileCheck %s --check-prefix=ARR
 * ARR: error: invalid cast expression: "char [16]" to "uint64_t" [D_CAST_INVAL]
 */
BEGIN
{
	a = (uint64_t)(char *)curthread->comm;
	printf("[%s] [%s] [%s] [%s] [%s]\n", (string)execname, (string)curthread->comm,
	    (string)a, strjoin((string)execname, "x"), (string)"abc");
}

BEGIN
{
	trace((string)0);
}

ERROR
{
	printf("fault %d %d\n", arg4, arg5);
	exit(0);
}
