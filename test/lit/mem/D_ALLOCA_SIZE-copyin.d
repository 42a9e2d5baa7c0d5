/*
 * copyin() allocates its scratch space as alloca() does (DTrace's
 * dt_cg_subr_copyin() calls dt_cg_subr_alloca_impl()): a constant size past
 * scratchsize is refused at compile time, worded as alloca()'s, and a
 * negative constant is a huge unsigned size.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+6]]:6: error: alloca(65) size larger than scratchsize 64 [D_ALLOCA_SIZE]
 * CHECK: :[[@LINE+6]]:6: error: alloca(18446744073709551615) size larger than scratchsize 64 [D_ALLOCA_SIZE]
 * CHECK: :[[@LINE+6]]:6: error: alloca(65) size larger than scratchsize 64 [D_ALLOCA_SIZE]
 */
#pragma D option scratchsize=64
BEGIN {
	p = copyin(arg0, 65);
	q = copyin(arg0, -1);
	r = alloca(64 + 1);
	s = copyin(arg0, 64);
}
