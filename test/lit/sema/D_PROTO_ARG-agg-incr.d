/*
 * An aggregating function's value must be a scalar (dt_cg_agg():
 * D_AGG_SCALAR, "argument #1 must be of scalar type"), and so must the
 * optional increment of quantize() (argument #2), lquantize() (#5) and
 * llquantize() (#6) (dt_cg_agg_opt_incr(): D_PROTO_ARG); a pointer is one.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * (D_PROTO_LEN past the increment is at the increment: dnerror(incr).)
 * CHECK: :[[@LINE+8]]:7: error: avg( ) argument #1 must be of scalar type [D_AGG_SCALAR]
 * CHECK: :[[@LINE+8]]:7: error: quantize( ) increment value (argument #2) must be of scalar type [D_PROTO_ARG]
 * CHECK: :[[@LINE+8]]:7: error: lquantize( ) increment value (argument #5) must be of scalar type [D_PROTO_ARG]
 * CHECK: :[[@LINE+8]]:7: error: llquantize( ) increment value (argument #6) must be of scalar type [D_PROTO_ARG]
 * CHECK: :[[@LINE+8]]:19: error: quantize( ) prototype mismatch: 3 args passed, at most 2 expected [D_PROTO_LEN]
 */
BEGIN
{
	@a = avg("x");
	@b = quantize(1, "x");
	@c = lquantize(1, 0, 10, 1, "x");
	@d = llquantize(1, 10, 0, 1, 20, "x");
	@e = quantize(1, 2, 3);
	@f = quantize(1, (char *)8);
}
