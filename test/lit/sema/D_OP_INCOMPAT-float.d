/*
 * D declares floating-point objects and records them, but computes nothing
 * with them: DTrace's errors for arithmetic, comparison, casts, assignment
 * (a fresh variable too), aggregation and integer conversions.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+16]]:{{[0-9]+}}: error: operands have incompatible types: "double" + "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+16]]:{{[0-9]+}}: error: operator - requires an operand of arithmetic type [D_OP_ARITH]
 * CHECK: :[[@LINE+16]]:{{[0-9]+}}: error: operator == requires operands of scalar type [D_OP_SCALAR]
 * CHECK: :[[@LINE+16]]:{{[0-9]+}}: error: invalid cast expression: "double" to "int" [D_CAST_INVAL]
 * CHECK: :[[@LINE+16]]:{{[0-9]+}}: error: invalid cast expression: "int" to "float" [D_CAST_INVAL]
 * CHECK: :[[@LINE+16]]:{{[0-9]+}}: error: operands have incompatible types: "double" = "int" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+16]]:{{[0-9]+}}: error: operands have incompatible types: "double" = "double" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+16]]:{{[0-9]+}}: error: operands have incompatible types: "float" = "float" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+16]]:{{[0-9]+}}: error: operands have incompatible types: "double" = "double" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+16]]:{{[0-9]+}}: error: sum( ) argument #1 must be of scalar type [D_AGG_SCALAR]
 * CHECK: :[[@LINE+16]]:{{[0-9]+}}: error: printf( ) argument #2 is incompatible with conversion #1 prototype:
 */
double d, d2;
float f;
int x;

BEGIN { x = d + 1; }
BEGIN { x = -d; }
BEGIN { x = d == d2; }
BEGIN { x = (int)d; }
BEGIN { x = (float)1; }
BEGIN { d = 1; }
BEGIN { d2 = d; }
BEGIN { self->f = f; }
BEGIN { y = d; }
BEGIN { @s = sum(d); }
BEGIN { printf("%d", d); }
