/*
 * DTrace's writable lvalues (DT_NF_WRITABLE): a D variable is writable, and
 * so is what is reached from it: p->m, s.m, *p, p[i], and *(p + i) with p
 * writable (dt_cook_op1() DT_TOK_DEREF, dt_cook_op2() DT_TOK_PTR/DOT).
 * dt_node_type_propagate() carries the flag through a comma's right operand,
 * an assignment and a ?: whose condition the parser folded; a cast takes the
 * type's flags (none), so *(int *)p, ((int *)p)[1] and ((string)s)[1] are
 * not writable, nor are *(1 + p), *(p + 0 + 1), *(x ? p : p) or *&p[1],
 * even into alloca'd memory: D_OP_WRITE after the operands' types.  A
 * translated member is an lvalue through -> (D_OP_WRITE) and none through
 * . or a dereferenced translated pointer ((*curpsinfo).m, D_OP_LVAL).
 * RUN: not %dtc -S -o /dev/null %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+35]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator ++ can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator += can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operands have incompatible types: "int" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+35]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator ++ can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator = requires modifiable lvalue as an operand [D_OP_LVAL]
 * CHECK: :[[@LINE+35]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator ++ can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator += can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+35]]:2: error: operator = requires modifiable lvalue as an operand [D_OP_LVAL]
 * CHECK: :[[@LINE+35]]:2: error: operator ++ requires modifiable lvalue as an operand [D_OP_LVAL]
 * CHECK: :[[@LINE+35]]:2: error: operator = requires modifiable lvalue as an operand [D_OP_LVAL]
 */
struct in6_addr s;

BEGIN
{
	x = 1;
	t = "abc";
	p = (int *)alloca(8);
	*p = 1;
	p[1] = 2;
	*(p + 1) = 3;
	*(0, p) = 4;
	*(1 ? p : p) = 5;
	*(p = p) = 6;
	s.in6_u.u6_addr32[0] = 7;
	trace((*curpsinfo).pr_pid);
	*(int *)p = 1;
	((int *)p)[1] = 1;
	*(1 + p) = 1;
	*(p + 0 + 1) = 1;
	*(x ? p : p) = 1;
	*&p[1] = 1;
	(*(int *)p)++;
	*(1 + p) += 2;
	*(int *)p = "a";
	*(int *)alloca(4) = 1;
	((struct in6_addr)s).in6_u.u6_addr32[0] = 1;
	((struct in6_addr)s).in6_u.u6_addr32[0]++;
	((struct in6_addr)s).in6_u = s.in6_u;
	((string)t)[1] = 'x';
	curpsinfo->pr_pid++;
	xlate<psinfo_t *>(curthread)->pr_pid += 1;
	(*curpsinfo).pr_pid = 1;
	(*curpsinfo).pr_pid++;
	xlate<psinfo_t>(curthread).pr_pid = 1;
}
