/*
 * Invalid combinations of type specifiers are refused while parsing, with
 * DTrace's tags.
 * RUN: not %dtc %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: D_DECL_COMBO.d:[[@LINE+4]]:1: error: invalid type combination [D_DECL_COMBO]
 * CHECK: D_DECL_COMBO.d:[[@LINE+4]]:1: error: invalid type declaration: attributes may not be used with void type [D_DECL_VOIDATTR]
 * CHECK: D_DECL_COMBO.d:[[@LINE+4]]:1: error: invalid type declaration: short and long may not be used with char type [D_DECL_CHARATTR]
 */
char int a;
short void b;
long char c;
