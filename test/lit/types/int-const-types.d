/*
 * Integer constants typed as DTrace's dt_node_int(): the first of int,
 * unsigned int, long, unsigned long, long long, unsigned long long that
 * holds the value, starting at the suffix; decimal constants and a
 * lower-case u suffix skip the types of the other signedness.  Each
 * assignment of a string to the variable the constant typed names the type.
 * (A decimal constant past INT64_MAX: parse/int-oflow-parsed.test.)
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+13]]:25: error: operands have incompatible types: "int" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:25: error: operands have incompatible types: "long" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:25: error: operands have incompatible types: "unsigned int" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:26: error: operands have incompatible types: "long" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:28: error: operands have incompatible types: "long" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:33: error: operands have incompatible types: "unsigned long" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:17: error: operands have incompatible types: "unsigned int" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:17: error: operands have incompatible types: "long" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:18: error: operands have incompatible types: "unsigned long" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:18: error: operands have incompatible types: "long long" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:19: error: operands have incompatible types: "unsigned long long" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+13]]:35: error: operands have incompatible types: "unsigned long long" = "string" [D_OP_INCOMPAT]
 */
BEGIN { a = 2147483647; a = "s"; }
BEGIN { b = 2147483648; b = "s"; }
BEGIN { c = 0x80000000; c = "s"; }
BEGIN { d = 0x100000000; d = "s"; }
BEGIN { e = 0x1000000000U; e = "s"; }
BEGIN { f = 0xffffffffffffffff; f = "s"; }
BEGIN { g = 7u; g = "s"; }
BEGIN { h = 7L; h = "s"; }
BEGIN { i = 7ul; i = "s"; }
BEGIN { j = 7ll; j = "s"; }
BEGIN { k = 7ull; k = "s"; }
BEGIN { l = 0x8000000000000000LL; l = "s"; }
