/*
 * print( ) of a pointer to something of size 0 (void, an incomplete
 * struct): D_PRINT_SIZE with DTrace's words (dt_cg_act_print()); an int *
 * prints.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:15: error: print( ) argument #1 reference has type 'void' with size 0; cannot print( ) it. [D_PRINT_SIZE]
 * CHECK: :[[@LINE+4]]:15: error: print( ) argument #1 reference has type 'struct nosuch' with size 0; cannot print( ) it. [D_PRINT_SIZE]
 */
struct nosuch;
BEGIN { print((void *)arg0); }
BEGIN { print((struct nosuch *)arg0); }
BEGIN { print((int *)arg0); }
