/*
 * An aggregation alone is of dynamic type: no statement's value (DTrace's
 * code generator, D_CG_DYN) and no predicate (D_PRED_SCALAR).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+3]]:23: error: expression cannot evaluate to result of dynamic type [D_CG_DYN]
 * CHECK: :[[@LINE+3]]:8: error: predicate result must be of scalar type [D_PRED_SCALAR]
 */
BEGIN { @a = count(); @a; }
BEGIN /@a/ { @a = count(); }
