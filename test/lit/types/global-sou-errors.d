/*
 * Global structs, unions and arrays: compile-time errors.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s
 */
struct foo { int a; char s[8]; int bf : 3; };
struct foo x;
int a[5];
int *p;
/*
 * Declarations are made as DTrace parses them, before any clause is
 * compiled: their errors come first.
 */
/*
 * CHECK: :[[@LINE+2]]:5: error: array declaration requires array dimension or tuple signature: b [D_DECL_ARRNULL]
 */
int b[];
/*
 * CHECK: :[[@LINE+2]]:12: error: incomplete struct/union/enum struct bar: y [D_DECL_INCOMPLETE]
 */
struct bar y;
/*
 * CHECK: :[[@LINE+2]]:9: error: index outside array bounds: 5, max is 5 [D_ARR_BOUNDS]
 */
BEGIN { a[5] = 1; }
/*
 * CHECK: :[[@LINE+2]]:15: error: index outside array bounds: 18446744073709551615, max is 5 [D_ARR_BOUNDS]
 */
BEGIN { trace(a[-1]); }
/*
 * CHECK: :[[@LINE+2]]:9: error: operands have incompatible types: "struct foo" = "int" [D_OP_INCOMPAT]
 */
BEGIN { x = 1; }
/*
 * CHECK: :[[@LINE+2]]:9: error: operator = may not be applied to operand of type "int [5]" [D_OP_ARRFUN]
 */
BEGIN { a = 1; }
/*
 * CHECK: :[[@LINE+2]]:9: error: b is not a member of struct foo [D_TYPE_MEMBER]
 */
BEGIN { x.b = 1; }
/*
 * CHECK: :[[@LINE+2]]:9: error: operator = may not be applied to operand of type "char [8]" [D_OP_ARRFUN]
 */
BEGIN { x.s = "abc"; }
/*
 * CHECK: :[[@LINE+2]]:9: error: operator ++ requires operand of scalar type [D_OP_SCALAR]
 */
BEGIN { x.s++; }
int K;
/*
 * CHECK: :[[@LINE+2]]:13: error: cannot take address of dynamic variable [D_ADDROF_VAR]
 */
BEGIN { p = &K; }
/*
 * CHECK: :[[@LINE+2]]:9: error: cannot access scalar a as an associative array [D_ARR_BADREF]
 */
BEGIN { a[1, 2] = 1; }
/*
 * Stores through a pointer variable pass DTrace's parser: reported after
 * every clause (sema_types_deferred()).
 * CHECK: :[[@LINE+3]]:9: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+3]]:9: error: operator ++ can only be applied to a writable variable [D_OP_WRITE]
 */
BEGIN { p[1] = 2; }
BEGIN { p[1]++; }
