/*
 * stack()'s argument: an integer (D_PROTO_ARG), a positive constant
 * (D_STACK_SIZE), at most one (D_PROTO_LEN).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+8]]:8: error: stack( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: uint32_t
 * CHECK-NEXT: argument: string [D_PROTO_ARG]
 * CHECK: :[[@LINE+8]]:2: error: stack( ) prototype mismatch: 2 args passed, at most 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+5]]:8: error: stack( ) argument #1 must be a non-zero positive integer constant [D_STACK_SIZE]
 * CHECK: :[[@LINE+5]]:8: error: stack( ) argument #1 must be a non-zero positive integer constant [D_STACK_SIZE]
 */
BEGIN {
	stack("x");
	stack(-1);
	stack(pid);
	stack(1, 2);
}
