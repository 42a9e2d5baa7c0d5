/*
 * Kernel struct variables: what dtc refuses, each with a clear error.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+6]]:8: error: variables of anonymous kernel type struct <anon:{{[0-9]+}}> are not yet supported by dtc: k [D_UNSUPPORTED]
 * CHECK: :[[@LINE+9]]:12: error: a struct task_struct is copied from memory or a variable, not from this expression, by dtc [D_UNSUPPORTED]
 * CHECK: :[[@LINE+9]]:2: error: operands have incompatible types: "struct task_struct" = "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+9]]:2: error: variables of anonymous kernel type struct <anon:{{[0-9]+}}> are not yet supported by dtc: self->u [D_UNSUPPORTED]
 */
struct task_struct g;
kuid_t k;

BEGIN
{
	this->x = pid ? *curthread : *curthread;
	g = 0;
	self->u = curthread->cred->uid;
}
