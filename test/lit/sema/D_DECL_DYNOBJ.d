/*
 * An associative array is a variable, not an object: no array of them and
 * no struct member of that type (DTrace's dt_decl_array(),
 * dt_decl_member()).  A dimension above what dtc can size is
 * D_DECL_ARRBIG (DTrace: above UINT_MAX).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:9: error: cannot declare array of associative arrays [D_DECL_DYNOBJ]
 * CHECK: :[[@LINE+4]]:16: error: cannot have dynamic member: m [D_DECL_DYNOBJ]
 * CHECK: :[[@LINE+4]]:7: error: array dimension too big [D_DECL_ARRBIG]
 */
int a[4][int];
struct s { int m[string]; };
int b[0x100000000];
BEGIN { exit(0); }
