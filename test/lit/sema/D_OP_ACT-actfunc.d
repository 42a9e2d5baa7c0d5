/*
 * Actions (DTrace's DT_IDENT_ACTFUNC identifiers, sym() and kin included)
 * may not be operands of ?: or of the comma operator (dt_parser.c
 * dt_cook_op3(), dt_cook_op2()); subroutines may.  jstack() takes
 * ustack()'s arguments.  dt_cook_op3() compares the operands' types first:
 * sym() against 0 is D_OP_INCOMPAT, against sym() D_OP_ACT.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:15: error: operator ?: operands must have compatible types [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+9]]:44: error: action cannot be used in a conditional context [D_OP_ACT]
 * CHECK: :[[@LINE+9]]:9: error: operator , operands cannot be actions [D_OP_ACT]
 * CHECK: :[[@LINE+9]]:14: error: operator , operands cannot be actions [D_OP_ACT]
 * CHECK: :[[@LINE+10]]:16: error: jstack( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: uint32_t
 * CHECK-NEXT: argument: string [D_PROTO_ARG]
 * CHECK: :[[@LINE+8]]:16: error: jstack( ) argument #1 must be a non-zero positive integer constant [D_USTACK_FRAMES]
 * CHECK: :[[@LINE+8]]:9: error: jstack( ) prototype mismatch: 3 args passed, at most 2 expected [D_PROTO_LEN]
 */
BEGIN { trace(arg0 ? sym(arg1) : 0); trace(arg0 ? sym(arg1) : sym(2)); }
BEGIN { trace(1), trace(2); }
BEGIN { x = (1, sym(arg0)); }
BEGIN { x = (strlen("a"), 2); trace(arg0 ? strlen("a") : 0); }
BEGIN { jstack("x"); }
BEGIN { jstack(arg0); }
BEGIN { jstack(1, 2, 3); }
