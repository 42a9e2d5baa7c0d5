/*
 * llquantize()'s factor^(hmag + 1) may be up to UINT64_MAX, as
 * dt_cg_agg_llquantize() checks it (powl(factor, hmag + 1) > UINT64_MAX):
 * 2^63 and 10^19 are accepted (dtc refused what passed INT64_MAX), their
 * bins compared unsigned; 2^64 and 10^20 are D_LLQUANT_HMAGVAL.
 * RUN: %dtc -S -o - --btf %btf -C %s | FileCheck %s
 * RUN: not %dtc -S -o - --btf %btf -C -DBAD %s 2>&1 | FileCheck %s --check-prefix=BAD --implicit-check-not=error:
 * CHECK: if (a >= 9223372036854775808ULL)
 * CHECK: if (a >= 10000000000000000000ULL)
 * BAD: :[[@LINE+8]]:30: error: llquantize( ) argument #3 (high magnitude) will cause overflow of 64 bits [D_LLQUANT_HMAGVAL]
 * BAD: :[[@LINE+8]]:31: error: llquantize( ) argument #3 (high magnitude) will cause overflow of 64 bits [D_LLQUANT_HMAGVAL]
 */
BEGIN
{
	@a = llquantize(arg0, 2, 0, 62, 2);
	@b = llquantize(arg0, 10, 0, 18, 10);
#ifdef BAD
	@c = llquantize(arg0, 2, 0, 63, 2);
	@d = llquantize(arg0, 10, 0, 19, 10);
#endif
}
