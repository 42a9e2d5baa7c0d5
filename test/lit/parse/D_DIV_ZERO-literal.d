/*
 * DTrace's dt_node_op2() refuses / and % (and /=, %=) by an integer
 * constant that folds to 0 as it builds the node, whatever the left
 * operand: y / 0 of a variable is D_DIV_ZERO at compile time, not a
 * divide-by-zero fault at run time, and it comes before the errors sema
 * would find (substr used as a scalar, on an earlier line).
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+7]]:20: error: expression contains division by zero [D_DIV_ZERO]
 * CHECK: :[[@LINE+7]]:20: error: expression contains division by zero [D_DIV_ZERO]
 * CHECK: :[[@LINE+7]]:16: error: expression contains division by zero [D_DIV_ZERO]
 * CHECK: :[[@LINE+7]]:16: error: expression contains division by zero [D_DIV_ZERO]
 * CHECK: :[[@LINE+7]]:20: error: expression contains division by zero [D_DIV_ZERO]
 */
BEGIN { x = substr; }
BEGIN { y = 1; x = y / 0; }
BEGIN { y = 1; x = y % (1 - 1); }
BEGIN { y = 1; y /= -0; }
BEGIN { y = 1; y %= (int)0; }
BEGIN { y = 1; x = y / !1; }
BEGIN { y = 1; x = y / (-1 < 0); }
