/*
 * An aggregation alone as a statement, with or without keys, is the
 * statement itself (dt_node_statement()), which dt_cg_agg() finds with no
 * function: D_AGG_NULL 'expression has null effect'; as a predicate it is
 * not a scalar (D_PRED_SCALAR).
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+4]]:23: error: expression has null effect: @a [D_AGG_NULL]
 * CHECK: :[[@LINE+4]]:25: error: expression has null effect: @b [D_AGG_NULL]
 * CHECK: :[[@LINE+4]]:28: error: predicate result must be of scalar type [D_PRED_SCALAR]
 */
BEGIN { @a = count(); @a; }
BEGIN { @b[1] = sum(1); @b[2]; }
BEGIN /@a/ { @a = count(); }
