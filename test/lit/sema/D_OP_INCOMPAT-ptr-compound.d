/*
 * p += q and p -= q of two pointers: dt_cook_op2() refuses incompatible
 * ones, and its code generator aborts on compatible ones (two pointers are
 * an operand pair of p - q only: dt_cg_arithmetic_op()); a pointer holds
 * neither their sum nor their ptrdiff_t, so both are D_OP_INCOMPAT.  p += i
 * and p - q stay pointer arithmetic.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_OP_INCOMPAT-ptr-compound.d:[[@LINE+15]]:2: error: operands have incompatible types: "int *" += "int *" [D_OP_INCOMPAT]
 * CHECK: D_OP_INCOMPAT-ptr-compound.d:[[@LINE+15]]:2: error: operands have incompatible types: "int *" -= "int *" [D_OP_INCOMPAT]
 * CHECK: D_OP_INCOMPAT-ptr-compound.d:[[@LINE+15]]:2: error: operands have incompatible types: "int *" += "char *" [D_OP_INCOMPAT]
 * CHECK: D_OP_INCOMPAT-ptr-compound.d:[[@LINE+15]]:2: error: operands have incompatible types: "int *" += "void *" [D_OP_INCOMPAT]
 * CHECK: D_OP_INCOMPAT-ptr-compound.d:[[@LINE+16]]:2: error: operands have incompatible types: "int *" -= "int *" [D_OP_INCOMPAT]
 */
int *p, *q;
char *c;
void *v;

BEGIN
{
	p += 2;
	p -= 1;
	trace(p - q);
	p += q;
	p -= q;
	p += c;
	p += v;
	self->p = p;
	self->p -= q;
}
