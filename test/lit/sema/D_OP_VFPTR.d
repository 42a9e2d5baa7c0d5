/*
 * ++, --, += and -= step a pointer by the size of what it points to; a
 * void or function pointer has none (DTrace's dt_node_is_vfptr(),
 * dt_cook_op1(), dt_cook_op2()).  A string is no operand of += at all.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+6]]:24: error: operator ++ requires an operand of known size [D_OP_VFPTR]
 * CHECK: :[[@LINE+6]]:24: error: operator += requires left-hand scalar operand of known size [D_OP_VFPTR]
 * CHECK: :[[@LINE+6]]:30: error: operator -- requires an operand of known size [D_OP_VFPTR]
 * CHECK: :[[@LINE+6]]:30: error: operator -= requires left-hand scalar operand of known size [D_OP_VFPTR]
 * CHECK: :[[@LINE+6]]:18: error: operands have incompatible types: "string" += "int" [D_OP_INCOMPAT]
 */
BEGIN { a = (void *)0; a++; }
BEGIN { b = (void *)0; b += 1; }
BEGIN { self->c = (void *)0; self->c--; }
BEGIN { self->d = (void *)0; self->d -= 1; }
BEGIN { e = "a"; e += 1; }
BEGIN { f = (int *)0; f++; f += 2; }
