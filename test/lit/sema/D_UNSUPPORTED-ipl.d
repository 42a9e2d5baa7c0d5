/*
 * ipl, DTrace's interrupt priority level, has no Linux equivalent: one
 * clear error, not "Unknown variable".
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+2]]:15: error: ipl cannot be implemented on Linux: Linux has no interrupt priority levels [D_UNSUPPORTED]
 */
BEGIN { trace(ipl); }
