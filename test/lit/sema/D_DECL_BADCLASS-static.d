/*
 * auto, register and static are no D storage classes (DTrace's
 * dt_node_decl()); static on a function prototype means extern, as in C.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+2]]:1: error: specified storage class not appropriate in D [D_DECL_BADCLASS]
 */
static int x;
static int f(int);
BEGIN { exit(0); }
