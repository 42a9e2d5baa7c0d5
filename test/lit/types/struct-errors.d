/*
 * Struct members of incomplete or void type, with DTrace's messages.
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s --implicit-check-not=error:
 * CHECK: struct-errors.d:[[@LINE+3]]:36: error: incomplete struct/union/enum struct later: l [D_DECL_INCOMPLETE]
 * CHECK: struct-errors.d:[[@LINE+3]]:19: error: cannot have void member: v [D_DECL_VOIDOBJ]
 */
struct early { int i; struct later l; };
struct bad { void v; };
struct later { int j; };
