/*
 * A predicate of an aggregation is cooked as any expression: one no
 * statement has assigned fails to resolve (dt_xcook_ident(): D_IDENT_UNDEF),
 * one assigned is of the dynamic type, no scalar (D_PRED_SCALAR); @a[k] is
 * the aggregation @a.  dtc said D_PRED_SCALAR for the first.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:8: error: failed to resolve @b: Unknown variable name [D_IDENT_UNDEF]
 * CHECK: :[[@LINE+4]]:28: error: predicate result must be of scalar type [D_PRED_SCALAR]
 * CHECK: :[[@LINE+4]]:31: error: predicate result must be of scalar type [D_PRED_SCALAR]
 */
BEGIN /@b/ { exit(1); }
BEGIN /@a/ { @a = count(); }
BEGIN /@c[2]/ { @a = count(); }
