/*
 * An array is no assignable operand: DTrace's dt_cook_op2() reports
 * D_OP_ARRFUN before it compares the types.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+5]]:9: error: operator = may not be applied to operand of type "int [4]" [D_OP_ARRFUN]
 * CHECK: :[[@LINE+5]]:9: error: operator = may not be applied to operand of type "char [8]" [D_OP_ARRFUN]
 */
int a[4];
struct s { char name[8]; } v;
BEGIN { a = 1; }
BEGIN { v.name = "abc"; }
