/*
 * == and != of two structs or unions of one type: dt_cook_op2() takes them
 * (ctf_type_compat()) and dt_cg_compare_op() compares the registers that
 * hold them, which are their addresses: g == g is 1, g == h 0 whatever
 * their members (dtc said D_OP_SCALAR).  A struct and an int stay
 * D_OP_INCOMPAT.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun -q %t.o | FileCheck %s --match-full-lines
 * CHECK:1 0 1 1 0
 * RUN: not %dtc -S -o /dev/null -n 'struct s { int a; } g; BEGIN { trace(g == 0); }' 2>&1 | FileCheck %s --check-prefix=INT
 * INT: error: operands have incompatible types: "struct s" == "int" [D_OP_INCOMPAT]
 */
struct s { int a; } g, h;
struct t { struct s in; } w;

BEGIN
{
	printf("%d %d %d %d %d\n", g == g, g == h, g != h, *curthread == *curthread,
	       w.in == g);
	exit(0);
}
