/*
 * A pointer parameter of a subroutine takes a pointer, an array (its
 * address) or a string, and of the integers only a constant 0 (DTrace's
 * dt_node_is_argcompat() / dt_node_is_ptrcompat()): arg0 must be cast.
 * RUN: not %dtc -S -o - --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+9]]:25: error: inet_ntoa( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: unsigned int *
 * CHECK-NEXT: argument: int64_t [D_PROTO_ARG]
 * CHECK: :[[@LINE+7]]:28: error: inet_ntop( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: void *
 * CHECK-NEXT: argument: int64_t [D_PROTO_ARG]
 * CHECK: :[[@LINE+5]]:28: error: link_ntop( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: void *
 */
BEGIN { trace(inet_ntoa(arg0)); }
BEGIN { trace(inet_ntop(2, arg0)); }
BEGIN { trace(link_ntop(1, 42)); }
BEGIN { trace(inet_ntoa((ipaddr_t *)arg0)); trace(inet_ntop(2, (void *)arg0)); }
BEGIN { trace(inet_ntop(2, 0)); trace(link_ntop(1, curthread->comm)); }
