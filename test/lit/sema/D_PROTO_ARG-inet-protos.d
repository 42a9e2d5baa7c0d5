/*
 * inet_ntoa()'s ipaddr_t * and inet_ntoa6()'s struct in6_addr * are
 * printed as DTrace resolves them (dt_idcook_func(), dt_node_type_name()):
 * "unsigned int *" and "struct in6_addr *".  inet_ntoa() takes what
 * dt_node_is_ptrcompat() finds compatible with a pointer to a 32-bit
 * unsigned integer: uint32_t *, ipaddr_t *, void *, the constant 0; not
 * char *, int *, a string or a struct pointer.  inet_ntoa6() takes a
 * pointer to struct in6_addr (or a typedef of it), not to a union of that
 * tag (ctf_type_compat()).
 * RUN: not %dtc -S -o - --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+21]]:25: error: inet_ntoa( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: unsigned int *
 * CHECK-NEXT: argument: char * [D_PROTO_ARG]
 * CHECK: :[[@LINE+19]]:25: error: inet_ntoa( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: unsigned int *
 * CHECK-NEXT: argument: int * [D_PROTO_ARG]
 * CHECK: :[[@LINE+17]]:25: error: inet_ntoa( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: unsigned int *
 * CHECK-NEXT: argument: string [D_PROTO_ARG]
 * CHECK: :[[@LINE+15]]:26: error: inet_ntoa6( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: struct in6_addr *
 * CHECK-NEXT: argument: int [D_PROTO_ARG]
 * CHECK: :[[@LINE+13]]:26: error: inet_ntoa6( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: struct in6_addr *
 * CHECK-NEXT: argument: int * [D_PROTO_ARG]
 * CHECK: :[[@LINE+11]]:26: error: inet_ntoa6( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: struct in6_addr *
 * CHECK-NEXT: argument: union in6_addr * [D_PROTO_ARG]
 */
BEGIN { trace(inet_ntoa((uint32_t *)arg0)); trace(inet_ntoa((ipaddr_t *)arg0)); }
BEGIN { trace(inet_ntoa((void *)arg0)); trace(inet_ntoa(0)); }
BEGIN { trace(inet_ntoa((char *)arg0)); }
BEGIN { trace(inet_ntoa((int *)arg0)); }
BEGIN { trace(inet_ntoa("abc")); }
BEGIN { trace(inet_ntoa6(1)); }
BEGIN { trace(inet_ntoa6((int *)arg0)); }
BEGIN { trace(inet_ntoa6((union in6_addr *)arg0)); }
