/*
 * A pointer to a pointer is named as ctf_type_name() names it in DTrace's
 * messages: "struct task_struct **", "char **" (was "* *").
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s
 * CHECK: error: operands have incompatible types: "struct task_struct **" = "int" [D_OP_INCOMPAT]
 */
BEGIN
{
	x = (struct task_struct **)0;
	x = 1;
}
