/*
 * alloca(), bcopy(), copyin(), copyinto(), copyout(), copyoutstr(): DTrace's
 * prototypes (dt_open.c), argument counts and types, and alloca'd
 * destinations.  Each argument is checked against its prototype as
 * dt_node_is_argcompat() does: no pointer passes as size_t or uintptr_t;
 * void * takes any pointer, array or string, and the constant 0; char *
 * only char pointers and strings.  bcopy()'s and copyinto()'s destination
 * (void *) must then be alloca'd, which code generation checks
 * (dt_cg_subr_bcopy_impl(): after the clause's other errors); a string
 * variable is not, it was assigned by value.
 * RUN: not %dtc -w -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+36]]:2: error: copyin( ) prototype mismatch: 3 args passed, 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+36]]:12: error: copyin( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: size_t
 * CHECK-NEXT: argument: string [D_PROTO_ARG]
 * CHECK: :[[@LINE+34]]:9: error: copyin( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: uintptr_t
 * CHECK-NEXT: argument: char * [D_PROTO_ARG]
 * CHECK: :[[@LINE+32]]:2: error: copyinto( ) prototype mismatch: 0 args passed, 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+32]]:17: error: copyinto( ) argument #3 is incompatible with prototype:
 * CHECK-NEXT: prototype: void *
 * CHECK-NEXT: argument: int [D_PROTO_ARG]
 * CHECK: :[[@LINE+31]]:15: error: copyout( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: uintptr_t
 * CHECK-NEXT: argument: string [D_PROTO_ARG]
 * CHECK: :[[@LINE+29]]:13: error: copyoutstr( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: char *
 * CHECK-NEXT: argument: int * [D_PROTO_ARG]
 * CHECK: :[[@LINE+27]]:2: error: copyoutstr( ) prototype mismatch: 1 arg passed, 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+32]]:9: error: alloca( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: size_t
 * CHECK-NEXT: argument: string [D_PROTO_ARG]
 * CHECK: :[[@LINE+20]]:17: error: copyinto( ) argument #3 is incompatible with prototype:
 * CHECK-NEXT: prototype: alloca pointer
 * CHECK-NEXT: argument: non-alloca pointer [D_PROTO_ARG]
 * CHECK: :[[@LINE+23]]:15: error: bcopy( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: alloca pointer
 * CHECK-NEXT: argument: non-alloca pointer [D_PROTO_ARG]
 * CHECK: :[[@LINE+22]]:15: error: bcopy( ) argument #2 is incompatible with prototype:
 * CHECK-NEXT: prototype: alloca pointer
 * CHECK-NEXT: argument: non-alloca pointer [D_PROTO_ARG]
 */
int *ip;
char *cp;

BEGIN
{
	copyin(1, 2, 3);
	copyin(1, "2");
	copyin(cp, 2);
	copyinto();
	copyinto(1, 2, 3);
	copyinto(1, 2, "");
	copyout("a", "b", 3);
	copyoutstr(ip, 1, 2);
	copyoutstr("a");
	copyout(0, 1, 2);
	copyoutstr(0, 1, 2);
	bcopy("abc", (char *)arg0, 3);
	s = (string)alloca(4);
	bcopy("abc", s, 3);
	alloca("x");
}
