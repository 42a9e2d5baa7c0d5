/*
 * A char array read as a string (p->comm) is named as its type, char [16],
 * in an operator's D_OP_INCOMPAT (dt_node_type_name() of the operand), not
 * "string".
 * RUN: not %dtc -xerrtags --btf %btf -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+7]]:8: error: operands have incompatible types: "string" + "char [16]" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+7]]:8: error: operands have incompatible types: "struct task_struct *" < "char [16]" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+7]]:8: error: operands have incompatible types: "char [16]" - "struct task_struct *" [D_OP_INCOMPAT]
 */

BEGIN
{
	trace(execname + curthread->comm);
	trace(curthread < curthread->comm);
	trace(curthread->comm - curthread);
}
