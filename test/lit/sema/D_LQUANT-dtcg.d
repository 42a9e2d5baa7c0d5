/*
 * lquantize() and llquantize() as dt_cg_agg_lquantize() and
 * dt_cg_agg_llquantize() check them.  A step that is not a positive
 * constant (negative too) is D_LQUANT_STEPTYPE / D_LLQUANT_STEPTYPE.  Two
 * lquantize()s of one aggregation match when their base, step and number
 * of levels do (limits 10 and 11 with step 3 both have 3 levels: @a is
 * fine).  steps must divide factor when smaller, else be a multiple of it
 * dividing factor squared (lmag 0) or factor^(lmag + 1).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+16]]:27: error: lquantize( ) argument #3 must be a non-zero positive integer constant [D_LQUANT_STEPTYPE]
 * CHECK: :[[@LINE+16]]:27: error: lquantize( ) argument #3 must be a 16-bit quantity [D_LQUANT_STEPVAL]
 * CHECK: :[[@LINE+16]]:7: error: lquantize( ) step (argument #3) too large: must have at least one quantization level [D_LQUANT_STEPLARGE]
 * CHECK: :[[@LINE+16]]:7: error: lquantize( ) step (argument #3) too small: number of quantization levels must be a 16-bit quantity [D_LQUANT_STEPSMALL]
 * CHECK: :[[@LINE+18]]:7: error: lquantize( ) limit (argument #2) doesn't match previous declaration: expected 9, found 12 [D_LQUANT_MATCHLIM]
 * CHECK: :[[@LINE+18]]:7: error: lquantize( ) base (argument #1) doesn't match previous declaration: expected 0, found 1 [D_LQUANT_MATCHBASE]
 * CHECK: :[[@LINE+18]]:21: error: llquantize( ) argument #1 must be an unsigned 16-bit quantity greater than or equal to 2 [D_LLQUANT_FACTORVAL]
 * CHECK: :[[@LINE+18]]:31: error: llquantize( ) argument #4 must be a non-zero positive integer constant [D_LLQUANT_STEPTYPE]
 * CHECK: :[[@LINE+18]]:28: error: llquantize( ) argument #3 (high magnitude) will cause overflow of 64 bits [D_LLQUANT_HMAGVAL]
 * CHECK: :[[@LINE+18]]:21: error: llquantize() argument #4 (steps) must evenly divide argument #1 (factor) when steps<factor [D_LLQUANT_STEPVAL]
 * CHECK: :[[@LINE+18]]:21: error: llquantize() argument #4 (steps) must evenly divide the square of argument #1 (factor) when steps>factor and lmag==0 [D_LLQUANT_STEPVAL]
 * CHECK: :[[@LINE+18]]:21: error: llquantize() argument #4 (steps) must evenly divide pow(argument #1 (factor), lmag (argument #2) + 1) when steps>factor and lmag>0 [D_LLQUANT_STEPVAL]
 * CHECK: :[[@LINE+19]]:7: error: llquantize() hmag (argument #3) doesn't match previous declaration: expected 6, found 5 [D_LLQUANT_MATCHHMAG]
 */
BEGIN
{
	@b = lquantize(1, 0, 10, -1);
	@c = lquantize(1, 0, 10, 0x10000);
	@d = lquantize(1, 0, 10, 11);
	@e = lquantize(1, 0, 100000);
	@a = lquantize(1, 0, 10, 3);
	@a = lquantize(1, 0, 11, 3);
	@a = lquantize(1, 0, 12, 3);
	@a = lquantize(1, 1, 10, 3);
	@f = llquantize(1, 1, 0, 1, 1);
	@g = llquantize(1, 10, 0, 1, -10);
	@h = llquantize(1, 10, 0, 19, 10);
	@i = llquantize(1, 10, 0, 1, 3);
	@j = llquantize(1, 10, 0, 1, 1000);
	@k = llquantize(1, 10, 1, 2, 1000);
	@l = llquantize(1, 10, 0, 6, 10);
	@l = llquantize(1, 10, 0, 5, 10);
}
