/*
 * A function pointer's type name is libctf's ctf_type_name() of it, which
 * DTrace's print() (dt_print_visit()) and its messages (dt_node_type_name())
 * show: the function is "(*) (args)" after its return type, and a pointer to
 * it goes in parentheses before that, "void (*)(*) (struct ns_common *)",
 * while a returned pointer joins the pointer's stars, "struct ns_common
 * **(*) (struct task_struct *)".  dtc wrote "void () *".  The host's kernel
 * types (proc_ns_operations).
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s
 * CHECK: .get = (struct ns_common **(*) (struct task_struct *))0x{{[0-9a-f]+}},
 * CHECK: .put = (void (*)(*) (struct ns_common *))0x{{[0-9a-f]+}},
 * RUN: not %dtc -S -o /dev/null -n 'BEGIN { x = curthread->nsproxy->uts_ns->ns.ops->put + 1; }' 2>&1 | FileCheck %s --check-prefix=ERR
 * ERR: error: operands have incompatible types: "void (*)(*) (struct ns_common *)" + "int" [D_OP_INCOMPAT]
 */
BEGIN
{
	print(curthread->nsproxy->uts_ns->ns.ops);
	exit(0);
}
