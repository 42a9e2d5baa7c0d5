/*
 * The kernel lock subroutines take DTrace for Linux's prototypes: a
 * vmlinux`struct mutex * or vmlinux`rwlock_t * (rwlock_t is a typedef of an
 * anonymous struct), void * or a NULL constant; any other pointer or an
 * integer is D_PROTO_ARG, naming the prototype's type as ctf_type_name()
 * does, without the module (dt_type_name()).  mutex_owner() is a struct
 * task_struct *.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+19]]:27: error: mutex_owned( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: {{^}}	prototype: struct mutex *{{$}}
 * CHECK-NEXT: {{^}}	 argument: int * [D_PROTO_ARG]{{$}}
 * CHECK: :[[@LINE+17]]:28: error: rw_read_held( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: {{^}}	prototype: rwlock_t *{{$}}
 * CHECK-NEXT: {{^}}	 argument: struct mutex * [D_PROTO_ARG]{{$}}
 * CHECK: :[[@LINE+15]]:27: error: mutex_owner( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: {{^}}	prototype: struct mutex *{{$}}
 * CHECK-NEXT: {{^}}	 argument: int64_t [D_PROTO_ARG]{{$}}
 * CHECK: :[[@LINE+13]]:27: error: rw_iswriter( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: {{^}}	prototype: rwlock_t *{{$}}
 * CHECK-NEXT: {{^}}	 argument: int [D_PROTO_ARG]{{$}}
 * CHECK: :[[@LINE+11]]:9: error: mutex_type_spin( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 */
int *p;
void *v;
struct mutex *m;
rwlock_t *rw;

BEGIN { trace(mutex_owned(p)); }
BEGIN { trace(rw_read_held(m)); }
BEGIN { trace(mutex_owner(arg0)); }
BEGIN { trace(rw_iswriter(1)); }
BEGIN { mutex_type_spin(m, m); }
/* accepted */
BEGIN { trace(mutex_owned(v)); trace(mutex_owned(NULL)); trace(rw_write_held(rw)); }
BEGIN { trace(rw_read_held((rwlock_t *)arg0)); trace(mutex_owner(m)->pid); }
