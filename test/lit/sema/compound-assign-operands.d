/*
 * The operands of x op= y, checked as dt_cook_op2() checks them whatever
 * x is (a global, self->, this->, an associative array element, a
 * member): %=, <<=, >>=, &=, |= and ^= want integers (D_OP_INT), *= and
 * /= arithmetic operands (D_OP_ARITH), += and -= no string
 * (D_OP_INCOMPAT) and a pointer of known size or an integer on the left
 * (D_OP_VFPTR).
 * RUN: not %dtc -S -o /dev/null --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+7]]:22: error: operator %= requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+7]]:30: error: operator *= requires operands of arithmetic type [D_OP_ARITH]
 * CHECK: :[[@LINE+7]]:24: error: operands have incompatible types: "string" += "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+7]]:19: error: operator ^= requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+7]]:33: error: operator >>= requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+7]]:33: error: operator -= requires left-hand scalar operand of known size [D_OP_VFPTR]
 */
BEGIN { self->x = 1; self->x %= "a"; }
BEGIN { this->p = curthread; this->p *= 2; }
BEGIN { self->s = "a"; self->s += 1; }
BEGIN { a[1] = 2; a[1] ^= execname; }
struct st { int m; } v; BEGIN { v.m >>= "x"; }
BEGIN { vp = (void *)curthread; vp -= 1; }
