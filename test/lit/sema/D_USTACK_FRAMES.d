/*
 * ustack(frames, strsize): frames a non-zero positive constant
 * (D_USTACK_FRAMES), strsize a positive constant (D_USTACK_STRSIZE), at most
 * two arguments (D_PROTO_LEN).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+7]]:2: error: ustack( ) prototype mismatch: 3 args passed, at most 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+4]]:9: error: ustack( ) argument #1 must be a non-zero positive integer constant [D_USTACK_FRAMES]
 * CHECK: :[[@LINE+4]]:12: error: ustack( ) argument #2 must be a positive integer constant [D_USTACK_STRSIZE]
 */
BEGIN {
	ustack(0, 200);
	ustack(1, -1);
	ustack(1, 10, 1);
	ustack(5, 0);
}
