/*
 * tracemem(addr, size[, dsize]): size a non-zero positive constant
 * (D_TRACEMEM_SIZE), scalar arguments (D_PROTO_ARG), 2 or 3 of them.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:17: error: tracemem( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: size_t
 * CHECK-NEXT: argument: string [D_PROTO_ARG]
 * CHECK: :[[@LINE+9]]:2: error: tracemem( ) prototype mismatch: 4 args passed, at most 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+9]]:2: error: tracemem( ) prototype mismatch: 1 arg passed, at least 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+4]]:17: error: tracemem( ) argument #2 must be a non-zero positive integral constant expression [D_TRACEMEM_SIZE]
 * CHECK: :[[@LINE+4]]:17: error: tracemem( ) argument #2 must be a non-zero positive integral constant expression [D_TRACEMEM_SIZE]
 */
BEGIN {
	tracemem(arg0, 0);
	tracemem(arg0, pid);
	tracemem(arg0, "x");
	tracemem(1, 2, 3, 4);
	tracemem(1);
	tracemem(arg0, 16, arg1);
}
