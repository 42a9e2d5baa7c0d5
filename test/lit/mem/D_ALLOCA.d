/*
 * alloca(): a constant size past scratchsize, and variables or ?: that mix
 * alloca'd and other pointers; stores go to alloca'd memory only, and a cast
 * is no writable lvalue (D_OP_WRITE as it is cooked).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+12]]:6: error: ternary conditional with alloca and non-alloca branches cannot be assigned to a variable [D_ALLOCA_INCOMPAT]
 * CHECK: :[[@LINE+16]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+8]]:6: error: alloca(1025) size larger than scratchsize 1024 [D_ALLOCA_SIZE]
 * CHECK: :[[@LINE+10]]:2: error: b: cannot reuse the same identifier for both alloca and non-alloca allocations [D_ALLOCA_INCOMPAT]
 * CHECK: :[[@LINE+12]]:2: error: c: cannot reuse the same identifier for both alloca and non-alloca allocations [D_ALLOCA_INCOMPAT]
 */
#pragma D option scratchsize=1024

BEGIN
{
	p = alloca(1025);
	a = (char *)alloca(1);
	a = (a == NULL) ? (char *)50 : a;
	b = (char *)alloca(1);
	b = (char *)arg0;
	c = (char *)arg0;
	c = (char *)alloca(1);
	*(char *)arg0 = 1;
}
