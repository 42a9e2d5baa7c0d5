/*
 * DTrace's dt_cook_op2() makes a[i] *(a + i) (K&R A7.3.1) unless a is an
 * associative array or a fresh variable: a scalar that has its type
 * (global, self->, this->, built-in) indexed once is an integer
 * dereferenced (D_DEREF_NONPTR) or a struct added to (D_OP_INCOMPAT); a
 * non-integer index is a pointer added to a pointer (D_OP_INCOMPAT);
 * two indices are D_ARR_BADREF in dt_node_name()'s words.
 * RUN: not %dtc -S -o /dev/null --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+9]]:20: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+9]]:26: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+9]]:26: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+9]]:13: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+9]]:29: error: operands have incompatible types: "struct task_struct" + "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+9]]:20: error: cannot access scalar x as an associative array [D_ARR_BADREF]
 * CHECK: :[[@LINE+9]]:13: error: operands have incompatible types: "struct task_struct *" + "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+9]]:13: error: cannot access operator -> as an associative array [D_ARR_BADREF]
 */
BEGIN { x = 1; y = x[1]; }
BEGIN { self->x = 1; y = self->x[0]; }
BEGIN { this->x = 1; y = this->x[2]; }
BEGIN { y = pid[1]; }
BEGIN { s = *curthread; y = s[0]; }
BEGIN { x = 1; y = x[1, 2]; }
BEGIN { y = curthread["a"]; }
BEGIN { y = curthread->parent[1, 2]; }
