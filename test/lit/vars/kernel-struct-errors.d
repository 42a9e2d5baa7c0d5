/*
 * Kernel struct variables: what dtc refuses, each with a clear error.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+7]]:12: error: a struct task_struct is copied from memory or a variable, not from this expression, by dtc [D_UNSUPPORTED]
 * CHECK: :[[@LINE+7]]:2: error: operands have incompatible types: "struct task_struct" = "int" [D_OP_INCOMPAT]
 */
struct task_struct g;

BEGIN
{
	this->x = pid ? *curthread : *curthread;
	g = 0;
}
