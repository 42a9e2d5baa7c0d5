/*
 * Subroutine prototypes: argument counts and types, with DTrace's words.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+10]]:8: error: substr( ) prototype mismatch: 1 arg passed, at least 2 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+10]]:8: error: substr( ) prototype mismatch: 4 args passed, at most 3 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+10]]:15: error: strlen( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: char *
 * CHECK-NEXT: argument: int [D_PROTO_ARG]
 * CHECK: :[[@LINE+8]]:18: error: progenyof( ) argument #1 is incompatible with prototype:
 * CHECK: :[[@LINE+8]]:8: error: d_path( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 */
BEGIN
{
	trace(substr("a"));
	trace(substr("a", 1, 2, 3));
	trace(strlen(1));
	trace(progenyof("x"));
	trace(d_path(0, 1));
}
