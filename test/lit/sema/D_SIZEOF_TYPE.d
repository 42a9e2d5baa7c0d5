/*
 * sizeof of an operand whose size is 0 in DTrace's dt_node_type_size():
 * void, a function type, an incomplete or unknown struct, union or enum.
 * RUN: not %dtc -S -o - --btf %btf %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: :[[@LINE+6]]:15: error: cannot apply sizeof to an operand of unknown size [D_SIZEOF_TYPE]
 * CHECK: :[[@LINE+6]]:15: error: cannot apply sizeof to an operand of unknown size [D_SIZEOF_TYPE]
 * CHECK: :[[@LINE+6]]:15: error: cannot apply sizeof to an operand of unknown size [D_SIZEOF_TYPE]
 * CHECK: :[[@LINE+6]]:15: error: cannot apply sizeof to an operand of unknown size [D_SIZEOF_TYPE]
 */
struct fwd;
BEGIN { trace(sizeof(void)); }
BEGIN { trace(sizeof(int (int))); }
BEGIN { trace(sizeof(struct fwd)); }
BEGIN { trace(sizeof(enum nosuch_enum)); }
