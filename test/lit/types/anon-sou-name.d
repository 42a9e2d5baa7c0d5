/*
 * An untagged struct or union is named as ctf_type_name() names it in
 * DTrace's messages: "struct " and "union ", the keyword and a space
 * (dtc said "struct <anon0>").
 * RUN: not %dtrun -xerrtags -e -s %s 2>&1 | FileCheck %s
 * CHECK: [D_OP_INCOMPAT] line [[@LINE+5]]: operands have incompatible types: "struct " = "int"
 */
struct { int x; } st;
union { int x; } un;
BEGIN {
	st = 1;
}
/*
 * RUN: sed -e 's/st = 1/un + 1/' %s > %t.d
 * RUN: not %dtrun -xerrtags -e -s %t.d 2>&1 | FileCheck %s --check-prefix=UN
 * UN: [D_OP_INCOMPAT] line 11: operands have incompatible types: "union " + "int"
 * RUN: sed -e 's/st = 1/print(st)/' %s > %t2.d
 * RUN: not %dtrun -xerrtags -e -s %t2.d 2>&1 | FileCheck %s --check-prefix=PRINT
 * PRINT: argument: struct {{$}}
 */
