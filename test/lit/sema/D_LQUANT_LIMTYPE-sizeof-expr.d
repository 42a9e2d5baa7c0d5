/*
 * lquantize()'s and llquantize()'s parameters must be integer constants as
 * the parser leaves them (dt_cg.c: DT_NODE_INT): it folds sizeof of a type
 * or a string constant, and operators on integer constants, but sizeof of
 * another expression is an integer only once cooked (dt_cook_op1()), so it
 * is not one, alone or in an operator (dtc took sizeof (6) as 4).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+5]]:{{[0-9]+}}: error: lquantize( ) argument #2 must be an integer constant [D_LQUANT_LIMTYPE]
 * CHECK: :[[@LINE+5]]:{{[0-9]+}}: error: lquantize( ) argument #2 must be an integer constant [D_LQUANT_LIMTYPE]
 * CHECK: :[[@LINE+5]]:{{[0-9]+}}: error: llquantize( ) argument #3 must be an integer constant [D_LLQUANT_HMAGTYPE]
 * CHECK: :[[@LINE+5]]:{{[0-9]+}}: error: lquantize( ) argument #1 must be an integer constant [D_LQUANT_BASETYPE]
 */
BEGIN { @a = lquantize(1, 0, sizeof (6), 1); }
BEGIN { @b = lquantize(1, 0, 8 + sizeof (6), 1); }
BEGIN { @c = llquantize(1234, 10, 0, sizeof (6), 20); }
BEGIN { @d = lquantize(1, -sizeof (6), 8, 1); }
BEGIN { @e = lquantize(1, 0, sizeof (int), sizeof (char)); }
BEGIN { @f = llquantize(1234, 10, 0, sizeof ("abcdef"), 20); }
BEGIN { @g = lquantize(1, 0, (int)sizeof (int) * 2, 1); }
