/*
 * dt_node_ident() makes the name of an integer constant inline its value,
 * no lvalue (D_OP_LVAL), but only once the inline is defined: a name
 * parsed before the definition is a variable, cooked to the inline once
 * the clause is compiled, and not writable (D_OP_WRITE).  Read, it is the
 * inline's value either way.
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+6]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+6]]:2: error: operator ++ can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+11]]:2: error: operator = requires modifiable lvalue as an operand [D_OP_LVAL]
 */
BEGIN
{
	i = 3;
	i++;
	trace(i);
}
inline int i = 1;
BEGIN
{
	i = 3;
}
