/*
 * DTrace's dt_cook_op2(): %, &, |, ^, << and >> (and their assignment
 * forms) want integer operands, D_OP_INT "requires operands of integral
 * type"; * and / want arithmetic ones (D_OP_ARITH); only + and - take a
 * pointer or a string.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+13]]:13: error: operator % requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+13]]:13: error: operator & requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+13]]:13: error: operator | requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+13]]:13: error: operator ^ requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+13]]:13: error: operator << requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+13]]:13: error: operator >> requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+13]]:13: error: operator * requires operands of arithmetic type [D_OP_ARITH]
 * CHECK: :[[@LINE+13]]:13: error: operator / requires operands of arithmetic type [D_OP_ARITH]
 * CHECK: :[[@LINE+13]]:16: error: operator %= requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+13]]:18: error: operator <<= requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+13]]:24: error: operator &= requires operands of integral type [D_OP_INT]
 * CHECK: :[[@LINE+13]]:16: error: operator *= requires operands of arithmetic type [D_OP_ARITH]
 */
BEGIN { x = execname % 2; }
BEGIN { x = curthread & 1; }
BEGIN { x = 1 | execname; }
BEGIN { x = execname ^ 3; }
BEGIN { x = curthread << 1; }
BEGIN { x = 1 >> "a"; }
BEGIN { x = curthread * 2; }
BEGIN { x = 2 / curthread; }
BEGIN { y = 1; y %= "a"; }
BEGIN { s = "a"; s <<= 1; }
BEGIN { p = curthread; p &= 1; }
BEGIN { z = 1; z *= curthread; }
