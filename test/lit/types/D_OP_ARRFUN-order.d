/*
 * dt_cook_op2() checks an assignment's operand types before it asks for a
 * modifiable, writable lvalue, and = of an array (a member short c[3], a
 * char array read as a string, p->comm) is D_OP_ARRFUN (two arrays of one
 * type were copied, c[3] = c[3] generated C that did not compile); ++ of
 * a char array is D_OP_SCALAR before D_OP_LVAL (dt_cook_op1()); a kernel
 * member assigned a value of another type is D_OP_INCOMPAT, not D_OP_WRITE.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+13]]:2: error: operator = may not be applied to operand of type "short [3]" [D_OP_ARRFUN]
 * CHECK: :[[@LINE+13]]:2: error: operator = may not be applied to operand of type "char [16]" [D_OP_ARRFUN]
 * CHECK: :[[@LINE+13]]:2: error: operator ++ requires operand of scalar type [D_OP_SCALAR]
 * CHECK: :[[@LINE+13]]:2: error: operator ++ requires operand of scalar type [D_OP_SCALAR]
 * CHECK: :[[@LINE+13]]:2: error: operands have incompatible types: "pid_t" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:2: error: operands have incompatible types: "pid_t" += "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:2: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+13]]:2: error: operator ++ requires an operand of known size [D_OP_VFPTR]
 */
struct s { int a; short c[3]; char name[8]; void *vp; } g, h;

BEGIN
{
	g.c = h.c;
	curthread->comm = "x";
	g.name++;
	curthread->comm++;
	curthread->pid = "s";
	curthread->pid += "s";
	curthread->pid = 1;
	g.vp++;
}
