/*
 * alloca(), bcopy(), copyin(), copyinto(), copyout(), copyoutstr(): DTrace's
 * prototypes (dt_open.c), argument counts and types, and alloca'd
 * destinations.
 * RUN: not %dtc -w -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+21]]:2: error: copyin( ) prototype mismatch: 3 args passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+21]]:12: error: copyin( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: size_t
 * CHECK-NEXT: argument: string [D_PROTO_ARG]
 * CHECK: :[[@LINE+19]]:2: error: copyinto( ) prototype mismatch: 0 args passed, 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+19]]:17: error: copyinto( ) argument #3 is incompatible with prototype:
 * CHECK-NEXT: prototype: alloca pointer
 * CHECK-NEXT: argument: string [D_PROTO_ARG]
 * CHECK: :[[@LINE+17]]:15: error: copyout( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: uintptr_t
 * CHECK-NEXT: argument: string [D_PROTO_ARG]
 * CHECK: :[[@LINE+15]]:2: error: copyoutstr( ) prototype mismatch: 1 arg passed, 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+16]]:9: error: alloca( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: size_t
 * CHECK-NEXT: argument: string [D_PROTO_ARG]
 * CHECK: :[[@LINE+12]]:15: error: bcopy( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: alloca pointer
 * CHECK-NEXT: argument: non-alloca pointer [D_PROTO_ARG]
 */
BEGIN
{
	copyin(1, 2, 3);
	copyin(1, "2");
	copyinto();
	copyinto(1, 2, "");
	copyout("a", "b", 3);
	copyoutstr("a");
	bcopy("abc", (char *)arg0, 3);
	alloca("x");
}
