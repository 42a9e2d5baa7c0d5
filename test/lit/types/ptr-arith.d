/*
 * Pointer arithmetic as DTrace's dt_cook_op2() types it: pointer +
 * integer and integer + pointer keep the pointer's type and step by its
 * element size; pointer - pointer of compatible types is a ptrdiff_t, a
 * count of elements; anything else is D_OP_INCOMPAT.
 * RUN: %dtc -C -DOK -S -o - %s | FileCheck %s --check-prefix=EMIT
 * RUN: not %dtc -C -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * EMIT-LABEL: dtc_clause_0(
 * EMIT: ((long long)dt_sdiv((__s64)((unsigned long long)((dtg_q)) - (unsigned long long)((dtg_p))), 4))
 * CHECK: :[[@LINE+14]]:14: error: operands have incompatible types: "int *" + "int *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+14]]:14: error: operands have incompatible types: "int" - "int *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+14]]:14: error: operands have incompatible types: "int *" - "char *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+14]]:14: error: operands have incompatible types: "void *" + "int" [D_OP_INCOMPAT]
 */
BEGIN
{
	p = (int *)0x1000;
	q = p + 4;
	q = 4 + p;
	d = q - p;
	trace(d);
}
#ifndef OK
BEGIN { x1 = p + p; }
BEGIN { x2 = 1 - p; }
BEGIN { x3 = p - (char *)0; }
BEGIN { x4 = (void *)0 + 1; }
#endif
