/*
 * d_path()'s prototype is "string(struct path *)" (dt_open.c), and
 * dt_idcook_sign() checks a pointer argument with dt_node_is_argcompat():
 * a pointer to another struct is D_PROTO_ARG, void * and the constant 0
 * pass.  Oracle's dtrace says the same for the first line.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+5]]:22: error: d_path( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: struct path *
 * CHECK-NEXT: argument: struct task_struct * [D_PROTO_ARG]
 * CHECK: :[[@LINE+3]]:31: error: d_path( ) argument #1 is incompatible with prototype:
 */
BEGIN { trace(d_path(curthread)); }
BEGIN { printf("%d\n", d_path(curthread->fs)); }
BEGIN { trace(d_path(&curthread->fs->pwd)); }
BEGIN { trace(d_path((void *)arg0)); }
BEGIN { trace(d_path(0)); }
