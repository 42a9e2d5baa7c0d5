/*
 * A built-in call's value type is the operand type of the operator around
 * it: stringof(stack()) is D_STRINGOF_TYPE (a stack is no string, pointer
 * or scalar), func(x) + 1 is D_OP_ARITH and sym(x) == 0 D_OP_INCOMPAT
 * (_symaddr is a typedef of void, no integer; dtc crashed on both).
 * RUN: not %dtc -S -o - --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * RUN: not %dtc -S -o - --btf %S/../Inputs/min.btf %S/Inputs/call-value-sum.d 2>&1 | FileCheck %s --check-prefix=SUM --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:22: error: cannot apply stringof to a value of type stack [D_STRINGOF_TYPE]
 * SUM: :1:15: error: operator + requires operands of arithmetic type [D_OP_ARITH]
 * SUM: :2:15: error: operands have incompatible types: "_symaddr" == "int" [D_OP_INCOMPAT]
 */
BEGIN { printf("%s", stringof(stack())); }
