/*
 * An aggregation is declared with its function and keys as the clause is
 * cooked (dt_cook_op2()); its arguments' checks are dt_cg_agg()'s, as the
 * clause's code is generated.  So an assignment refused there still
 * declares it, and a later assignment's D_AGG_REDEF or key mismatch, a
 * cooking error, comes before the code generation's error of the earlier
 * line.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+14]]:9: error: aggregation redefined: @_
 * CHECK: previous: @_ = llquantize( ) : line [[@LINE+12]] [D_AGG_REDEF]
 * CHECK: :[[@LINE+11]]:23: error: llquantize( ) argument #1 must be an unsigned 16-bit quantity greater than or equal to 2 [D_LLQUANT_FACTORVAL]
 * CHECK: :[[@LINE+16]]:7: error: aggregation redefined: @s
 * CHECK: previous: @s = sum( ) : line [[@LINE+14]] [D_AGG_REDEF]
 * CHECK: :[[@LINE+13]]:7: error: sum( ) argument #1 must be of scalar type [D_AGG_SCALAR]
 * CHECK: :[[@LINE+18]]:2: error: @l[ ] prototype mismatch: 2 keys passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+16]]:10: error: lquantize( ) base (argument #1) must be less than limit (argument #2) [D_LQUANT_MISMATCH]
 * CHECK: :[[@LINE+21]]:2: error: @q[ ] key #1 is incompatible with prototype:
 * CHECK: :[[@LINE+19]]:10: error: quantize( ) increment value (argument #2) must be of scalar type [D_PROTO_ARG]
 */
BEGIN
{
	@[1] = llquantize(1, 0, 150, 1, 10000);
	@[1] = lquantize(2, 0, 150, 1, 10000);
}
BEGIN
{
	@s = sum("a");
	@s = max(2);
}
BEGIN
{
	@l[1] = lquantize(1, 10, 0, 1);
	@l[1, 2] = lquantize(2, 0, 10, 1);
}
BEGIN
{
	@q[1] = quantize(1, "x");
	@q["a"] = quantize(2);
}
