/*
 * dt_cook_func() cooks an action's arguments before dt_ident_cook() counts
 * them: trunc(), clear(), normalize(), denormalize() and setopt() with the
 * wrong count and an aggregation or variable no statement assigns are
 * D_IDENT_UNDEF for it, not D_PROTO_LEN (printa() did so already); with
 * every argument cooked, the count is the error.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+9]]:15: error: failed to resolve @a: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+9]]:15: error: failed to resolve @b: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+9]]:19: error: failed to resolve @c: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+9]]:21: error: failed to resolve @d: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+9]]:15: error: failed to resolve x: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+9]]:25: error: failed to resolve y: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+9]]:33: error: failed to resolve z: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+9]]:23: error: trunc( ) prototype mismatch: 3 args passed, at most 2 expected [D_PROTO_LEN]
 */
BEGIN { trunc(@a, 4, 1); }
BEGIN { clear(@b, 1); }
BEGIN { normalize(@c); }
BEGIN { denormalize(@d, 1); }
BEGIN { trunc(x, 1, 2); }
BEGIN { setopt("quiet", y, 2); }
BEGIN { @e = count(); trunc(@e, z, 1); }
BEGIN { @f = count(); trunc(@f, 4, 1); }
