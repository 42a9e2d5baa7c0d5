/*
 * Prototype checks of subroutines and actions DTrace declares (Oracle's
 * dt_open.c table): argument counts for chill(), stop() and the kernel lock
 * subroutines, pointer types for inet_ntoa6(); a lock subroutine given
 * void * compiles.
 * RUN: not %dtc -w -S -o - --btf %S/../Inputs/min.btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+11]]:9: error: chill( ) prototype mismatch: 3 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+11]]:9: error: stop( ) prototype mismatch: 1 arg passed, 0 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+11]]:15: error: chill( ) argument #1 is incompatible with prototype:
 * CHECK: :[[@LINE+11]]:9: error: mutex_type_adaptive( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+11]]:9: error: mutex_type_adaptive( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+11]]:26: error: inet_ntoa6( ) argument #1 is incompatible with prototype:
 * CHECK: :[[@LINE+11]]:48: error: inet_ntoa6( ) argument #2 is incompatible with prototype:
 */
int *p;
void *v;

BEGIN { chill(1000, 1000, 1000); }
BEGIN { stop("badarg"); }
BEGIN { chill("x"); }
BEGIN { mutex_type_adaptive(); }
BEGIN { mutex_type_adaptive(v, v); }
BEGIN { trace(inet_ntoa6(p)); }
BEGIN { trace(inet_ntoa6((struct in6_addr *)p, "")); }
BEGIN { trace(mutex_owned(v)); }
