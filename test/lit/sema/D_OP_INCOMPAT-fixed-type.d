/*
 * Once a variable's type is fixed by its first assignment, a later
 * assignment must be compatible (DTrace's dt_node_is_argcompat()):
 * integers take integers, a pointer takes a pointer to a compatible type,
 * a void pointer or the constant 0, and an integer takes no pointer.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+8]]:24: error: operands have incompatible types: "struct task_struct *" = "pid_t" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+8]]:18: error: operands have incompatible types: "pid_t" = "struct task_struct *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+8]]:30: error: operands have incompatible types: "struct task_struct *" = "char *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+8]]:30: error: operands have incompatible types: "struct task_struct *" = "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+8]]:27: error: operands have incompatible types: "struct task_struct *" = "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+8]]:20: error: operands have incompatible types: "string" = "int *" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+8]]:22: error: operands have incompatible types: "int" = "string" [D_OP_INCOMPAT]
 */
BEGIN { x = curthread; x = pid; }
BEGIN { y = pid; y = curthread; }
BEGIN { self->p = curthread; self->p = (char *)arg0; }
BEGIN { this->p = curthread; this->p = 1; }
BEGIN { a[1] = curthread; a[2] = 2; }
BEGIN { s = "abc"; s = (int *)arg0; }
BEGIN { self->i = 1; self->i = "abc"; }
