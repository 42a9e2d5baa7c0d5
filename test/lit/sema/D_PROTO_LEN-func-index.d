/*
 * f[i] of a built-in function f, on either side of =: DTrace cooks f as a
 * call without arguments (dt_xcook_ident(), dt_idcook_sign()), so one that
 * requires arguments is D_PROTO_LEN ("at least" with optional or variable
 * arguments), and one that takes none is *(f() + i): a non-pointer
 * dereference for rand(), void + int for count().  No associative array
 * named after the function is made.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_PROTO_LEN-func-index.d:[[@LINE+14]]:2: error: substr( ) prototype mismatch: 0 args passed, at least 2 expected [D_PROTO_LEN]
 * CHECK: D_PROTO_LEN-func-index.d:[[@LINE+14]]:6: error: strlen( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: D_PROTO_LEN-func-index.d:[[@LINE+14]]:2: error: trace( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: D_PROTO_LEN-func-index.d:[[@LINE+14]]:2: error: printf( ) prototype mismatch: 0 args passed, at least 1 expected [D_PROTO_LEN]
 * CHECK: D_PROTO_LEN-func-index.d:[[@LINE+14]]:6: error: strjoin( ) prototype mismatch: 0 args passed, 2 expected [D_PROTO_LEN]
 * CHECK: D_PROTO_LEN-func-index.d:[[@LINE+14]]:2: error: substr( ) prototype mismatch: 0 args passed, at least 2 expected [D_PROTO_LEN]
 * CHECK: D_PROTO_LEN-func-index.d:[[@LINE+14]]:2: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: D_PROTO_LEN-func-index.d:[[@LINE+14]]:6: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: D_PROTO_LEN-func-index.d:[[@LINE+14]]:2: error: operands have incompatible types: "void" + "int" [D_OP_INCOMPAT]
 */
#pragma D option quiet

BEGIN
{
	substr[1] = 2;
	x = strlen[0];
	trace[1] = 1;
	printf[0] = 3;
	x = strjoin[1, 2];
	substr[1]++;
	rand[1] = 3;
	x = rand[1];
	count[1] = 1;
}
