/*
 * A built-in call's value type is the operand type of the operator around
 * it: stringof(stack()) is D_STRINGOF_TYPE (a stack is no string, pointer
 * or scalar), func(x) + 1 and sym(x) == 0 are D_OP_INCOMPAT (dt_cook_op2()'s
 * + takes integers and pointers only, and _symaddr is a typedef of void, no
 * integer; dtc crashed on both).
 * RUN: not %dtc -S -o - --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * RUN: not %dtc -S -o - --btf %S/../Inputs/min.btf %S/Inputs/call-value-sum.d 2>&1 | FileCheck %s --check-prefix=SUM --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:22: error: cannot apply stringof to a value of type stack [D_STRINGOF_TYPE]
 * SUM: :1:15: error: operands have incompatible types: "_symaddr" + "int" [D_OP_INCOMPAT]
 * SUM: :2:15: error: operands have incompatible types: "_symaddr" == "int" [D_OP_INCOMPAT]
 */
BEGIN { printf("%s", stringof(stack())); }
