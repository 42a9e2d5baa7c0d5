/*
 * lquantize() and llquantize() parameters: DTrace's checks (dt_cg.c), which
 * number the arguments from the base or factor.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+19]]:7: error: quantize( ) prototype mismatch: 0 args passed, at least 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+11]]:20: error: lquantize( ) argument #1 must be an integer constant [D_LQUANT_BASETYPE]
 * CHECK: :[[@LINE+11]]:7: error: lquantize( ) base (argument #1) must be less than limit (argument #2) [D_LQUANT_MISMATCH]
 * CHECK: :[[@LINE+11]]:29: error: lquantize( ) argument #3 must be a non-zero positive integer constant [D_LQUANT_STEPTYPE]
 * CHECK: :[[@LINE+12]]:7: error: lquantize( ) step (argument #3) doesn't match previous declaration: expected 1, found 2 [D_LQUANT_MATCHSTEP]
 * CHECK: :[[@LINE+12]]:21: error: llquantize() argument #4 (steps) must be a multiple of argument #1 (factor) when steps>factor [D_LLQUANT_STEPVAL]
 * CHECK: :[[@LINE+12]]:28: error: llquantize( ) argument #3 must be an unsigned 16-bit quantity [D_LLQUANT_HMAGVAL]
 * CHECK: :[[@LINE+13]]:7: error: sum( ) argument #1 must be of scalar type [D_AGG_SCALAR]
 */
BEGIN
{
	base = 1;
	@a = lquantize(1, base, 1000);
	@b = lquantize(1, 1000, 100);
	@c = lquantize(1, 0, 1100, 0);
	@e = lquantize(0, 10, 20, 1);
	@e = lquantize(0, 10, 20, 2);
	@f = llquantize(1, 10, 0, 6, 25);
	@g = llquantize(1, 10, 0, -1, 20);
	@h = quantize();
	@i = sum("x");
}
