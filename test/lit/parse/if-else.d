/*
 * if/else (Oracle's D), blocks, and the dangling else binding to the
 * nearest if.
 * RUN: %dtc -d ast %s | FileCheck %s
 *
 * CHECK:      c: N_IF
 * CHECK-NEXT:   a: N_IDENT "a"
 * CHECK-NEXT:   b: N_IF
 * CHECK-NEXT:     a: N_IDENT "b"
 * CHECK-NEXT:     b: N_EXPR_STMT
 * CHECK-NEXT:       a: N_CALL "trace"
 * CHECK-NEXT:         a: N_INT "1" 1
 * CHECK-NEXT:     c: N_BLOCK
 * CHECK-NEXT:       a: N_EXPR_STMT
 * CHECK-NEXT:         a: N_CALL "trace"
 * CHECK-NEXT:           a: N_INT "2" 2
 * CHECK-NEXT: c: N_EXPR_STMT
 */
BEGIN
{
	if (a)
		if (b)
			trace(1);
		else {
			trace(2)
		}
	exit(0);
}
