/*
 * ipl, DTrace's interrupt priority level, has no Linux equivalent: one
 * clear error, not "Unknown variable".  It is a built-in uint_t variable
 * (dt_open.c): its uses are cooked as such first (a dereference, a write,
 * a string assigned after it are their own errors; a redeclaration, made
 * as DTrace parses it, comes before them all), and
 * the refusal comes where code is generated, after the clause's others.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+13]]:5: error: built-in identifier redeclared: ipl [D_DECL_IDRED]
 * CHECK: :[[@LINE+8]]:15: error: ipl cannot be implemented on Linux: Linux has no interrupt priority levels [D_UNSUPPORTED]
 * CHECK: :[[@LINE+8]]:13: error: cannot dereference non-pointer type [D_DEREF_NONPTR]
 * CHECK: :[[@LINE+7]]:14: error: ipl cannot be implemented
 * CHECK: :[[@LINE+7]]:9: error: operator = can only be applied to a writable variable [D_OP_WRITE]
 * CHECK: :[[@LINE+6]]:9: error: ipl cannot be implemented
 * CHECK: :[[@LINE+6]]:18: error: operands have incompatible types: "uint_t" = "string" [D_OP_INCOMPAT]
 * CHECK: :[[@LINE+5]]:13: error: ipl cannot be implemented
 */
BEGIN { trace(ipl); }
BEGIN { y = *ipl; }
BEGIN { ipl = 1; }
BEGIN { x = ipl; x = "s"; }
int ipl;
