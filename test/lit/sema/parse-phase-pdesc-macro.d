/*
 * dt_node_pdesc_by_name() expands a probe description's macros as it is
 * parsed (dtrace_xstr2desc()): one past the arguments given is D_PDESC_INVAL
 * before a later syntax error, and before any clause is cooked.
 * RUN: not %dtrun -xerrtags -e -s %s 2>&1 | FileCheck %s
 * CHECK: [D_PDESC_INVAL] line [[@LINE+4]]: invalid probe description "pid$1:a.out:main:": Undefined macro variable in probe description
 * CHECK-NOT: D_SYNTAX
 */
BEGIN { x = "a" + 1; }
pid$1:a.out:main:
{
}
BEGIN { x = ; }
