/*
 * A built-in call's value type is the operand type of the operator around
 * it: stringof(stack()) is D_STRINGOF_TYPE (a stack is no string, pointer
 * or scalar), and func(x) + 1 is an integer sum (dtc crashed on both).
 * RUN: not %dtc -S -o - --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * RUN: %dtc -S -o - --btf %S/../Inputs/min.btf %S/Inputs/call-value-sum.d | FileCheck %s --check-prefix=SUM
 * CHECK: :[[@LINE+3]]:22: error: stringof( ) operand must be a string, pointer or scalar [D_STRINGOF_TYPE]
 * SUM: dtc_clause_0(
 */
BEGIN { printf("%s", stringof(stack())); }
