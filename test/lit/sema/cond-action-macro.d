/*
 * A statement c ? f() : g() with actions and a condition made of integer
 * macro arguments and constants: DTrace's parser makes it the chosen
 * operand (dt_node_op3(): $1 is an integer constant there), so no D_OP_ACT
 * (the DTraceToolkit's cpuwalk.d: $1 ? printf(...) : printf(...)).  dtc
 * sets $1 at load time: the statement runs as if (c) f(); else g();.  A
 * condition of a variable still refuses the actions.
 * RUN: not %dtc -e -o /dev/null -n 'BEGIN { x = 1; x ? printf("a") : printf("b"); }' 2>&1 | FileCheck %s --check-prefix=VAR
 * VAR: error: action cannot be used in a conditional context [D_OP_ACT]
 * REQUIRES: root
 * RUN: %dtrun -q -s %s 5 0 | FileCheck %s --check-prefix=BIG
 * BIG: {{^}}big{{$}}
 * RUN: %dtrun -q -s %s 1 1 | FileCheck %s --check-prefix=TWO
 * TWO: {{^}}two{{$}}
 * RUN: %dtrun -q -s %s 1 0 | FileCheck %s --check-prefix=ONE
 * ONE: {{^}}1{{$}}
 */
BEGIN
{
	$1 > 2 ? printf("big\n") : ($2 ? printf("two\n") : trace(1));
	exit(0);
}
