/*
 * A string variable takes NULL (the constant 0), not another integer.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s
 * CHECK-NOT: error
 * CHECK: :[[@LINE+4]]:9: error: operands have incompatible types: "string" = "int" [D_OP_INCOMPAT]
 * CHECK-NOT: error
 */
BEGIN { s = "a"; s = NULL; self->t = "b"; self->t = NULL; a[1] = "c"; a[1] = NULL; }
BEGIN { s = 1; }
