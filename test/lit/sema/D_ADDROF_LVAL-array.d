/*
 * A member or *p of array type is no lvalue, so & refuses it: dt_cook_op2()
 * sets DT_NF_LVALUE on p->m and v.m only where m is not an array, and
 * dt_cook_op1() on *p only where *p is not one.  An element of the array
 * (&p->comm[0]) and a struct member are lvalues.
 * RUN: not %dtc -S -o - --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 */
struct s { int a; short c[3]; char name[4]; } g;
this struct s t;
/*
 * CHECK: :[[@LINE+2]]:21: error: unacceptable operand for unary & operator [D_ADDROF_LVAL]
 */
BEGIN { trace((long)&curthread->comm); }
/*
 * CHECK: :[[@LINE+2]]:21: error: unacceptable operand for unary & operator [D_ADDROF_LVAL]
 */
BEGIN { trace((long)&(*curthread).comm); }
/*
 * CHECK: :[[@LINE+2]]:21: error: unacceptable operand for unary & operator [D_ADDROF_LVAL]
 */
BEGIN { trace((long)&g.c); }
/*
 * CHECK: :[[@LINE+2]]:21: error: unacceptable operand for unary & operator [D_ADDROF_LVAL]
 */
BEGIN { trace((long)&g.name); }
/*
 * CHECK: :[[@LINE+2]]:21: error: unacceptable operand for unary & operator [D_ADDROF_LVAL]
 */
BEGIN { trace((long)&this->t.c); }
/*
 * CHECK: :[[@LINE+2]]:22: error: unacceptable operand for unary & operator [D_ADDROF_LVAL]
 */
BEGIN { trace(strlen(&curthread->comm)); }
BEGIN { trace((long)&curthread->comm[0]); trace((long)&curthread->pid); trace((long)&g.c[1]); }
