/*
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s
 * CHECK: :[[@LINE+2]]:15: error: operands have incompatible types: "string" == "int" [D_OP_INCOMPAT]
 */
BEGIN { trace(execname == 1); }
