/*
 * D_ALLOCA_SIZE is code generation's error (dt_cg_subr_alloca_impl()): the
 * call is cooked first, as void *, so the variable it initializes is
 * declared and a later use of it is no D_VAR_UNDEF.  The size error is the
 * only one (dtrace reports it; dtc named this->p undeclared instead).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+5]]:20: error: alloca(100000) size larger than scratchsize 256 [D_ALLOCA_SIZE]
 * CHECK: :[[@LINE+6]]:12: error: alloca(300) size larger than scratchsize 256 [D_ALLOCA_SIZE]
 */
BEGIN
{
	this->p = (char *)alloca(100000);
	printf("%d\n", this->p != NULL);
	this->q = alloca(300);
	trace(this->q);
}
