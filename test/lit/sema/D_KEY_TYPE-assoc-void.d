/*
 * An associative array key of void type, such as stack() or ustack()
 * (DTrace's "stack" is a typedef of void), is D_KEY_TYPE as
 * dt_idcook_assc() words it, for global and thread-local arrays.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:11: error: stack expression may not be used as associative array index: key #1 [D_KEY_TYPE]
 * CHECK: :[[@LINE+4]]:14: error: stack expression may not be used as associative array index: key #2 [D_KEY_TYPE]
 * CHECK: :[[@LINE+4]]:17: error: stack expression may not be used as associative array index: key #1 [D_KEY_TYPE]
 */
BEGIN { a[stack()] = 1; }
BEGIN { b[1, ustack()] = 1; }
BEGIN { self->c[stack()] = 1; }
