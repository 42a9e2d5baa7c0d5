/*
 * print() takes a pointer (its prototype is `void (void *)`) and exactly
 * one argument.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+8]]:8: error: print( ) argument #1 is incompatible with prototype:{{$}}
 * CHECK-NEXT: prototype: void *
 * CHECK-NEXT: argument: int [D_PROTO_ARG]
 * CHECK: :[[@LINE+6]]:2: error: print( ) prototype mismatch: 0 args passed, 1 expected [D_PROTO_LEN]
 * CHECK: :[[@LINE+7]]:2: error: print( ) prototype mismatch: 2 args passed, 1 expected [D_PROTO_LEN]
 */
BEGIN
{
	print(1);
	print();
	x = (int *)0;
	print(x, x);
}
