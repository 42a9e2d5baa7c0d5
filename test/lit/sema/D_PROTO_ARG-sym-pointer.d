/*
 * sym(), func(), mod(), usym(), ufunc(), umod() and uaddr() take a
 * uintptr_t (dt_open.c's _symaddr(uintptr_t)), which dt_idcook_sign()
 * checks with dt_node_is_argcompat(): any integer, but no pointer, not
 * even (void *)0; a pointer is cast to uintptr_t first (dtc took any
 * pointer).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:13: error: sym( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: uintptr_t
 * CHECK-NEXT: argument: char * [D_PROTO_ARG]
 * CHECK: :[[@LINE+8]]:14: error: func( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: uintptr_t
 * CHECK-NEXT: argument: void * [D_PROTO_ARG]
 * CHECK: :[[@LINE+6]]:14: error: umod( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: uintptr_t
 * CHECK-NEXT: argument: int * [D_PROTO_ARG]
 */
BEGIN { sym((char *)arg0); }
BEGIN { func((void *)0); }
BEGIN { umod((int *)arg1); }
BEGIN { sym(0); func(arg0); usym((uintptr_t)curthread); uaddr(1 + 2); @[mod('a')] = count(); }
