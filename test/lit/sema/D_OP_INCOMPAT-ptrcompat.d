/*
 * Comparisons and ?: take arithmetic operands, operands of the same type,
 * or compatible pointers (dt_node_is_ptrcompat(): pointers to compatible
 * types, one of them void *, or a pointer and the integer constant 0);
 * a pointer and any other integer, or pointers to different types, are
 * D_OP_INCOMPAT (dt_cook_op2(), dt_cook_op3()).
 * RUN: not %dtc -S -o /dev/null --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_OP_INCOMPAT-ptrcompat.d:[[@LINE+17]]:8: error: operands have incompatible types: "struct task_struct *" < "int" [D_OP_INCOMPAT]
 * CHECK: D_OP_INCOMPAT-ptrcompat.d:[[@LINE+17]]:8: error: operands have incompatible types: "struct task_struct *" == "int *" [D_OP_INCOMPAT]
 * CHECK: D_OP_INCOMPAT-ptrcompat.d:[[@LINE+17]]:8: error: operands have incompatible types: "pid_t" != "struct task_struct *" [D_OP_INCOMPAT]
 * CHECK: D_OP_INCOMPAT-ptrcompat.d:[[@LINE+17]]:8: error: operator ?: operands must have compatible types [D_OP_INCOMPAT]
 * CHECK: D_OP_INCOMPAT-ptrcompat.d:[[@LINE+17]]:8: error: operator ?: operands must have compatible types [D_OP_INCOMPAT]
 * CHECK: D_OP_INCOMPAT-ptrcompat.d:[[@LINE+17]]:8: error: operator ?: operands must have compatible types [D_OP_INCOMPAT]
 */
BEGIN
{
	trace(curthread == 0);
	trace(0 != curthread);
	trace(curthread == (void *)0);
	trace(curthread >= curthread->real_parent);
	trace(arg0 ? curthread : 0);
	trace(arg0 ? 0 : curthread);
	trace(arg0 ? curthread : (void *)0);
	trace(arg0 ? curthread : curthread->parent);
	trace(curthread < 1);
	trace(curthread == (int *)0);
	trace(pid != curthread);
	trace(arg0 ? curthread : 2);
	trace(arg0 ? 1 : curthread);
	trace(arg0 ? curthread : (int *)0);
}
