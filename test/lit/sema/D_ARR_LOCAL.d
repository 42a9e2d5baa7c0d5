/*
 * this->x[k] on a fresh clause-local variable: locals are no associative
 * arrays (DTrace's dt_cook_op2(), D_ARR_LOCAL); declaring one is
 * D_DECL_LOCASSC.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+3]]:10: error: associative arrays may not be declared as local variables: d [D_DECL_LOCASSC]
 * CHECK: :[[@LINE+3]]:9: error: local variables may not be used as associative arrays: x [D_ARR_LOCAL]
 */
this int d[int];
BEGIN { this->x[1] = 1; }
