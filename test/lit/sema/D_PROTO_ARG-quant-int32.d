/*
 * lquantize()'s and llquantize()'s parameters are int32_t in their
 * prototypes (dt_open.c), which dt_idcook_sign() checks as the parser cooks
 * the call, before dt_cg.c checks their values: a string base or factor is
 * D_PROTO_ARG, not D_LQUANT_BASETYPE/D_LLQUANT_FACTORTYPE (checked against
 * Oracle's dtrace); a non-constant integer is still the latter.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+12]]:20: error: lquantize( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: int32_t
 * CHECK-NEXT: argument: string
 * CHECK: :[[@LINE+10]]:23: error: lquantize( ) argument #3 is incompatible with prototype:
 * CHECK: :[[@LINE+10]]:21: error: llquantize( ) argument #2 is incompatible with prototype:
 * CHECK: :[[@LINE+10]]:31: error: llquantize( ) argument #5 is incompatible with prototype:
 * CHECK: :[[@LINE+10]]:20: error: lquantize( ) argument #1 must be an integer constant [D_LQUANT_BASETYPE]
 */
int x;

BEGIN
{
	@a = lquantize(1, "a", 10, 1);
	@b = lquantize(1, 0, "ten");
	@c = llquantize(1, "x", 0, 6, 20);
	@d = llquantize(1, 10, 0, 6, "s");
	@e = lquantize(1, x, 10, 1);
}
