/*
 * A typedef of an integer, enum or pointer is named by its own name, as
 * ctf_type_name() names a CTF typedef in DTrace's messages and print():
 * "myint_t" = "string", not "int" = "string"; a typedef of a typedef
 * keeps the outer name.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+12]]:2: error: operands have incompatible types: "myint_t" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+12]]:2: error: operands have incompatible types: "my2_t" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+12]]:2: error: operands have incompatible types: "iptr_t" = "int" [D_OP_INCOMPAT]
 */
typedef int myint_t;
typedef myint_t my2_t;
typedef int *iptr_t;
myint_t x;
my2_t y;
iptr_t p;
BEGIN
{
	x = "s";
	y = "s";
	p = 1;
}
