/*
 * An array of arrays is named as C and libctf's ctf_type_name() name it:
 * the outer dimension first, the dimensions with no space between them
 * (ctf_decl_push() prepends array declarators).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+5]]:{{[0-9]+}}: error: operator = may not be applied to operand of type "int [2][3]"
 * CHECK: :[[@LINE+5]]:{{[0-9]+}}: error: operator = may not be applied to operand of type "char [4][5][6]"
 */
int m[2][3];
char n[4][5][6];
BEGIN { m = 1; }
BEGIN { n = 1; }
