/*
 * DTrace types a new variable as the value first assigned to it, and =
 * may not be applied to an array (dt_cook_op2()): a char array in memory
 * (curthread->comm, a D char array, a translated member declared char
 * [N]) assigned to a new global, self->, this-> or associative array
 * element is D_OP_ARRFUN.  A string variable takes one as a string
 * (dt_node_is_strcompat()), and stringof() makes it a string.
 * RUN: not %dtc -S -o /dev/null --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+6]]:9: error: operator = may not be applied to operand of type "char [16]" [D_OP_ARRFUN]
 * CHECK: :[[@LINE+6]]:9: error: operator = may not be applied to operand of type "char [16]" [D_OP_ARRFUN]
 * CHECK: :[[@LINE+6]]:9: error: operator = may not be applied to operand of type "char [80]" [D_OP_ARRFUN]
 * CHECK: :[[@LINE+6]]:9: error: operator = may not be applied to operand of type "char [16]" [D_OP_ARRFUN]
 * CHECK: :[[@LINE+6]]:20: error: operator = may not be applied to operand of type "char [8]" [D_OP_ARRFUN]
 */
BEGIN { g = curthread->comm; }
BEGIN { self->t = curthread->comm; }
BEGIN { this->l = curpsinfo->pr_psargs; }
BEGIN { a[1] = curpsinfo->pr_fname; }
char b[8]; BEGIN { x = b; }
BEGIN { s = "a"; s = curthread->comm; self->s = "b"; self->s = curpsinfo->pr_psargs; }
BEGIN { c = stringof(curthread->comm); this->c = stringof(b); }
