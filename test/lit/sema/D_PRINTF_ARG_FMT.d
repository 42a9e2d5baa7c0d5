/*
 * printf()'s prototype is "void(string, ...)", system()'s and freopen()'s
 * "void(@, ...)": a first argument that passes the prototype but is not a
 * string constant is refused by code generation (Oracle dt_cg.c
 * dt_cg_act_printf()), at the action, after the other arguments' errors.
 * printf(1) fails the prototype itself (D_PROTO_ARG); the constant 0 passes.
 * RUN: not %dtc -w -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+25]]:15: error: failed to resolve nosuchvar: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+28]]:9: error: printf( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: string
 * CHECK-NEXT: argument: int [D_PROTO_ARG]
 * CHECK: :[[@LINE+19]]:2: error: printf( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: string constant
 * CHECK-NEXT: argument: string [D_PRINTF_ARG_FMT]
 * CHECK: :[[@LINE+17]]:2: error: printf( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: string constant
 * CHECK-NEXT: argument: char * [D_PRINTF_ARG_FMT]
 * CHECK: :[[@LINE+15]]:2: error: printf( ) argument #1
 * CHECK: :[[@LINE+15]]:2: error: system( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: string constant
 * CHECK-NEXT: argument: string [D_PRINTF_ARG_FMT]
 * CHECK: :[[@LINE+13]]:2: error: freopen( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: string constant
 * CHECK: :[[@LINE+12]]:2: error: system( ) argument #1 is incompatible with prototype:
 * CHECK-NEXT: prototype: string constant
 * CHECK-NEXT: argument: int [D_PRINTF_ARG_FMT]
 */
BEGIN
{
	x = "%d\n";
	printf(x, 1);
	printf((char *)0);
	printf(0, 3, nosuchvar);
	system(strjoin("ls", " /"));
	freopen(x);
	system(1);
	printf(1);
}
