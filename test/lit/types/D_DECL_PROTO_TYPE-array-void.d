/*
 * An associative array's tuple signature is checked by dt_decl_array() with
 * DT_DP_ANON only: void is no key type there (D_DECL_PROTO_TYPE, before
 * D_DECL_PROTO_NAME of a named void and D_DECL_PROTO_VOID of a void among
 * others), while a function prototype takes a sole void.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+5]]:7: error: array prototype may not use parameter of type void: (anonymous), parameter #1 [D_DECL_PROTO_TYPE]
 * CHECK: :[[@LINE+5]]:7: error: array prototype may not use parameter of type void: x, parameter #1 [D_DECL_PROTO_TYPE]
 * CHECK: :[[@LINE+5]]:12: error: array prototype may not use parameter of type void: (anonymous), parameter #2 [D_DECL_PROTO_TYPE]
 * CHECK-NOT: error:
 */
int a[void];
int b[void x];
int c[int, void];
int f(void);
